package org.eremite.image.reach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the reachability analysis starts from, and the choices later phases make:
 * <ul>
 *   <li>roots: the application's {@code main} and the VM's entry points (methods the VM calls itself);</li>
 *   <li>types declared instantiated: objects that exist without a {@code new} in reachable code (the VM's own,
 *       and later everything in the build-time heap snapshot);</li>
 *   <li>which classes are initialized at build time: their static initializers ran on the host and are not
 *       followed (the snapshot holds their state), though the class still counts as initialized;</li>
 *   <li>whether a missing class fails the analysis (the default) or is only recorded.</li>
 * </ul>
 */
public final class AnalysisRequest {
    /** A root method and why it is one. */
    public record Root(MethodRef method, String why) {
    }

    private final String mainClass;
    private final List<Root> roots = new ArrayList<>();
    private final Map<String, String> instantiated = new LinkedHashMap<>();
    private Predicate<String> initializedAtBuildTime = name -> false;
    private boolean failOnMissingClasses = true;

    private AnalysisRequest(String mainClass) {
        this.mainClass = mainClass;
    }

    /** Starts from the {@code main} method of a class (internal name); the class is initialized first. */
    public static AnalysisRequest forMain(String mainClass) {
        return new AnalysisRequest(mainClass);
    }

    /** Starts from the given roots only (for tests and for the VM's own image). */
    public static AnalysisRequest withoutMain() {
        return new AnalysisRequest(null);
    }

    /** A method the VM calls itself (an entry point), with a sentence for reason chains. */
    public AnalysisRequest addRoot(MethodRef method, String why) {
        roots.add(new Root(method, why));
        return this;
    }

    /** A class whose instances exist without reachable code allocating them (the VM's, the heap snapshot's). */
    public AnalysisRequest addInstantiated(String className, String why) {
        instantiated.putIfAbsent(className, why);
        return this;
    }

    /** Classes whose static initializer runs on the host at build time and is therefore not analyzed. */
    public AnalysisRequest initializedAtBuildTime(Predicate<String> predicate) {
        this.initializedAtBuildTime = predicate;
        return this;
    }

    /** Records missing classes in the closed world instead of failing. */
    public AnalysisRequest allowMissingClasses() {
        this.failOnMissingClasses = false;
        return this;
    }

    public String mainClass() {
        return mainClass;
    }

    public List<Root> roots() {
        return List.copyOf(roots);
    }

    public Map<String, String> instantiated() {
        return Map.copyOf(instantiated);
    }

    public Predicate<String> initializedAtBuildTime() {
        return initializedAtBuildTime;
    }

    public boolean failOnMissingClasses() {
        return failOnMissingClasses;
    }
}
