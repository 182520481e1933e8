package org.eremite.vm.classfile;

import org.eremite.vm.testing.JdkClassFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/** {@link ConstantPool}'s accessors against ASM's ClassReader, entry by entry, and their error messages. */
class ConstantPoolTest {
    @Test
    void everyConstantPoolEntryOfJavaBaseMatchesAsm() {
        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        int[] entries = new int[1];
        JdkClassFiles.javaBaseWithModuleInfo().parallelStream().forEach(e -> {
            ClassFile cf = ClassFileParser.parse(e.bytes(), e.path());
            ClassReader r = new ClassReader(e.bytes());
            List<String> out = compare(cf, r, e.bytes());
            synchronized (entries) {
                entries[0] += cf.constantPool().size() - 1;
            }
            for (String m : out) {
                mismatches.add(cf.thisClass() + ": " + m);
            }
        });
        System.out.println("java.base: " + entries[0] + " constant pool entries compared");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches, e.g.\n"
                + String.join("\n", mismatches.subList(0, Math.min(20, mismatches.size()))));
    }

    /** Compares every entry of {@code cf}'s pool with what ASM reads at the same index. */
    private static List<String> compare(ClassFile cf, ClassReader r, byte[] bytes) {
        List<String> out = new ArrayList<>();
        ConstantPool pool = cf.constantPool();
        char[] buffer = new char[r.getMaxStringLength()];
        if (r.getItemCount() != pool.size()) {
            out.add("size: ASM " + r.getItemCount() + ", ours " + pool.size());
            return out;
        }
        for (int i = 1; i < pool.size(); i++) {
            int item = r.getItem(i);
            int asmTag = item == 0 ? ConstantTag.UNUSABLE : r.readByte(item - 1);
            if (asmTag != pool.tag(i)) {
                out.add("entry " + i + " tag: ASM " + asmTag + ", ours " + pool.tag(i));
                continue;
            }
            String expected;
            String actual;
            switch (asmTag) {
                case ConstantTag.INTEGER, ConstantTag.FLOAT, ConstantTag.LONG, ConstantTag.DOUBLE, ConstantTag.STRING,
                        ConstantTag.CLASS, ConstantTag.METHOD_TYPE, ConstantTag.METHOD_HANDLE, ConstantTag.DYNAMIC -> {
                    Object constant = r.readConst(i, buffer);
                    expected = AsmOracle.text(constant) + " " + kindOf(constant);
                    actual = AsmOracle.text(cf, i) + " " + pool.loadableKind(i);
                }
                case ConstantTag.FIELDREF, ConstantTag.METHODREF, ConstantTag.INTERFACE_METHODREF -> {
                    int nameAndType = r.getItem(r.readUnsignedShort(item + 2));
                    expected = r.readClass(item, buffer) + "." + r.readUTF8(nameAndType, buffer)
                            + r.readUTF8(nameAndType + 2, buffer) + (asmTag == ConstantTag.INTERFACE_METHODREF);
                    MemberRef ref = pool.memberRef(i);
                    actual = ref.owner() + "." + ref.name() + ref.descriptor() + ref.isInterface();
                }
                case ConstantTag.NAME_AND_TYPE -> {
                    expected = r.readUTF8(item, buffer) + " " + r.readUTF8(item + 2, buffer);
                    actual = pool.nameOfNameAndType(i) + " " + pool.descriptorOfNameAndType(i);
                }
                case ConstantTag.INVOKE_DYNAMIC -> {
                    int nameAndType = r.getItem(r.readUnsignedShort(item + 2));
                    expected = r.readUnsignedShort(item) + " " + r.readUTF8(nameAndType, buffer)
                            + r.readUTF8(nameAndType + 2, buffer);
                    DynamicRef d = pool.dynamic(i);
                    actual = d.bootstrapMethodIndex() + " " + d.name() + d.descriptor();
                }
                case ConstantTag.MODULE, ConstantTag.PACKAGE -> {
                    expected = r.readUTF8(item, buffer);
                    actual = asmTag == ConstantTag.MODULE ? pool.moduleName(i) : pool.packageName(i);
                }
                case ConstantTag.UTF8 -> {
                    // The JDK's own decoder of modified UTF-8 with a u2 length prefix, which is what the entry holds.
                    try {
                        expected = new DataInputStream(new ByteArrayInputStream(bytes, item, bytes.length - item)).readUTF();
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                    actual = pool.utf8(i);
                }
                default -> {
                    continue; // unusable slots
                }
            }
            if (!expected.equals(actual)) {
                out.add("entry " + i + ": ASM " + expected + ", ours " + actual);
            }
        }
        return out;
    }

    /** What ldc pushes for an ASM constant (ConstantDynamic by its descriptor, JVMS 2.11.1). */
    private static TypeKind kindOf(Object constant) {
        if (constant instanceof Integer) {
            return TypeKind.INT;
        }
        if (constant instanceof Float) {
            return TypeKind.FLOAT;
        }
        if (constant instanceof Long) {
            return TypeKind.LONG;
        }
        if (constant instanceof Double) {
            return TypeKind.DOUBLE;
        }
        if (constant instanceof ConstantDynamic c) {
            return TypeKind.ofDescriptor(c.getDescriptor()).computational();
        }
        return TypeKind.REFERENCE;
    }

    @Test
    void accessorsNameTheIndexTheExpectedAndTheActualTag() {
        ClassFile object = ClassFileParser.parse(JdkClassFiles.bytesOf("java/lang/Object"));
        ConstantPool pool = object.constantPool();
        int utf8 = indexOf(pool, ConstantTag.UTF8);
        ClassFormatException e = assertThrows(ClassFormatException.class, () -> pool.className(utf8));
        assertEquals("java/lang/Object: constant pool entry " + utf8 + " is CONSTANT_Utf8, expected CONSTANT_Class",
                e.getMessage());
        int classEntry = indexOf(pool, ConstantTag.CLASS);
        e = assertThrows(ClassFormatException.class, () -> pool.memberRef(classEntry));
        assertEquals("java/lang/Object: constant pool entry " + classEntry + " is CONSTANT_Class, expected"
                + " CONSTANT_Fieldref, CONSTANT_Methodref or CONSTANT_InterfaceMethodref", e.getMessage());
        e = assertThrows(ClassFormatException.class, () -> pool.loadableKind(utf8));
        assertTrue(e.getMessage().contains("is CONSTANT_Utf8, expected a loadable constant"), e.getMessage());
        e = assertThrows(ClassFormatException.class, () -> pool.dynamic(utf8));
        assertTrue(e.getMessage().contains("expected CONSTANT_Dynamic or CONSTANT_InvokeDynamic"), e.getMessage());
        for (int bad : new int[] {0, -1, pool.size(), 999_999}) {
            e = assertThrows(ClassFormatException.class, () -> pool.intValue(bad));
            assertEquals("java/lang/Object: bad constant pool index " + bad + " (expected CONSTANT_Integer), "
                    + "constant pool size " + pool.size(), e.getMessage());
            assertThrows(ClassFormatException.class, () -> pool.tag(bad));
        }
    }

    @Test
    void theSlotAfterALongIsUnusable() {
        ClassFile c = ClassFileParser.parse(JdkClassFiles.bytesOf("java/lang/Long"));
        ConstantPool pool = c.constantPool();
        int longEntry = indexOf(pool, ConstantTag.LONG);
        assertEquals(ConstantTag.UNUSABLE, pool.tag(longEntry + 1));
        assertEquals(TypeKind.LONG, pool.loadableKind(longEntry));
        ClassFormatException e = assertThrows(ClassFormatException.class, () -> pool.longValue(longEntry + 1));
        assertTrue(e.getMessage().contains("is unusable slot, expected CONSTANT_Long"), e.getMessage());
    }

    private static int indexOf(ConstantPool pool, int tag) {
        for (int i = 1; i < pool.size(); i++) {
            if (pool.tag(i) == tag) {
                return i;
            }
        }
        throw new AssertionError("no " + ConstantTag.name(tag));
    }

    @Test
    void ldcOfAClassIsLoadableOnlyFromVersion49() {
        for (int version : new int[] {Opcodes.V1_4, Opcodes.V1_5}) {
            ClassWriter w = new ClassWriter(0);
            w.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "T", null, "java/lang/Object", null);
            int index = w.newClass("java/util/List");
            w.visitEnd();
            ConstantPool pool = ClassFileParser.parse(w.toByteArray()).constantPool();
            if (version == Opcodes.V1_4) {
                assertFalse(pool.isLoadable(index));
                ClassFormatException e = assertThrows(ClassFormatException.class, () -> pool.loadableKind(index));
                assertTrue(e.getMessage().contains("not loadable by ldc in class file version 48"), e.getMessage());
            } else {
                assertTrue(pool.isLoadable(index));
                assertEquals(TypeKind.REFERENCE, pool.loadableKind(index));
            }
        }
    }

    /**
     * Dynamic constants of every descriptor kind: {@link ConstantPool#loadableKind} must say what ASM's analyzer
     * (the oracle for JVMS 2.11.1's computational types) has on the stack after the ldc.
     */
    @Test
    void loadableKindOfDynamicConstantsIsTheStackKindAsmAnalyzerComputes() throws AnalyzerException {
        String[] descriptors = {"Z", "B", "C", "S", "I", "J", "F", "D", "Ljava/lang/Object;", "[I"};
        Handle bootstrap = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps", "nullConstant",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        w.visit(Opcodes.V11, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "Condy", null, "java/lang/Object", null);
        MethodVisitor m = w.visitMethod(Opcodes.ACC_STATIC, "m", "()V", null, null);
        m.visitCode();
        for (int i = 0; i < descriptors.length; i++) {
            m.visitLdcInsn(new ConstantDynamic("c" + i, descriptors[i], bootstrap));
            m.visitInsn(Type.getType(descriptors[i]).getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
        }
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        w.visitEnd();
        byte[] bytes = w.toByteArray();

        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        MethodNode method = node.methods.get(0);
        Frame<BasicValue>[] frames = new Analyzer<>(new BasicInterpreter()).analyze("Condy", method);
        ClassFile cf = ClassFileParser.parse(bytes);
        ConstantPool pool = cf.constantPool();
        int checked = 0;
        for (int insn = 0; insn < method.instructions.size(); insn++) {
            AbstractInsnNode node1 = method.instructions.get(insn);
            if (node1 instanceof LdcInsnNode ldc) {
                BasicValue pushed = frames[insn + 1].getStack(0);
                ConstantDynamic c = (ConstantDynamic) ldc.cst;
                int index = dynamicIndex(pool, c.getName());
                assertEquals(c.getDescriptor(), pool.dynamic(index).descriptor());
                assertEquals(stackKind(pushed), pool.loadableKind(index), c.getDescriptor());
                checked++;
            }
        }
        assertEquals(descriptors.length, checked);
    }

    private static int dynamicIndex(ConstantPool pool, String name) {
        for (int i = 1; i < pool.size(); i++) {
            if (pool.tag(i) == ConstantTag.DYNAMIC && pool.dynamic(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name);
    }

    private static TypeKind stackKind(BasicValue value) {
        if (value == BasicValue.INT_VALUE) {
            return TypeKind.INT;
        }
        if (value == BasicValue.LONG_VALUE) {
            return TypeKind.LONG;
        }
        if (value == BasicValue.FLOAT_VALUE) {
            return TypeKind.FLOAT;
        }
        if (value == BasicValue.DOUBLE_VALUE) {
            return TypeKind.DOUBLE;
        }
        if (value == BasicValue.REFERENCE_VALUE) {
            return TypeKind.REFERENCE;
        }
        throw new AssertionError(value);
    }
}
