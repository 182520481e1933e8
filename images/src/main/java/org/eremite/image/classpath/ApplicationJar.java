package org.eremite.image.classpath;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The application: the classes, resources and manifest of one JAR, read into memory once.
 *
 * <p>Errors in the JAR are the user's input, so they are {@link IllegalArgumentException}s (the command line
 * prints them as one line with status 2) and always name the JAR.
 */
public final class ApplicationJar implements ClassSource {
    /** The release whose entries a multi-release JAR contributes: the build JDK's, which is the guest's. */
    static final Runtime.Version RELEASE = Runtime.Version.parse("17");

    private final Path path;
    private final Map<String, byte[]> classes;
    private final Map<String, byte[]> resources;
    private final String manifestMainClass;

    private ApplicationJar(Path path, Map<String, byte[]> classes, Map<String, byte[]> resources,
            String manifestMainClass) {
        this.path = path;
        this.classes = classes;
        this.resources = resources;
        this.manifestMainClass = manifestMainClass;
    }

    /** Reads a JAR, or fails naming it and saying why it cannot be read. */
    public static ApplicationJar open(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no JAR at " + jar);
        }
        Map<String, byte[]> classes = new TreeMap<>();
        Map<String, byte[]> resources = new TreeMap<>();
        String mainClass = null;
        try (JarFile file = new JarFile(new File(jar.toString()), false, JarFile.OPEN_READ, RELEASE)) {
            Manifest manifest = file.getManifest();
            if (manifest != null) {
                mainClass = manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            }
            for (JarEntry entry : (Iterable<JarEntry>) file.versionedStream()::iterator) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                byte[] bytes;
                try (InputStream in = file.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (name.endsWith(".class") && !name.endsWith("module-info.class") && !name.startsWith("META-INF/")) {
                    classes.put(name.substring(0, name.length() - ".class".length()), bytes);
                } else {
                    resources.put(name, bytes);
                }
            }
        } catch (ZipException e) {
            throw new IllegalArgumentException("cannot read the JAR " + jar + ": it is not a valid JAR or ZIP file ("
                    + e.getMessage() + ")", e);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("cannot read the JAR " + jar + ": " + e.getMessage(), e);
        }
        return new ApplicationJar(jar, Collections.unmodifiableMap(classes), Collections.unmodifiableMap(resources),
                mainClass == null || mainClass.isBlank() ? null : mainClass.trim().replace('.', '/'));
    }

    public Path path() {
        return path;
    }

    @Override
    public String name() {
        Path file = path.getFileName();
        return file != null ? file.toString() : path.toString();
    }

    @Override
    public Optional<byte[]> read(String internalName) {
        return Optional.ofNullable(classes.get(internalName));
    }

    @Override
    public Set<String> classNames() {
        return classes.keySet();
    }

    /** Every entry that is not a class, by its path in the JAR (the manifest included). */
    public Map<String, byte[]> resources() {
        return resources;
    }

    /** The manifest's {@code Main-Class} as an internal name, if it has one. */
    public Optional<String> manifestMainClass() {
        return Optional.ofNullable(manifestMainClass);
    }

    /**
     * The main class: {@code requested} (dotted or internal name) if given, else the manifest's. It must be a
     * class of this JAR with a {@code public static void main(String[])}; otherwise this fails naming the JAR and
     * the class.
     *
     * @return the internal name of the main class
     */
    public String mainClass(String requested) {
        String name;
        String namedBy;
        if (requested != null && !requested.isBlank()) {
            name = requested.trim().replace('.', '/');
            namedBy = "named by --main";
        } else if (manifestMainClass != null) {
            name = manifestMainClass;
            namedBy = "named by the manifest's Main-Class";
        } else {
            throw new IllegalArgumentException(name() + " has no Main-Class in its manifest; name the main class "
                    + "with --main");
        }
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException(name() + " has no class " + name.replace('/', '.') + " (the main class "
                    + namedBy + ")");
        }
        // A malformed main class is reported as such (class, what is wrong, where), not as a missing main method.
        org.eremite.vm.classfile.ClassFileParser.parse(bytes, name() + "!/" + name + ".class");
        if (!hasMainMethod(bytes)) {
            throw new IllegalArgumentException("the main class " + name.replace('/', '.') + " in " + name()
                    + " has no method public static void main(String[])");
        }
        return name;
    }

    private static boolean hasMainMethod(byte[] classFile) {
        boolean[] found = {false};
        try {
            new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    int wanted = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC;
                    if ((access & wanted) == wanted && name.equals("main")
                            && descriptor.equals("([Ljava/lang/String;)V")) {
                        found[0] = true;
                    }
                    return null;
                }
            }, ClassReader.SKIP_CODE);
        } catch (RuntimeException e) {
            return false;
        }
        return found[0];
    }

    /** For tests and tools: the class entries as a map from internal name to bytes, in name order. */
    public Map<String, byte[]> classes() {
        return new LinkedHashMap<>(classes);
    }

    @Override
    public String toString() {
        return "ApplicationJar[" + path + ", " + classes.size() + " classes]";
    }

}
