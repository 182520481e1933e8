package org.eremite.image.desugar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eremite.image.classpath.ParsedClass;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The JDK's field VarHandles, as static calls: java.base keeps a {@code VarHandle} per atomically updated field in
 * a static final ({@code BASE = lookup.findVarHandle(Striped64.class, "base", long.class)}) and calls it
 * signature-polymorphically ({@code BASE.weakCompareAndSetRelease(this, cmp, val)}). The guest has no method
 * handles, so each such field gets a companion {@code long <field>$offset} (the field's guest offset, which the
 * image builder sets), and a call {@code getstatic F; args...; invokevirtual VarHandle.op(R, args)} becomes
 * {@code getstatic F$offset; args...; invokestatic classlib FieldHandleOps.op_<kind>(J, Object, args)}
 * (ArrayHandleOps for array elements).
 *
 * <p>Only instance-field handles made by {@code findVarHandle} with constant arguments in the class's static
 * initializer are rewritten, where the handle is loaded right before its call's arguments; any other use of a
 * handle is left as it is (its field is null in the guest, so such a call fails with a NullPointerException).
 */
public final class VarHandleRewriter {
    static final String FIELD_OPS = "org/eremite/classlib/invoke/FieldHandleOps";
    static final String ARRAY_OPS = "org/eremite/classlib/invoke/ArrayHandleOps";
    /** The access modes, which are one access on one thread: {@code getAcquire} is {@code get}. */
    private static final List<String> MODES = List.of("Volatile", "Acquire", "Release", "Opaque", "Plain");
    public static final String OFFSET_SUFFIX = "$offset";
    private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
    private static final String FIND = "findVarHandle";
    private static final String FIND_DESCRIPTOR = "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;)"
            + "Ljava/lang/invoke/VarHandle;";

    /**
     * A rewritten handle: the static field {@code owner.handle} stands for the field {@code target.name}, or, when
     * {@code name} is null, for the elements of arrays of type {@code target} (its companion holds the element size).
     */
    public record FieldHandle(String owner, String handle, String target, String name) {
        public boolean isArray() {
            return name == null;
        }
    }

    private VarHandleRewriter() {
    }

