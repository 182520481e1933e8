package org.eremite.image.desugar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Replaces an {@code ObjectMethods.bootstrap} call site (a record's {@code toString}, {@code equals} or
 * {@code hashCode}) with a call of a private static method generated in the record, which computes exactly what
 * the build JDK's {@code java.lang.runtime.ObjectMethods} computes:
 * <ul>
 *   <li>{@code toString}: {@code Name[a=1, b=x]}, where Name is the class's simple name (from its InnerClasses
 *       attribute, as {@code Class.getSimpleName}), each component as {@code String.valueOf} gives it (so arrays
 *       print as objects and null as "null"), components left to right. The JDK formats with
 *       {@code String.format("%s")} of those strings, which is the same text.</li>
 *   <li>{@code hashCode}: {@code h = 0; for each component: h = h * 31 + hash(component)}, with the wrapper's
 *       static {@code hashCode} for primitives and {@code Objects.hashCode} for references.</li>
 *   <li>{@code equals}: true for the same object; false unless the other object is an instance of the record;
 *       then the components compared from the <em>last</em> to the first (the JDK nests its guards that way,
 *       which shows when a component's {@code equals} has side effects), primitives with {@code ==} except
 *       {@code float} and {@code double}, compared with {@code Float.compare}/{@code Double.compare} (so NaN
 *       equals NaN and 0.0 differs from -0.0), references with {@code Objects.equals}.</li>
 * </ul>
 * Components are read from the fields directly (the bootstrap gets field getters), never through accessor
 * methods that the record may override.
 */
final class RecordMethodsRewriter {
    private RecordMethodsRewriter() {
    }

    static void rewrite(CallSite call) {
        ClassNode record = call.owner().node();
        Object[] args = call.site().bsmArgs;
        if (args.length < 2 || !(args[0] instanceof Type) || !(args[1] instanceof String)) {
            throw call.unsupported("ObjectMethods.bootstrap call site without (Class, String, MethodHandle...) "
                    + "arguments");
        }
        String recordName = ((Type) args[0]).getInternalName();
        if (!recordName.equals(record.name)) {
            throw call.unsupported("ObjectMethods.bootstrap for " + recordName.replace('/', '.')
                    + " called outside that class");
        }
        List<Handle> getters = new ArrayList<>();
        for (Object arg : Arrays.asList(args).subList(2, args.length)) {
            if (!(arg instanceof Handle handle) || handle.getTag() != Opcodes.H_GETFIELD
                    || !handle.getOwner().equals(record.name)) {
                throw call.unsupported("ObjectMethods.bootstrap argument " + arg + " is not a getter of a field of "
                        + record.name.replace('/', '.'));
            }
            getters.add(handle);
        }
        String names = (String) args[1];
        List<String> componentNames = names.isEmpty() ? List.of() : List.of(names.split(";"));

        String recordDescriptor = Type.getObjectType(record.name).getDescriptor();
        MethodNode helper;
        switch (call.site().name) {
            case "toString":
                expect(call, "(" + recordDescriptor + ")Ljava/lang/String;");
                if (componentNames.size() != getters.size()) {
                    throw call.unsupported("ObjectMethods.bootstrap: " + componentNames.size() + " names for "
                            + getters.size() + " components");
                }
                helper = toStringMethod(record, simpleName(record), componentNames, getters);
                break;
            case "hashCode":
                expect(call, "(" + recordDescriptor + ")I");
                helper = hashCodeMethod(record, getters);
                break;
            case "equals":
                expect(call, "(" + recordDescriptor + "Ljava/lang/Object;)Z");
                helper = equalsMethod(record, getters);
                break;
            default:
                throw call.unsupported("ObjectMethods.bootstrap for a method named " + call.site().name
                        + " (it makes toString, equals and hashCode only)");
        }
        helper.name = freeName(record, "record$" + call.site().name);
        record.methods.add(helper);
        InsnList code = new InsnList();
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, record.name, helper.name, call.site().desc, false));
        call.replaceWith(code);
    }

    private static void expect(CallSite call, String descriptor) {
        if (!call.site().desc.equals(descriptor)) {
            throw call.unsupported("ObjectMethods.bootstrap for " + call.site().name + " with type "
                    + call.site().desc + " (expected " + descriptor + ")");
        }
    }

    /** {@code Class.getSimpleName} of a class that is not an array and not hidden, from its InnerClasses. */
    static String simpleName(ClassNode node) {
        for (InnerClassNode inner : node.innerClasses) {
            if (inner.name.equals(node.name)) {
                return inner.innerName == null ? "" : inner.innerName;
            }
        }
        return node.name.substring(node.name.lastIndexOf('/') + 1);
    }

    private static String freeName(ClassNode node, String base) {
        String name = base;
        for (int n = 1; hasMethod(node, name); n++) {
            name = base + "$" + n;
        }
        return name;
    }

    private static boolean hasMethod(ClassNode node, String name) {
        return node.methods.stream().anyMatch(m -> m.name.equals(name));
    }

    /** A private static synthetic method; its name is chosen when it is added to the record. */
    private static MethodNode helper(String descriptor) {
        return new MethodNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, "?", descriptor,
                null, null);
    }

    private static MethodNode toStringMethod(ClassNode record, String simpleName, List<String> names,
            List<Handle> getters) {
        MethodNode method = helper("(" + Type.getObjectType(record.name).getDescriptor()
                + ")Ljava/lang/String;");
        InsnList code = method.instructions;
        code.add(new TypeInsnNode(Opcodes.NEW, "java/lang/StringBuilder"));
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false));
        for (int i = 0; i < getters.size(); i++) {
            appendText(code, (i == 0 ? simpleName + "[" : ", ") + names.get(i) + "=");
            Handle getter = getters.get(i);
            code.add(new VarInsnNode(Opcodes.ALOAD, 0));
            code.add(new FieldInsnNode(Opcodes.GETFIELD, record.name, getter.getName(), getter.getDesc()));
            code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(" + StringConcatRewriter.appendParameter(Type.getType(getter.getDesc()))
                            + ")Ljava/lang/StringBuilder;", false));
        }
        appendText(code, getters.isEmpty() ? simpleName + "[]" : "]");
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "toString",
                "()Ljava/lang/String;", false));
        code.add(new InsnNode(Opcodes.ARETURN));
        return method;
    }

    private static void appendText(InsnList code, String text) {
        code.add(new LdcInsnNode(text));
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false));
    }

    private static MethodNode hashCodeMethod(ClassNode record, List<Handle> getters) {
        MethodNode method = helper("(" + Type.getObjectType(record.name).getDescriptor() + ")I");
        InsnList code = method.instructions;
        code.add(new InsnNode(Opcodes.ICONST_0));
        for (Handle getter : getters) {
            code.add(new IntInsnNode(Opcodes.BIPUSH, 31));
            code.add(new InsnNode(Opcodes.IMUL));
            code.add(new VarInsnNode(Opcodes.ALOAD, 0));
            code.add(new FieldInsnNode(Opcodes.GETFIELD, record.name, getter.getName(), getter.getDesc()));
            Type type = Type.getType(getter.getDesc());
            if (TypeConversions.isPrimitive(type)) {
                code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, TypeConversions.wrapperName(type), "hashCode",
                        Type.getMethodDescriptor(Type.INT_TYPE, type), false));
            } else {
                code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/util/Objects", "hashCode",
                        "(Ljava/lang/Object;)I", false));
            }
            code.add(new InsnNode(Opcodes.IADD));
        }
        code.add(new InsnNode(Opcodes.IRETURN));
        return method;
    }

    private static MethodNode equalsMethod(ClassNode record, List<Handle> getters) {
        MethodNode method = helper("(" + Type.getObjectType(record.name).getDescriptor()
                + "Ljava/lang/Object;)Z");
        InsnList code = method.instructions;
        Object[] parameters = {record.name, "java/lang/Object"};
        Object[] withOther = {record.name, "java/lang/Object", record.name};
        LabelNode notSame = new LabelNode(new Label());
        LabelNode isInstance = new LabelNode(new Label());
        LabelNode unequal = new LabelNode(new Label());

        code.add(new VarInsnNode(Opcodes.ALOAD, 0));
        code.add(new VarInsnNode(Opcodes.ALOAD, 1));
        code.add(new JumpInsnNode(Opcodes.IF_ACMPNE, notSame));
        code.add(new InsnNode(Opcodes.ICONST_1));
        code.add(new InsnNode(Opcodes.IRETURN));
        code.add(notSame);
        code.add(new FrameNode(Opcodes.F_FULL, parameters.length, parameters, 0, new Object[0]));
        code.add(new VarInsnNode(Opcodes.ALOAD, 1));
        code.add(new TypeInsnNode(Opcodes.INSTANCEOF, record.name));
        code.add(new JumpInsnNode(Opcodes.IFNE, isInstance));
        code.add(new InsnNode(Opcodes.ICONST_0));
        code.add(new InsnNode(Opcodes.IRETURN));
        code.add(isInstance);
        code.add(new FrameNode(Opcodes.F_FULL, parameters.length, parameters, 0, new Object[0]));
        code.add(new VarInsnNode(Opcodes.ALOAD, 1));
        code.add(new TypeInsnNode(Opcodes.CHECKCAST, record.name));
        code.add(new VarInsnNode(Opcodes.ASTORE, 2));
        for (int i = getters.size() - 1; i >= 0; i--) {
            Handle getter = getters.get(i);
            code.add(new VarInsnNode(Opcodes.ALOAD, 0));
            code.add(new FieldInsnNode(Opcodes.GETFIELD, record.name, getter.getName(), getter.getDesc()));
            code.add(new VarInsnNode(Opcodes.ALOAD, 2));
            code.add(new FieldInsnNode(Opcodes.GETFIELD, record.name, getter.getName(), getter.getDesc()));
            compareAndJumpIfUnequal(code, Type.getType(getter.getDesc()), unequal);
        }
        code.add(new InsnNode(Opcodes.ICONST_1));
        code.add(new InsnNode(Opcodes.IRETURN));
        if (!getters.isEmpty()) {
            code.add(unequal);
            code.add(new FrameNode(Opcodes.F_FULL, withOther.length, withOther, 0, new Object[0]));
            code.add(new InsnNode(Opcodes.ICONST_0));
            code.add(new InsnNode(Opcodes.IRETURN));
        }
        return method;
    }

    private static void compareAndJumpIfUnequal(InsnList code, Type type, LabelNode unequal) {
        switch (type.getSort()) {
            case Type.BOOLEAN:
            case Type.CHAR:
            case Type.BYTE:
            case Type.SHORT:
            case Type.INT:
                code.add(new JumpInsnNode(Opcodes.IF_ICMPNE, unequal));
                return;
            case Type.LONG:
                code.add(new InsnNode(Opcodes.LCMP));
                break;
            case Type.FLOAT:
                code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Float", "compare", "(FF)I", false));
                break;
            case Type.DOUBLE:
                code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Double", "compare", "(DD)I", false));
                break;
            default:
                code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/util/Objects", "equals",
                        "(Ljava/lang/Object;Ljava/lang/Object;)Z", false));
                code.add(new JumpInsnNode(Opcodes.IFEQ, unequal));
                return;
        }
        code.add(new JumpInsnNode(Opcodes.IFNE, unequal));
    }
}
