package org.eremite.vm.classfile;

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

/** The class files of the build JDK's java.base, read once through the jrt: file system and shared by tests. */
final class JavaBase {
    /** A class file of java.base: its path in the module (java/lang/Object.class) and bytes. */
    record Entry(String path, byte[] bytes) {
    }

    private static List<Entry> classes;

    private JavaBase() {
    }

    /** Every *.class of modules/java.base, module-info.class included, sorted by path. */
    static synchronized List<Entry> classFiles() {
        if (classes == null) {
            FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
            Path root = jrt.getPath("modules", "java.base");
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.filter(p -> p.toString().endsWith(".class")).sorted(Comparator.comparing(Path::toString))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Entry> entries = paths.parallelStream().map(p -> {
                try {
                    return new Entry(root.relativize(p).toString(), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            classes = new ArrayList<>(entries);
        }
        return classes;
    }

    /** The bytes of one class of java.base, by internal name (java/lang/Object). */
    static byte[] bytesOf(String internalName) {
        try {
            return Files.readAllBytes(FileSystems.getFileSystem(URI.create("jrt:/"))
                    .getPath("modules", "java.base", internalName + ".class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
