package org.eremite.vm.classfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LabelNode;

/**
 * ASM as the oracle: a ClassNode of a class file, with what ClassNode does not keep.
 *
 * <p>ClassNode gives no bytecode offsets of labels, so the reader records the offset of every label it creates
 * ({@link ClassReader#readLabel} is ASM's documented hook for that). ClassNode gives no code length either;
 * {@link #codeShapes} walks the method_info structures with ClassReader's own primitives (header,
 * readUnsignedShort, readInt, readUTF8) to read max_stack, max_locals and code_length.
 */
final class AsmOracle {
    final ClassReader reader;
    final ClassNode node = new ClassNode();
    private final Map<Label, Integer> labelOffsets = new IdentityHashMap<>();
    /** MethodNode wraps each label the reader visits in a LabelNode kept in {@code Label.info}. */
    private final Map<LabelNode, Integer> nodeOffsets = new IdentityHashMap<>();

    AsmOracle(byte[] bytes) {
        reader = new ClassReader(bytes) {
            @Override
            protected Label readLabel(int bytecodeOffset, Label[] labels) {
                Label label = super.readLabel(bytecodeOffset, labels);
                labelOffsets.put(label, bytecodeOffset);
                return label;
            }
        };
        reader.accept(node, ClassReader.SKIP_FRAMES);
        for (Map.Entry<Label, Integer> e : labelOffsets.entrySet()) {
            if (e.getKey().info instanceof LabelNode labelNode) {
                nodeOffsets.put(labelNode, e.getValue());
            }
        }
    }

    /** The bytecode offset of a label of the ClassNode. */
    int offset(LabelNode label) {
        Integer offset = nodeOffsets.get(label);
        if (offset == null) {
            throw new IllegalStateException("label not created by the reader");
        }
        return offset;
    }

    /** name + descriptor of each method with a Code attribute -> {max_stack, max_locals, code_length}. */
    Map<String, int[]> codeShapes() {
        ClassReader r = reader;
        char[] buffer = new char[r.getMaxStringLength()];
        Map<String, int[]> shapes = new HashMap<>();
        int p = r.header + 6;
        p += 2 + 2 * r.readUnsignedShort(p); // interfaces
        int fields = r.readUnsignedShort(p);
        p += 2;
        for (int i = 0; i < fields; i++) {
            p = skipAttributes(r, p + 6);
        }
        int methods = r.readUnsignedShort(p);
        p += 2;
        for (int i = 0; i < methods; i++) {
            String key = r.readUTF8(p + 2, buffer) + r.readUTF8(p + 4, buffer);
            int attributes = r.readUnsignedShort(p + 6);
            int q = p + 8;
            for (int j = 0; j < attributes; j++) {
                if (r.readUTF8(q, buffer).equals("Code")) {
                    shapes.put(key, new int[] {r.readUnsignedShort(q + 6), r.readUnsignedShort(q + 8), r.readInt(q + 10)});
                }
                q += 6 + r.readInt(q + 2);
            }
            p = q;
        }
        return shapes;
    }

    /**
     * Where a method_info is: its offset, and the offset of its Code attribute's header (-1 if none).
     */
    record MethodLayout(String name, String descriptor, int offset, int codeAttribute) {
    }

    /** The layout of every method_info, walked with ClassReader's primitives. */
    List<MethodLayout> methodLayouts() {
        ClassReader r = reader;
        char[] buffer = new char[r.getMaxStringLength()];
        List<MethodLayout> layouts = new ArrayList<>();
        int p = r.header + 6;
        p += 2 + 2 * r.readUnsignedShort(p);
        int fields = r.readUnsignedShort(p);
        p += 2;
        for (int i = 0; i < fields; i++) {
            p = skipAttributes(r, p + 6);
        }
        int methods = r.readUnsignedShort(p);
        p += 2;
        for (int i = 0; i < methods; i++) {
            int attributes = r.readUnsignedShort(p + 6);
            int q = p + 8;
            int code = -1;
            for (int j = 0; j < attributes; j++) {
                if (r.readUTF8(q, buffer).equals("Code")) {
                    code = q;
                }
                q += 6 + r.readInt(q + 2);
            }
            layouts.add(new MethodLayout(r.readUTF8(p + 2, buffer), r.readUTF8(p + 4, buffer), p, code));
            p = q;
        }
        return layouts;
    }

