package org.eremite.image.substitute;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eremite.image.classpath.ClassFile;
import org.eremite.image.classpath.ClassParser;
import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.ClassSource;
import org.eremite.image.classpath.ParsedClass;
import org.eremite.image.classpath.VmClasses;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.ClassNode;

/**
 * A set of substitution classes (each annotated {@code @TargetClass}) and what they do to the classes of an image:
 * a target class is merged with its substitutions when it is read ({@link #parse}), and every class that names a
 * substitution class has the name replaced by the target's ({@link #rename}).
 *
 * <p>Merging is lazy, per target and per reading: a target nobody reads is never merged (so
 * {@link #checkTargets} exists to catch a target that does not exist at all). The substitution classes' trees are
 * never changed, so one set can serve several readers; merging is synchronized for that.
 */
public final class Substitutions {
    private static final Substitutions NONE = new Substitutions(List.of());

    /** Target to its substitution classes, in the order given. */
    private final Map<String, List<SubstitutionClass>> byTarget = new LinkedHashMap<>();
    /** Substitution class to target. */
    private final Map<String, String> targets = new LinkedHashMap<>();
    private final Remapper remapper;
    /** UTF-8 of the packages of the substitution classes: a class file without one of them names none. */
    private final List<byte[]> packages = new ArrayList<>();
    private final Map<String, byte[]> names = new LinkedHashMap<>();
    private final SubstitutionStatistics statistics = new SubstitutionStatistics();

    private Substitutions(List<SubstitutionClass> classes) {
        for (SubstitutionClass substitution : classes) {
            if (targets.putIfAbsent(substitution.name(), substitution.target()) != null) {
                throw new SubstitutionException("substitution " + substitution.dotted() + " is given twice");
            }
            byTarget.computeIfAbsent(substitution.target(), t -> new ArrayList<>()).add(substitution);
        }
        Set<String> packageNames = new LinkedHashSet<>();
        for (SubstitutionClass substitution : classes) {
            if (targets.containsKey(substitution.target())) {
                throw new SubstitutionException("substitution " + substitution.dotted() + " targets "
                        + substitution.target().replace('/', '.') + ", which is itself a substitution class");
            }
            String name = substitution.name();
            packageNames.add(name.substring(0, name.lastIndexOf('/') + 1));
            names.put(name, name.getBytes(StandardCharsets.UTF_8));
        }
        for (String p : packageNames) {
            // The default package has no prefix to look for: every class then counts as a candidate.
            packages.add(p.getBytes(StandardCharsets.UTF_8));
        }
        this.remapper = new SimpleRemapper(Collections.unmodifiableMap(targets));
    }

    /** No substitutions: {@link #parse} only parses. */
    public static Substitutions none() {
        return NONE;
    }

    /**
     * The substitutions among the given class files: each one annotated {@code @TargetClass}. The others are
     * ignored here: they are helper classes, renamed like every class when read from the class path.
     *
     * @throws SubstitutionException if a {@code @TargetClass} names no class, or names a substitution class
     */
    public static Substitutions of(Collection<ClassFile> classFiles) {
        List<SubstitutionClass> classes = new ArrayList<>();
        for (ClassFile file : classFiles) {
            Optional<String> target = targetOf(file);
            if (target.isPresent()) {
                classes.add(new SubstitutionClass(ClassParser.parse(file, false), target.get()));
            }
        }
        return classes.isEmpty() ? NONE : new Substitutions(classes);
    }

    /** The substitutions among the classes of {@code source} in the given packages (prefixes such as {@code a/b/}). */
    public static Substitutions scan(ClassSource source, List<String> packagePrefixes) {
        List<ClassFile> files = new ArrayList<>();
        for (String name : source.classNames()) {
            for (String prefix : packagePrefixes) {
                if (name.startsWith(prefix)) {
                    source.read(name).ifPresent(bytes -> files.add(new ClassFile(name, bytes, source)));
                    break;
                }
            }
        }
        return of(files);
    }

    /** The substitutions of classlib ({@link VmClasses#CLASSLIB_PACKAGE}) in the VM's classes of a class path. */
    public static Substitutions ofClassPath(ClassPath classPath) {
        List<ClassFile> files = new ArrayList<>();
        for (ClassSource source : classPath.sources()) {
            if (source instanceof VmClasses vm) {
                for (String name : vm.classNamesUnder(VmClasses.CLASSLIB_PACKAGE)) {
                    vm.read(name).ifPresent(bytes -> files.add(new ClassFile(name, bytes, vm)));
                }
            }
        }
        return of(files);
    }

