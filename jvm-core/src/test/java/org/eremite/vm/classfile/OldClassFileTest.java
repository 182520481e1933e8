package org.eremite.vm.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Class files older than the ones javac 17 writes: generated with ASM's ClassWriter, run on HotSpot to show they
 * are valid, and compared with what ASM reads back.
 */
class OldClassFileTest {
    /**
     * Version 49 (Java 5) with JSR/RET subroutines, the way javac 1.4 compiled {@code finally}: {@code
     * static int f(int x) { try { return x / 0; } finally { counter++; } }} in spirit.
     */
    static byte[] jsrClass() {
        ClassWriter w = new ClassWriter(0);
        w.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "Jsr", null, "java/lang/Object", null);
        w.visitField(Opcodes.ACC_STATIC, "counter", "I", null, null).visitEnd();
        MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "f", "(I)I", null, null);
        m.visitCode();
        Label tryStart = new Label();
        Label tryEnd = new Label();
        Label handler = new Label();
        Label subroutine = new Label();
        m.visitTryCatchBlock(tryStart, tryEnd, handler, null);
        m.visitLabel(tryStart);
        m.visitLineNumber(10, tryStart);
        m.visitVarInsn(Opcodes.ILOAD, 0);
        m.visitInsn(Opcodes.ICONST_2);
        m.visitInsn(Opcodes.IDIV);
        m.visitVarInsn(Opcodes.ISTORE, 1);
        m.visitJumpInsn(Opcodes.JSR, subroutine);
        m.visitVarInsn(Opcodes.ILOAD, 1);
        m.visitLabel(tryEnd);
        m.visitInsn(Opcodes.IRETURN);
        m.visitLabel(handler); // any exception: run the subroutine, rethrow
        m.visitLineNumber(12, handler);
        m.visitVarInsn(Opcodes.ASTORE, 2);
        m.visitJumpInsn(Opcodes.JSR, subroutine);
        m.visitVarInsn(Opcodes.ALOAD, 2);
        m.visitInsn(Opcodes.ATHROW);
        m.visitLabel(subroutine);
        m.visitLineNumber(14, subroutine);
        m.visitVarInsn(Opcodes.ASTORE, 3);
        m.visitFieldInsn(Opcodes.GETSTATIC, "Jsr", "counter", "I");
        m.visitInsn(Opcodes.ICONST_1);
        m.visitInsn(Opcodes.IADD);
        m.visitFieldInsn(Opcodes.PUTSTATIC, "Jsr", "counter", "I");
        m.visitVarInsn(Opcodes.RET, 3);
        m.visitMaxs(2, 4);
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    @Test
    void version49ClassWithJsrAndRetParses() throws Exception {
        byte[] bytes = jsrClass();
        Class<?> loaded = new HotSpot().define("Jsr", bytes);
        assertEquals(5, loaded.getMethod("f", int.class).invoke(null, 10)); // valid: HotSpot runs it

        ClassFile c = ClassFileParser.parse(bytes, "Jsr.class");
        assertEquals(49, c.majorVersion());
        assertEquals("Jsr", c.thisClass());
        MethodInfo f = c.findMethod("f", "(I)I");
        CodeAttribute code = f.code();
        AsmOracle asm = new AsmOracle(bytes);
        int[] shape = asm.codeShapes().get("f(I)I");
        assertEquals(shape[0], code.maxStack());
        assertEquals(shape[1], code.maxLocals());
        assertEquals(shape[2], code.codeLength());
        assertTrue(containsOpcode(code.code(), Opcodes.JSR) && containsOpcode(code.code(), Opcodes.RET));
        List<ExceptionHandler> handlers = code.exceptionHandlers();
        assertEquals(1, handlers.size());
        assertNull(handlers.get(0).catchType());
        var tryCatch = asm.node.methods.get(0).tryCatchBlocks.get(0);
        assertEquals(asm.offset(tryCatch.start), handlers.get(0).startPc());
        assertEquals(asm.offset(tryCatch.end), handlers.get(0).endPc());
        assertEquals(asm.offset(tryCatch.handler), handlers.get(0).handlerPc());
        assertNull(code.stackMapTable(), "version 49 has no stack maps");
    }

    private static boolean containsOpcode(byte[] code, int opcode) {
        for (byte b : code) {
            if ((b & 0xFF) == opcode) {
                return true;
            }
        }
        return false;
    }

    /** JVMS 4.1 and HotSpot: an interface of a class file before 50.0 is abstract even without ACC_ABSTRACT. */
    @Test
    void oldInterfaceWithoutAbstractFlagIsAbstract() {
        ClassWriter w = new ClassWriter(0);
        w.visit(Opcodes.V1_1, Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE, "OldInterface", null, "java/lang/Object", null);
        w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "m", "()V", null, null).visitEnd();
        w.visitEnd();
        byte[] bytes = w.toByteArray();
        Class<?> loaded = new HotSpot().define("OldInterface", bytes);
        assertTrue(java.lang.reflect.Modifier.isAbstract(loaded.getModifiers()));
        ClassFile c = ClassFileParser.parse(bytes);
        assertEquals(45, c.majorVersion());
        assertEquals(3, c.minorVersion());
        assertTrue(c.isAbstract() && c.isInterface());
    }

    /**
     * Class file 45.0 (minor versions 0 to 2 predate JDK 1.0.2) has the same Code layout as 45.3: HotSpot 17 runs
     * it, and rejects the one-byte max_stack/max_locals layout of pre-release compilers, so the parser reads
     * u2, u2, u4 for every version as well.
     */
    @Test
    void version45Point0HasTheSameCodeLayout() throws Exception {
        ClassWriter w = new ClassWriter(0);
        w.visit(Opcodes.V1_1, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "Early45", null, "java/lang/Object", null);
        MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "add", "(II)I", null, null);
        m.visitCode();
        m.visitVarInsn(Opcodes.ILOAD, 0);
        m.visitVarInsn(Opcodes.ILOAD, 1);
        m.visitInsn(Opcodes.IADD);
        m.visitInsn(Opcodes.IRETURN);
        m.visitMaxs(2, 3);
        m.visitEnd();
        w.visitEnd();
        byte[] bytes = w.toByteArray();
        bytes[5] = 0; // minor version 3 -> 0

        Method add = new HotSpot().define("Early45", bytes).getMethod("add", int.class, int.class);
        assertEquals(5, add.invoke(null, 2, 3));
        ClassFile c = ClassFileParser.parse(bytes);
        assertEquals(0, c.minorVersion());
        CodeAttribute code = c.findMethod("add", "(II)I").code();
        assertEquals(2, code.maxStack());
        assertEquals(3, code.maxLocals());
        assertEquals(4, code.codeLength());
    }

    /**
     * JVMS 4.7: an attribute is recognized only from the version that defined it. NestHost (55.0) in a 52.0 class
     * is an unknown attribute: HotSpot ignores it (the class is its own nest host), and so does the parser.
     */
    @Test
    void attributesNewerThanTheClassFileAreNotRecognized() throws Exception {
        ClassWriter w = new ClassWriter(0);
        w.visit(Opcodes.V1_8, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "Early", null, "java/lang/Object", null);
        w.visitNestHost("java/lang/Object");
        w.visitEnd();
        byte[] bytes = w.toByteArray();
        Class<?> loaded = new HotSpot().define("Early", bytes);
        assertSame(loaded, loaded.getNestHost());

        ClassFile c = ClassFileParser.parse(bytes);
        assertNull(c.nestHost());
        assertEquals("NestHost", c.attributes().get(0).name());
        assertEquals(2, c.attributes().get(0).length());
    }
}
