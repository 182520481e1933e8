package org.eremite.jit.riscv64.asm;

import static org.eremite.jit.riscv64.asm.Register.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eremite.vm.asm.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Operands that cannot be encoded throw IllegalArgumentException naming the instruction and the operand, and emit nothing. */
class IllegalOperandTest {
    private final MacroAssembler a = new MacroAssembler();

    private void assertRejected(String instruction, String operand, Executable emit) {
        int before = a.position();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, emit);
        assertTrue(e.getMessage().startsWith(instruction + ": "), () -> "message names " + instruction + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(operand), () -> "message names " + operand + ": " + e.getMessage());
        assertEquals(before, a.position(), "nothing emitted");
    }

    @Test
    void immediatesOutsideTheirFieldAreRejected() {
        assertRejected("addi", "immediate 2048", () -> a.addi(A0, A1, 2048));
        assertRejected("addi", "immediate -2049", () -> a.addi(A0, A1, -2049));
        assertRejected("andi", "immediate", () -> a.andi(A0, A1, 4095));
        assertRejected("addiw", "immediate", () -> a.addiw(A0, A1, 1 << 12));
        assertRejected("sltiu", "immediate", () -> a.sltiu(A0, A1, 5000));
        assertRejected("lui", "immediate 1048576", () -> a.lui(A0, 1 << 20));
        assertRejected("lui", "immediate", () -> a.lui(A0, -(1 << 19) - 1));
        assertRejected("auipc", "immediate", () -> a.auipc(A0, 1 << 20));
    }

    @Test
    void shiftAmountsBeyondTheOperandWidthAreRejected() {
        assertRejected("slli", "shift amount 64", () -> a.slli(A0, A1, 64));
        assertRejected("srai", "shift amount -1", () -> a.srai(A0, A1, -1));
        assertRejected("slliw", "shift amount 32", () -> a.slliw(A0, A1, 32));
        assertRejected("sraiw", "shift amount 32", () -> a.sraiw(A0, A1, 32));
    }

    @Test
    void displacementsOutsideTwelveBitsAreRejected() {
        assertRejected("ld", "offset 2048", () -> a.ld(A0, SP, 2048));
        assertRejected("sd", "offset -2049", () -> a.sd(A0, SP, -2049));
        assertRejected("fld", "offset", () -> a.fld(FloatRegister.FA0, SP, 4096));
        assertRejected("fsw", "offset", () -> a.fsw(FloatRegister.FA0, SP, -4096));
        assertRejected("jalr", "offset", () -> a.jalr(RA, A0, 2048));
    }

    @Test
    void aBackwardBranchOutOfReachIsRejectedAtTheBranch() {
        Label back = new Label();
        a.bind(back);
        ControlEncodingTest.nops(a, 1025);
        assertRejected("beq", "label offset", () -> a.beq(A0, A1, back));
        assertRejected("bgeu", "out of range [-4096, 4095]", () -> a.bgeu(A0, A1, back));
    }

    @Test
    void aForwardBranchOutOfReachIsRejectedWhenTheLabelIsBound() {
        Label forward = new Label();
        a.bltu(A0, A1, forward);
        ControlEncodingTest.nops(a, 1024);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.bind(forward));
        assertTrue(e.getMessage().startsWith("bltu: label offset from 0x0 4100"), e.getMessage());
    }

    @Test
    void aJalOutOfReachIsRejected() {
        Label forward = new Label();
        a.jal(RA, forward);
        ControlEncodingTest.nops(a, 1 << 18);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.bind(forward));
        assertTrue(e.getMessage().startsWith("jal: label offset from 0x0 1048580"), e.getMessage());
    }

    @Test
    void aLabelThatIsNotInstructionAlignedIsRejected() {
        Label odd = new Label();
        a.beq(A0, A1, odd);
        a.data16(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.bind(odd));
        assertTrue(e.getMessage().startsWith("beq: label offset from 0x0 6"), e.getMessage());
        assertTrue(e.getMessage().contains("is not a multiple of 4"), e.getMessage());
    }

    @Test
    void writesToReadOnlyCsrsAreRejected() {
        assertRejected("csrw", "csr time is read-only", () -> a.csrw(Csr.TIME, A0));
        assertRejected("csrrw", "csr mhartid", () -> a.csrrw(ZERO, Csr.MHARTID, A0));
        assertRejected("csrrs", "csr cycle", () -> a.csrrs(A0, Csr.CYCLE, A1));
        assertRejected("csrrsi", "csr instret", () -> a.csrrsi(A0, Csr.INSTRET, 1));
        assertRejected("csrrwi", "immediate 32", () -> a.csrrwi(A0, Csr.SSTATUS, 32));
        assertRejected("csrsi", "immediate -1", () -> a.csrsi(Csr.SIE, -1));
    }

    @Test
    void fencesWithAnEmptyOrOversizedSetAreRejected() {
        assertRejected("fence", "predecessor set 0", () -> a.fence(0, Fence.RW));
        assertRejected("fence", "successor set 16", () -> a.fence(Fence.RW, 16));
    }

    @Test
    void macroSequencesRejectRegistersTheyCannotUse() {
        assertRejected("li", "rd zero", () -> a.li(ZERO, 5));
        assertRejected("ld", "scratch a1 is also base", () -> a.ld(A0, A1, 1 << 20, A1));
        assertRejected("sd", "scratch a0 is also src", () -> a.sd(A0, A1, 1 << 20, A0));
        assertRejected("lw", "scratch zero", () -> a.lw(A0, A1, 1 << 20, ZERO));
        assertRejected("addi", "scratch a1 is also rs", () -> a.addi(A0, A1, 1L << 40, A1));
        assertRejected("auipc+jalr", "scratch zero", () -> a.tail(new Label(), ZERO));
        assertRejected("auipc", "rd zero", () -> a.la(ZERO, "symbol", 0));
        assertRejected("sd", "scratch a0 is also src", () -> a.sd(A0, new Label(), A0));
        assertRejected("branch", "scratch a1 is also rs1", () -> a.branch(Condition.EQ, A1, 7, A1, new Label()));
    }

    @Test
    void registerNumbersOutsideTheFileAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Register.x(32));
        assertThrows(IllegalArgumentException.class, () -> FloatRegister.f(-1));
    }
}
