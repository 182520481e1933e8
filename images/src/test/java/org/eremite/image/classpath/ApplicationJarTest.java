package org.eremite.image.classpath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.eremite.image.testing.JavaSources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationJarTest {
    @TempDir
    Path dir;

    private Map<String, byte[]> classes;

    @BeforeEach
    void compile() throws IOException {
        Path out = Files.createDirectories(dir.resolve("classes"));
        JavaSources.compile(Map.of(
                "app/Main.java", "package app; public class Main { public static void main(String[] a) { } }",
                "app/NoMain.java", "package app; public class NoMain { static void main(String[] a) { } }"), out);
        classes = JavaSources.classFiles(out);
    }

    @Test
    void readsClassesAndTheManifestMainClass() {
        ApplicationJar jar = ApplicationJar.open(JavaSources.jar(dir.resolve("app.jar"), classes, "app.Main"));
        assertEquals("app.jar", jar.name());
        assertEquals(java.util.Set.of("app/Main", "app/NoMain"), jar.classNames());
        assertEquals("app/Main", jar.manifestMainClass().orElseThrow());
        assertEquals("app/Main", jar.mainClass(null));
        assertArrayEquals(classes.get("app/Main"), jar.read("app/Main").orElseThrow());
        assertTrue(jar.read("app/Other").isEmpty());
        assertTrue(jar.resources().containsKey("META-INF/MANIFEST.MF"));
    }

    @Test
    void mainOptionOverridesTheManifestAndTakesDottedNames() {
        ApplicationJar jar = ApplicationJar.open(JavaSources.jar(dir.resolve("app.jar"), classes, null));
        assertEquals("app/Main", jar.mainClass("app.Main"));
    }

    @Test
    void aMissingMainClassIsNamedWithTheJar() {
        ApplicationJar jar = ApplicationJar.open(JavaSources.jar(dir.resolve("app.jar"), classes, "app.Gone"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> jar.mainClass(null));
        assertEquals("app.jar has no class app.Gone (the main class named by the manifest's Main-Class)",
                e.getMessage());
        IllegalArgumentException named = assertThrows(IllegalArgumentException.class, () -> jar.mainClass("x.Y"));
        assertEquals("app.jar has no class x.Y (the main class named by --main)", named.getMessage());
    }

    @Test
    void aJarWithoutMainClassAsksForMain() {
        ApplicationJar jar = ApplicationJar.open(JavaSources.jar(dir.resolve("lib.jar"), classes, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> jar.mainClass(null));
        assertEquals("lib.jar has no Main-Class in its manifest; name the main class with --main", e.getMessage());
    }

    @Test
    void aMainClassWithoutPublicStaticMainIsRefused() {
        ApplicationJar jar = ApplicationJar.open(JavaSources.jar(dir.resolve("app.jar"), classes, "app.NoMain"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> jar.mainClass(null));
        assertEquals("the main class app.NoMain in app.jar has no method public static void main(String[])",
                e.getMessage());
    }

    @Test
    void anUnreadableJarIsNamed() throws IOException {
        Path notAJar = Files.writeString(dir.resolve("broken.jar"), "this is not a zip file");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApplicationJar.open(notAJar));
        assertTrue(e.getMessage().startsWith("cannot read the JAR " + notAJar + ": "), e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> ApplicationJar.open(dir.resolve("absent.jar")));
        assertEquals("no JAR at " + dir.resolve("absent.jar"), none.getMessage());
    }

    @Test
    void multiReleaseEntriesUpToRelease17ReplaceTheBaseEntries() throws IOException {
        Path jar = dir.resolve("mr.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Multi-Release"), "true");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            put(out, "data.txt", "base");
            put(out, "META-INF/versions/11/data.txt", "eleven");
            put(out, "META-INF/versions/21/data.txt", "twenty-one");
            put(out, "other.txt", "base only");
        }
        ApplicationJar read = ApplicationJar.open(jar);
        assertEquals("eleven", new String(read.resources().get("data.txt"), StandardCharsets.UTF_8));
        assertEquals("base only", new String(read.resources().get("other.txt"), StandardCharsets.UTF_8));
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
