package org.eremite.image.classpath;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sources of an image's classes, searched in order: the application first, then the VM's own classes, then
 * {@code java.base}. A class of the application therefore shadows a JDK class of the same name, as on the class
 * path of {@code java} (the JDK would refuse such a class in a {@code java.*} package; so does defining it in the
 * guest). The VM's classes are different: an application class in the VM's packages is refused, because the VM
 * must be the VM it was built as.
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
        checkVmPackages();
    }

    /**
     * The class path of an image: the application, the VM's classes from the builder's own class path ({@link
     * VmClasses#ofBuilder}), then the build JDK's {@code java.base}.
     *
     * @throws IllegalArgumentException if the application has a class in the VM's packages
     */
    public static ClassPath of(ApplicationJar application, JdkImage jdk) {
        return new ClassPath(List.of(application, VmClasses.ofBuilder(), jdk.javaBase()), jdk);
    }

    /** No application class may live in the VM's packages, nor in those of a VM source of this path. */
    private void checkVmPackages() {
        Set<String> packages = new LinkedHashSet<>(VmClasses.VM_PACKAGES);
        for (ClassSource source : sources) {
            if (source instanceof VmClasses vm) {
                packages.addAll(vm.packages());
            }
        }
        for (ClassSource source : sources) {
            if (source instanceof ApplicationJar application) {
                VmClasses.checkApplication(application, List.copyOf(packages));
            }
        }
    }

    public List<ClassSource> sources() {
        return sources;
    }

    /** The class file of the first source that has the class. */
    public Optional<ClassFile> find(String internalName) {
        for (ClassSource source : sources) {
            if (!source.mayContain(internalName)) {
                continue;
            }
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
                + sources.stream().filter(s -> s.mayContain(internalName)).map(ClassSource::name)
                        .collect(Collectors.joining(", ")) + ")";
    }
}