    /**
     * Rewrites the class's calls of field handles, its own and those of other classes (a nested class using its
     * outer class's handle); returns the class's own handles, which it rewrote.
     */
    static List<FieldHandle> rewrite(ParsedClass parsed, DesugarEnvironment environment) {
        Map<String, FieldHandle> handles = findHandles(parsed);
        for (FieldHandle h : handles.values()) {
            environment.recordVarHandle(h); // first: classes this one reads may use its handles
        }
        for (FieldHandle h : handles.values()) {
            parsed.node().fields.add(new FieldNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                    h.handle() + OFFSET_SUFFIX, "J", null, null));
        }
        for (MethodNode method : parsed.node().methods) {
            for (AbstractInsnNode insn : method.instructions.toArray()) {
                if (insn instanceof FieldInsnNode load && load.getOpcode() == Opcodes.GETSTATIC
                        && load.desc.equals("L" + VAR_HANDLE + ";")) {
                    FieldHandle handle = load.owner.equals(parsed.name()) ? handles.get(load.name)
                            : environment.varHandle(load.owner, load.name);
                    MethodInsnNode call = handle == null ? null : matchingCall(load);
                    if (call != null) {
                        boolean array = handle.isArray();
                        // Frames at the joins of a conditional argument hold the handle: they now hold the offset.
                        for (AbstractInsnNode i = load.getNext(); i != call; i = i.getNext()) {
                            if (i instanceof org.objectweb.asm.tree.FrameNode frame && frame.stack != null) {
                                for (int k = 0; k < frame.stack.size(); k++) {
                                    if (VAR_HANDLE.equals(frame.stack.get(k))) {
                                        frame.stack.set(k, Opcodes.LONG);
                                    }
                                }
                            }
                        }
                        load.name = load.name + OFFSET_SUFFIX;
                        load.desc = "J";
                        call.setOpcode(Opcodes.INVOKESTATIC);
                        call.owner = array ? ARRAY_OPS : FIELD_OPS;
                        call.itf = false;
                        call.desc = supportDescriptor(call.desc);
                        String operation = plainOperation(call.name);
                        String kind = kind(call.desc, array ? 3 : 2);
                        Type[] params = Type.getArgumentTypes(call.desc);
                        int valueIndex = array ? 3 : 2;
                        Type natural = params.length > valueIndex ? naturalReturn(operation, params[valueIndex])
                                : Type.VOID_TYPE;
                        if (Type.getReturnType(call.desc) == Type.VOID_TYPE && natural != Type.VOID_TYPE) {
                            // A result the code drops (javac types such a call as returning void).
                            call.desc = Type.getMethodDescriptor(natural, Type.getArgumentTypes(call.desc));
                            method.instructions.insert(call, new org.objectweb.asm.tree.InsnNode(
                                    natural.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP));
                        }
                        call.name = operation + "_" + kind;
                        method.maxStack += 1;
                    }
                }
            }
        }
        return new ArrayList<>(handles.values());
    }

    /** {@code putstatic H} of a {@code findVarHandle(C.class, "name", T.class)} in the static initializer. */
    private static Map<String, FieldHandle> findHandles(ParsedClass parsed) {
        Map<String, FieldHandle> handles = new HashMap<>();
        for (MethodNode m : parsed.node().methods) {
            if (!m.name.equals("<clinit>")) {
                continue;
            }
            for (AbstractInsnNode insn : m.instructions.toArray()) {
                if (insn instanceof MethodInsnNode elements && elements.name.equals("arrayElementVarHandle")
                        && elements.owner.equals("java/lang/invoke/MethodHandles")
                        && Instructions.previous(elements) instanceof LdcInsnNode c
                        && c.cst instanceof Type arrayType
                        && Instructions.next(elements) instanceof FieldInsnNode put
                        && put.getOpcode() == Opcodes.PUTSTATIC
                        && put.owner.equals(parsed.name())) {
                    handles.put(put.name, new FieldHandle(parsed.name(), put.name, arrayType.getDescriptor(), null));
                    continue;
                }
                if (!(insn instanceof MethodInsnNode find) || !find.name.equals(FIND)
                        || !find.desc.equals(FIND_DESCRIPTOR)) {
                    continue;
                }
                AbstractInsnNode type = Instructions.previous(find);
                AbstractInsnNode name = type == null ? null : Instructions.previous(type);
                AbstractInsnNode target = name == null ? null : Instructions.previous(name);
                AbstractInsnNode store = Instructions.next(find);
                if (name instanceof LdcInsnNode n && n.cst instanceof String fieldName
                        && target instanceof LdcInsnNode t && t.cst instanceof Type targetType
                        && store instanceof FieldInsnNode put && put.getOpcode() == Opcodes.PUTSTATIC
                        && put.owner.equals(parsed.name())) {
                    handles.put(put.name, new FieldHandle(parsed.name(), put.name, targetType.getInternalName(),
                            fieldName));
                }
            }
        }
        return handles;
    }

    /**
     * The next VarHandle call after the handle's load, if nothing else uses a handle in between and any jump in
     * between stays in between (a conditional expression among the arguments).
     */
    private static MethodInsnNode matchingCall(FieldInsnNode load) {
        List<org.objectweb.asm.tree.JumpInsnNode> jumps = new ArrayList<>();
        java.util.Set<AbstractInsnNode> window = new java.util.HashSet<>();
        for (AbstractInsnNode i = load.getNext(); i != null; i = i.getNext()) {
            window.add(i);
            if (i instanceof MethodInsnNode call && call.owner.equals(VAR_HANDLE)) {
                if (call.getOpcode() != Opcodes.INVOKEVIRTUAL) {
                    return null;
                }
                for (org.objectweb.asm.tree.JumpInsnNode jump : jumps) {
                    if (!window.contains(jump.label)) {
                        return null;
                    }
                }
                return call;
            }
            if (i instanceof FieldInsnNode other && other.desc.equals("L" + VAR_HANDLE + ";")) {
                return null;
            }
            if (i instanceof org.objectweb.asm.tree.JumpInsnNode jump && jump.getOpcode() != Opcodes.JSR) {
                jumps.add(jump);
                continue;
            }
            int op = i.getOpcode();
            if (op == Opcodes.ATHROW || (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) || op == Opcodes.JSR
                    || i.getType() == AbstractInsnNode.TABLESWITCH_INSN
                    || i.getType() == AbstractInsnNode.LOOKUPSWITCH_INSN) {
                return null;
            }
        }
        return null;
    }

    /**
     * The operation of an access mode without the mode ({@code weakCompareAndSetRelease} is
     * {@code compareAndSet}): with one thread every mode is the same access, so the support classes have one
     * method per operation.
     */
    static String plainOperation(String accessMode) {
        String op = accessMode.startsWith("weak") ? "c" + accessMode.substring("weakC".length()) : accessMode;
        for (String mode : MODES) {
            if (op.endsWith(mode)) {
                return op.substring(0, op.length() - mode.length());
            }
        }
        return op;
    }

    /** What an access mode returns, given the field's type: void for sets, boolean for compare-and-sets. */
    static Type naturalReturn(String op, Type value) {
        if (op.startsWith("set")) {
            return Type.VOID_TYPE;
        }
        if (op.equals("compareAndSet")) {
            return Type.BOOLEAN_TYPE;
        }
        return isReference(value) ? Type.getType(Object.class) : value;
    }

    /** The support method's descriptor: the offset first, the receiver and references as Object. */
    static String supportDescriptor(String callDescriptor) {
        Type call = Type.getMethodType(callDescriptor);
        Type[] args = call.getArgumentTypes();
        List<Type> params = new ArrayList<>();
        params.add(Type.LONG_TYPE);
        for (int i = 0; i < args.length; i++) {
            params.add(i == 0 || isReference(args[i]) ? Type.getType(Object.class) : args[i]);
        }
        Type ret = isReference(call.getReturnType()) ? Type.getType(Object.class) : call.getReturnType();
        return Type.getMethodDescriptor(ret, params.toArray(new Type[0]));
    }

    /**
     * The value kind in the support method's name: I, J, Z or L, from the support descriptor, whose value parameter
     * (if any) is at {@code valueIndex} (after offset and receiver, and for arrays the index).
     */
    static String kind(String supportDescriptor, int valueIndex) {
        Type[] params = Type.getArgumentTypes(supportDescriptor);
        Type value = params.length > valueIndex ? params[valueIndex] : Type.getReturnType(supportDescriptor);
        return switch (value.getSort()) {
            case Type.INT -> "I";
            case Type.LONG -> "J";
            case Type.BOOLEAN -> "Z";
            case Type.OBJECT, Type.ARRAY -> "L";
            default -> value.getDescriptor();
        };
    }

    private static boolean isReference(Type t) {
        return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
    }
}
