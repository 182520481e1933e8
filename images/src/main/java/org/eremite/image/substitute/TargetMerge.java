package org.eremite.image.substitute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eremite.image.classpath.ParsedClass;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Merges the substitution classes of one target into the target's tree, one after the other, and counts what
 * each member did. The target's tree and offsets are changed in place; the substitution classes are renamed into
 * copies first, so they can be merged again into another reading of the same target.
 *
 * <p>The rules (the package documentation has the reasons):
 * <ul>
 *   <li>{@code @Substitute} method: replaces the target's method of the same name and descriptor, which must
 *       exist, be non-abstract and match in static-ness. The declaration stays the target's (access flags, generic
 *       signature, exceptions, annotations); the code, its line numbers and local variables come from the
 *       substitution; the method is native only if the substitution's is (an {@code @Extern} routine).</li>
 *   <li>{@code @Alias} field or method: must exist in the target with the same descriptor and static-ness; not
 *       copied.</li>
 *   <li>{@code @Inject} field or method: must not exist in the target; copied.</li>
 *   <li>Unannotated: the substitution's own constructors are dropped; a static initializer is refused; javac's
 *       synthetic members (lambda bodies) are copied as if injected, renamed when their name is taken; anything
 *       else is refused.</li>
 * </ul>
 */
final class TargetMerge {
    private static final int STATIC = Opcodes.ACC_STATIC;

    private final ClassNode node;
    private final ParsedClass target;
    private final Map<String, String> classRenames;
    /** Method (name + descriptor) of the target to the substitution class that replaced it. */
    private final Map<String, String> substitutedBy = new HashMap<>();
    private final List<String> merged = new ArrayList<>();
    private int substitutedMethods;
    private int aliasedMethods;
    private int injectedMethods;
    private int aliasedFields;
    private int injectedFields;
    private int syntheticMembers;

    private SubstitutionClass current;

    private TargetMerge(ParsedClass target, Map<String, String> classRenames) {
        this.target = target;
        this.node = target.node();
        this.classRenames = classRenames;
    }

    /**
     * Merges {@code substitutions} into {@code target}.
     *
     * @param classRenames every substitution class to its target (internal names)
     * @return the target, changed, and its counts
     */
    static SubstitutionStatistics.Counts merge(ParsedClass target, List<SubstitutionClass> substitutions,
            Map<String, String> classRenames) {
        TargetMerge merge = new TargetMerge(target, classRenames);
        for (SubstitutionClass substitution : substitutions) {
            merge.mergeOne(substitution);
        }
        return new SubstitutionStatistics.Counts(target.name(), List.copyOf(merge.merged), merge.substitutedMethods,
                merge.aliasedMethods, merge.injectedMethods, merge.aliasedFields, merge.injectedFields,
                merge.syntheticMembers);
    }

    private void mergeOne(SubstitutionClass substitution) {
        current = substitution;
        ParsedClass renamed = Renaming.rename(substitution.parsed(),
                new SimpleRemapper(renamesFor(substitution.parsed().node())));
        ClassNode sub = renamed.node();
        checkClass(sub);
        for (FieldNode field : sub.fields) {
            mergeField(field);
        }
        for (MethodNode method : sub.methods) {
            mergeMethod(method, renamed);
        }
        mergeInnerClasses(sub);
        merged.add(substitution.name());
    }

