package org.eremite.image.classpath;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sources of an image's classes, searched in order: the application first, then {@code java.base}. A class
 * of the application therefore shadows a JDK class of the same name, as on the class path of {@code java} (the
 * JDK would refuse such a class in a {@code java.*} package; so does defining it in the guest).
 */
public final class ClassPath {
    private final List<ClassSource> sources;
    private final JdkImage jdk;

    /**
     * @param sources searched in this order
     * @param jdk     the JDK image, to tell a class of another JDK module from a class that exists nowhere; may
     *                be null
     */
    public ClassPath(List<ClassSource> sources, JdkImage jdk) {
        this.sources = List.copyOf(sources);
        this.jdk = jdk;
    }

    /** The class path of an image: the application, then the build JDK's {@code java.base}. */
    public static ClassPath of(ApplicationJar application, JdkImage jdk) {
        return new ClassPath(List.of(application, jdk.javaBase()), jdk);
    }

    public List<ClassSource> sources() {
        return sources;
    }

    /** The class file of the first source that has the class. */
    public Optional<ClassFile> find(String internalName) {
        for (ClassSource source : sources) {
            Optional<byte[]> bytes = source.read(internalName);
            if (bytes.isPresent()) {
                return Optional.of(new ClassFile(internalName, bytes.get(), source));
            }
        }
        return Optional.empty();
    }

    /**
     * The class file, or a {@link MissingClassException} that names the class, says where it was looked for or
     * which JDK module has it, and names {@code referrer} (who needs it).
     */
    public ClassFile require(String internalName, String referrer) {
        return find(internalName).orElseThrow(() -> new MissingClassException(internalName,
                whyMissing(internalName) + "; referenced by " + referrer));
    }

    /** Why a class is on none of the sources: in another JDK module, or nowhere. */
    public String whyMissing(String internalName) {
        String dotted = internalName.replace('/', '.');
        if (jdk != null) {
            List<String> modules = jdk.modulesOfClass(internalName);
            if (!modules.isEmpty()) {
                return "class " + dotted + " is in the JDK module " + String.join(", ", modules)
                        + ", which an image does not contain (an image has java.base only)";
            }
        }
        return "class " + dotted + " is not on the class path (searched "
                + sources.stream().map(ClassSource::name).collect(Collectors.joining(", ")) + ")";
    }
}
