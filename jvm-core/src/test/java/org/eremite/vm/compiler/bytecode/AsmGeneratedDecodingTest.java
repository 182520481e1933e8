package org.eremite.vm.compiler.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.tree.MethodNode;

/**
 * Decodes code written by ASM with what java.base lacks (nop, fstore_0, dup2_x2, swap, frem, jsr, ret, goto_w,
 * jsr_w) or has rarely (wide forms, switches at every alignment), and compares with ASM's reading, as
 * {@link JavaBaseDecodingTest} does for java.base.
 */
class AsmGeneratedDecodingTest {
    private static final int STATIC = ACC_PUBLIC | ACC_STATIC;

    /** Decodes every method of {@code bytes}, compares with ASM, and returns the decoded methods. */
    static List<InstructionList> assertDecodesAsAsm(byte[] bytes) {
        AsmCodeOracle oracle = new AsmCodeOracle(bytes);
        List<InstructionList> decoded = new ArrayList<>();
        for (MethodNode method : oracle.methodsWithCode()) {
            InstructionList list = InstructionList.decode(oracle.describe(method), oracle.info(method).code().code());
            assertTrue(oracle.encodesIdentically(method), oracle.describe(method));
            assertNull(new AsmInstructionComparison(oracle, list, AsmCodeOracle.instructions(method),
                    oracle.offsetsKnown(method)).firstDifference(), oracle.describe(method));
            decoded.add(list);
        }
        return decoded;
    }

    private static InstructionList single(int version, String descriptor, Consumer<MethodVisitor> code) {
        byte[] bytes = new GeneratedClass(version, ClassWriter.COMPUTE_MAXS)
                .method(STATIC, "m", descriptor, 0, 0, code).toByteArray();
        return assertDecodesAsAsm(bytes).get(0);
    }

