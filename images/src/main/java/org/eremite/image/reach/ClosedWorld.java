package org.eremite.image.reach;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eremite.image.classpath.ParsedClass;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * The result of the reachability analysis: what can run in the image, and why. Later phases compile
 * {@link #methods()} (except the natives, which substitutions must replace), lay out {@link #classes()}, build
 * dispatch tables from {@link #virtualTargets()}, and run the static initializers of
 * {@link #initializedAtRunTime()} in the guest.
 *
 * <p>Classes are internal names; array types are descriptors ({@code [I}, {@code [Ljava/lang/String;}).
 * The sets keep the order in which the analysis found their elements.
 */
public final class ClosedWorld {
    private final ClassHierarchy hierarchy;
    private final Map<String, Reason> classes;
    private final Map<String, Reason> instantiated;
    private final Map<Initialization, Reason> initialized;
    private final Set<String> initializedAtRunTime;
    private final Set<String> initializedAtBuildTime;
    private final Map<MethodRef, Reason> methods;
    private final Map<FieldRef, Reason> fields;
    private final Set<FieldRef> fieldsRead;
    private final Set<FieldRef> fieldsWritten;
    private final Set<String> arrayTypes;
    private final Set<String> classLiterals;
    private final Set<String> caughtTypes;
    private final Set<MethodRef> virtuallyInvoked;
    private final Map<MethodRef, Set<MethodRef>> virtualTargets;
    private final List<SignaturePolymorphicCall> signaturePolymorphicCalls;
    private final Map<String, String> missingClasses;
    private final Set<String> unresolved;
    private final int scannedMethods;

    ClosedWorld(ClassHierarchy hierarchy, Map<String, Reason> classes, Map<String, Reason> instantiated,
            Map<Initialization, Reason> initialized, Set<String> initializedAtRunTime,
            Set<String> initializedAtBuildTime, Map<MethodRef, Reason> methods, Map<FieldRef, Reason> fields,
            Set<FieldRef> fieldsRead, Set<FieldRef> fieldsWritten, Set<String> arrayTypes, Set<String> classLiterals,
            Set<String> caughtTypes, Set<MethodRef> virtuallyInvoked, Map<MethodRef, Set<MethodRef>> virtualTargets,
            List<SignaturePolymorphicCall> signaturePolymorphicCalls, Map<String, String> missingClasses,
            Set<String> unresolved, int scannedMethods) {
        this.hierarchy = hierarchy;
        this.classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        this.instantiated = Collections.unmodifiableMap(new LinkedHashMap<>(instantiated));
        this.initialized = Collections.unmodifiableMap(new LinkedHashMap<>(initialized));
        this.initializedAtRunTime = Collections.unmodifiableSet(new LinkedHashSet<>(initializedAtRunTime));
        this.initializedAtBuildTime = Collections.unmodifiableSet(new LinkedHashSet<>(initializedAtBuildTime));
        this.methods = Collections.unmodifiableMap(new LinkedHashMap<>(methods));
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.fieldsRead = Collections.unmodifiableSet(new LinkedHashSet<>(fieldsRead));
        this.fieldsWritten = Collections.unmodifiableSet(new LinkedHashSet<>(fieldsWritten));
        this.arrayTypes = Collections.unmodifiableSet(new LinkedHashSet<>(arrayTypes));
        this.classLiterals = Collections.unmodifiableSet(new LinkedHashSet<>(classLiterals));
        this.caughtTypes = Collections.unmodifiableSet(new LinkedHashSet<>(caughtTypes));
        this.virtuallyInvoked = Collections.unmodifiableSet(new LinkedHashSet<>(virtuallyInvoked));
        Map<MethodRef, Set<MethodRef>> targets = new LinkedHashMap<>();
        virtualTargets.forEach((k, v) -> targets.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        this.virtualTargets = Collections.unmodifiableMap(targets);
        this.signaturePolymorphicCalls = List.copyOf(signaturePolymorphicCalls);
        this.missingClasses = Collections.unmodifiableMap(new LinkedHashMap<>(missingClasses));
        this.unresolved = Collections.unmodifiableSet(new LinkedHashSet<>(unresolved));
        this.scannedMethods = scannedMethods;
    }

    /** Reachable classes and interfaces (not array types). */
    public Set<String> classes() {
        return classes.keySet();
    }

    /** Classes with instances: allocated by reachable code, or declared instantiated. */
    public Set<String> instantiatedClasses() {
        return instantiated.keySet();
    }

    /** Classes initialized in the guest: their static initializers are reachable. */
    public Set<String> initializedAtRunTime() {
        return initializedAtRunTime;
    }

    /** Classes that reachable code initializes but that are initialized at build time (initializers not run). */
    public Set<String> initializedAtBuildTime() {
        return initializedAtBuildTime;
    }

    /** Reachable methods, natives and static initializers included. */
    public Set<MethodRef> methods() {
        return methods.keySet();
    }

    /** The reachable methods with bytecode: what the compiler must compile. */
    public Set<MethodRef> methodsWithCode() {
        Set<MethodRef> result = new LinkedHashSet<>();
        for (MethodRef m : methods.keySet()) {
            if (!hasFlag(m, Opcodes.ACC_NATIVE) && !hasFlag(m, Opcodes.ACC_ABSTRACT)) {
                result.add(m);
            }
        }
        return result;
    }

    /** The reachable native methods: each needs a substitution or an intrinsic. */
    public Set<MethodRef> nativeMethods() {
        Set<MethodRef> result = new LinkedHashSet<>();
        for (MethodRef m : methods.keySet()) {
            if (hasFlag(m, Opcodes.ACC_NATIVE)) {
                result.add(m);
            }
        }
        return result;
    }

    private boolean hasFlag(MethodRef m, int flag) {
        MethodNode node = method(m).orElse(null);
        return node != null && (node.access & flag) != 0;
    }

    /** The method's tree, for the compiler. */
    public Optional<MethodNode> method(MethodRef m) {
        return hierarchy.type(m.owner()).map(t -> t.method(m.signature()));
    }

    /** A reachable class's tree (desugared), for later phases. */
    public Optional<ParsedClass> classOf(String name) {
        return classes.containsKey(name) ? hierarchy.parsed(name) : Optional.empty();
    }

    /** Fields read or written by reachable code. */
    public Set<FieldRef> fields() {
        return fields.keySet();
    }

    public Set<FieldRef> fieldsRead() {
        return fieldsRead;
    }

    public Set<FieldRef> fieldsWritten() {
        return fieldsWritten;
    }

    /** Array types allocated or named by reachable code (descriptors). */
    public Set<String> arrayTypes() {
        return arrayTypes;
    }

    /** Classes whose {@code Class} object reachable code loads as a constant. */
    public Set<String> classLiterals() {
        return classLiterals;
    }

    /** Exception types of reachable handlers. */
    public Set<String> caughtTypes() {
        return caughtTypes;
    }

    /** Methods named by reachable virtual or interface calls (as resolved, before selection). */
    public Set<MethodRef> virtuallyInvoked() {
        return virtuallyInvoked;
    }

    /** For each virtually invoked method, the implementations that calls of it can run. */
    public Map<MethodRef, Set<MethodRef>> virtualTargets() {
        return virtualTargets;
    }

    /** Reachable signature-polymorphic calls in the JDK, which substitutions must rewrite. */
    public List<SignaturePolymorphicCall> signaturePolymorphicCalls() {
        return signaturePolymorphicCalls;
    }

    /** Classes referenced but on no class path, when the request allowed them; with the message for each. */
    public Map<String, String> missingClasses() {
        return missingClasses;
    }

    /** References to methods or fields that do not exist (NoSuchMethodError/NoSuchFieldError at run time). */
    public Set<String> unresolvedReferences() {
        return unresolved;
    }

    /** How many method bodies the analysis read. */
    public int scannedMethods() {
        return scannedMethods;
    }

    public boolean isReachable(MethodRef method) {
        return methods.containsKey(method);
    }

    public boolean isReachable(String className) {
        return classes.containsKey(className);
    }

    public boolean isInstantiated(String className) {
        return instantiated.containsKey(className);
    }

    /**
     * Why an element is in the closed world: one line per step, from the element back to a root, e.g.
     * <pre>
     * java.util.HashMap.resize(): called by java.util.HashMap.putVal(...) at bytecode offset 56
     * java.util.HashMap.putVal(...): called by java.util.HashMap.put(...) at bytecode offset 9
     * ...
     * com.example.Main.main(java.lang.String[]): root: the application's main method
     * </pre>
     *
     * @param element a {@link MethodRef}, {@link FieldRef}, {@link Initialization} or a class's internal name
     * @return empty if the element is not reachable
     */
    public List<String> why(Object element) {
        return new Explainer(classes, initialized, methods, fields).why(element);
    }

    /** Follows reasons back to a root. */
    static final class Explainer {
        private final Map<String, Reason> classes;
        private final Map<Initialization, Reason> initialized;
        private final Map<MethodRef, Reason> methods;
        private final Map<FieldRef, Reason> fields;

        Explainer(Map<String, Reason> classes, Map<Initialization, Reason> initialized,
                Map<MethodRef, Reason> methods, Map<FieldRef, Reason> fields) {
            this.classes = classes;
            this.initialized = initialized;
            this.methods = methods;
            this.fields = fields;
        }

        List<String> why(Object element) {
            List<String> lines = new ArrayList<>();
            Set<Object> seen = new HashSet<>();
            Object current = element;
            while (current != null && seen.add(current)) {
                Reason reason = reasonOf(current);
                if (reason == null) {
                    break;
                }
                lines.add(describe(current) + ": " + reason);
                current = reason.from();
            }
            return lines;
        }

        private Reason reasonOf(Object element) {
            if (element instanceof MethodRef m) {
                return methods.get(m);
            }
            if (element instanceof FieldRef f) {
                return fields.get(f);
            }
            if (element instanceof Initialization i) {
                return initialized.get(i);
            }
            if (element instanceof String name) {
                return classes.get(name);
            }
            return null;
        }

        private static String describe(Object element) {
            if (element instanceof String name) {
                return "class " + name.replace('/', '.');
            }
            return element.toString();
        }
    }
}
