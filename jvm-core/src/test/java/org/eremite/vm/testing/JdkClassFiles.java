package org.eremite.vm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The build JDK's class files, read through the {@code jrt:} file system: the oracle input of the tests that
 * sweep java.base (parser, decoder, analysis, object model, compilers). Bytes are read once and shared.
 */
public final class JdkClassFiles {
    /** One class file: its path in the module ({@code java/lang/Object.class}) and its bytes. */
    public record Entry(String path, byte[] bytes) {
    }

    private static final FileSystem JRT = FileSystems.getFileSystem(URI.create("jrt:/"));
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();
    private static final byte[] ABSENT = new byte[0];
    private static List<Entry> javaBase;

    private JdkClassFiles() {
    }

    /** Every {@code *.class} of java.base, module-info.class included, sorted by path. */
    public static synchronized List<Entry> javaBaseWithModuleInfo() {
        if (javaBase == null) {
            Path root = JRT.getPath("modules", "java.base");
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.filter(p -> p.toString().endsWith(".class"))
                        .sorted(Comparator.comparing(Path::toString)).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            javaBase = List.copyOf(paths.parallelStream().map(p -> {
                try {
                    return new Entry(root.relativize(p).toString(), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList());
        }
        return javaBase;
    }

    /** Every {@code *.class} of java.base except module-info, sorted by path. */
    public static List<Entry> javaBase() {
        return javaBaseWithModuleInfo().stream().filter(e -> !e.path().equals("module-info.class")).toList();
    }

    /** The bytes of one class of java.base, by internal name ({@code java/lang/String}). */
    public static byte[] bytesOf(String internalName) {
        try {
            return Files.readAllBytes(JRT.getPath("modules", "java.base", internalName + ".class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class file of a JDK class of any module, by internal name, or null if the JDK has no such class. */
    public static byte[] read(String internalName) {
        byte[] bytes = CACHE.computeIfAbsent(internalName, JdkClassFiles::load);
        return bytes == ABSENT ? null : bytes;
    }

    private static byte[] load(String internalName) {
        int slash = internalName.lastIndexOf('/');
        if (slash < 0) {
            return ABSENT;
        }
        Path pkg = JRT.getPath("/packages", internalName.substring(0, slash).replace('/', '.'));
        if (!Files.isDirectory(pkg)) {
            return ABSENT;
        }
        try (DirectoryStream<Path> modules = Files.newDirectoryStream(pkg)) {
            for (Path module : modules) {
                Path file = JRT.getPath("/modules", module.getFileName().toString(), internalName + ".class");
                if (Files.exists(file)) {
                    return Files.readAllBytes(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ABSENT;
    }

    /**
     * Internal names of the classes of one package directory of a module ({@code java/util}), not sub-packages.
     * (A set: after single files were looked up, the JDK 17 jrt file system can list a directory's entries twice.)
     */
    public static List<String> classesIn(String module, String packageDir) {
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(JRT.getPath("/modules", module, packageDir))) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                if (n.endsWith(".class") && !n.equals("module-info.class") && !n.equals("package-info.class")) {
                    names.add(packageDir + "/" + n.substring(0, n.length() - ".class".length()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(names);
    }

    /** Internal names of every class of a module. */
    public static List<String> allClassesOf(String module) {
        Path root = JRT.getPath("/modules", module);
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.forEach(f -> {
                String rel = root.relativize(f).toString();
                if (rel.endsWith(".class") && !rel.endsWith("module-info.class")) {
                    names.add(rel.substring(0, rel.length() - ".class".length()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(names);
    }
}
