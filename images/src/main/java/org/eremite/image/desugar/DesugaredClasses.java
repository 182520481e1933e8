package org.eremite.image.desugar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eremite.image.classpath.ApplicationJar;
import org.eremite.image.classpath.ClassFile;
import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.ClassProvider;
import org.eremite.image.classpath.ParsedClass;
import org.eremite.image.substitute.Substitutions;

/**
 * The program's classes as every later phase sees them: read from the class path on first request, merged with
 * their substitutions (or renamed, for classes that name substitution classes), desugared at once, plus the
 * classes desugaring generated. A JDK class is therefore substituted and desugared only if something asks for it,
 * which for an image means: only if it is reachable. Substitution classes themselves are no classes of the image:
 * they are not found here.
 *
 * <p>Not thread-safe: the analysis that asks for classes is single-threaded.
 */
public final class DesugaredClasses implements ClassProvider, DesugarEnvironment {
    private final ClassPath classPath;
    private final Substitutions substitutions;
    private final Map<String, ParsedClass> classes = new LinkedHashMap<>();
    private final Set<String> absent = new HashSet<>();
    private final List<GeneratedLambda> lambdas = new ArrayList<>();
    private final DesugarStatistics statistics = new DesugarStatistics();
    private final Desugarer desugarer = new Desugarer(this);
    /** Time spent in nested reads, subtracted from the enclosing class's own time. */
    private long nestedNanos;

    /** The classes of a class path, with the substitutions of classlib found among its VM classes. */
    public DesugaredClasses(ClassPath classPath) {
        this(classPath, Substitutions.ofClassPath(classPath));
    }

    public DesugaredClasses(ClassPath classPath, Substitutions substitutions) {
        this.classPath = classPath;
        this.substitutions = substitutions;
    }

    public ClassPath classPath() {
        return classPath;
    }

    public Substitutions substitutions() {
        return substitutions;
    }

    /**
     * The class, read and desugared on first use.
     *
     * @throws org.eremite.image.ImageBuildException if the class is malformed or holds unsupported bytecode
     */
    @Override
    public Optional<ParsedClass> find(String internalName) {
        ParsedClass known = classes.get(internalName);
        if (known != null) {
            return Optional.of(known);
        }
        if (internalName.startsWith("[") || absent.contains(internalName)
                || substitutions.isSubstitutionClass(internalName)) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        long nestedBefore = nestedNanos;
        Optional<ClassFile> file = classPath.find(internalName);
        if (file.isEmpty()) {
            absent.add(internalName);
            return Optional.empty();
        }
        boolean application = file.get().source() instanceof ApplicationJar;
        // Substitutions before desugaring: substituted code has lambdas and string concatenations too.
        ParsedClass parsed = substitutions.parse(file.get(), application);
        classes.put(internalName, parsed); // before desugaring: a nestmate's accessor may be added to it
        try {
            desugarer.desugar(parsed);
        } catch (RuntimeException e) {
            classes.remove(internalName);
            throw e;
        }
        long total = System.nanoTime() - start;
        statistics.countRead(application, total - (nestedNanos - nestedBefore));
        nestedNanos = nestedBefore + total;
        return Optional.of(parsed);
    }

    @Override
    public String whyMissing(String internalName) {
        Optional<String> target = substitutions.targetOf(internalName);
        if (target.isPresent()) {
            return "class " + internalName.replace('/', '.') + " is a substitution of " + target.get()
                    .replace('/', '.') + ", merged into it: it is no class of the image";
        }
        return classPath.whyMissing(internalName);
    }

    /** Reads and desugars every class of the application JAR (the application is desugared whole). */
    public void desugarAll(ApplicationJar application) {
        for (String name : application.classNames()) {
            find(name);
        }
    }

    /** Every class read or generated so far, in the order it was first asked for or made. */
    public Collection<ParsedClass> classes() {
        return Collections.unmodifiableCollection(classes.values());
    }

    /** The classes that desugaring generated, with the call sites they stand for. */
    public List<GeneratedLambda> lambdas() {
        return Collections.unmodifiableList(lambdas);
    }

    /** The lambda classes generated for call sites in one class (internal name), in call-site order. */
    public List<GeneratedLambda> lambdasOf(String caller) {
        List<GeneratedLambda> result = new ArrayList<>();
        for (GeneratedLambda lambda : lambdas) {
            if (lambda.site().className().equals(caller)) {
                result.add(lambda);
            }
        }
        return result;
    }

    @Override
    public DesugarStatistics statistics() {
        return statistics;
    }

    /** A class as a class file again (for tests, and for embedding classes in an image). */
    public byte[] classFile(String internalName) {
        ParsedClass parsed = find(internalName).orElseThrow(() -> new IllegalArgumentException(
                whyMissing(internalName)));
        return ClassWriting.toBytes(parsed.node());
    }

    @Override
    public Optional<ParsedClass> lookup(String internalName) {
        return find(internalName);
    }

    @Override
    public boolean exists(String internalName) {
        return classes.containsKey(internalName) || classPath.find(internalName).isPresent();
    }

    private final List<VarHandleRewriter.FieldHandle> varHandles = new ArrayList<>();

    private final Map<String, VarHandleRewriter.FieldHandle> varHandlesByField = new java.util.HashMap<>();

    @Override
    public void recordVarHandle(VarHandleRewriter.FieldHandle handle) {
        varHandles.add(handle);
        varHandlesByField.put(handle.owner() + "." + handle.handle(), handle);
    }

    @Override
    public VarHandleRewriter.FieldHandle varHandle(String owner, String field) {
        find(owner);
        return varHandlesByField.get(owner + "." + field);
    }

    /** The VarHandle fields whose calls were rewritten, each with the field it stands for. */
    public List<VarHandleRewriter.FieldHandle> varHandles() {
        return Collections.unmodifiableList(varHandles);
    }

    @Override
    public void define(ParsedClass generated) {
        if (classes.putIfAbsent(generated.name(), generated) != null) {
            throw new IllegalStateException("class " + generated.name() + " defined twice");
        }
    }

    @Override
    public void recordLambda(GeneratedLambda lambda) {
        lambdas.add(lambda);
    }
}
