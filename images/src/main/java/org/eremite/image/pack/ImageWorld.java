package org.eremite.image.pack;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eremite.image.classpath.ParsedClass;
import org.eremite.image.reach.ClosedWorld;
import org.eremite.image.reach.MethodRef;
import org.eremite.vm.classfile.MemberRef;
import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.RuntimeEntry;
import org.eremite.vm.compiler.baseline.SymbolNames;
import org.eremite.vm.object.DispatchTables;
import org.eremite.vm.object.FieldLayout;
import org.eremite.vm.object.FieldShape;
import org.eremite.vm.object.JavaType;
import org.eremite.vm.object.LinkageFailure;
import org.eremite.vm.object.MethodResolution;
import org.eremite.vm.object.MethodShape;
import org.eremite.vm.object.TypeCheck;
import org.eremite.vm.object.VTable;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The compiler's view of the closed world ({@link CompilationContext}): resolution (JVMS 5.4.3) and dispatch over
 * the image's one {@code TypeModel}, field offsets from {@link FieldLayout}, and the symbols of hubs, statics
 * blocks, string literals and class objects that the heap defines. What cannot be resolved is not a build error:
 * as on HotSpot, it is an error when the code runs, so the call goes to a {@link LinkErrors} stub that throws it.
 * While methods compile, it records what the heap must then hold: the hubs and class objects code names, and the
 * string literals.
 */
final class ImageWorld implements CompilationContext {
    static final String RUNTIME_ENTRIES = "org/eremite/vm/runtime/RuntimeEntries";
    static final String HUB = "org/eremite/vm/runtime/Hub";
    static final String EXTERN = "Lorg/eremite/vm/annotation/Extern;";
    static final String OBJECT_NATIVES = "org/eremite/classlib/lang/ObjectNatives";

    private final GuestClasses classes;
    private final ClosedWorld world;
    private final Predicate<String> initializedAtBuildTime;
    final LinkErrors errors = new LinkErrors();
    /** Types whose hubs (and so class objects) compiled code names. */
    final Set<String> namedHubs = new LinkedHashSet<>();
    /** String literal value -> symbol. */
    final Map<String, String> strings = new LinkedHashMap<>();
    private final int vtableBase;
    private final int initializedOffset;

    ImageWorld(GuestClasses classes, ClosedWorld world, Predicate<String> initializedAtBuildTime) {
        this.classes = classes;
        this.world = world;
        this.initializedAtBuildTime = initializedAtBuildTime;
        FieldLayout hub = FieldLayout.of(classes.model.type(HUB));
        this.vtableBase = hub.size();
        this.initializedOffset = hub.find("initialized", "B").offset();
        errors.stub("java/lang/InternalError", "a method outside the closed world was called");
    }

    /** The byte offset of vtable entry 0 in a hub. */
    int vtableBase() {
        return vtableBase;
    }

    JavaType type(String name) {
        return classes.model.type(name);
    }

    // ---------------------------------------------------------------- methods

    /**
     * Natives of final methods, which a substitution class cannot declare: each is bound to a static method whose
     * first parameter is the receiver (the C convention passes it where it passes {@code this}).
     */
    static final Map<MethodRef, MethodRef> FINAL_NATIVES = Map.of(
            new MethodRef("java/lang/Object", "getClass", "()Ljava/lang/Class;"),
            new MethodRef(OBJECT_NATIVES, "getClass", "(Ljava/lang/Object;)Ljava/lang/Class;"),
            new MethodRef("java/lang/Object", "notify", "()V"),
            new MethodRef(OBJECT_NATIVES, "notify", "(Ljava/lang/Object;)V"),
            new MethodRef("java/lang/Object", "notifyAll", "()V"),
            new MethodRef(OBJECT_NATIVES, "notifyAll", "(Ljava/lang/Object;)V"),
            new MethodRef("java/lang/Object", "wait", "(J)V"),
            new MethodRef(OBJECT_NATIVES, "wait", "(Ljava/lang/Object;J)V"));

