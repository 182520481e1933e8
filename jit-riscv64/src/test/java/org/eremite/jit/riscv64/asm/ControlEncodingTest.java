package org.eremite.jit.riscv64.asm;

import static org.eremite.jit.riscv64.asm.GnuAs.assertSameAsGnuAs;
import static org.eremite.jit.riscv64.asm.GnuAs.listingAssembler;
import static org.eremite.jit.riscv64.asm.Register.x;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.LittleEndian;
import org.eremite.vm.asm.Relocation;
import org.junit.jupiter.api.Test;

/** Jumps, branches, labels, alignment and relocated data, assembled by Jasm and by GNU as. */
class ControlEncodingTest {
    interface Branch {
        void emit(Register rs1, Register rs2, Label target);
    }

    private static List<Branch> branches(MacroAssembler a) {
        return List.of(a::beq, a::bne, a::blt, a::bge, a::bltu, a::bgeu, a::bgt, a::ble, a::bgtu, a::bleu);
    }

    @Test
    void branchesToBackwardAndForwardLabelsEncodeLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        Label back = new Label();
        Label forward = new Label("forward_target");
        a.bind(back);
        for (Branch b : branches(a)) {
            for (int i = 0; i < 32; i++) {
                b.emit(x(i), x((i + 9) % 32), (i & 1) == 0 ? back : forward);
            }
        }
        a.beqz(Register.A0, back);
        a.bnez(Register.A1, forward);
        a.bind(forward);
        a.nop();
        assertSameAsGnuAs(a);
    }

    @Test
    void branchesAtTheEndsOfTheirReachEncodeLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        Label back = new Label();
        a.bind(back);
        nops(a, 1024);
        a.beq(Register.A0, Register.A1, back); // offset -4096
        Label forward = new Label();
        a.bne(Register.A2, Register.A3, forward); // offset +4092
        nops(a, 1022);
        a.bind(forward);
        a.ret();
        assertEquals(0x80B5_0063, a.code().read32(4096), "beq a0, a1, .-4096");
        assertSameAsGnuAs(a);
    }

    @Test
    void jalAtTheEndsOfItsReachEncodesLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        Label back = new Label();
        a.bind(back);
        nops(a, 1 << 18);
        a.jal(Register.RA, back); // offset -1 MiB
        Label forward = new Label();
        a.j(forward); // offset +1 MiB - 4
        nops(a, (1 << 18) - 2);
        a.bind(forward);
        a.ret();
        assertSameAsGnuAs(a);
    }

    @Test
    void jumpsAndCallsThroughRegistersAndLabelsEncodeLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        Label start = new Label();
        a.bind(start);
        int[] offsets = IntegerEncodingTest.imm12Values();
        for (int i = 0; i < 32; i++) {
            a.jalr(x(i), x((i + 3) % 32), offsets[i % offsets.length]);
            a.jr(x(i));
            a.jalr(x(i));
            a.jal(x(i), start);
        }
        Label end = new Label();
        a.jal(end);
        a.j(start);
        a.ret();
        a.bind(end);
        a.nop();
        assertSameAsGnuAs(a);
    }

    @Test
    void symbolReferencesLeaveZeroFieldsAndRecordTheirRelocations() {
        MacroAssembler a = listingAssembler();
        a.jal(Register.RA, "callee", 0);
        a.jal(Register.ZERO, "java.lang.Object.hashCode()I", 16);
        a.data64("table", -8);
        a.data32PcRel("handler", 4);
        assertSameAsGnuAs(a);
        List<Relocation> relocations = a.relocations();
        assertEquals(List.of(
                new Relocation(0, RelocationType.R_RISCV_JAL, "callee", 0),
                new Relocation(4, RelocationType.R_RISCV_JAL, "java.lang.Object.hashCode()I", 16),
                new Relocation(8, RelocationType.R_RISCV_64, "table", -8),
                new Relocation(16, RelocationType.R_RISCV_32_PCREL, "handler", 4)), relocations);
    }

    @Test
    void pcRelativeWordsToLabelsHoldTheOffsetLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        Label back = new Label();
        Label forward = new Label();
        a.bind(back);
        a.nop();
        a.data32PcRel(forward);
        a.data32PcRel(back);
        a.nop();
        a.bind(forward);
        a.nop();
        assertEquals(12, a.code().read32(4));
        assertEquals(-8, a.code().read32(8));
        assertSameAsGnuAs(a);
    }

    @Test
    void alignmentAfterDataPadsWithZeroCnopAndNopsLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        for (int misalign = 0; misalign < 8; misalign++) {
            a.nop();
            for (int i = 0; i < misalign; i++) {
                a.data8(0xA5);
            }
            a.align(8 << (misalign & 3));
            a.data16(0x1234);
            a.align(16);
            a.addi(Register.A0, Register.A0, misalign);
        }
        a.align(64); // GNU as pads the end of a section to the section's alignment
        assertSameAsGnuAs(a);
    }

    /** GNU as ignores .balign 2 and 4 in code under norvc (riscv_frag_align_code), so these are checked by their bytes. */
    @Test
    void alignmentToTwoAndFourBytesPadsWithZeroAndCnop() {
        MacroAssembler a = new MacroAssembler();
        a.nop();
        a.data8(1);
        a.align(2);
        assertEquals(6, a.position());
        a.align(4);
        assertEquals(8, a.position());
        a.data8(2);
        a.align(4);
        byte[] code = a.finish();
        assertEquals(12, code.length);
        assertEquals(0x0001_0001, LittleEndian.getI32(code, 4), "the datum, a zero byte, then c.nop");
        assertEquals(0, code[5]);
        assertEquals(0x0001, LittleEndian.getU16(code, 6));
        assertEquals(0, code[9]);
        assertEquals(0x0001, LittleEndian.getU16(code, 10));
    }

    static void nops(MacroAssembler a, int count) {
        for (int i = 0; i < count; i++) {
            a.nop();
        }
    }
}
