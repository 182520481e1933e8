package org.eremite.bench;

import org.eremite.jit.riscv64.asm.Condition;
import org.eremite.jit.riscv64.asm.FloatRegister;
import org.eremite.jit.riscv64.asm.MacroAssembler;
import org.eremite.jit.riscv64.asm.Register;
import org.eremite.jit.riscv64.asm.RoundingMode;
import org.eremite.vm.asm.Label;

/**
 * The riscv64 assembler benchmark's instruction stream: per 16 instructions, about what a baseline
 * compiler emits for straight-line Java code: frame loads and field stores, ALU with registers and
 * immediates, a compare-and-branch forward and a backward loop branch, scalar double arithmetic, an
 * unsigned byte load, a shift, a 32-bit multiply, an int-to-double conversion, and now and then a 64-bit
 * constant (one call; up to 8 instructions). Listing off, so this measures encoding alone.
 */
public final class Riscv64AssemblerWorkload implements AssemblerWorkload {
    /** Allocatable registers: everything but zero, ra, sp, gp, tp and the frame pointer s0. */
    private static final Register[] GPRS = {
        Register.T0, Register.T1, Register.T2, Register.S1, Register.A0, Register.A1, Register.A2, Register.A3,
        Register.A4, Register.A5, Register.A6, Register.A7, Register.S2, Register.S3, Register.S4, Register.S5,
        Register.S6, Register.S7, Register.S8, Register.S9, Register.S10, Register.S11, Register.T3, Register.T4,
        Register.T5, Register.T6,
    };
    private static final FloatRegister[] FPRS = FloatRegister.values();
    private static final Condition[] CONDITIONS = Condition.values();

    @Override
    public String isa() {
        return "riscv64";
    }

    @Override
    public int emit(int instructions) {
        MacroAssembler a = new MacroAssembler();
        Label loopHead = new Label();
        a.bind(loopHead);
        Label forward = null;
        for (int i = 0; i < instructions; i++) {
            Register d = GPRS[i % GPRS.length];
            Register s = GPRS[(i * 7 + 3) % GPRS.length];
            FloatRegister x = FPRS[i & 31];
            FloatRegister y = FPRS[(i * 5 + 1) & 31];
            switch (i & 15) {
                case 0:
                    a.ld(d, Register.S0, -8 * (1 + (i >> 4 & 31)));
                    break;
                case 1:
                    a.add(d, d, s);
                    break;
                case 2:
                    a.sw(d, s, 16 + (i & 0x3F8));
                    break;
                case 3:
                    a.addiw(d, s, i & 0x7FF);
                    break;
                case 4:
                    if (forward == null) {
                        forward = new Label();
                        a.branch(CONDITIONS[i >> 4 & 7], d, s, forward);
                    } else {
                        a.addiw(d, d, -1);
                    }
                    break;
                case 5:
                    a.lbu(d, s, i & 0x7F);
                    break;
                case 6:
                    a.fld(x, Register.A0, 8 * (i >> 4 & 15));
                    break;
                case 7:
                    a.fmul_d(x, x, y);
                    break;
                case 8:
                    a.fadd_d(y, y, x);
                    break;
                case 9:
                    a.fcvt_d_w(x, d);
                    break;
                case 10:
                    a.fsd(x, Register.SP, 8 * (i >> 4 & 7));
                    break;
                case 11:
                    if ((i & 63) == 11) {
                        a.li(d, 0x0123_4567_89AB_CDEFL * (i | 1));
                    } else {
                        a.fcvt_w_d(d, x, RoundingMode.RTZ);
                    }
                    break;
                case 12:
                    if (forward != null) {
                        a.bind(forward);
                        forward = null;
                    }
                    a.xor(d, d, s);
                    break;
                case 13:
                    a.slli(d, s, i & 63);
                    break;
                case 14:
                    a.mulw(d, d, s);
                    break;
                default:
                    a.bne(d, Register.ZERO, loopHead);
                    loopHead = new Label();
                    a.bind(loopHead);
                    break;
            }
        }
        if (forward != null) {
            a.bind(forward);
        }
        return a.finish().length;
    }
}
