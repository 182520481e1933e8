package org.eremite.image.classpath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eremite.image.ImageBuildException;
import org.eremite.image.substitute.Substitutions;
import org.eremite.image.testing.JavaSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VM's classes as a class source: from a directory, from a JAR, from the builder's own class path. */
class VmClassesTest {
    private static final String FIXTURES = "org/eremite/image/substitute/fixtures/";

    @TempDir
    Path dir;

    private static Path testClasses() throws Exception {
        return Path.of(VmClassesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The fixture classes, by internal name, as the directory holds them. */
    private static Map<String, byte[]> fixtureFiles() throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : JavaSources.classFiles(testClasses()).entrySet()) {
            if (e.getKey().startsWith(FIXTURES)) {
                files.put(e.getKey(), e.getValue());
            }
        }
        return files;
    }

    @Test
    void readsTheClassesOfItsPackagesFromADirectory() throws Exception {
        VmClasses vm = new VmClasses(List.of(testClasses()), List.of(FIXTURES));
        Map<String, byte[]> expected = fixtureFiles();
        assertEquals(expected.keySet(), vm.classNames());
        String greeter = FIXTURES + "greeter/Greeter";
        assertArrayEquals(expected.get(greeter), vm.read(greeter).orElseThrow());
        assertTrue(vm.read(FIXTURES + "greeter/Nothing").isEmpty());
        assertFalse(vm.mayContain("org/eremite/image/classpath/VmClassesTest"));
        assertTrue(vm.read("org/eremite/image/classpath/VmClassesTest").isEmpty(), "outside its packages");
        assertEquals(Set.of(FIXTURES + "jdk/Target_java_lang_Object", FIXTURES + "jdk/Target_java_lang_StrictMath"),
                vm.classNamesUnder(FIXTURES + "jdk/"));
    }

    @Test
    void readsAJarAndFindsItsSubstitutions() throws Exception {
        Map<String, byte[]> expected = fixtureFiles();
        // JavaSources writes no folder entries: the JAR is read as a zip file system, which does not need them.
        Path jar = JavaSources.jar(dir.resolve("vm.jar"), expected, null);
        VmClasses vm = new VmClasses(List.of(jar), List.of(FIXTURES));
        assertEquals(expected.keySet(), vm.classNames());
        String helper = FIXTURES + "greeter/GreeterHelper";
        assertArrayEquals(expected.get(helper), vm.read(helper).orElseThrow());
        assertEquals(Set.of(FIXTURES + "greeter/Greeter", "java/lang/StrictMath", "java/lang/Object"),
                Substitutions.scan(vm, List.of(FIXTURES)).targets());
    }

    @Test
    void theSameClassInTwoRootsIsAnError() throws Exception {
        Path jar = JavaSources.jar(dir.resolve("copy.jar"), fixtureFiles(), null);
        VmClasses vm = new VmClasses(List.of(testClasses(), jar), List.of(FIXTURES));
        ImageBuildException e = assertThrows(ImageBuildException.class, vm::classNames);
        assertTrue(e.getMessage().matches("the VM's class org\\.eremite\\.image\\.substitute\\.fixtures\\..* is on the "
                + "builder's class path twice \\(file:.*test-classes/.* and jar:file:.*copy\\.jar!/.*\\): one copy "
                + "would shadow the other"), e.getMessage());
    }

    @Test
    void theBuildersClassPathHasTheVmsClasses() {
        VmClasses vm = VmClasses.ofBuilder();
        assertTrue(vm.classNames().contains("org/eremite/vm/annotation/TargetClass"), vm.toString());
        assertTrue(vm.read("org/eremite/vm/annotation/Substitute").isPresent());
        assertTrue(vm.classNames().stream().allMatch(n -> n.startsWith("org/eremite/vm/")
                || n.startsWith("org/eremite/classlib/")));
        assertTrue(vm.read("java/lang/Object").isEmpty(), "the VM's classes shadow no JDK class");
        assertTrue(vm == VmClasses.ofBuilder(), "one instance: its JARs stay open");
    }

    @Test
    void theImagesClassPathFindsVmClassesButOnlyAsksThemForTheirPackages() throws Exception {
        Path out = Files.createDirectories(dir.resolve("classes"));
        JavaSources.compile(Map.of("app/Main.java",
                "package app; public class Main { public static void main(String[] a) { } }"), out);
        ApplicationJar jar = ApplicationJar.open(JavaSources.jar(dir.resolve("app.jar"), JavaSources.classFiles(out),
                "app.Main"));
        ClassPath path = ClassPath.of(jar, JdkImage.ofBuildJdk());
        assertEquals(VmClasses.NAME, path.find("org/eremite/vm/annotation/TargetClass").orElseThrow().source().name());
        assertEquals("class org.eremite.vm.Gone is not on the class path (searched app.jar, the VM's classes, "
                + "java.base)", path.whyMissing("org/eremite/vm/Gone"));
        assertEquals("class app.Gone is not on the class path (searched app.jar, java.base)",
                path.whyMissing("app/Gone"));
    }

    @Test
    void anApplicationWithClassesInTheVmsPackagesIsRefused() throws Exception {
        Path out = Files.createDirectories(dir.resolve("classes"));
        JavaSources.compile(Map.of(
                "app/Main.java", "package app; public class Main { public static void main(String[] a) { } }",
                "org/eremite/vm/Sneaky.java", "package org.eremite.vm; public class Sneaky { }"), out);
        ApplicationJar jar = ApplicationJar.open(JavaSources.jar(dir.resolve("app.jar"), JavaSources.classFiles(out),
                "app.Main"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassPath.of(jar, JdkImage.ofBuildJdk()));
        assertEquals("app.jar contains the class org.eremite.vm.Sneaky under the package org.eremite.vm, which belongs "
                + "to the VM: an application cannot define or replace the VM's own classes", e.getMessage());
    }
}
