package org.eremite.image.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.eremite.image.classpath.ApplicationJar;
import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.JdkImage;
import org.eremite.image.testing.IsolatedRun;
import org.eremite.image.testing.JavaSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The values java.lang.runtime.ObjectMethods gives on HotSpot 17, spelled out: the toString format, the hash
 * combination {@code h = 31 * h + hash(component)} from 0, and float comparison by {@code Float.compare}.
 */
class RecordMethodsTest {
    @TempDir
    Path dir;

    @Test
    void recordMethodsGiveTheJdksExactValues() throws Exception {
        Path out = Files.createDirectories(dir.resolve("classes"));
        JavaSources.compile(Map.of("rec/Main.java", "package rec;\n"
                + "public class Main {\n"
                + "  record Point(int x, int y) { }\n"
                + "  record Mixed(long l, float f, String s, boolean b) { }\n"
                + "  public static void main(String[] args) {\n"
                + "    Point p = new Point(1, 2);\n"
                + "    System.out.println(p + \" \" + p.hashCode());\n"
                + "    Mixed m = new Mixed(1L << 33, -0.0f, null, true);\n"
                + "    System.out.println(m + \" \" + m.hashCode() + \" \" + m.equals(new Mixed(1L << 33, 0.0f, null, true)));\n"
                + "  }\n"
                + "}\n"), out);
        Map<String, byte[]> classes = JavaSources.classFiles(out);
        int mixedHash = ((Long.hashCode(1L << 33) * 31 + Float.hashCode(-0.0f)) * 31 + 0) * 31
                + Boolean.hashCode(true);
        String expected = "Point[x=1, y=2] 33\n"
                + "Mixed[l=8589934592, f=-0.0, s=null, b=true] " + mixedHash + " false\n";
        assertEquals(expected, IsolatedRun.run(classes, "rec/Main"), "HotSpot's ObjectMethods");

        ApplicationJar jar = ApplicationJar.open(JavaSources.jar(dir.resolve("rec.jar"), classes, null));
        DesugaredClasses desugared = new DesugaredClasses(ClassPath.of(jar, JdkImage.ofBuildJdk()));
        desugared.desugarAll(jar);
        Map<String, byte[]> output = new TreeMap<>();
        desugared.classes().stream().filter(c -> c.application())
                .forEach(c -> output.put(c.name(), desugared.classFile(c.name())));
        assertEquals(0, DesugarDifferentialTest.countInvokedynamic(output));
        assertEquals(expected, IsolatedRun.run(output, "rec/Main"));
    }
}