    private static boolean contains(InstructionList list, int opcode, boolean wide) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).opcode() == opcode && list.get(i).isWide() == wide) {
                return true;
            }
        }
        return false;
    }

    @Test
    void opcodesAbsentFromJavaBaseDecodeAsAsmReadsThem() {
        InstructionList list = single(org.objectweb.asm.Opcodes.V17, "(FJ)V", m -> {
            m.visitInsn(Opcodes.NOP);
            m.visitVarInsn(Opcodes.FLOAD, 0);
            m.visitVarInsn(Opcodes.FLOAD, 0);
            m.visitInsn(Opcodes.FREM);
            m.visitVarInsn(Opcodes.FSTORE, 0);
            m.visitInsn(Opcodes.ICONST_1);
            m.visitInsn(Opcodes.ICONST_2);
            m.visitInsn(Opcodes.SWAP);
            m.visitInsn(Opcodes.POP2);
            m.visitVarInsn(Opcodes.LLOAD, 1);
            m.visitVarInsn(Opcodes.LLOAD, 1);
            m.visitInsn(Opcodes.DUP2_X2);
            m.visitInsn(Opcodes.POP2);
            m.visitInsn(Opcodes.POP2);
            m.visitInsn(Opcodes.POP2);
            m.visitInsn(Opcodes.RETURN);
        });
        for (int opcode : new int[] {Opcodes.NOP, Opcodes.FREM, Opcodes.FSTORE_0, Opcodes.SWAP, Opcodes.DUP2_X2}) {
            assertTrue(contains(list, opcode, false), Opcodes.name(opcode));
        }
    }

    @Test
    void wideFormsCarrySixteenBitLocalsAndIncrements() {
        InstructionList list = single(org.objectweb.asm.Opcodes.V1_5, "()V", m -> {
            m.visitInsn(Opcodes.ICONST_0);
            m.visitVarInsn(Opcodes.ISTORE, 300);
            m.visitIincInsn(300, -30000);
            m.visitIincInsn(2, 127);
            m.visitIincInsn(2, 128);
            m.visitVarInsn(Opcodes.ILOAD, 300);
            m.visitVarInsn(Opcodes.ISTORE, 65535);
            m.visitInsn(Opcodes.DCONST_1);
            m.visitVarInsn(Opcodes.DSTORE, 1000);
            Label subroutine = new Label();
            Label end = new Label();
            m.visitJumpInsn(Opcodes.JSR, subroutine);
            m.visitJumpInsn(Opcodes.GOTO, end);
            m.visitLabel(subroutine);
            m.visitVarInsn(Opcodes.ASTORE, 400);
            m.visitVarInsn(Opcodes.RET, 400);
            m.visitLabel(end);
            m.visitInsn(Opcodes.RETURN);
        });
        assertTrue(contains(list, Opcodes.IINC, true));
        assertTrue(contains(list, Opcodes.IINC, false));
        assertTrue(contains(list, Opcodes.RET, true));
        assertTrue(contains(list, Opcodes.DSTORE, true));
        assertEquals(6, list.get(2).length(), "wide iinc");
        assertEquals(-30000, list.get(2).increment());
        assertEquals("1: wide istore 300", list.get(1).toString());
        assertEquals("5: wide iinc 300 -30000", list.get(2).toString());
    }

    @Test
    void farJumpsBecomeGotoWAndJsrW() {
        // ASM writes jumps farther than 32767 bytes as goto_w and jsr_w (a far ifeq as ifne over a goto_w).
        InstructionList list = single(org.objectweb.asm.Opcodes.V1_5, "(I)V", m -> {
            Label top = new Label();
            Label subroutine = new Label();
            Label end = new Label();
            m.visitLabel(top);
            m.visitJumpInsn(Opcodes.JSR, subroutine);
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitJumpInsn(Opcodes.IFEQ, end);
            for (int i = 0; i < 33_000; i++) {
                m.visitInsn(Opcodes.NOP);
            }
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitJumpInsn(Opcodes.IFNE, top);
            m.visitInsn(Opcodes.RETURN);
            m.visitLabel(subroutine);
            m.visitVarInsn(Opcodes.ASTORE, 1);
            m.visitVarInsn(Opcodes.RET, 1);
            m.visitLabel(end);
            m.visitInsn(Opcodes.RETURN);
        });
        assertTrue(contains(list, Opcodes.GOTO_W, false));
        assertTrue(contains(list, Opcodes.JSR_W, false));
        Instruction jsr = list.get(0);
        assertEquals(Opcodes.JSR_W, jsr.opcode());
        assertEquals(5, jsr.length());
        assertTrue(jsr.branchTarget() > 33_000);
        assertTrue(jsr.isJsr() && jsr.isBranch() && !jsr.canFallThrough());
    }

    @Test
    void switchesAtEveryAlignmentDecodeAsAsmReadsThem() {
        for (int nops = 0; nops < 4; nops++) {
            int padding = nops;
            InstructionList list = single(org.objectweb.asm.Opcodes.V17, "(I)I", m -> {
                for (int i = 0; i < padding; i++) {
                    m.visitInsn(Opcodes.NOP);
                }
                Label a = new Label();
                Label b = new Label();
                Label other = new Label();
                m.visitVarInsn(Opcodes.ILOAD, 0);
                m.visitTableSwitchInsn(-1, 2, other, a, b, a, b);
                m.visitLabel(a);
                m.visitVarInsn(Opcodes.ILOAD, 0);
                m.visitLookupSwitchInsn(other, new int[] {Integer.MIN_VALUE, -5, 0, 7, Integer.MAX_VALUE},
                        new Label[] {a, b, other, a, b});
                m.visitLabel(b);
                m.visitVarInsn(Opcodes.ILOAD, 0);
                m.visitLookupSwitchInsn(other, new int[0], new Label[0]);
                m.visitLabel(other);
                m.visitInsn(Opcodes.ICONST_0);
                m.visitInsn(Opcodes.IRETURN);
            });
            Instruction table = list.get(padding + 1);
            assertEquals(Opcodes.TABLESWITCH, table.opcode());
            // 1 opcode byte, then padding to a multiple of 4 from the start of the code, then 3 + 4 ints.
            int operands = (table.offset() + 4) & ~3;
            assertEquals(operands + 4 * (3 + 4) - table.offset(), table.length(), "at offset " + table.offset());
            assertEquals(-1, table.low());
            assertEquals(2, table.high());
            assertEquals(-1, table.caseKey(0));
            Instruction empty = list.get(padding + 5);
            assertEquals(0, empty.caseCount());
        }
    }
}
