package org.eremite.image.reach;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eremite.image.classpath.ClassProvider;
import org.eremite.image.classpath.CodeLocation;
import org.eremite.image.classpath.MissingClassException;
import org.eremite.image.classpath.ParsedClass;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Rapid type analysis over the desugared program: a method is reachable if a reachable method calls it directly,
 * or calls a virtual or interface method that it implements in a class that is instantiated; a class is
 * instantiated by a reachable {@code new} (or because the caller says so); a class is initialized on its active
 * uses (JVMS 5.5: {@code new}, static field access, static call, being a superclass, being a superinterface with
 * default methods of an initialized class, being the main class), and then its static initializer is reachable
 * unless it is initialized at build time.
 *
 * <p>The analysis is incremental: after {@link #run()}, more roots and instantiated types may be added and
 * {@link #run()} continues from where it stopped (the heap snapshot finds new objects, which make more code
 * reachable, which reads more static fields). Each element keeps the first reason found for it; the worklist
 * is first-in first-out, so reason chains are short.
 */
public final class ReachabilityAnalysis {
    private static final String STRING = "java/lang/String";
    private static final String CLASS = "java/lang/Class";

    private final ClassHierarchy hierarchy;
    private final Predicate<String> initializedAtBuildTime;
    private final boolean failOnMissingClasses;

    private final Map<String, Reason> types = new LinkedHashMap<>();
    private final Map<String, Reason> instantiated = new LinkedHashMap<>();
    private final Map<Initialization, Reason> initialized = new LinkedHashMap<>();
    private final Set<String> initializedAtRunTime = new LinkedHashSet<>();
    private final Set<String> buildTimeInitialized = new LinkedHashSet<>();
    private final Map<MethodRef, Reason> methods = new LinkedHashMap<>();
    private final Map<FieldRef, Reason> fields = new LinkedHashMap<>();
    private final Set<FieldRef> fieldsRead = new LinkedHashSet<>();
    private final Set<FieldRef> fieldsWritten = new LinkedHashSet<>();
    private final Set<String> arrayTypes = new LinkedHashSet<>();
    private final Set<String> classLiterals = new LinkedHashSet<>();
    private final Set<String> caughtTypes = new LinkedHashSet<>();
    private final Set<MethodRef> virtuallyInvoked = new LinkedHashSet<>();
    private final Map<MethodRef, Set<MethodRef>> virtualTargets = new LinkedHashMap<>();
    private final List<SignaturePolymorphicCall> polymorphicCalls = new ArrayList<>();
    private final Map<String, String> missingClasses = new LinkedHashMap<>();
    private final Set<String> unresolved = new LinkedHashSet<>();

    /** Virtual call sites by the static receiver type named at the site, then by method signature. */
    private final Map<String, Map<String, VirtualCall>> virtualCalls = new HashMap<>();
    private final Map<String, List<String>> instantiatedSubtypes = new HashMap<>();
    private final Set<String> dispatched = new HashSet<>();
    private final Deque<MethodRef> worklist = new ArrayDeque<>();
    private int scannedMethods;

    /** The first call site of a virtual method on a receiver type, and what it resolved to. */
    private record VirtualCall(ClassHierarchy.Member resolved, MethodRef caller, int offset) {
    }

    public ReachabilityAnalysis(ClassProvider classes, AnalysisRequest request) {
        this.hierarchy = new ClassHierarchy(classes);
        this.initializedAtBuildTime = request.initializedAtBuildTime();
        this.failOnMissingClasses = request.failOnMissingClasses();
        // Strings exist from the start: the VM makes main's arguments, and every string constant is one.
        instantiate(STRING, Reason.root("root: strings exist from the start (main's arguments, constants)"));
        for (Map.Entry<String, String> type : request.instantiated().entrySet()) {
            addInstantiated(type.getKey(), type.getValue());
        }
        if (request.mainClass() != null) {
            String main = request.mainClass();
            initialize(main, Reason.root("root: the VM initializes the main class before it calls main"));
            arrayTypes.add("[Ljava/lang/String;");
            MethodRef entry = MethodRef.main(main);
            if (hierarchy.type(main).map(t -> t.method(entry.signature())).orElse(null) == null) {
                throw new IllegalArgumentException("the main class " + main.replace('/', '.')
                        + " has no method main(String[])");
            }
            markMethod(entry, Reason.root("root: the application's main method"));
        }
        for (AnalysisRequest.Root root : request.roots()) {
            addRoot(root.method(), root.why());
        }
    }

    /** Adds a root method (resolved in its class and superclasses). */
    public void addRoot(MethodRef method, String why) {
        Reason reason = Reason.root("root: " + why);
        Optional<ClassHierarchy.Member> resolved = hierarchy.resolveMethod(method.owner(), method.name(),
                method.descriptor());
        if (resolved.isEmpty()) {
            markType(method.owner(), reason);
            throw new IllegalArgumentException("the root " + method + " does not exist");
        }
        if (resolved.get().is(Opcodes.ACC_STATIC)) {
            initialize(resolved.get().type().name, reason);
        }
        markMethod(resolved.get().ref(), reason);
    }

    /** Adds a type whose instances exist without a reachable allocation. */
    public void addInstantiated(String className, String why) {
        instantiate(className, Reason.root("root: " + why));
    }

    /** Runs the analysis until nothing new is reachable, and returns what is. */
    public ClosedWorld run() {
        while (!worklist.isEmpty()) {
            scan(worklist.poll());
        }
        return new ClosedWorld(hierarchy, types, instantiated, initialized, initializedAtRunTime,
                buildTimeInitialized, methods, fields, fieldsRead, fieldsWritten, arrayTypes, classLiterals,
                caughtTypes, virtuallyInvoked, virtualTargets, polymorphicCalls, missingClasses, unresolved,
                scannedMethods);
    }

    // ---- marking ----

    private boolean markType(String name, Reason reason) {
        if (name.startsWith("[")) {
            markArrayType(name, reason);
            return true;
        }
        if (types.containsKey(name)) {
            return true;
        }
        if (missingClasses.containsKey(name)) {
            return false;
        }
        Optional<TypeInfo> type = hierarchy.type(name);
        if (type.isEmpty()) {
            missing(name, reason);
            return false;
        }
        types.put(name, reason);
        TypeInfo t = type.get();
        if (t.superName != null) {
            markType(t.superName, Reason.by("superclass of", name));
        }
        for (String itf : t.interfaces) {
            markType(itf, Reason.by("superinterface of", name));
        }
        return true;
    }

    private void markArrayType(String descriptor, Reason reason) {
        if (arrayTypes.isEmpty()) {
            // An array's methods are Object's: with arrays around, calls on Object receivers may run them.
            instantiate(ClassHierarchy.OBJECT, Reason.root("root: arrays exist, and their methods are Object's"));
        }
        arrayTypes.add(descriptor);
        Type element = Type.getType(descriptor).getElementType();
        if (element.getSort() == Type.OBJECT) {
            markType(element.getInternalName(), reason);
        }
    }

    private void missing(String name, Reason reason) {
        String message = hierarchy.classes().whyMissing(name) + "; referenced " + describeReference(reason);
        if (failOnMissingClasses) {
            throw new MissingClassException(name, message + chain(reason));
        }
        missingClasses.putIfAbsent(name, message);
    }

    private static String describeReference(Reason reason) {
        if (reason.from() instanceof MethodRef method) {
            return "by " + new CodeLocation(method.owner(), method.name(), method.descriptor(), reason.offset());
        }
        return "as " + reason;
    }

    /** The reason chain of the referrer, for an error message. */
    private String chain(Reason reason) {
        if (reason.from() == null) {
            return "";
        }
        List<String> lines = new ClosedWorld.Explainer(types, initialized, methods, fields).why(reason.from());
        return lines.isEmpty() ? "" : "\n  which is reachable because:\n    " + String.join("\n    ", lines);
    }

    private void instantiate(String name, Reason reason) {
        if (instantiated.containsKey(name) || !markType(name, reason)) {
            return;
        }
        TypeInfo t = hierarchy.type(name).orElseThrow();
        if (t.isInterface() || t.isAbstract()) {
            return; // `new` of such a class throws InstantiationError; no object of it ever exists
        }
        instantiated.put(name, reason);
        for (String supertype : hierarchy.supertypes(name)) {
            instantiatedSubtypes.computeIfAbsent(supertype, k -> new ArrayList<>()).add(name);
            Map<String, VirtualCall> calls = virtualCalls.get(supertype);
            if (calls != null) {
                for (VirtualCall call : new ArrayList<>(calls.values())) {
                    dispatch(name, call);
                }
            }
        }
    }

    private void initialize(String name, Reason reason) {
        Initialization init = new Initialization(name);
        if (initialized.containsKey(init) || !markType(name, reason)) {
            return;
        }
        initialized.put(init, reason);
        TypeInfo t = hierarchy.type(name).orElseThrow();
        if (!t.isInterface()) {
            if (t.superName != null) {
                initialize(t.superName, Reason.by("superclass initialized with", name));
            }
            for (String supertype : hierarchy.supertypes(name)) {
                Optional<TypeInfo> s = hierarchy.type(supertype);
                if (s.isPresent() && s.get().isInterface() && s.get().declaresDefaultMethods()) {
                    initialize(supertype, Reason.by("superinterface with default methods initialized with", name));
                }
            }
        }
        if (initializedAtBuildTime.test(name)) {
            buildTimeInitialized.add(name);
            return;
        }
        initializedAtRunTime.add(name);
        if (t.method("<clinit>()V") != null) {
            markMethod(new MethodRef(name, "<clinit>", "()V"), Reason.by("runs at", init));
        }
    }

    private void markMethod(MethodRef method, Reason reason) {
        if (methods.containsKey(method)) {
            return;
        }
        methods.put(method, reason);
        markType(method.owner(), Reason.by("declares", method));
        worklist.add(method);
    }

    private void markField(FieldRef field, boolean write, Reason reason) {
        fields.putIfAbsent(field, reason);
        (write ? fieldsWritten : fieldsRead).add(field);
    }

    // ---- calls ----

    private void dispatch(String receiver, VirtualCall call) {
        ClassHierarchy.Member resolved = call.resolved();
        if (!dispatched.add(receiver + ' ' + resolved.type().name + '.' + resolved.method().name
                + resolved.method().desc)) {
            return;
        }
        Optional<ClassHierarchy.Member> target = hierarchy.select(receiver, resolved);
        if (target.isPresent()) {
            MethodRef ref = target.get().ref();
            virtualTargets.computeIfAbsent(resolved.ref(), k -> new LinkedHashSet<>()).add(ref);
            markMethod(ref, Reason.at("called (on an instance of " + receiver.replace('/', '.') + ")",
                    call.caller(), call.offset()));
        }
    }

    private void invoke(MethodRef caller, MethodInsnNode insn, int offset) {
        Reason reason = Reason.at("called", caller, offset);
        String owner = insn.owner.startsWith("[") ? ClassHierarchy.OBJECT : insn.owner;
        if (!markType(owner, reason)) {
            return;
        }
        Optional<ClassHierarchy.Member> found = hierarchy.resolveMethod(owner, insn.name, insn.desc);
        if (found.isEmpty()) {
            unresolved.add(new CodeLocation(caller.owner(), caller.name(), caller.descriptor(), offset)
                    + ": no method " + CodeLocation.methodName(owner, insn.name, insn.desc));
            return;
        }
        ClassHierarchy.Member resolved = found.get();
        MethodRef target = resolved.ref();
        if (insn.owner.startsWith("[")) {
            markMethod(target, reason); // a call on an array runs Object's method (clone, hashCode, ...)
            return;
        }
        switch (insn.getOpcode()) {
            case Opcodes.INVOKESTATIC:
                initialize(target.owner(), Reason.at("static method called", caller, offset));
                markMethod(target, reason);
                return;
            case Opcodes.INVOKESPECIAL:
                markMethod(target, reason);
                return;
            default:
                break;
        }
        if (ClassHierarchy.isSignaturePolymorphicOwner(target.owner()) && resolved.is(Opcodes.ACC_NATIVE)
                && resolved.is(Opcodes.ACC_VARARGS)) {
            polymorphicCalls.add(new SignaturePolymorphicCall(new CodeLocation(caller.owner(), caller.name(),
                    caller.descriptor(), offset), target, insn.desc));
            markMethod(target, reason);
            return;
        }
        if (resolved.is(Opcodes.ACC_PRIVATE) || resolved.is(Opcodes.ACC_STATIC)) {
            markMethod(target, reason); // a nestmate's private method: no dispatch
            return;
        }
        virtuallyInvoked.add(target);
        Map<String, VirtualCall> calls = virtualCalls.computeIfAbsent(owner, k -> new HashMap<>());
        String signature = insn.name + insn.desc;
        if (calls.containsKey(signature)) {
            return;
        }
        VirtualCall call = new VirtualCall(resolved, caller, offset);
        calls.put(signature, call);
        for (String receiver : new ArrayList<>(instantiatedSubtypes.getOrDefault(owner, List.of()))) {
            dispatch(receiver, call);
        }
    }

    private void access(MethodRef method, FieldInsnNode insn, int offset) {
        boolean isStatic = insn.getOpcode() == Opcodes.GETSTATIC || insn.getOpcode() == Opcodes.PUTSTATIC;
        boolean write = insn.getOpcode() == Opcodes.PUTSTATIC || insn.getOpcode() == Opcodes.PUTFIELD;
        Reason reason = Reason.at(write ? "written" : "read", method, offset);
        if (!markType(insn.owner, reason)) {
            return;
        }
        Optional<FieldRef> field = hierarchy.resolveField(insn.owner, insn.name, insn.desc);
        if (field.isEmpty()) {
            unresolved.add(new CodeLocation(method.owner(), method.name(), method.descriptor(), offset)
                    + ": no field " + insn.owner.replace('/', '.') + "." + insn.name);
            return;
        }
        markType(field.get().owner(), reason);
        if (isStatic) {
            initialize(field.get().owner(), Reason.at(write ? "static field written" : "static field read",
                    method, offset));
        }
        markField(field.get(), write, reason);
    }

    // ---- scanning ----

    private void scan(MethodRef ref) {
        Optional<TypeInfo> type = hierarchy.type(ref.owner());
        MethodNode method = type.map(t -> t.method(ref.signature())).orElse(null);
        if (method == null || (method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
            return;
        }
        scannedMethods++;
        ParsedClass parsed = type.get().parsed;
        for (TryCatchBlockNode handler : method.tryCatchBlocks) {
            if (handler.type != null && markType(handler.type, Reason.at("caught",
                    ref, offsetAt(parsed, handler.handler)))) {
                caughtTypes.add(handler.type);
            }
        }
        for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            int opcode = insn.getOpcode();
            if (opcode < 0) {
                continue;
            }
            int offset = parsed.offsets().offsetOf(insn);
            if (insn instanceof MethodInsnNode call) {
                invoke(ref, call, offset);
            } else if (insn instanceof FieldInsnNode field) {
                access(ref, field, offset);
            } else if (insn instanceof TypeInsnNode typeInsn) {
                typeInstruction(ref, typeInsn, offset);
            } else if (insn instanceof MultiANewArrayInsnNode multi) {
                for (int d = 0; d < multi.dims; d++) {
                    markArrayType(multi.desc.substring(d), Reason.at("allocated", ref, offset));
                }
            } else if (opcode == Opcodes.NEWARRAY) {
                markArrayType("[" + primitiveArrayElement(((IntInsnNode) insn).operand),
                        Reason.at("allocated", ref, offset));
            } else if (insn instanceof LdcInsnNode ldc) {
                constant(ref, ldc.cst, offset);
            } else if (insn instanceof InvokeDynamicInsnNode) {
                throw new IllegalStateException(new CodeLocation(ref.owner(), ref.name(), ref.descriptor(), offset)
                        + ": invokedynamic reached the analysis; classes must be desugared first");
            }
        }
    }

    /** The offset of the first instruction at or after {@code insn} (labels have none of their own). */
    private static int offsetAt(ParsedClass parsed, AbstractInsnNode insn) {
        for (AbstractInsnNode i = insn; i != null; i = i.getNext()) {
            if (i.getOpcode() >= 0) {
                return parsed.offsets().offsetOf(i);
            }
        }
        return -1;
    }

    private void typeInstruction(MethodRef method, TypeInsnNode insn, int offset) {
        switch (insn.getOpcode()) {
            case Opcodes.NEW:
                instantiate(insn.desc, Reason.at("instantiated", method, offset));
                initialize(insn.desc, Reason.at("instantiated", method, offset));
                break;
            case Opcodes.ANEWARRAY:
                markArrayType(insn.desc.startsWith("[") ? "[" + insn.desc : "[L" + insn.desc + ";",
                        Reason.at("allocated", method, offset));
                break;
            default: // CHECKCAST, INSTANCEOF: the type must exist for the check
                markType(insn.desc, Reason.at("type-checked", method, offset));
                break;
        }
    }

    private void constant(MethodRef method, Object constant, int offset) {
        if (constant instanceof String) {
            return; // String is instantiated from the start
        }
        if (constant instanceof Type type) {
            if (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY) {
                if (markType(type.getInternalName(), Reason.at("class literal", method, offset))) {
                    classLiterals.add(type.getInternalName());
                    instantiate(CLASS, Reason.at("class literal", method, offset));
                }
            } else if (type.getSort() == Type.METHOD) {
                instantiate("java/lang/invoke/MethodType", Reason.at("method type constant", method, offset));
            }
        } else if (constant instanceof Handle handle) {
            // A method handle constant can call its target from anywhere: keep the target (conservatively).
            Reason reason = Reason.at("method handle constant", method, offset);
            if (markType(handle.getOwner(), reason) && handle.getTag() >= Opcodes.H_INVOKEVIRTUAL) {
                hierarchy.resolveMethod(handle.getOwner(), handle.getName(), handle.getDesc())
                        .ifPresent(m -> markMethod(m.ref(), reason));
            }
        }
    }

    private static String primitiveArrayElement(int operand) {
        switch (operand) {
            case Opcodes.T_BOOLEAN: return "Z";
            case Opcodes.T_CHAR: return "C";
            case Opcodes.T_FLOAT: return "F";
            case Opcodes.T_DOUBLE: return "D";
            case Opcodes.T_BYTE: return "B";
            case Opcodes.T_SHORT: return "S";
            case Opcodes.T_INT: return "I";
            case Opcodes.T_LONG: return "J";
            default: throw new IllegalArgumentException("newarray of type " + operand);
        }
    }
}
