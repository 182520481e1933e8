package org.eremite.image.classpath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The build JDK's run-time image, read through the {@code jrt:} file system: its modules' class files
 * ({@code /modules/<module>/<class>.class}) and which module owns a package ({@code /packages/<package>/<module>}).
 */
public final class JdkImage {
    private final FileSystem jrt;

    private JdkImage(FileSystem jrt) {
        this.jrt = jrt;
    }

    /** The image of the JDK this builder runs on: the build JDK, whose {@code java.base} becomes the guest's. */
    public static JdkImage ofBuildJdk() {
        return new JdkImage(FileSystems.getFileSystem(URI.create("jrt:/")));
    }

    /** The module {@code java.base} as a class source. */
    public JavaBaseModule javaBase() {
        return new JavaBaseModule(this);
    }

    /** The modules that hold a class file of this name (usually none or one). */
    public List<String> modulesOfClass(String internalName) {
        int slash = internalName.lastIndexOf('/');
        if (slash < 0) {
            return List.of();
        }
        Path packageDir = jrt.getPath("/packages", internalName.substring(0, slash).replace('/', '.'));
        if (!Files.isDirectory(packageDir)) {
            return List.of();
        }
        try (Stream<Path> modules = Files.list(packageDir)) {
            return modules.map(p -> p.getFileName().toString())
                    .filter(module -> Files.isRegularFile(classPath(module, internalName)))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the JDK's jrt: file system: " + e.getMessage(), e);
        }
    }

    Path classPath(String module, String internalName) {
        return jrt.getPath("/modules", module, internalName + ".class");
    }

    Path moduleRoot(String module) {
        return jrt.getPath("/modules", module);
    }

    /** The version of the build JDK, for reports. */
    public static String buildJdkVersion() {
        return Runtime.version().toString();
    }

    static Optional<byte[]> readIfPresent(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + " from the JDK's jrt: file system: " + e.getMessage(), e);
        }
    }
}
