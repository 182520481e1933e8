package org.eremite.vm.object;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The build JDK's class files, read through the {@code jrt:} file system (bytes cached). */
final class JdkClassFiles {
    private static final FileSystem JRT = FileSystems.getFileSystem(URI.create("jrt:/"));
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();
    private static final byte[] ABSENT = new byte[0];

    private JdkClassFiles() {
    }

    /** The class file of a JDK class by internal name, or null. */
    static byte[] read(String internalName) {
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
    static List<String> classesIn(String module, String packageDir) {
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
    static List<String> allClassesOf(String module) {
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
