package org.eremite.image.classpath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eremite.image.ImageBuildException;
import org.eremite.vm.annotation.TargetClass;

/**
 * The VM's own classes that go into an image ({@code org/eremite/vm/**} of jvm-core, {@code org/eremite/classlib/**}
 * of classlib), read from the image builder's own class path: a directory ({@code target/classes} in a build) or a
 * JAR ({@code target/lib/*.jar} when {@code bin/eremite} runs).
 *
 * <p>Only classes in the given packages are this source's: any other name is not even looked up, so the VM's
 * classes cannot shadow an application or JDK class. The same class in two roots is an error (two copies of a
 * module on the class path), not a silent choice. JARs are opened as zip file systems once and stay open for the
 * builder's life.
 */
public final class VmClasses implements ClassSource {
    /** How messages name this source. */
    public static final String NAME = "the VM's classes";
    /** The packages (internal-name prefixes) of the VM that an image holds: jvm-core's and classlib's. */
    public static final List<String> VM_PACKAGES = List.of("org/eremite/vm/", "org/eremite/classlib/");
    /** Where the substitutions of JDK classes live (classlib). */
    public static final String CLASSLIB_PACKAGE = "org/eremite/classlib/";

    private static VmClasses ofBuilder;

    private final List<Path> roots;
    private final List<String> packages;
    /** Internal name to class file (in a directory or in a JAR's file system), built on first use. */
    private Map<String, Path> index;

    /**
     * @param roots    class path entries: directories or JAR files, in class-path order
     * @param packages internal-name prefixes ending in {@code /}, e.g. {@code org/eremite/vm/}
     */
    public VmClasses(List<Path> roots, List<String> packages) {
        for (String p : packages) {
            if (!p.endsWith("/") || p.startsWith("/") || p.contains(".")) {
                throw new IllegalArgumentException("not an internal package prefix: " + p + " (write org/eremite/vm/)");
            }
        }
        this.roots = List.copyOf(roots);
        this.packages = List.copyOf(packages);
    }

    /**
     * The VM's classes on the class path of this builder ({@link #VM_PACKAGES}), found as resources of its class
     * loader; one shared instance, because the JARs stay open.
     */
    public static synchronized VmClasses ofBuilder() {
        if (ofBuilder == null) {
            ofBuilder = new VmClasses(rootsOf(VmClasses.class.getClassLoader(), VM_PACKAGES), VM_PACKAGES);
        }
        return ofBuilder;
    }

    /**
     * The class path entries of {@code loader} that hold one of the packages: every directory or JAR that has the
     * package's folder (JARs made by Maven and the jar tool list folders), and always the entry of jvm-core, found
     * through the code source of one of its classes.
     */
    static List<Path> rootsOf(ClassLoader loader, List<String> packages) {
        Set<Path> roots = new LinkedHashSet<>();
        try {
            for (String p : packages) {
                Enumeration<URL> urls = loader.getResources(p);
                while (urls.hasMoreElements()) {
                    containerOf(urls.nextElement(), p).ifPresent(roots::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing the builder's class path: " + e.getMessage(), e);
        }
        CodeSource core = TargetClass.class.getProtectionDomain().getCodeSource();
        if (core != null && core.getLocation() != null) {
            roots.add(path(core.getLocation()).toAbsolutePath().normalize());
        }
        return new ArrayList<>(roots);
    }

    /** The directory or JAR that holds a package folder found as a resource. */
    private static Optional<Path> containerOf(URL url, String packagePrefix) {
        switch (url.getProtocol()) {
            case "file": {
                Path dir = path(url);
                for (int i = 0; i < packagePrefix.split("/").length; i++) {
                    dir = dir.getParent();
                }
                return Optional.of(dir.toAbsolutePath().normalize());
            }
            case "jar": {
                String spec = url.getPath(); // file:/x/y.jar!/org/eremite/vm/
                int bang = spec.indexOf("!/");
                return Optional.of(path(urlOf(spec.substring(0, bang))).toAbsolutePath().normalize());
            }
            default:
                return Optional.empty();
        }
    }

    private static URL urlOf(String spec) {
        try {
            return new URL(spec);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException("class path entry " + spec + ": " + e.getMessage(), e);
        }
    }

    private static Path path(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("class path entry " + url + ": " + e.getMessage(), e);
        }
    }

    public List<Path> roots() {
        return roots;
    }

    public List<String> packages() {
        return packages;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Only names in this source's packages are looked up. */
    @Override
    public boolean mayContain(String internalName) {
        for (String p : packages) {
            if (internalName.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<byte[]> read(String internalName) {
        if (!mayContain(internalName)) {
            return Optional.empty();
        }
        Path file = index().get(internalName);
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file.toUri() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> classNames() {
        return index().keySet();
    }

    /** The classes whose internal names start with {@code packagePrefix} (a package and its sub-packages). */
    public Set<String> classNamesUnder(String packagePrefix) {
        Set<String> names = new TreeSet<>();
        for (String name : index().keySet()) {
            if (name.startsWith(packagePrefix)) {
                names.add(name);
            }
        }
        return names;
    }

    private synchronized Map<String, Path> index() {
        if (index == null) {
            Map<String, Path> found = new TreeMap<>();
            for (Path root : roots) {
                Path base = Files.isDirectory(root) ? root : jarRoot(root);
                for (String p : packages) {
                    addClasses(base, base.resolve(p), found);
                }
            }
            index = Collections.unmodifiableMap(found);
        }
        return index;
    }

    private static Path jarRoot(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("class path entry " + jar + " is neither a directory nor a JAR");
        }
        try {
            FileSystem zip = FileSystems.newFileSystem(jar, (ClassLoader) null);
            return zip.getPath("/");
        } catch (IOException e) {
            throw new UncheckedIOException("opening " + jar + ": " + e.getMessage(), e);
        }
    }

    private static void addClasses(Path base, Path folder, Map<String, Path> found) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String fileName = file.getFileName().toString();
                if (!fileName.endsWith(".class") || fileName.equals("module-info.class")
                        || fileName.equals("package-info.class") || !Files.isRegularFile(file)) {
                    continue;
                }
                StringBuilder name = new StringBuilder();
                for (Path element : base.relativize(file)) {
                    name.append(name.length() == 0 ? "" : "/").append(element);
                }
                String internalName = name.substring(0, name.length() - ".class".length());
                Path other = found.putIfAbsent(internalName, file);
                if (other != null && !other.equals(file)) {
                    throw new ImageBuildException("the VM's class " + internalName.replace('/', '.') + " is on the "
                            + "builder's class path twice (" + describe(other) + " and " + describe(file)
                            + "): one copy would shadow the other");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + folder.toUri() + ": " + e.getMessage(), e);
        }
    }

    private static String describe(Path file) {
        URI uri = file.toUri();
        return uri.toString();
    }

    /**
     * Refuses an application class in the VM's packages: the VM's classes must neither shadow nor be shadowed by
     * an application's.
     */
    public static void checkApplication(ApplicationJar application, List<String> packages) {
        for (String name : application.classNames()) {
            for (String p : packages) {
                if (name.startsWith(p)) {
                    throw new IllegalArgumentException(application.name() + " contains the class "
                            + name.replace('/', '.') + " under the package " + p.substring(0, p.length() - 1)
                            .replace('/', '.') + ", which belongs to the VM: an application cannot define or "
                            + "replace the VM's own classes");
                }
            }
        }
    }

    @Override
    public String toString() {
        return "VmClasses" + packages + " from " + roots;
    }
}
