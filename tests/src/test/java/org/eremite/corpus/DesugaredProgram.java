package org.eremite.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eremite.image.build.VmRoots;
import org.eremite.image.classpath.ApplicationJar;
import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.JdkImage;
import org.eremite.image.classpath.ParsedClass;
import org.eremite.image.desugar.DesugaredClasses;
import org.eremite.image.reach.AnalysisRequest;
import org.eremite.image.reach.ClosedWorld;
import org.eremite.image.reach.ReachabilityAnalysis;

/**
 * The image builder's front end on one corpus JAR, as {@code eremite pack} runs it ({@code FrontEnd.analyze}'s
 * steps): the application desugared whole (no {@code invokedynamic} left), written back as a second JAR that
 * HotSpot can run, and the closed world computed from {@code main} with the VM's own roots ({@link VmRoots}),
 * which must succeed with no missing class and no unresolved reference. Only counts of the closed world are kept:
 * a whole closed world holds thousands of ASM trees, and the corpus has dozens of programs.
 *
 * @param jar                the desugared JAR: the application's classes and the classes desugaring generated
 * @param applicationClasses how many classes it holds
 * @param generatedClasses   of which desugaring generated
 * @param classes            classes in the closed world
 * @param methods            methods in the closed world
 */
public record DesugaredProgram(Path jar, int applicationClasses, int generatedClasses, int classes, int methods) {
    static final JdkImage JDK = JdkImage.ofBuildJdk();

    /**
     * Desugars the JAR into {@code desugaredJar} and analyzes it against the shared JDK classes (holding their
     * monitor: analyses run one at a time).
     *
     * @throws org.eremite.image.ImageBuildException if desugaring or the analysis refuses the program
     * @throws IllegalStateException if the closed world has unresolved references
     */
    public static DesugaredProgram of(Path jar, Path desugaredJar, JdkClasses jdk) {
        ApplicationJar application = ApplicationJar.open(jar);
        String main = application.mainClass(null);
        DesugaredClasses classes = new DesugaredClasses(ClassPath.of(application, JDK));
        classes.desugarAll(application);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Set<String> programClasses = new HashSet<>();
        int generated = 0;
        for (ParsedClass parsed : classes.classes()) {
            if (parsed.application()) {
                programClasses.add(parsed.name());
                entries.put(parsed.name() + ".class", classes.classFile(parsed.name()));
                if (!application.classNames().contains(parsed.name())) {
                    generated++;
                }
            }
        }
        try {
            ProgramJar.write(desugaredJar, main.replace('/', '.'), entries);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + desugaredJar, e);
        }
        AnalysisRequest request = AnalysisRequest.forMain(main);
        VmRoots.addGuestJdkStartup(request);
        ClosedWorld world;
        synchronized (jdk) {
            world = new ReachabilityAnalysis(jdk.forProgram(classes, programClasses), request).run();
        }
        if (!world.unresolvedReferences().isEmpty()) {
            throw new IllegalStateException("the closed world of " + main.replace('/', '.')
                    + " has unresolved references: " + world.unresolvedReferences());
        }
        return new DesugaredProgram(desugaredJar, entries.size(), generated, world.classes().size(),
                world.methods().size());
    }
}
