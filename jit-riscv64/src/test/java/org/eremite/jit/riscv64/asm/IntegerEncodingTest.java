package org.eremite.jit.riscv64.asm;

import static org.eremite.jit.riscv64.asm.GnuAs.assertSameAsGnuAs;
import static org.eremite.jit.riscv64.asm.GnuAs.listingAssembler;
import static org.eremite.jit.riscv64.asm.Register.x;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every integer, pseudo and memory form of the RV64IM API, assembled by Jasm and by GNU as. */
class IntegerEncodingTest {
    interface Reg3 {
        void emit(Register rd, Register rs1, Register rs2);
    }

    interface RegImm {
        void emit(Register rd, Register rs1, int imm);
    }

    interface Reg2 {
        void emit(Register rd, Register rs);
    }

    /** Boundaries of a signed 12-bit field and random values in it (fixed seed). */
    static int[] imm12Values() {
        Random random = new Random(12);
        int[] values = new int[24];
        int[] fixed = {-2048, -2047, -1000, -2, -1, 0, 1, 2, 1000, 2046, 2047};
        System.arraycopy(fixed, 0, values, 0, fixed.length);
        for (int i = fixed.length; i < values.length; i++) {
            values[i] = random.nextInt(4096) - 2048;
        }
        return values;
    }

    @Test
    void registerRegisterOperationsOfBothWidthsEncodeLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        List<Reg3> ops = List.of(a::add, a::sub, a::sll, a::slt, a::sltu, a::xor, a::srl, a::sra, a::or, a::and,
                a::addw, a::subw, a::sllw, a::srlw, a::sraw,
                a::mul, a::mulh, a::mulhsu, a::mulhu, a::div, a::divu, a::rem, a::remu,
                a::mulw, a::divw, a::divuw, a::remw, a::remuw);
        for (Reg3 op : ops) {
            for (int i = 0; i < 32; i++) {
                op.emit(x(i), x((i + 7) % 32), x((i + 19) % 32));
            }
        }
        assertSameAsGnuAs(a);
    }

    @Test
    void immediateOperationsEncodeEveryRegisterAndBoundaryImmediateLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        int[] values = imm12Values();
        List<RegImm> ops = List.of(a::addi, a::slti, a::sltiu, a::xori, a::ori, a::andi, a::addiw);
        for (RegImm op : ops) {
            for (int i = 0; i < Math.max(32, values.length); i++) {
                op.emit(x(i % 32), x((i + 5) % 32), values[i % values.length]);
            }
        }
        assertSameAsGnuAs(a);
    }

    @Test
    void shiftsByImmediateEncodeEveryAmountLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        for (int s = 0; s < 64; s++) {
            a.slli(x(s % 32), x((s + 3) % 32), s);
            a.srli(x((s + 1) % 32), x((s + 4) % 32), s);
            a.srai(x((s + 2) % 32), x((s + 5) % 32), s);
        }
        for (int s = 0; s < 32; s++) {
            a.slliw(x(s), x((s + 3) % 32), s);
            a.srliw(x((s + 1) % 32), x((s + 4) % 32), s);
            a.sraiw(x((s + 2) % 32), x((s + 5) % 32), s);
        }
        assertSameAsGnuAs(a);
    }

    @Test
    void upperImmediatesEncodeSignedAndUnsignedSpellingsLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        int[] fixed = {0, 1, 0x7FFFF, 0x80000, 0xFFFFF, -1, -0x80000, 0x12345};
        Random random = new Random(20);
        for (int i = 0; i < 48; i++) {
            int imm = i < fixed.length ? fixed[i] : random.nextInt(1 << 20);
            a.lui(x(i % 32), imm);
            a.auipc(x((i + 9) % 32), imm);
        }
        assertSameAsGnuAs(a);
    }

    @Test
    void singleInstructionPseudoFormsEncodeLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        List<Reg2> ops = List.of(a::mv, a::not, a::neg, a::negw, a::sext_w, a::zext_b, a::seqz, a::snez, a::sltz, a::sgtz);
        for (Reg2 op : ops) {
            for (int i = 0; i < 32; i++) {
                op.emit(x(i), x((i + 11) % 32));
            }
        }
        a.nop();
        assertSameAsGnuAs(a);
    }

    @Test
    void loadsAndStoresOfEveryWidthEncodeNegativeAndBoundaryOffsetsLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        int[] offsets = imm12Values();
        List<RegImm> ops = List.of(a::lb, a::lh, a::lw, a::ld, a::lbu, a::lhu, a::lwu, a::sb, a::sh, a::sw, a::sd);
        for (RegImm op : ops) {
            for (int i = 0; i < Math.max(32, offsets.length); i++) {
                op.emit(x(i % 32), x((i + 13) % 32), offsets[i % offsets.length]);
            }
        }
        assertSameAsGnuAs(a);
    }
}
