package org.eremite.image.classpath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The build JDK's {@code java.base}, read class by class from the {@code jrt:} file system. The list of its class
 * names is built on first use (it walks about 6,400 entries).
 */
public final class JavaBaseModule implements ClassSource {
    public static final String NAME = "java.base";

    private final JdkImage image;
    private Set<String> names;

    JavaBaseModule(JdkImage image) {
        this.image = image;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<byte[]> read(String internalName) {
        if (internalName.isEmpty() || internalName.startsWith("[") || internalName.contains("..")) {
            return Optional.empty();
        }
        return JdkImage.readIfPresent(image.classPath(NAME, internalName));
    }

    @Override
    public synchronized Set<String> classNames() {
        if (names == null) {
            Path root = image.moduleRoot(NAME);
            Set<String> found = new TreeSet<>();
            try (Stream<Path> files = Files.walk(root)) {
                files.map(p -> root.relativize(p).toString())
                        .filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
                        .forEach(n -> found.add(n.substring(0, n.length() - ".class".length())));
            } catch (IOException e) {
                throw new UncheckedIOException("listing java.base in the JDK's jrt: file system: " + e.getMessage(), e);
            }
            names = Collections.unmodifiableSet(found);
        }
        return names;
    }
}
