package org.eremite.vm.compiler.npe;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles the corpus sources (test resources under {@code corpus/}) with the build JDK's javac. */
final class Javac {
    private Javac() {
    }

    /**
     * Compiles {@code names} ({@code corpus/<name>.java}, package {@code npe}) with {@code options} into
     * {@code dir}; answers binary class name to class file bytes.
     */
    static Map<String, byte[]> compile(Path dir, List<String> names, String... options) {
        try {
            Path src = dir.resolve("src/npe");
            Path out = dir.resolve("classes");
            Files.createDirectories(src);
            Files.createDirectories(out);
            List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-encoding", "UTF-8", "-nowarn",
                    "-XDignore.symbol.file"));
            args.addAll(List.of(options));
            for (String name : names) {
                Path file = src.resolve(name + ".java");
                try (InputStream in = Javac.class.getResourceAsStream("corpus/" + name + ".java")) {
                    if (in == null) {
                        throw new AssertionError("no corpus source " + name);
                    }
                    Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            if (javac.run(null, errors, errors, args.toArray(new String[0])) != 0) {
                fail("javac failed:\n" + errors);
            }
            Map<String, byte[]> classes = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    String relative = out.relativize(p).toString();
                    String binaryName = relative.substring(0, relative.length() - ".class".length())
                            .replace(java.io.File.separatorChar, '.');
                    classes.put(binaryName, Files.readAllBytes(p));
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
