package org.eremite.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a corpus program with the JDK's compiler ({@code --release 17}) and writes JARs with a
 * {@code Main-Class} manifest.
 */
public final class ProgramJar {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private ProgramJar() {
    }

    /**
     * Compiles the program's sources into {@code work/classes} and packs them into {@code work/<name>.jar}.
     *
     * @throws IllegalStateException with javac's diagnostics if the sources do not compile
     */
    public static Path compile(CorpusProgram program, Path work) {
        try {
            Path classes = Files.createDirectories(work.resolve("classes"));
            StringWriter diagnostics = new StringWriter();
            try (StandardJavaFileManager files = JAVAC.getStandardFileManager(null, null, null)) {
                boolean ok = JAVAC.getTask(diagnostics, files, null,
                        List.of("--release", "17", "-encoding", "UTF-8", "-d", classes.toString(), "-Xlint:none"),
                        null, files.getJavaFileObjectsFromPaths(program.sources())).call();
                if (!ok) {
                    throw new IllegalStateException("corpus program " + program.name() + " does not compile:\n"
                            + diagnostics);
                }
            }
            Map<String, byte[]> entries = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path file : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
                    entries.put(classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            Path jar = work.resolve(program.name() + ".jar");
            write(jar, program.mainClass(), entries);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("compiling corpus program " + program.name(), e);
        }
    }

    /** Writes a JAR of these entries (path inside the JAR to bytes) whose manifest names the main class. */
    public static void write(Path jar, String mainClass, Map<String, byte[]> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
    }
}