    /** The symbol a call of a resolved method goes to: its code, an extern routine, or an error stub. */
    String target(MethodShape m) {
        String owner = m.owner().name();
        MethodRef ref = new MethodRef(owner, m.name(), m.descriptor());
        MethodRef bound = FINAL_NATIVES.get(ref);
        if (bound != null) {
            return SymbolNames.method(bound.owner(), bound.name(), bound.descriptor());
        }
        if ((m.access() & org.objectweb.asm.Opcodes.ACC_NATIVE) != 0) {
            String extern = externSymbol(owner, m);
            if (extern != null) {
                return extern;
            }
        }
        if (m.isAbstract()) {
            return errors.stub("java/lang/AbstractMethodError", SymbolNames.dotted(owner) + "." + m.name()
                    + m.descriptor());
        }
        if (!world.isReachable(ref)) {
            return errors.stub("java/lang/InternalError", "a method outside the closed world was called");
        }
        return SymbolNames.method(owner, m.name(), m.descriptor());
    }

    private String externSymbol(String owner, MethodShape m) {
        ParsedClass parsed = classes.parsed(owner).orElse(null);
        if (parsed == null) {
            return null;
        }
        for (MethodNode node : parsed.node().methods) {
            if (node.name.equals(m.name()) && node.desc.equals(m.descriptor()) && node.invisibleAnnotations != null) {
                for (AnnotationNode a : node.invisibleAnnotations) {
                    if (a.desc.equals(EXTERN)) {
                        return (String) a.values.get(1);
                    }
                }
            }
        }
        return null;
    }

    private String linkError(LinkageFailure failure) {
        return errors.stub(failure.javaError(), failure.getMessage());
    }

    @Override
    public String staticMethod(MemberRef method) {
        try {
            JavaType owner = type(method.owner());
            MethodShape m = method.isInterface() ? MethodResolution.resolveInterfaceMethod(owner, method.name(),
                    method.descriptor()) : MethodResolution.resolveMethod(owner, method.name(), method.descriptor());
            if (!m.isStatic()) {
                return errors.stub("java/lang/IncompatibleClassChangeError", "Expected static method '"
                        + m + "'");
            }
            return target(m);
        } catch (LinkageFailure e) {
            return linkError(e);
        }
    }

    @Override
    public String specialMethod(String caller, MemberRef method) {
        try {
            JavaType owner = type(method.owner());
            MethodShape m = method.isInterface() ? MethodResolution.resolveInterfaceMethod(owner, method.name(),
                    method.descriptor()) : MethodResolution.resolveMethod(owner, method.name(), method.descriptor());
            if (m.isStatic()) {
                return errors.stub("java/lang/IncompatibleClassChangeError", "Expecting non-static method '"
                        + m + "'");
            }
            if (m.isInitializer() || m.isPrivate()) {
                return target(m);
            }
            JavaType current = type(caller);
            JavaType c = owner;
            if (!owner.isInterface() && current.superclass() != null && current != owner
                    && current.isSubclassOf(owner)) {
                c = current.superclass(); // ACC_SUPER semantics (JVMS 6.5 invokespecial)
            }
            if (c.isInterface()) {
                return target(m);
            }
            var selected = DispatchTables.select(c, m);
            return selected.isMethod() ? target(selected.method())
                    : errors.stub(selected.kind().errorClass(), selected.message());
        } catch (LinkageFailure e) {
            return linkError(e);
        }
    }

    @Override
    public VirtualCall virtualMethod(MemberRef method) {
        try {
            JavaType owner = type(method.owner());
            MethodShape m = MethodResolution.resolveMethod(owner, method.name(), method.descriptor());
            if (m.isStatic()) {
                return VirtualCall.direct(errors.stub("java/lang/IncompatibleClassChangeError",
                        "Expecting non-static method '" + m + "'"));
            }
            if (DispatchTables.isStaticallyBound(m)) {
                return VirtualCall.direct(target(m));
            }
            return VirtualCall.vtable(vtableBase + 8 * DispatchTables.vtableIndex(owner, m));
        } catch (LinkageFailure e) {
            return VirtualCall.direct(linkError(e));
        }
    }