    /**
     * The class renames plus fresh names for the synthetic members whose names the target already uses: javac
     * numbers lambda bodies per class ({@code lambda$hashCode$0}), so a substitution's and its target's collide.
     */
    private Map<String, String> renamesFor(ClassNode raw) {
        Map<String, String> renames = new HashMap<>(classRenames);
        SimpleRemapper classesOnly = new SimpleRemapper(classRenames);
        String suffix = "$" + raw.name.substring(raw.name.lastIndexOf('/') + 1);
        for (FieldNode field : raw.fields) {
            if (isCopiedSynthetic(field.access, field.invisibleAnnotations, field.visibleAnnotations)
                    && field(field.name) != null) {
                String fresh = field.name + suffix;
                for (int n = 2; field(fresh) != null; n++) {
                    fresh = field.name + suffix + "$" + n;
                }
                renames.put(raw.name + "." + field.name, fresh);
            }
        }
        for (MethodNode method : raw.methods) {
            String descriptor = classesOnly.mapMethodDesc(method.desc);
            if (!method.name.startsWith("<")
                    && isCopiedSynthetic(method.access, method.invisibleAnnotations, method.visibleAnnotations)
                    && method(method.name, descriptor) != null) {
                String fresh = method.name + suffix;
                for (int n = 2; method(fresh, descriptor) != null; n++) {
                    fresh = method.name + suffix + "$" + n;
                }
                renames.put(raw.name + "." + method.name + method.desc, fresh);
            }
        }
        return renames;
    }

    private static boolean isCopiedSynthetic(int access, List<AnnotationNode> invisible,
            List<AnnotationNode> visible) {
        return (access & Opcodes.ACC_SYNTHETIC) != 0 && Marker.of(invisible, visible).isEmpty();
    }

    /** Kind and supertypes: a substitution adds members, it does not change what the target is. */
    private void checkClass(ClassNode sub) {
        boolean targetIsInterface = (node.access & Opcodes.ACC_INTERFACE) != 0;
        if (targetIsInterface != ((sub.access & Opcodes.ACC_INTERFACE) != 0)) {
            throw error(targetIsInterface ? "the target is an interface, so the substitution must be one too"
                    : "the target is a class, so the substitution must not be an interface");
        }
        for (String itf : sub.interfaces) {
            if (!node.interfaces.contains(itf)) {
                throw error("it implements " + dotted(itf) + ", which the target does not: a substitution cannot "
                        + "change the target's supertypes");
            }
        }
        for (MethodNode method : sub.methods) {
            List<Marker> markers = Marker.of(method.invisibleAnnotations, method.visibleAnnotations);
            if (method.name.equals("<init>") && !markers.isEmpty() && !markers.contains(Marker.ALIAS)
                    && !Objects.equals(sub.superName, node.superName)) {
                throw error(markers.get(0) + " " + describeMethod(method.name, method.desc) + ": a substitution "
                        + "with constructors must extend the target's superclass " + dotted(node.superName)
                        + " (it extends " + dotted(sub.superName) + "), whose constructor they call");
            }
        }
    }

    private void mergeField(FieldNode field) {
        Marker marker = single(Marker.of(field.invisibleAnnotations, field.visibleAnnotations),
                describeField(field.name, field.desc));
        FieldNode existing = field(field.name);
        String member = describeField(field.name, field.desc);
        if (marker == Marker.ALIAS) {
            if (existing == null) {
                throw error("@Alias " + member + " has no counterpart: the target has no field " + field.name);
            }
            if (!existing.desc.equals(field.desc)) {
                throw error("@Alias " + member + " does not match the target's " + describeField(existing.name,
                        existing.desc) + ": the types must be the same");
            }
            checkStatic(field.access, existing.access, "@Alias " + member);
            aliasedFields++;
        } else if (marker == Marker.INJECT || (marker == null && (field.access & Opcodes.ACC_SYNTHETIC) != 0)) {
            if (existing != null) {
                throw error("@Inject " + member + " clashes with the target's " + describeField(existing.name,
                        existing.desc) + ": use @Alias to refer to it, or choose another name");
            }
            field.invisibleAnnotations = Marker.strip(field.invisibleAnnotations);
            field.visibleAnnotations = Marker.strip(field.visibleAnnotations);
            node.fields.add(field);
            if (marker == null) {
                syntheticMembers++;
            } else {
                injectedFields++;
            }
        } else if (marker == Marker.SUBSTITUTE) {
            throw error("@Substitute " + member + ": fields cannot be substituted; use @Alias to refer to the "
                    + "target's field or @Inject to add one");
        } else {
            throw error(member + " is not annotated: annotate it with @Alias or @Inject");
        }
    }

