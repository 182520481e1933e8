package org.eremite.jit.riscv64.asm;

import static org.eremite.jit.riscv64.asm.FloatRegister.f;
import static org.eremite.jit.riscv64.asm.GnuAs.assertSameAsGnuAs;
import static org.eremite.jit.riscv64.asm.GnuAs.listingAssembler;
import static org.eremite.jit.riscv64.asm.Register.x;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every F and D form, with every register and rounding mode, assembled by Jasm and by GNU as. */
class FloatEncodingTest {
    interface Fp3 {
        void emit(FloatRegister rd, FloatRegister rs1, FloatRegister rs2);
    }

    interface Fp3Rm {
        void emit(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, RoundingMode rm);
    }

    interface Fp2 {
        void emit(FloatRegister rd, FloatRegister rs1);
    }

    interface Fp2Rm {
        void emit(FloatRegister rd, FloatRegister rs1, RoundingMode rm);
    }

    interface Fp4 {
        void emit(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3);
    }

    interface Fp4Rm {
        void emit(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3, RoundingMode rm);
    }

    interface ToInt {
        void emit(Register rd, FloatRegister rs1, RoundingMode rm);
    }

    interface FromInt {
        void emit(FloatRegister rd, Register rs1, RoundingMode rm);
    }

    interface Compare {
        void emit(Register rd, FloatRegister rs1, FloatRegister rs2);
    }

    interface FpMemory {
        void emit(FloatRegister r, Register base, int offset);
    }

    private static final RoundingMode[] MODES = RoundingMode.values();

    @Test
    void arithmeticWithEveryRegisterAndRoundingModeEncodesLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        List<Fp3Rm> withRm = List.of(a::fadd_s, a::fsub_s, a::fmul_s, a::fdiv_s, a::fadd_d, a::fsub_d, a::fmul_d, a::fdiv_d);
        List<Fp3> defaultRm = List.of(a::fadd_s, a::fsub_s, a::fmul_s, a::fdiv_s, a::fadd_d, a::fsub_d, a::fmul_d, a::fdiv_d,
                a::fmin_s, a::fmax_s, a::fmin_d, a::fmax_d,
                a::fsgnj_s, a::fsgnjn_s, a::fsgnjx_s, a::fsgnj_d, a::fsgnjn_d, a::fsgnjx_d);
        for (int i = 0; i < 32; i++) {
            for (Fp3Rm op : withRm) {
                op.emit(f(i), f((i + 5) % 32), f((i + 17) % 32), MODES[i % MODES.length]);
            }
            for (Fp3 op : defaultRm) {
                op.emit(f(i), f((i + 3) % 32), f((i + 29) % 32));
            }
            a.fsqrt_s(f(i), f((i + 1) % 32), MODES[(i + 1) % MODES.length]);
            a.fsqrt_d(f(i), f((i + 2) % 32), MODES[(i + 2) % MODES.length]);
            a.fsqrt_s(f(i), f((i + 3) % 32));
            a.fsqrt_d(f(i), f((i + 4) % 32));
        }
        assertSameAsGnuAs(a);
    }

    @Test
    void signInjectionPseudoFormsEncodeLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        List<Fp2> ops = List.of(a::fmv_s, a::fneg_s, a::fabs_s, a::fmv_d, a::fneg_d, a::fabs_d);
        for (Fp2 op : ops) {
            for (int i = 0; i < 32; i++) {
                op.emit(f(i), f((i + 7) % 32));
            }
        }
        assertSameAsGnuAs(a);
    }

    @Test
    void fusedMultiplyAddsEncodeLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        List<Fp4Rm> withRm = List.of(a::fmadd_s, a::fmsub_s, a::fnmsub_s, a::fnmadd_s, a::fmadd_d, a::fmsub_d, a::fnmsub_d, a::fnmadd_d);
        List<Fp4> defaultRm = List.of(a::fmadd_s, a::fmsub_s, a::fnmsub_s, a::fnmadd_s, a::fmadd_d, a::fmsub_d, a::fnmsub_d, a::fnmadd_d);
        for (int i = 0; i < 32; i++) {
            for (Fp4Rm op : withRm) {
                op.emit(f(i), f((i + 1) % 32), f((i + 10) % 32), f((i + 23) % 32), MODES[i % MODES.length]);
            }
            for (Fp4 op : defaultRm) {
                op.emit(f(i), f((i + 2) % 32), f((i + 11) % 32), f((i + 24) % 32));
            }
        }
        assertSameAsGnuAs(a);
    }

    @Test
    void comparisonsClassificationAndMovesEncodeLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        List<Compare> compares = List.of(a::feq_s, a::flt_s, a::fle_s, a::feq_d, a::flt_d, a::fle_d);
        for (int i = 0; i < 32; i++) {
            for (Compare op : compares) {
                op.emit(x(i), f((i + 3) % 32), f((i + 14) % 32));
            }
            a.fclass_s(x(i), f((i + 1) % 32));
            a.fclass_d(x(i), f((i + 2) % 32));
            a.fmv_x_w(x(i), f((i + 3) % 32));
            a.fmv_x_d(x(i), f((i + 4) % 32));
            a.fmv_w_x(f(i), x((i + 5) % 32));
            a.fmv_d_x(f(i), x((i + 6) % 32));
        }
        assertSameAsGnuAs(a);
    }

    @Test
    void conversionsInBothDirectionsWithEveryRoundingModeEncodeLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        List<ToInt> toInt = List.of(a::fcvt_w_s, a::fcvt_wu_s, a::fcvt_l_s, a::fcvt_lu_s, a::fcvt_w_d, a::fcvt_wu_d, a::fcvt_l_d, a::fcvt_lu_d);
        List<FromInt> fromInt = List.of(a::fcvt_s_w, a::fcvt_s_wu, a::fcvt_s_l, a::fcvt_s_lu, a::fcvt_d_l, a::fcvt_d_lu);
        for (int i = 0; i < 32; i++) {
            RoundingMode rm = MODES[i % MODES.length];
            for (ToInt op : toInt) {
                op.emit(x(i), f((i + 9) % 32), rm);
            }
            for (FromInt op : fromInt) {
                op.emit(f(i), x((i + 9) % 32), rm);
            }
            a.fcvt_d_w(f(i), x((i + 1) % 32));
            a.fcvt_d_wu(f(i), x((i + 2) % 32));
            a.fcvt_s_d(f(i), f((i + 3) % 32), rm);
            a.fcvt_d_s(f(i), f((i + 4) % 32));
        }
        assertSameAsGnuAs(a);
    }

    @Test
    void javaFloatToIntTruncatesWithRtz() {
        MacroAssembler a = new MacroAssembler();
        a.fcvt_w_d(Register.A0, FloatRegister.FA0, RoundingMode.RTZ);
        assertEquals(0xC205_1553, a.code().read32(0), "fcvt.w.d a0, fa0, rtz");
    }

    @Test
    void floatLoadsAndStoresEncodeLikeGnuAs() {
        MacroAssembler a = listingAssembler();
        int[] offsets = IntegerEncodingTest.imm12Values();
        List<FpMemory> ops = List.of(a::flw, a::fld, a::fsw, a::fsd);
        for (FpMemory op : ops) {
            for (int i = 0; i < 32; i++) {
                op.emit(f(i), x((i + 13) % 32), offsets[i % offsets.length]);
            }
        }
        assertSameAsGnuAs(a);
    }
}