    /** The target of a class file annotated {@code @TargetClass}, as an internal name. */
    static Optional<String> targetOf(ClassFile file) {
        String[] value = {null};
        boolean[] annotated = {false};
        new ClassReader(file.bytes()).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                if (!descriptor.equals(Marker.TARGET_CLASS)) {
                    return null;
                }
                annotated[0] = true;
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(String name, Object v) {
                        if (name.equals("value") && v instanceof String s) {
                            value[0] = s;
                        }
                    }
                };
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        if (!annotated[0]) {
            return Optional.empty();
        }
        String dotted = file.name().replace('/', '.');
        if (value[0] == null || value[0].isBlank()) {
            throw new SubstitutionException("substitution " + dotted + ": @TargetClass names no class");
        }
        if (value[0].contains("/") || value[0].startsWith("[") || value[0].endsWith(";")) {
            throw new SubstitutionException("substitution " + dotted + ": @TargetClass(\"" + value[0] + "\") is "
                    + "not a binary class name (write java.lang.Object, or java.util.Map$Entry for a nested class)");
        }
        return Optional.of(value[0].trim().replace('.', '/'));
    }

    public boolean isEmpty() {
        return targets.isEmpty();
    }

    /** The target classes (internal names), in the order their first substitution was given. */
    public Set<String> targets() {
        return Collections.unmodifiableSet(byTarget.keySet());
    }

    /** The substitution classes of a target (internal names), in merge order; empty if it has none. */
    public List<String> substitutionClassesOf(String target) {
        List<String> result = new ArrayList<>();
        for (SubstitutionClass substitution : byTarget.getOrDefault(target, List.of())) {
            result.add(substitution.name());
        }
        return result;
    }

    /** Whether a class is a substitution class: it is merged into its target and is no class of the image. */
    public boolean isSubstitutionClass(String internalName) {
        return targets.containsKey(internalName);
    }

    /** The target of a substitution class (internal names). */
    public Optional<String> targetOf(String substitutionClass) {
        return Optional.ofNullable(targets.get(substitutionClass));
    }

    /** Renames every substitution class to its target; for other class sources that must see the same names. */
    public Remapper remapper() {
        return remapper;
    }

    /** A copy of a class with every substitution class renamed to its target. */
    public ClassNode rename(ClassNode node) {
        return Renaming.rename(node, remapper);
    }

    /** A class file with every substitution class renamed to its target; the same bytes if it names none. */
    public byte[] rename(byte[] classFile) {
        return mentionsSubstitution(classFile) ? Renaming.rename(classFile, remapper) : classFile;
    }

    /**
     * Whether a class file names a substitution class anywhere (a quick search of its bytes: class names are
     * stored as UTF-8 in the constant pool, and modified UTF-8 equals UTF-8 for every name but those with NUL or
     * characters outside the BMP, which no substitution class has).
     */
    public boolean mentionsSubstitution(byte[] classFile) {
        if (targets.isEmpty()) {
            return false;
        }
        boolean candidate = false;
        for (byte[] p : packages) {
            if (indexOf(classFile, p) >= 0) {
                candidate = true;
                break;
            }
        }
        if (!candidate) {
            return false;
        }
        for (byte[] name : names.values()) {
            if (indexOf(classFile, name) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a class as the image sees it: parsed, merged with its substitutions if it is a target, and with every
     * substitution class it names renamed to the target.
     */
    public ParsedClass parse(ClassFile file, boolean application) {
        ParsedClass parsed = ClassParser.parse(file, application);
        if (mentionsSubstitution(file.bytes())) {
            parsed = Renaming.rename(parsed, remapper);
        }
        return byTarget.containsKey(parsed.name()) ? merge(parsed) : parsed;
    }

    /**
     * Merges the substitutions of {@code target} into it, in place: its tree and offsets change, and the result
     * names the substitution classes in its origin. A class without substitutions is returned as it is.
     *
     * @throws SubstitutionException if a substitution does not fit the target
     */
    public synchronized ParsedClass merge(ParsedClass target) {
        List<SubstitutionClass> substitutions = byTarget.get(target.name());
        if (substitutions == null) {
            return target;
        }
        statistics.record(TargetMerge.merge(target, substitutions, targets));
        List<String> names = new ArrayList<>();
        for (SubstitutionClass substitution : substitutions) {
            names.add(substitution.dotted());
        }
        return new ParsedClass(target.node(), target.origin() + ", substituted by " + String.join(", ", names),
                target.application(), target.offsets());
    }

    /**
     * Fails if a target class is on none of the class path's sources: a misspelt {@code @TargetClass} would
     * otherwise be ignored, because targets are merged only when read.
     */
    public void checkTargets(ClassPath classPath) {
        for (Map.Entry<String, List<SubstitutionClass>> entry : byTarget.entrySet()) {
            if (classPath.find(entry.getKey()).isEmpty()) {
                throw new SubstitutionException("substitution " + entry.getValue().get(0).dotted() + " of "
                        + entry.getKey().replace('/', '.') + ": the target does not exist: "
                        + classPath.whyMissing(entry.getKey()));
            }
        }
    }

    /** What was merged so far. */
    public SubstitutionStatistics statistics() {
        return statistics;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        if (pattern.length == 0) {
            return 0;
        }
        byte first = pattern[0];
        int last = data.length - pattern.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (data[i] != first) {
                continue;
            }
            for (int j = 1; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public String toString() {
        return "Substitutions" + targets;
    }
}