    private void mergeMethod(MethodNode method, ParsedClass renamed) {
        String member = describeMethod(method.name, method.desc);
        Marker marker = single(Marker.of(method.invisibleAnnotations, method.visibleAnnotations), member);
        MethodNode existing = method(method.name, method.desc);
        if (marker == Marker.SUBSTITUTE) {
            substitute(method, existing, renamed, member);
        } else if (marker == Marker.ALIAS) {
            if (existing == null) {
                throw error("@Alias " + member + " has no counterpart in the target" + sameName(method.name));
            }
            checkStatic(method.access, existing.access, "@Alias " + member);
            aliasedMethods++;
        } else if (marker == Marker.INJECT) {
            inject(method, existing, renamed, "@Inject " + member);
            injectedMethods++;
        } else if (method.name.equals("<init>")) {
            return; // the substitution's own constructor: the class is never instantiated as itself
        } else if (method.name.equals("<clinit>")) {
            throw error("it has a static initializer, which a substitution cannot contribute (the target's own "
                    + "runs): give injected static fields no initializer, or a constant value, and remove static "
                    + "blocks");
        } else if ((method.access & Opcodes.ACC_SYNTHETIC) != 0) {
            inject(method, existing, renamed, "synthetic " + member);
            syntheticMembers++;
        } else {
            throw error(member + " is not annotated: annotate it with @Substitute, @Alias or @Inject");
        }
    }

    private void substitute(MethodNode method, MethodNode existing, ParsedClass renamed, String member) {
        if (existing == null) {
            throw error("@Substitute " + member + " has no counterpart in the target" + sameName(method.name));
        }
        checkStatic(method.access, existing.access, "@Substitute " + member);
        if ((existing.access & Opcodes.ACC_ABSTRACT) != 0) {
            throw error("@Substitute " + member + ": the target's method is abstract; there is no body to replace");
        }
        if ((method.access & Opcodes.ACC_ABSTRACT) != 0) {
            throw error("@Substitute " + member + " has no body");
        }
        String key = method.name + method.desc;
        String earlier = substitutedBy.putIfAbsent(key, current.name());
        if (earlier != null) {
            throw error("@Substitute " + member + ": the target's method is already substituted by "
                    + dotted(earlier));
        }
        // The declaration is the target's; the code is the substitution's.
        method.access = (existing.access & ~(Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT))
                | (method.access & Opcodes.ACC_NATIVE);
        method.signature = existing.signature;
        method.exceptions = existing.exceptions;
        method.parameters = existing.parameters;
        method.visibleAnnotations = union(existing.visibleAnnotations, Marker.strip(method.visibleAnnotations));
        method.invisibleAnnotations = union(existing.invisibleAnnotations,
                Marker.strip(method.invisibleAnnotations));
        method.visibleTypeAnnotations = existing.visibleTypeAnnotations;
        method.invisibleTypeAnnotations = existing.invisibleTypeAnnotations;
        method.visibleParameterAnnotations = existing.visibleParameterAnnotations;
        method.invisibleParameterAnnotations = existing.invisibleParameterAnnotations;
        method.visibleAnnotableParameterCount = existing.visibleAnnotableParameterCount;
        method.invisibleAnnotableParameterCount = existing.invisibleAnnotableParameterCount;
        method.annotationDefault = existing.annotationDefault;
        method.attrs = existing.attrs;
        node.methods.set(node.methods.indexOf(existing), method);
        copyOffsets(method, renamed);
        substitutedMethods++;
    }

    private void inject(MethodNode method, MethodNode existing, ParsedClass renamed, String member) {
        if (existing != null) {
            throw error(member + " clashes with the target's method of the same name and descriptor: use "
                    + "@Substitute to replace it or @Alias to call it");
        }
        method.invisibleAnnotations = Marker.strip(method.invisibleAnnotations);
        method.visibleAnnotations = Marker.strip(method.visibleAnnotations);
        node.methods.add(method);
        copyOffsets(method, renamed);
    }

