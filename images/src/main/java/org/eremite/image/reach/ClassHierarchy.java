package org.eremite.image.reach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eremite.image.classpath.ClassProvider;
import org.eremite.image.classpath.ParsedClass;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The class hierarchy over a {@link ClassProvider}, with the JVM's rules for member resolution (JVMS 5.4.3) and
 * method selection (JVMS 5.4.6), including default methods and package-private overriding.
 */
final class ClassHierarchy {
    static final String OBJECT = "java/lang/Object";

    private final ClassProvider classes;
    private final Map<String, Optional<TypeInfo>> types = new HashMap<>();
    private final Map<String, Set<String>> supertypes = new HashMap<>();

    ClassHierarchy(ClassProvider classes) {
        this.classes = classes;
    }

    ClassProvider classes() {
        return classes;
    }

    /** The type, or empty when no source has it. */
    Optional<TypeInfo> type(String name) {
        Optional<TypeInfo> known = types.get(name);
        if (known == null) {
            known = classes.find(name).map(TypeInfo::new);
            types.put(name, known);
        }
        return known;
    }

    /** A method found by resolution: the declaring type and the method. */
    record Member(TypeInfo type, MethodNode method) {
        MethodRef ref() {
            return new MethodRef(type.name, method.name, method.desc);
        }

        boolean is(int flag) {
            return (method.access & flag) != 0;
        }
    }

    /**
     * Resolves a method reference (JVMS 5.4.3.3 and 5.4.3.4): the class and its superclasses, for an interface
     * also {@code Object}'s public methods, then the superinterfaces (a maximally-specific method, else any).
     * Signature-polymorphic methods of {@code MethodHandle} and {@code VarHandle} match by name alone.
     *
     * @return empty if the method does not exist (a NoSuchMethodError at run time)
     */
    Optional<Member> resolveMethod(String owner, String name, String descriptor) {
        Optional<TypeInfo> start = type(owner);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        String signature = name + descriptor;
        if (start.get().isInterface()) {
            MethodNode own = start.get().method(signature);
            if (own != null) {
                return Optional.of(new Member(start.get(), own));
            }
            Optional<TypeInfo> object = type(OBJECT);
            if (object.isPresent()) {
                MethodNode m = object.get().method(signature);
                if (m != null && (m.access & Opcodes.ACC_PUBLIC) != 0 && (m.access & Opcodes.ACC_STATIC) == 0) {
                    return Optional.of(new Member(object.get(), m));
                }
            }
        } else {
            for (TypeInfo t = start.get(); t != null; t = superclass(t)) {
                MethodNode m = t.method(signature);
                if (m == null && isSignaturePolymorphicOwner(t.name)) {
                    m = signaturePolymorphic(t, name);
                }
                if (m != null) {
                    return Optional.of(new Member(t, m));
                }
            }
        }
        List<Member> candidates = superinterfaceMethods(start.get(), signature);
        List<Member> specific = maximallySpecific(candidates);
        for (Member m : specific) {
            if (!m.is(Opcodes.ACC_ABSTRACT)) {
                return Optional.of(m);
            }
        }
        return specific.isEmpty() ? candidates.stream().findFirst() : Optional.of(specific.get(0));
    }

