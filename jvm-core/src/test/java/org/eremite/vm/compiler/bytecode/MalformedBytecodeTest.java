package org.eremite.vm.compiler.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;

/**
 * Code that breaks the static constraints of JVMS 4.9.1 is rejected with a {@link BytecodeException} that names
 * the method and the offset of the instruction at fault. The code arrays are written out byte by byte, since no
 * tool emits malformed code; each comment gives the instructions.
 */
class MalformedBytecodeTest {
    private static final String METHOD = "test/Malformed.m()V";

    private static BytecodeException rejected(int... code) {
        byte[] bytes = new byte[code.length];
        for (int i = 0; i < code.length; i++) {
            bytes[i] = (byte) code[i];
        }
        BytecodeException e = assertThrows(BytecodeException.class, () -> InstructionList.decode(METHOD, bytes));
        assertEquals(METHOD, e.method());
        assertTrue(e.getMessage().startsWith(METHOD), e.getMessage());
        return e;
    }

    private static void assertRejectedAt(int offset, String fragment, int... code) {
        BytecodeException e = rejected(code);
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains("at bytecode offset " + offset + ": "), e.getMessage());
        assertTrue(e.problem().contains(fragment), e.getMessage());
    }

    @Test
    void unknownOpcodeIsRejectedAtItsOffset() {
        assertRejectedAt(1, "unknown opcode 0xcb", Opcodes.NOP, 0xCB, Opcodes.RETURN);
        assertRejectedAt(0, "unknown opcode 0xfd", 0xFD);
    }

    @Test
    void reservedOpcodesAreRejected() {
        assertRejectedAt(0, "reserved opcode 0xca (breakpoint)", 0xCA);
        assertRejectedAt(1, "reserved opcode 0xfe (impdep1)", Opcodes.NOP, 0xFE);
        assertRejectedAt(2, "reserved opcode 0xff (impdep2)", Opcodes.NOP, Opcodes.NOP, 0xFF);
    }

    @Test
    void truncatedOperandsAreRejectedAtTheTruncatedInstruction() {
        assertRejectedAt(1, "operands of sipush run past the end", Opcodes.NOP, Opcodes.SIPUSH, 0);
        assertRejectedAt(0, "operands of iload run past the end", Opcodes.ILOAD);
        assertRejectedAt(0, "operands of goto_w run past the end", Opcodes.GOTO_W, 0, 0, 0);
        assertRejectedAt(0, "operands of invokeinterface run past the end", Opcodes.INVOKEINTERFACE, 0, 1, 1);
        assertRejectedAt(0, "operands of wide iinc run past the end", Opcodes.WIDE, Opcodes.IINC, 0, 1, 0);
        assertRejectedAt(0, "opcode after wide run past the end", Opcodes.WIDE);
        // tableswitch at 0: padding 1..3, default, low 0, high 1, then only one of the two targets.
        assertRejectedAt(0, "operands of tableswitch run past the end", Opcodes.TABLESWITCH, 0, 0, 0,
                0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 16);
        // lookupswitch at 0 with default 0, npairs 1 and no pair.
        assertRejectedAt(0, "operands of lookupswitch run past the end", Opcodes.LOOKUPSWITCH, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 1);
    }

    @Test
    void branchIntoTheMiddleOfAnInstructionIsRejectedAtTheBranch() {
        // 0: goto +4 (into the sipush at 3); 3: sipush 0; 6: return
        assertRejectedAt(0, "goto targets offset 4, which is inside the instruction 3: sipush 0",
                Opcodes.GOTO, 0, 4, Opcodes.SIPUSH, 0, 0, Opcodes.RETURN);
        // 0: iconst_0; 1: lookupswitch {5: 14, default: 1 -> 2}: the default lands inside the lookupswitch.
        assertRejectedAt(1, "lookupswitch targets offset 2, which is inside the instruction 1: lookupswitch",
                Opcodes.ICONST_0, Opcodes.LOOKUPSWITCH, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0, 19,
                Opcodes.RETURN);
    }

    @Test
    void branchOutsideTheCodeIsRejected() {
        assertRejectedAt(1, "ifeq targets offset -1, outside the code", Opcodes.ICONST_0, Opcodes.IFEQ, 0xFF, 0xFE,
                Opcodes.RETURN);
        assertRejectedAt(0, "goto targets offset 4, outside the code (length 4)", Opcodes.GOTO, 0, 4, Opcodes.RETURN);
        assertRejectedAt(0, "jsr_w targets offset 2147483647", Opcodes.JSR_W, 0x7F, 0xFF, 0xFF, 0xFF);
    }

    @Test
    void malformedSwitchesAreRejected() {
        // tableswitch with low 1 > high 0.
        assertRejectedAt(0, "low 1 > high 0", Opcodes.TABLESWITCH, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 1, 0, 0, 0, 0,
                Opcodes.RETURN);
        assertRejectedAt(0, "npairs -1 < 0", Opcodes.LOOKUPSWITCH, 0, 0, 0, 0, 0, 0, 12, 0xFF, 0xFF, 0xFF, 0xFF,
                Opcodes.RETURN);
        // keys 5 then 3, and 5 then 5.
        assertRejectedAt(0, "not sorted in increasing order: 5 then 3", Opcodes.LOOKUPSWITCH, 0, 0, 0,
                0, 0, 0, 28, 0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0, 28, 0, 0, 0, 3, 0, 0, 0, 28, Opcodes.RETURN);
        assertRejectedAt(0, "not sorted in increasing order: 5 then 5", Opcodes.LOOKUPSWITCH, 0, 0, 0,
                0, 0, 0, 28, 0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0, 28, 0, 0, 0, 5, 0, 0, 0, 28, Opcodes.RETURN);
    }

    @Test
    void staticOperandConstraintsAreChecked() {
        assertRejectedAt(1, "atype 3", Opcodes.ICONST_1, Opcodes.NEWARRAY, 3, Opcodes.RETURN);
        assertRejectedAt(1, "atype 12", Opcodes.ICONST_1, Opcodes.NEWARRAY, 12, Opcodes.RETURN);
        assertRejectedAt(1, "multianewarray has 0 dimensions", Opcodes.ICONST_1, Opcodes.MULTIANEWARRAY, 0, 1, 0,
                Opcodes.RETURN);
        assertRejectedAt(0, "invokeinterface has count 0", Opcodes.INVOKEINTERFACE, 0, 1, 0, 0, Opcodes.RETURN);
        assertRejectedAt(0, "fourth operand byte of invokeinterface", Opcodes.INVOKEINTERFACE, 0, 1, 1, 7,
                Opcodes.RETURN);
        assertRejectedAt(0, "third and fourth operand bytes of invokedynamic", Opcodes.INVOKEDYNAMIC, 0, 1, 0, 1,
                Opcodes.RETURN);
        assertRejectedAt(0, "wide modifies iadd", Opcodes.WIDE, Opcodes.IADD, 0, 0, Opcodes.RETURN);
    }

    @Test
    void codeLengthMustBeOneTo65535() {
        BytecodeException empty = rejected();
        assertEquals(-1, empty.offset());
        assertTrue(empty.getMessage().contains("code length 0"), empty.getMessage());
        byte[] tooLong = new byte[65536];
        BytecodeException e = assertThrows(BytecodeException.class, () -> InstructionList.decode(METHOD, tooLong));
        assertTrue(e.getMessage().contains("code length 65536"), e.getMessage());
    }

    @Test
    void nonZeroPaddingIsNotAnError() {
        // JVMS 6.5 tableswitch: the padding only says where the operands start. Write a switch with ASM, fill its
        // padding with 0xFF, and it decodes exactly as before.
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, ClassWriter.COMPUTE_MAXS)
                .method(org.objectweb.asm.Opcodes.ACC_STATIC, "m", "(I)I", 0, 0, m -> {
                    Label a = new Label();
                    Label b = new Label();
                    m.visitVarInsn(Opcodes.ILOAD, 0);
                    m.visitTableSwitchInsn(0, 1, b, a, b);
                    m.visitLabel(a);
                    m.visitVarInsn(Opcodes.ILOAD, 0);
                    m.visitLookupSwitchInsn(b, new int[] {3}, new Label[] {a});
                    m.visitLabel(b);
                    m.visitInsn(Opcodes.ICONST_0);
                    m.visitInsn(Opcodes.IRETURN);
                }).toByteArray();
        InstructionList original = AsmGeneratedDecodingTest.assertDecodesAsAsm(bytes).get(0);
        byte[] code = new AsmCodeOracle(bytes).classFile.methods().get(0).code().code().clone();
        int padded = 0;
        for (int i = 0; i < original.size(); i++) {
            Instruction instruction = original.get(i);
            if (instruction.isSwitch()) {
                for (int p = instruction.offset() + 1; p < ((instruction.offset() + 4) & ~3); p++) {
                    code[p] = (byte) 0xFF;
                    padded++;
                }
            }
        }
        assertEquals(3 + 1, padded, "iload_0 at 0 puts the tableswitch at 1 (3 padding bytes), iload_0 at 25 the "
                + "lookupswitch at 26 (1 padding byte)");
        InstructionList decoded = InstructionList.decode(METHOD, code);
        assertEquals(original.size(), decoded.size());
        for (int i = 0; i < decoded.size(); i++) {
            assertEquals(original.get(i).toString(), decoded.get(i).toString());
            if (decoded.get(i).isSwitch()) {
                assertArrayEquals(original.get(i).caseTargets(), decoded.get(i).caseTargets());
                assertArrayEquals(original.get(i).caseKeys(), decoded.get(i).caseKeys());
            }
        }
    }

    @Test
    void askingAnInstructionForAnOperandItLacksIsACallerBug() {
        Instruction iadd = BytecodeReader.decode(METHOD, new byte[] {(byte) Opcodes.IADD}, 0);
        assertThrows(IllegalStateException.class, iadd::branchTarget);
        assertThrows(IllegalStateException.class, iadd::localIndex);
        assertThrows(IllegalStateException.class, iadd::constantIndex);
        assertThrows(IllegalStateException.class, iadd::caseCount);
        assertThrows(IndexOutOfBoundsException.class, () -> BytecodeReader.decode(METHOD, new byte[1], 1));
    }
}
