package org.eremite.image.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import javax.tools.ToolProvider;

/** Compiles Java sources with the build JDK's javac (release 17) and packs class files into JARs, for tests. */
public final class JavaSources {
    private JavaSources() {
    }

    /** The folder of a test resource, e.g. {@code corpus/concat}. */
    public static Path resourceFolder(String name) {
        URL url = JavaSources.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles every .java file under {@code sources} into {@code output}; fails with javac's messages. */
    public static void compile(Path sources, Path output, String... options) {
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        compileFiles(files, output, options);
    }

    /** Compiles source texts given by file name (e.g. {@code "app/Main.java"}) into {@code output}. */
    public static void compile(Map<String, String> sources, Path output, String... options) {
        try {
            Path dir = Files.createTempDirectory("eremite-src");
            List<String> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = dir.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file.toString());
            }
            compileFiles(files, output, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compileFiles(List<String> files, Path output, String... options) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-g", "-d", output.toString()));
        arguments.addAll(List.of(options));
        arguments.addAll(files);
        StringWriter messages = new StringWriter();
        java.io.PrintWriter writer = new java.io.PrintWriter(messages);
        int status = javac.run(null, new WriterStream(writer), new WriterStream(writer),
                arguments.toArray(new String[0]));
        writer.flush();
        if (status != 0) {
            throw new IllegalStateException("javac failed:\n" + messages);
        }
    }

    /** All class files under a folder, by internal name. */
    public static Map<String, byte[]> classFiles(Path folder) {
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    /** Writes a JAR with these classes and, if {@code mainClass} is not null, a manifest naming it. */
    public static Path jar(Path jar, Map<String, byte[]> classes, String mainClass) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.replace('/', '.'));
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey() + ".class"));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /** Compiles a folder of sources and packs them into {@code dir/name.jar} with the given main class. */
    public static Path compileToJar(Path sources, Path dir, String name, String mainClass) {
        try {
            Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
            compile(sources, classes);
            return jar(dir.resolve(name + ".jar"), classFiles(classes), mainClass);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class WriterStream extends OutputStream {
        private final java.io.PrintWriter writer;

        WriterStream(java.io.PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            writer.write(b);
        }
    }
}
