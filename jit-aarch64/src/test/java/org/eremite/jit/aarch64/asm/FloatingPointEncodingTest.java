package org.eremite.jit.aarch64.asm;

import static org.eremite.jit.aarch64.asm.Jasm.SIZES;
import static org.eremite.jit.aarch64.asm.Jasm.check;
import static org.eremite.jit.aarch64.asm.Jasm.listed;
import static org.eremite.jit.aarch64.asm.Jasm.v;
import static org.eremite.jit.aarch64.asm.Jasm.zr;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Scalar floating point against GNU as. */
class FloatingPointEncodingTest {
    @Test
    void arithmeticCompareSelectAndFusedFormsMatchGnuAs() {
        Assembler asm = listed();
        for (int size : SIZES) {
            for (int i = 0; i < 32; i++) {
                FloatRegister d = v(i);
                FloatRegister n = v(i + 7);
                FloatRegister m = v(i + 19);
                asm.fadd(size, d, n, m);
                asm.fsub(size, d, n, m);
                asm.fmul(size, d, n, m);
                asm.fdiv(size, d, n, m);
                asm.fnmul(size, d, n, m);
                asm.fmax(size, d, n, m);
                asm.fmin(size, d, n, m);
                asm.fmaxnm(size, d, n, m);
                asm.fminnm(size, d, n, m);
                asm.fmov(size, d, n);
                asm.fabs(size, d, n);
                asm.fneg(size, d, n);
                asm.fsqrt(size, d, n);
                asm.frintn(size, d, n);
                asm.frintp(size, d, n);
                asm.frintm(size, d, n);
                asm.frintz(size, d, n);
                asm.frinta(size, d, n);
                asm.fcmp(size, d, n);
                asm.fcmp(size, d);
                asm.fcmpe(size, d, m);
                asm.fcmpe(size, m);
                asm.fcsel(size, d, n, m, Condition.values()[i % 16]);
                asm.fmadd(size, d, n, m, v(i + 1));
                asm.fmsub(size, d, n, m, v(i + 2));
                asm.fnmadd(size, d, n, m, v(i + 3));
                asm.fnmsub(size, d, n, m, v(i + 4));
            }
        }
        check(asm);
    }

    @Test
    void conversionsAndMovesBetweenRegisterFilesMatchGnuAs() {
        Assembler asm = listed();
        for (int i = 0; i < 32; i++) {
            asm.fcvt(64, 32, v(i), v(i + 1));
            asm.fcvt(32, 64, v(i + 1), v(i));
            for (int fpSize : SIZES) {
                for (int intSize : SIZES) {
                    asm.scvtf(fpSize, intSize, v(i), zr(i + 3));
                    asm.ucvtf(fpSize, intSize, v(i), zr(i + 3));
                    asm.fcvtzs(intSize, fpSize, zr(i), v(i + 3));
                    asm.fcvtzu(intSize, fpSize, zr(i), v(i + 3));
                    asm.fcvtns(intSize, fpSize, zr(i), v(i + 3));
                    asm.fcvtas(intSize, fpSize, zr(i), v(i + 3));
                    asm.fcvtms(intSize, fpSize, zr(i), v(i + 3));
                    asm.fcvtps(intSize, fpSize, zr(i), v(i + 3));
                }
                asm.fmov(fpSize, zr(i), v(i + 5));
                asm.fmov(fpSize, v(i + 5), zr(i));
            }
        }
        check(asm);
    }

    /** VFPExpandImm (ARM ARM J1): the value of an 8-bit FP immediate. */
    static double expand(int imm8) {
        int sign = imm8 >> 7 & 1;
        int b = imm8 >> 6 & 1;
        int cd = imm8 >> 4 & 3;
        int exponent = b == 0 ? 1 + cd : cd - 3;
        double value = Math.scalb(1 + (imm8 & 15) / 16.0, exponent);
        return sign == 1 ? -value : value;
    }

    @Test
    void allTwoHundredFiftySixFpImmediatesMatchGnuAs() {
        Assembler asm = listed();
        for (int imm8 = 0; imm8 < 256; imm8++) {
            double value = expand(imm8);
            assertEquals(imm8, Assembler.fpImmediate(value), "imm8 of " + value);
            asm.fmov(64, v(imm8), value);
            asm.fmov(32, v(imm8 + 1), value);
        }
        check(asm);
    }
}
