package org.eremite.vm.compiler.npe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.*;

import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/** The contract of {@link NullPointerMessages} beyond the texts, which the HotSpot comparisons cover. */
class NullPointerMessagesTest {
    private static final ClassFile CLASS = make();

    private static ClassFile make() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V1_5, ACC_PUBLIC | ACC_ABSTRACT, "t/C", null, "java/lang/Object", null);
        cw.visitField(0, "f", "J", null, null).visitEnd();
        MethodVisitor m = cw.visitMethod(ACC_STATIC, "m", "(Lt/C;I)V", null, null);
        m.visitCode();
        m.visitVarInsn(ILOAD, 1); // 0
        m.visitInsn(ICONST_1); // 1
        m.visitInsn(IADD); // 2
        m.visitInsn(POP); // 3
        m.visitVarInsn(ALOAD, 0); // 4
        m.visitInsn(LCONST_0); // 5
        m.visitFieldInsn(PUTFIELD, "t/C", "f", "J"); // 6
        m.visitInsn(RETURN); // 9
        m.visitMaxs(0, 0);
        m.visitEnd();
        cw.visitMethod(ACC_ABSTRACT, "a", "()V", null, null).visitEnd();
        cw.visitMethod(ACC_NATIVE, "n", "()V", null, null).visitEnd();
        cw.visitEnd();
        return ClassFileParser.parse(cw.toByteArray());
    }

    @Test
    void aFieldStoreNamesItsReceiverBelowALongValue() {
        assertEquals("Cannot assign field \"f\" because \"<parameter1>\" is null",
                NullPointerMessages.of(CLASS, CLASS.findMethod("m", "(Lt/C;I)V"), 6));
    }

    @Test
    void instructionsThatCannotThrowHaveNoMessage() {
        NullPointerMessages messages = new NullPointerMessages(CLASS, CLASS.findMethod("m", "(Lt/C;I)V"));
        for (int bci : new int[] {0, 1, 2, 3, 4, 5, 9}) {
            assertFalse(messages.canThrow(bci), "at " + bci);
            assertNull(messages.messageAt(bci), "at " + bci);
        }
        assertTrue(messages.canThrow(6));
    }

    @Test
    void anOffsetInsideAnInstructionIsRejected() {
        NullPointerMessages messages = new NullPointerMessages(CLASS, CLASS.findMethod("m", "(Lt/C;I)V"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> messages.messageAt(7));
        assertTrue(e.getMessage().contains("m(Lt/C;I)V") && e.getMessage().contains("7"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> messages.messageAt(10));
        assertThrows(IllegalArgumentException.class, () -> messages.messageAt(-1));
    }

    @Test
    void methodsWithoutCodeHaveNoMessages() {
        assertNull(NullPointerMessages.of(CLASS, CLASS.findMethod("a", "()V"), 0));
        assertNull(NullPointerMessages.of(CLASS, CLASS.findMethod("n", "()V"), 0));
        assertFalse(new NullPointerMessages(CLASS, CLASS.findMethod("n", "()V")).canThrow(0));
    }

    @Test
    void askingAgainGivesTheSameMessage() {
        NullPointerMessages messages = new NullPointerMessages(CLASS, CLASS.findMethod("m", "(Lt/C;I)V"));
        assertEquals(messages.messageAt(6), messages.messageAt(6));
    }
}
