package org.eremite.corpus;

import java.util.Optional;
import java.util.Set;
import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.ClassProvider;
import org.eremite.image.classpath.JdkImage;
import org.eremite.image.classpath.ParsedClass;
import org.eremite.image.desugar.DesugaredClasses;

/**
 * The build JDK's {@code java.base}, read and desugared on demand once for the whole corpus run instead of once
 * per program: every program reaches much the same 2,500 JDK classes, and reading and desugaring them is most of
 * an analysis's time. The JDK's classes do not depend on the application (desugaring a JDK class only looks at
 * JDK classes), so sharing them changes no result.
 *
 * <p>{@link #forProgram} gives the view one analysis uses: the program's own classes (its JAR's and those
 * desugaring generated for them) from the program's {@link DesugaredClasses}, everything else from here.
 * {@link DesugaredClasses} is not thread-safe, and the analysis reads ASM trees whose instruction lists cache
 * lazily, so analyses using this object must not overlap: callers hold its monitor while they analyze.
 */
final class JdkClasses implements ClassProvider {
    private final DesugaredClasses jdk;

    JdkClasses(JdkImage image) {
        // The VM's classes too, as the image builder reads them: classlib's substitutions and the support classes
        // that rewritten JDK code calls (VarHandle operations) must be found, as in each program's own view.
        this.jdk = new DesugaredClasses(new ClassPath(java.util.List.of(
                org.eremite.image.classpath.VmClasses.ofBuilder(), image.javaBase()), image));
    }

    @Override
    public Optional<ParsedClass> find(String internalName) {
        return jdk.find(internalName);
    }

    @Override
    public String whyMissing(String internalName) {
        return jdk.whyMissing(internalName);
    }

    /** The class provider for one program: its own classes first, then the shared JDK. */
    ClassProvider forProgram(DesugaredClasses program, Set<String> programClasses) {
        return new ClassProvider() {
            @Override
            public Optional<ParsedClass> find(String internalName) {
                return programClasses.contains(internalName) ? program.find(internalName) : jdk.find(internalName);
            }

            @Override
            public String whyMissing(String internalName) {
                return program.whyMissing(internalName);
            }
        };
    }
}
