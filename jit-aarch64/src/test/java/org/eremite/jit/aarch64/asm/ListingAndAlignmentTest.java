package org.eremite.jit.aarch64.asm;

import static org.eremite.jit.aarch64.asm.Jasm.check;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.testing.GnuBinutils;
import org.junit.jupiter.api.Test;

class ListingAndAlignmentTest {
    private static void emitSample(Assembler asm) {
        Label loop = new Label("loop");
        asm.bind(loop);
        asm.add(64, Register.R0, Register.R0, 1);
        asm.data8(0x11);
        asm.align(8); // zero bytes to the instruction boundary, then nops, as GNU as pads code
        asm.ldr(64, Register.R1, Address.offset(Register.SP, 16));
        asm.align(32);
        asm.data16(0x2222);
        asm.data32(0x3333_3333);
        asm.align(16);
        asm.b(Condition.NE, loop);
        asm.data64(0x4444_4444_4444_4444L);
        asm.align(4);
        asm.ret();
    }

    @Test
    void alignmentAfterDataPadsLikeGnuAs() {
        Assembler asm = Jasm.listed();
        emitSample(asm);
        check(asm);
        assertEquals(0, asm.position() % 4);
    }

    @Test
    void listingDoesNotChangeTheCode() {
        Assembler listed = Jasm.listed();
        emitSample(listed);
        Assembler plain = new Assembler();
        emitSample(plain);
        assertNull(plain.listing());
        assertArrayEquals(listed.finish(), plain.finish());
    }

    @Test
    void listingNamesInstructionsAsObjdumpDoes() {
        Assembler asm = Jasm.listed();
        asm.add(64, Register.SP, Register.SP, 16);
        asm.ldp(64, Register.FP, Register.LR, Address.postIndex(Register.SP, 16));
        asm.ret();
        // disassembleInstructions() drops everything after '#', which on aarch64 starts immediates: read the raw dump.
        String objdump = GnuBinutils.AARCH64.disassemble(asm.finish()).replaceAll("[ \t]+", " ");
        assertTrue(objdump.contains("add sp, sp, #0x10"), objdump);
        assertTrue(objdump.contains("ldp x29, x30, [sp], #16"), objdump);
        assertTrue(asm.listing().toSource().contains("\tldp x29, x30, [sp], #16\n"), asm.listing().toSource());
    }
}