    private static int skipAttributes(ClassReader r, int p) {
        int count = r.readUnsignedShort(p);
        p += 2;
        for (int i = 0; i < count; i++) {
            p += 6 + r.readInt(p + 2);
        }
        return p;
    }

    // ---- canonical text of constants, for comparing ASM's objects with ours ----

    static String text(Object asmConstant) {
        if (asmConstant instanceof Float f) {
            return "F" + Integer.toHexString(Float.floatToRawIntBits(f));
        }
        if (asmConstant instanceof Double d) {
            return "D" + Long.toHexString(Double.doubleToRawLongBits(d));
        }
        if (asmConstant instanceof Integer i) {
            return "I" + i;
        }
        if (asmConstant instanceof Long l) {
            return "J" + l;
        }
        if (asmConstant instanceof String s) {
            return "S\"" + s + "\"";
        }
        if (asmConstant instanceof Type t) {
            return t.getSort() == Type.METHOD ? "MT" + t.getDescriptor() : "C" + t.getInternalName();
        }
        if (asmConstant instanceof Handle h) {
            return "MH" + h.getTag() + " " + h.getOwner() + "." + h.getName() + h.getDesc() + (h.isInterface() ? " itf" : "");
        }
        if (asmConstant instanceof ConstantDynamic c) {
            List<String> args = new ArrayList<>();
            for (int i = 0; i < c.getBootstrapMethodArgumentCount(); i++) {
                args.add(text(c.getBootstrapMethodArgument(i)));
            }
            return "CD " + c.getName() + ":" + c.getDescriptor() + " " + text(c.getBootstrapMethod()) + " " + args;
        }
        throw new IllegalArgumentException("unknown ASM constant " + asmConstant);
    }

    /** The same canonical text for loadable entry {@code index} of our pool. */
    static String text(ClassFile cf, int index) {
        ConstantPool pool = cf.constantPool();
        return switch (pool.tag(index)) {
            case ConstantTag.INTEGER -> "I" + pool.intValue(index);
            case ConstantTag.FLOAT -> "F" + Integer.toHexString(pool.floatBits(index));
            case ConstantTag.LONG -> "J" + pool.longValue(index);
            case ConstantTag.DOUBLE -> "D" + Long.toHexString(pool.doubleBits(index));
            case ConstantTag.STRING -> "S\"" + pool.stringValue(index) + "\"";
            case ConstantTag.CLASS -> "C" + pool.className(index);
            case ConstantTag.METHOD_TYPE -> "MT" + pool.methodType(index);
            case ConstantTag.METHOD_HANDLE -> text(pool.methodHandle(index));
            case ConstantTag.DYNAMIC -> {
                DynamicRef d = pool.dynamic(index);
                BootstrapMethod bsm = cf.bootstrapMethods().get(d.bootstrapMethodIndex());
                yield "CD " + d.name() + ":" + d.descriptor() + " " + text(pool.methodHandle(bsm.methodHandleIndex()))
                        + " " + arguments(cf, bsm);
            }
            default -> throw new IllegalArgumentException("entry " + index + " is not loadable");
        };
    }

    static String text(MethodHandleRef h) {
        MemberRef m = h.member();
        return "MH" + h.kind() + " " + m.owner() + "." + m.name() + m.descriptor() + (m.isInterface() ? " itf" : "");
    }

    static List<String> arguments(ClassFile cf, BootstrapMethod bsm) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < bsm.argumentCount(); i++) {
            args.add(text(cf, bsm.argumentIndex(i)));
        }
        return args;
    }
}