    private void copyOffsets(MethodNode method, ParsedClass renamed) {
        for (var insn : method.instructions) {
            int offset = renamed.offsets().offsetOf(insn);
            if (offset >= 0) {
                target.offsets().put(insn, offset);
            }
        }
    }

    /**
     * Inner-class entries the copied code needs ({@code MethodHandles$Lookup} of a lambda, a JDK nested class it
     * names), but not those of the substitution's own nest: the target keeps its own nest.
     */
    private void mergeInnerClasses(ClassNode sub) {
        Set<String> known = new HashSet<>();
        for (InnerClassNode inner : node.innerClasses) {
            known.add(inner.name);
        }
        String ownPrefix = current.name() + "$";
        for (InnerClassNode inner : sub.innerClasses) {
            boolean own = inner.name.equals(node.name) || inner.name.startsWith(ownPrefix)
                    || node.name.equals(inner.outerName);
            if (!own && known.add(inner.name)) {
                node.innerClasses.add(inner);
            }
        }
    }

    private Marker single(List<Marker> markers, String member) {
        if (markers.size() > 1) {
            throw error(member + " carries both " + markers.get(0) + " and " + markers.get(1) + ": choose one");
        }
        return markers.isEmpty() ? null : markers.get(0);
    }

    private void checkStatic(int access, int targetAccess, String member) {
        boolean isStatic = (access & STATIC) != 0;
        if (isStatic != ((targetAccess & STATIC) != 0)) {
            throw error(member + " is " + (isStatic ? "static" : "not static") + " but the target's is "
                    + (isStatic ? "not" : "static"));
        }
    }

    /** ", which has only name(...)" listing the target's methods of that name, when there are some. */
    private String sameName(String name) {
        List<String> candidates = new ArrayList<>();
        for (MethodNode m : node.methods) {
            if (m.name.equals(name)) {
                candidates.add(describeMethod(m.name, m.desc) + ((m.access & STATIC) != 0 ? " (static)" : ""));
            }
        }
        return candidates.isEmpty() ? "" : " (the target has " + String.join(", ", candidates) + ")";
    }

    private SubstitutionException error(String what) {
        return new SubstitutionException("substitution " + current.dotted() + " of " + dotted(node.name) + ": "
                + what);
    }

    private FieldNode field(String name) {
        for (FieldNode field : node.fields) {
            if (field.name.equals(name)) {
                return field;
            }
        }
        return null;
    }

    private MethodNode method(String name, String descriptor) {
        for (MethodNode method : node.methods) {
            if (method.name.equals(name) && method.desc.equals(descriptor)) {
                return method;
            }
        }
        return null;
    }

    /** The target's annotations first; one of the substitution's is added only if the target has none of its type. */
    private static List<AnnotationNode> union(List<AnnotationNode> first, List<AnnotationNode> second) {
        if (second == null) {
            return first;
        }
        List<AnnotationNode> all = first == null ? new ArrayList<>() : new ArrayList<>(first);
        for (AnnotationNode annotation : second) {
            if (all.stream().noneMatch(a -> a.desc.equals(annotation.desc))) {
                all.add(annotation);
            }
        }
        return all.isEmpty() ? null : all;
    }

    /** {@code method long name(int, java.lang.String)}, {@code constructor (int)}. */
    private static String describeMethod(String name, String descriptor) {
        StringBuilder s = new StringBuilder(name.equals("<init>") ? "constructor "
                : "method " + Type.getReturnType(descriptor).getClassName() + " " + name);
        s.append('(');
        Type[] parameters = Type.getArgumentTypes(descriptor);
        for (int i = 0; i < parameters.length; i++) {
            s.append(i == 0 ? "" : ", ").append(parameters[i].getClassName());
        }
        return s.append(')').toString();
    }

    /** {@code field count (int)}. */
    private static String describeField(String name, String descriptor) {
        return "field " + name + " (" + Type.getType(descriptor).getClassName() + ")";
    }

    private static String dotted(String internalName) {
        return internalName == null ? "nothing" : internalName.replace('/', '.');
    }
}
