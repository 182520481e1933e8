package org.eremite.image.heap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the class-file bytes of a guest class come from, by internal name; null if there are none. */
@FunctionalInterface
public interface ClassBytes {
    byte[] find(String internalName);

    /**
     * The build JDK's modules, read through the {@code jrt:} file system: the guest's class library is the build
     * JDK's own, so these bytes describe the guest's JDK classes.
     */
    static ClassBytes jrt() {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        return internalName -> {
            int slash = internalName.lastIndexOf('/');
            if (slash < 0) {
                return null;
            }
            Path packageDir = jrt.getPath("/packages", internalName.substring(0, slash).replace('/', '.'));
            if (!Files.isDirectory(packageDir)) {
                return null;
            }
            try (Stream<Path> modules = Files.list(packageDir)) {
                for (Path module : (Iterable<Path>) modules::iterator) {
                    Path file = jrt.getPath("/modules", module.getFileName().toString(), internalName + ".class");
                    if (Files.isRegularFile(file)) {
                        return Files.readAllBytes(file);
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + internalName + " from jrt:/: " + e.getMessage(), e);
            }
        };
    }

    /** Class files as resources of a class loader (an application's or a test's class path). */
    static ClassBytes resources(ClassLoader loader) {
        return internalName -> {
            try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + internalName + ".class: " + e.getMessage(), e);
            }
        };
    }

    /** This source, then {@code other} for the names this one does not have. */
    default ClassBytes orElse(ClassBytes other) {
        return internalName -> {
            byte[] bytes = find(internalName);
            return bytes != null ? bytes : other.find(internalName);
        };
    }
}
