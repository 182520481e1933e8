package org.eremite.vm.compiler.bytecode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The class files of the build JDK's java.base, read once through the jrt: file system and shared by the tests. */
public final class JdkClassFiles {
    /** One class file: its path in the module ({@code java/lang/Object.class}) and its bytes. */
    public record Entry(String path, byte[] bytes) {
    }

    private static List<Entry> javaBase;

    private JdkClassFiles() {
    }

    /** Every {@code *.class} of java.base except module-info, sorted by path. */
    public static synchronized List<Entry> javaBase() {
        if (javaBase == null) {
            FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
            Path root = jrt.getPath("modules", "java.base");
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.filter(p -> p.toString().endsWith(".class"))
                        .filter(p -> !p.getFileName().toString().equals("module-info.class"))
                        .sorted(Comparator.comparing(Path::toString)).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            javaBase = new ArrayList<>(paths.parallelStream().map(p -> {
                try {
                    return new Entry(root.relativize(p).toString(), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList());
        }
        return javaBase;
    }

    /** The bytes of one class of java.base, by internal name ({@code java/lang/String}). */
    public static byte[] bytesOf(String internalName) {
        try {
            return Files.readAllBytes(FileSystems.getFileSystem(URI.create("jrt:/"))
                    .getPath("modules", "java.base", internalName + ".class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