    /**
     * Selects the method that a virtual or interface call of {@code resolved} runs on an object of class
     * {@code receiver} (JVMS 5.4.6): an overriding declaration in the class or its superclasses, else the one
     * maximally-specific default method.
     *
     * @return empty when the object would throw AbstractMethodError or IncompatibleClassChangeError
     */
    Optional<Member> select(String receiver, Member resolved) {
        Optional<TypeInfo> start = type(receiver);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        String signature = resolved.method().name + resolved.method().desc;
        if (isSignaturePolymorphicOwner(resolved.type().name) && resolved.is(Opcodes.ACC_NATIVE)
                && resolved.is(Opcodes.ACC_VARARGS)) {
            return Optional.of(resolved);
        }
        for (TypeInfo t = start.get(); t != null; t = superclass(t)) {
            MethodNode m = t.method(signature);
            if (m != null && (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0
                    && overrides(t, m, resolved)) {
                return (m.access & Opcodes.ACC_ABSTRACT) != 0 ? Optional.empty() : Optional.of(new Member(t, m));
            }
        }
        List<Member> defaults = new ArrayList<>();
        for (Member m : maximallySpecific(superinterfaceMethods(start.get(), signature))) {
            if (!m.is(Opcodes.ACC_ABSTRACT)) {
                defaults.add(m);
            }
        }
        return defaults.size() == 1 ? Optional.of(defaults.get(0)) : Optional.empty();
    }

    /** JVMS 5.4.5: whether {@code m} declared in {@code t} overrides {@code resolved}. */
    private static boolean overrides(TypeInfo t, MethodNode m, Member resolved) {
        if (t == resolved.type() || m == resolved.method()) {
            return true;
        }
        int access = resolved.method().access;
        if ((access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0) {
            return true;
        }
        return (access & Opcodes.ACC_PRIVATE) == 0 && t.packageName().equals(resolved.type().packageName());
    }

    /** Resolves a field reference (JVMS 5.4.3.2): the class, its superinterfaces, then its superclass. */
    Optional<FieldRef> resolveField(String owner, String name, String descriptor) {
        Optional<TypeInfo> start = type(owner);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        return resolveField(start.get(), name, descriptor);
    }

    private Optional<FieldRef> resolveField(TypeInfo t, String name, String descriptor) {
        FieldNode f = t.field(name, descriptor);
        if (f != null) {
            return Optional.of(new FieldRef(t.name, name, descriptor));
        }
        for (String itf : t.interfaces) {
            Optional<TypeInfo> i = type(itf);
            if (i.isPresent()) {
                Optional<FieldRef> found = resolveField(i.get(), name, descriptor);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        TypeInfo superclass = superclass(t);
        return superclass == null ? Optional.empty() : resolveField(superclass, name, descriptor);
    }

    /** The type itself, its superclasses and all its superinterfaces. */
    Set<String> supertypes(String name) {
        Set<String> known = supertypes.get(name);
        if (known != null) {
            return known;
        }
        Set<String> result = new LinkedHashSet<>();
        result.add(name);
        type(name).ifPresent(t -> {
            if (t.superName != null) {
                result.addAll(supertypes(t.superName));
            }
            for (String itf : t.interfaces) {
                result.addAll(supertypes(itf));
            }
        });
        supertypes.put(name, result);
        return result;
    }

    TypeInfo superclass(TypeInfo t) {
        return t.superName == null ? null : type(t.superName).orElse(null);
    }

    /** Instance methods of this signature declared by superinterfaces of {@code t} (not private or static). */
    private List<Member> superinterfaceMethods(TypeInfo t, String signature) {
        List<Member> found = new ArrayList<>();
        for (String name : supertypes(t.name)) {
            Optional<TypeInfo> s = type(name);
            if (s.isEmpty() || !s.get().isInterface()) {
                continue;
            }
            MethodNode m = s.get().method(signature);
            if (m != null && (m.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) == 0) {
                found.add(new Member(s.get(), m));
            }
        }
        return found;
    }

    /** Candidates not declared in a superinterface of another candidate's interface. */
    private List<Member> maximallySpecific(List<Member> candidates) {
        List<Member> result = new ArrayList<>();
        for (Member m : candidates) {
            boolean shadowed = false;
            for (Member other : candidates) {
                if (other != m && !other.type().name.equals(m.type().name)
                        && supertypes(other.type().name).contains(m.type().name)) {
                    shadowed = true;
                    break;
                }
            }
            if (!shadowed) {
                result.add(m);
            }
        }
        return result;
    }

    static boolean isSignaturePolymorphicOwner(String name) {
        return name.equals("java/lang/invoke/MethodHandle") || name.equals("java/lang/invoke/VarHandle");
    }

    /** JVMS 2.9.3: a native varargs method taking Object[] in MethodHandle or VarHandle. */
    private static MethodNode signaturePolymorphic(TypeInfo t, String name) {
        for (MethodNode m : t.methods.values()) {
            if (m.name.equals(name) && (m.access & Opcodes.ACC_NATIVE) != 0 && (m.access & Opcodes.ACC_VARARGS) != 0
                    && m.desc.startsWith("([Ljava/lang/Object;)")) {
                return m;
            }
        }
        return null;
    }

    /** For the closed world's consumers: the parsed class behind a reachable type. */
    Optional<ParsedClass> parsed(String name) {
        return type(name).map(t -> t.parsed);
    }
}
