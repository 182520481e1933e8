package org.eremite.jit.aarch64.asm;

import static org.eremite.jit.aarch64.asm.Jasm.check;
import static org.eremite.jit.aarch64.asm.Jasm.listed;
import static org.eremite.jit.aarch64.asm.Jasm.zr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eremite.vm.asm.CodeBuffer;
import org.eremite.vm.asm.Label;
import org.junit.jupiter.api.Test;

/** Branches to labels (both directions, up to the limits of each kind) and through registers, against GNU as. */
class BranchEncodingTest {
    @Test
    void everyBranchKindToForwardAndBackwardLabelsMatchesGnuAs() {
        Assembler asm = listed();
        Label back = new Label("back");
        Label forward = new Label("forward");
        asm.bind(back);
        for (int i = 0; i < 32; i++) {
            Condition cond = Condition.values()[i % 16];
            Label target = i % 2 == 0 ? back : forward;
            asm.b(target);
            asm.bl(target);
            asm.b(cond, target);
            asm.cbz(32, zr(i), target);
            asm.cbnz(64, zr(i), target);
            asm.tbz(zr(i), i, target);
            asm.tbnz(zr(i), 63 - i, target);
            asm.adr(zr(i), target);
            asm.br(zr(i));
            asm.blr(zr(i));
            asm.ret(zr(i));
        }
        asm.ret();
        asm.bind(forward);
        asm.nop();
        check(asm);
    }

    @Test
    void conditionalBranchesAndAdrReachOneMebibyteBothWays() {
        Assembler asm = listed();
        Label back = new Label("back");
        Label forward = new Label("forward");
        asm.bind(back);
        asm.b(Condition.EQ, forward); // +1 MiB - 4: the largest forward displacement
        asm.adr(Register.R0, forward);
        while (asm.position() < (1 << 20) - 4) {
            asm.nop();
        }
        asm.bind(forward);
        asm.nop();
        asm.cbz(64, Register.R0, back); // -1 MiB: the largest backward displacement
        check(asm);
        assertEquals(1 << 20, asm.position() - 4);
    }

    @Test
    void testBranchesReachThirtyTwoKibibytesBothWays() {
        Assembler asm = listed();
        Label back = new Label("back");
        Label forward = new Label("forward");
        asm.bind(back);
        asm.tbz(Register.R3, 40, forward);
        while (asm.position() < (1 << 15) - 4) {
            asm.nop();
        }
        asm.bind(forward);
        asm.nop();
        asm.tbnz(Register.R4, 2, back);
        check(asm);
    }

    @Test
    void branchOnePastTheReachFailsWhenTheLabelIsBound() {
        Assembler asm = new Assembler();
        Label forward = new Label("far");
        asm.b(Condition.NE, forward);
        while (asm.position() < 1 << 20) {
            asm.nop();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> asm.bind(forward));
        assertTrue(e.getMessage().startsWith("b.cond: displacement 1048576"), e.getMessage());
    }

    @Test
    void backwardBranchOutOfReachFailsAtTheBranch() {
        Assembler asm = new Assembler();
        Label back = new Label("back");
        asm.bind(back);
        while (asm.position() < (1 << 15) + 4) {
            asm.nop();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> asm.tbz(Register.R0, 0, back));
        assertTrue(e.getMessage().startsWith("tbz: displacement -32772"), e.getMessage());
    }

    @Test
    void unconditionalBranchesReachOneHundredTwentyEightMebibytes() {
        // Patched directly, to avoid emitting 128 MiB of code.
        CodeBuffer code = new CodeBuffer();
        code.emit32(0x14000000);
        LabelUse.B.patch(code, 0, (1 << 27) - 4);
        assertEquals(0x15FFFFFF, code.read32(0));
        LabelUse.BL.patch(code, 0, -(1 << 27));
        assertEquals(0x16000000, code.read32(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelUse.B.patch(code, 0, 1 << 27));
        assertTrue(e.getMessage().startsWith("b: displacement 134217728"), e.getMessage());
    }

    @Test
    void branchToAnUnalignedLabelFails() {
        Assembler asm = new Assembler();
        Label odd = new Label("odd");
        asm.data8(1);
        asm.bind(odd);
        asm.data8(2);
        asm.data16(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> asm.b(odd));
        assertTrue(e.getMessage().startsWith("b: displacement -3"), e.getMessage());
        assertTrue(e.getMessage().contains("multiple of 4"), e.getMessage());
    }
}
