package org.eremite.image.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eremite.image.testing.JavaSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathTest {
    @TempDir
    Path dir;

    private ClassPath classPath() throws Exception {
        Path out = Files.createDirectories(dir.resolve("classes"));
        JavaSources.compile(Map.of("app/Main.java",
                "package app; public class Main { public static void main(String[] a) { } }"), out);
        ApplicationJar jar = ApplicationJar.open(JavaSources.jar(dir.resolve("app.jar"), JavaSources.classFiles(out),
                "app.Main"));
        return ClassPath.of(jar, JdkImage.ofBuildJdk());
    }

    @Test
    void findsApplicationClassesFirstThenJavaBase() throws Exception {
        ClassPath path = classPath();
        assertEquals("app.jar", path.find("app/Main").orElseThrow().source().name());
        ClassFile object = path.find("java/lang/Object").orElseThrow();
        assertEquals(JavaBaseModule.NAME, object.source().name());
        assertEquals(0xCAFEBABE, java.nio.ByteBuffer.wrap(object.bytes()).getInt());
        assertTrue(path.find("java/sql/Date").isEmpty(), "only java.base is on an image's class path");
    }

    @Test
    void aClassOfAnotherJdkModuleIsNamedWithItsModuleAndReferrer() throws Exception {
        MissingClassException e = assertThrows(MissingClassException.class,
                () -> classPath().require("java/sql/Date", "app.Main.main(java.lang.String[]) at bytecode offset 3"));
        assertEquals("class java.sql.Date is in the JDK module java.sql, which an image does not contain (an image "
                + "has java.base only); referenced by app.Main.main(java.lang.String[]) at bytecode offset 3",
                e.getMessage());
        assertEquals("java/sql/Date", e.className());
    }

    @Test
    void aClassThatExistsNowhereSaysWhereItWasLookedFor() throws Exception {
        MissingClassException e = assertThrows(MissingClassException.class,
                () -> classPath().require("com/example/Gone", "app.Main.main(java.lang.String[])"));
        assertEquals("class com.example.Gone is not on the class path (searched app.jar, java.base); referenced by "
                + "app.Main.main(java.lang.String[])", e.getMessage());
    }

    @Test
    void javaBaseListsItsClasses() {
        JavaBaseModule javaBase = JdkImage.ofBuildJdk().javaBase();
        assertTrue(javaBase.classNames().contains("java/lang/Object"));
        assertTrue(javaBase.classNames().size() > 5_000, "java.base has " + javaBase.classNames().size());
        assertTrue(javaBase.classNames().stream().noneMatch(n -> n.contains("module-info")));
    }
}
