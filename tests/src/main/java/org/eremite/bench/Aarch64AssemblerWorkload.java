package org.eremite.bench;

import org.eremite.jit.aarch64.asm.Address;
import org.eremite.jit.aarch64.asm.Condition;
import org.eremite.jit.aarch64.asm.ExtendType;
import org.eremite.jit.aarch64.asm.FloatRegister;
import org.eremite.jit.aarch64.asm.MacroAssembler;
import org.eremite.jit.aarch64.asm.Register;
import org.eremite.jit.aarch64.asm.ShiftType;
import org.eremite.vm.asm.Label;

/**
 * The aarch64 assembler workload: a stream shaped like baseline-compiled Java (frame accesses off sp,
 * field loads and stores, array indexing with sxtw, int and long ALU, compares with conditional branches
 * to nearby labels, some FP, a constant load now and then), emitted with the listing off.
 */
public final class Aarch64AssemblerWorkload implements AssemblerWorkload {
    private static final Register[] REGS = {
        Register.R0, Register.R1, Register.R2, Register.R3, Register.R4, Register.R5, Register.R6, Register.R7,
        Register.R8, Register.R9, Register.R10, Register.R11, Register.R12, Register.R13, Register.R19, Register.R20,
    };
    private static final FloatRegister[] FREGS = {
        FloatRegister.V0, FloatRegister.V1, FloatRegister.V2, FloatRegister.V3,
        FloatRegister.V4, FloatRegister.V5, FloatRegister.V6, FloatRegister.V7,
    };
    private static final long[] CONSTANTS = {
        0x7FFF_FFFFL, 0x1234_5678L, -1L, 0xFFFF_0000_0000L, 0x0000_8000_4000_2000L, 0x0123_4567_89AB_CDEFL,
    };

    @Override
    public String isa() {
        return "aarch64";
    }

    @Override
    public int emit(int instructions) {
        MacroAssembler asm = new MacroAssembler();
        Label previous = new Label();
        Label next = new Label();
        asm.bind(previous);
        int i = 0;
        while (asm.position() / 4 < instructions) {
            int remaining = instructions - asm.position() / 4;
            Register a = REGS[i & 15];
            Register b = REGS[(i + 5) & 15];
            Register c = REGS[(i + 11) & 15];
            int size = (i & 1) == 0 ? 32 : 64;
            switch (i % 24) {
                case 0: asm.ldr(64, a, Address.offset(Register.SP, 8 * (i & 31))); break;
                case 1: asm.add(size, a, b, c); break;
                case 2: asm.ldr(32, b, Address.offset(a, 12 + 4 * (i & 7))); break;
                case 3: asm.sub(size, c, a, (i & 255) + 1); break;
                case 4: asm.cmp(size, a, b); break;
                case 5: asm.b(Condition.values()[i % 14], (i & 2) == 0 ? next : previous); break;
                case 6: asm.ldr(32, c, Address.index(a, b, ExtendType.SXTW, 2)); break;
                case 7: asm.mul(size, a, b, c); break;
                case 8: asm.str(64, a, Address.offset(Register.SP, 16 + 8 * (i & 15))); break;
                case 9: asm.and(size, b, c, 0xFF); break;
                case 10: asm.lsl(size, a, b, i & 15); break;
                case 11:
                    if (remaining >= 4) {
                        asm.mov(64, a, CONSTANTS[(i / 24) % CONSTANTS.length]);
                    } else {
                        asm.movz(64, a, i & 0xFFFF, 0);
                    }
                    break;
                case 12: asm.cbz(size, b, next); break;
                case 13: asm.fadd(64, FREGS[i & 7], FREGS[(i + 1) & 7], FREGS[(i + 2) & 7]); break;
                case 14: asm.ldr(64, FREGS[i & 7], Address.offset(a, 24)); break;
                case 15: asm.fmul(64, FREGS[(i + 3) & 7], FREGS[i & 7], FREGS[(i + 4) & 7]); break;
                case 16: asm.add(64, a, b, c, ShiftType.LSL, 3); break;
                case 17: asm.str(32, b, Address.offset(c, 8)); break;
                case 18: asm.csel(size, a, b, c, Condition.LT); break;
                case 19: asm.scvtf(64, 32, FREGS[i & 7], a); break;
                case 20: asm.sdiv(size, a, b, c); break;
                case 21: asm.str(64, FREGS[i & 7], Address.offset(Register.SP, 32)); break;
                case 22: asm.bl(previous); break;
                default:
                    asm.bind(next);
                    previous = next;
                    next = new Label();
                    asm.eor(size, a, b, c);
                    break;
            }
            i++;
        }
        asm.bind(next);
        return asm.finish().length;
    }
}
