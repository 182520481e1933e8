package org.eremite.vm.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbstractAssemblerTest {
    /** A toy ISA: one-byte opcodes, "jump" with a 16-bit displacement from the end of the instruction. */
    static final class ToyAssembler extends AbstractAssembler {
        static final int REL16 = 1;

        void nop() {
            int start = position();
            code.emit8(0x90);
            list(start, "nop");
        }

        void jump(Label target) {
            int start = position();
            code.emit8(0xE9);
            code.emit16(0);
            useLabel(target, start, REL16);
            list(start, "jump " + nameOf(target));
        }

        @Override
        protected void patchLabelUse(int site, int kind, int target) {
            assertEquals(REL16, kind);
            int displacement = target - (site + 3);
            code.patch16(site + 1, (int) Operands.signed("jump", "displacement", displacement, 16));
        }

        @Override
        protected void emitPadding(int bytes) {
            for (int i = 0; i < bytes; i++) {
                code.emit8(0x90);
            }
        }

        @Override
        protected List<String> listingPreamble() {
            return List.of("; toy");
        }
    }

    @Test
    void forwardAndBackwardReferencesArePatched() {
        ToyAssembler asm = new ToyAssembler();
        Label back = new Label("back");
        Label forward = new Label();
        asm.bind(back);
        asm.nop();
        asm.jump(forward);
        asm.jump(back);
        asm.bind(forward);
        byte[] code = asm.finish();
        assertEquals(3, code[2] & 0xFF); // forward: from 4 to 7
        assertEquals(-7, (short) ((code[5] & 0xFF) | code[6] << 8)); // back: from 7 to 0
    }

    @Test
    void unboundLabelFailsFinishWithItsName() {
        ToyAssembler asm = new ToyAssembler();
        asm.jump(new Label("missing"));
        IllegalStateException e = assertThrows(IllegalStateException.class, asm::finish);
        assertTrue(e.getMessage().contains("'missing'"), e.getMessage());
    }

    @Test
    void bindingTwiceFails() {
        ToyAssembler asm = new ToyAssembler();
        Label l = new Label("twice");
        asm.bind(l);
        assertThrows(IllegalStateException.class, () -> asm.bind(l));
    }

    @Test
    void alignPadsToPowerOfTwoAndRejectsOthers() {
        ToyAssembler asm = new ToyAssembler();
        asm.nop();
        asm.align(8);
        assertEquals(8, asm.position());
        asm.align(8);
        assertEquals(8, asm.position());
        assertThrows(IllegalArgumentException.class, () -> asm.align(6));
    }

    @Test
    void listingNamesUnnamedLabelsAndRecordsEachInstruction() {
        ToyAssembler asm = new ToyAssembler();
        asm.enableListing();
        Label l = new Label();
        asm.jump(l);
        asm.bind(l);
        asm.nop();
        String source = asm.listing().toSource();
        assertEquals("; toy\n\tjump .L0\n.L0:\n\tnop\n", source);
    }

    @Test
    void outOfRangeDisplacementNamesInstructionAndOperand() {
        ToyAssembler asm = new ToyAssembler();
        Label far = new Label("far");
        asm.jump(far);
        for (int i = 0; i < 40000; i++) {
            asm.nop();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> asm.bind(far));
        assertTrue(e.getMessage().startsWith("jump: displacement 40000"), e.getMessage());
    }

    @Test
    void operandChecksNameTheOperand() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Operands.unsigned("lsl", "shift", 64, 6));
        assertEquals("lsl: shift 64 (0x40) is out of range [0, 63]", e.getMessage());
        assertEquals(-2048, Operands.signed("addi", "imm", -2048, 12));
        assertThrows(IllegalArgumentException.class, () -> Operands.signed("addi", "imm", 2048, 12));
        assertThrows(IllegalArgumentException.class, () -> Operands.aligned("b", "offset", 6, 4));
    }
}