    @Override
    public InterfaceCall interfaceMethod(MemberRef method) {
        try {
            JavaType owner = type(method.owner());
            MethodShape m = MethodResolution.resolveInterfaceMethod(owner, method.name(), method.descriptor());
            if (m.isStatic()) {
                return InterfaceCall.direct(errors.stub("java/lang/IncompatibleClassChangeError",
                        "Expecting non-static method '" + m + "'"));
            }
            if (!m.owner().isInterface()) {
                if (DispatchTables.isStaticallyBound(m)) {
                    return InterfaceCall.direct(target(m));
                }
                return InterfaceCall.vtable(vtableBase + 8 * DispatchTables.vtableIndex(owner, m));
            }
            if (m.isPrivate()) {
                return InterfaceCall.direct(target(m));
            }
            int id = TypeCheck.info(m.owner().type()).interfaceId();
            return InterfaceCall.itable(id, DispatchTables.itableIndex(m));
        } catch (LinkageFailure e) {
            return InterfaceCall.direct(linkError(e));
        }
    }

    // ---------------------------------------------------------------- fields

    /** JVMS 5.4.3.2: the class itself, its superinterfaces (recursively), then its superclass. */
    static FieldShape resolveField(JavaType c, String name, String descriptor) {
        for (JavaType x = c; x != null; x = x.superclass()) {
            FieldShape f = x.shape().declaredField(name, descriptor);
            if (f != null) {
                return f;
            }
            f = fromInterfaces(x.interfaces(), name, descriptor);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static FieldShape fromInterfaces(List<JavaType> interfaces, String name, String descriptor) {
        for (JavaType i : interfaces) {
            FieldShape f = i.shape().declaredField(name, descriptor);
            if (f == null) {
                f = fromInterfaces(i.interfaces(), name, descriptor);
            }
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private FieldShape field(MemberRef ref, boolean wantStatic) {
        FieldShape f = resolveField(type(ref.owner()), ref.name(), ref.descriptor());
        if (f == null) {
            throw new FieldError("java/lang/NoSuchFieldError", ref.name());
        }
        if (f.isStatic() != wantStatic) {
            throw new FieldError("java/lang/IncompatibleClassChangeError", "Expected " + (wantStatic ? "static"
                    : "non-static") + " field " + SymbolNames.dotted(ref.owner()) + "." + ref.name());
        }
        return f;
    }

    @Override
    public InstanceField instanceField(MemberRef ref) {
        FieldShape f = field(ref, false);
        FieldLayout layout = FieldLayout.of(f.owner().type());
        return new InstanceField(layout.offsetOf(f), f.kind());
    }

    @Override
    public StaticField staticField(MemberRef ref) {
        FieldShape f = field(ref, true);
        FieldLayout layout = FieldLayout.ofStatics(f.owner().type());
        return new StaticField(SymbolNames.statics(f.owner().name()), layout.offsetOf(f), f.kind());
    }

    /** A field reference the compiler cannot compile: the builder reports it (fields are resolved by the analysis). */
    static final class FieldError extends RuntimeException {
        final String javaError;

        FieldError(String javaError, String message) {
            super(SymbolNames.dotted(javaError) + ": " + message);
            this.javaError = javaError;
        }
    }

    // ---------------------------------------------------------------- classes

    @Override
    public String hub(String className) {
        namedHubs.add(className);
        return SymbolNames.hub(className);
    }

    @Override
    public InitializationBarrier initializationBarrier(String caller, String className) {
        if (initializedAtBuildTime.test(className) || className.equals(caller)) {
            return null;
        }
        JavaType target = type(className);
        JavaType current = type(caller);
        if (!target.isInterface() && current.isSubclassOf(target)) {
            return null; // initializing the caller initialized its superclasses first (JVMS 5.5 step 7)
        }
        String hub = hub(className);
        return new InitializationBarrier(hub, initializedOffset, hub);
    }

    @Override
    public InitializationBarrier staticFieldBarrier(String caller, MemberRef ref) {
        FieldShape f = resolveField(type(ref.owner()), ref.name(), ref.descriptor());
        return initializationBarrier(caller, f == null ? ref.owner() : f.owner().name());
    }

    @Override
    public InitializationBarrier staticMethodBarrier(String caller, MemberRef ref) {
        try {
            JavaType owner = type(ref.owner());
            MethodShape m = ref.isInterface() ? MethodResolution.resolveInterfaceMethod(owner, ref.name(),
                    ref.descriptor()) : MethodResolution.resolveMethod(owner, ref.name(), ref.descriptor());
            return initializationBarrier(caller, m.owner().name());
        } catch (LinkageFailure e) {
            return null; // the call goes to a stub that throws the linkage error
        }
    }

    @Override
    public String stringLiteral(String value) {
        return strings.computeIfAbsent(value, v -> "string:" + strings.size());
    }

    @Override
    public String classLiteral(String className) {
        namedHubs.add(className); // every hub has its class object
        return SymbolNames.classObject(className);
    }

    @Override
    public String runtimeEntry(RuntimeEntry entry) {
        return SymbolNames.method(RUNTIME_ENTRIES, entry.functionName(), RuntimeEntries.descriptor(entry));
    }

    /** The vtable of a class as symbols (null entries are errors or unreachable methods). */
    String[] vtable(JavaType cls) {
        VTable vtable = DispatchTables.vtable(cls);
        String[] symbols = new String[vtable.length()];
        for (int i = 0; i < symbols.length; i++) {
            var entry = vtable.entry(i);
            symbols[i] = entry.isMethod() ? target(entry.method())
                    : errors.stub(entry.kind().errorClass(), entry.message());
        }
        return symbols;
    }

    /**
     * {@code Class.getSimpleName()} of a class as HotSpot computes it from the class file: the InnerClasses entry's
     * simple name for a nested, local or anonymous ("") class, else the name after the package.
     */
    String simpleName(String className) {
        ParsedClass parsed = classes.parsed(className).orElse(null);
        if (parsed != null && parsed.node().innerClasses != null) {
            for (org.objectweb.asm.tree.InnerClassNode inner : parsed.node().innerClasses) {
                if (inner.name.equals(className)) {
                    return inner.innerName == null ? "" : inner.innerName;
                }
            }
        }
        return className.substring(className.lastIndexOf('/') + 1);
    }

    /**
     * {@code Class.getCanonicalName()} as the JLS (6.7) defines it: a top-level class's binary name, a member
     * class's enclosing class's canonical name and its simple name, null for local and anonymous classes.
     */
    String canonicalName(String className) {
        ParsedClass parsed = classes.parsed(className).orElse(null);
        if (parsed != null && parsed.node().innerClasses != null) {
            for (org.objectweb.asm.tree.InnerClassNode inner : parsed.node().innerClasses) {
                if (inner.name.equals(className)) {
                    if (inner.outerName == null || inner.innerName == null) {
                        return null;
                    }
                    String outer = canonicalName(inner.outerName);
                    return outer == null ? null : outer + "." + inner.innerName;
                }
            }
        }
        return className.replace('/', '.');
    }

    /** Whether the class's generic signature names {@code Comparable<itself>} among its direct superinterfaces. */
    boolean isComparableToItself(String className) {
        ParsedClass parsed = classes.parsed(className).orElse(null);
        if (parsed == null || parsed.node().signature == null) {
            return false;
        }
        org.objectweb.asm.signature.SignatureReader reader = new org.objectweb.asm.signature.SignatureReader(
                parsed.node().signature);
        boolean[] found = {false};
        reader.accept(new org.objectweb.asm.signature.SignatureVisitor(org.objectweb.asm.Opcodes.ASM9) {
            private boolean inInterface;
            private int depth;
            private String outer;

            @Override
            public org.objectweb.asm.signature.SignatureVisitor visitInterface() {
                inInterface = true;
                depth = 0;
                outer = null;
                return this;
            }

            @Override
            public void visitClassType(String name) {
                if (!inInterface) {
                    return;
                }
                depth++;
                if (depth == 1) {
                    outer = name;
                } else if (depth == 2 && "java/lang/Comparable".equals(outer) && name.equals(className)) {
                    found[0] = true;
                }
            }

            @Override
            public org.objectweb.asm.signature.SignatureVisitor visitTypeArgument(char wildcard) {
                return wildcard == '=' ? this : new org.objectweb.asm.signature.SignatureVisitor(
                        org.objectweb.asm.Opcodes.ASM9) { };
            }

            @Override
            public void visitEnd() {
                if (inInterface) {
                    depth--;
                }
            }
        });
        return found[0];
    }

    /** Whether a class has a reachable method with code of this name and descriptor. */
    boolean isReachable(String owner, String name, String descriptor) {
        return world.isReachable(new MethodRef(owner, name, descriptor));
    }
}
