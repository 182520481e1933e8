package org.eremite.bench;

import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.jit.x86_64.asm.FloatRegister;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.jit.x86_64.asm.Register;
import org.eremite.vm.asm.Label;

/**
 * The x86_64 assembler benchmark's instruction stream: per 16 instructions, about what a baseline
 * compiler emits for straight-line Java code: frame loads and field stores, ALU with registers and
 * immediates, compares with a forward conditional branch and a backward loop branch, scalar double
 * arithmetic, an extending load, a shift, a multiply, an address computation, and now and then a
 * 64-bit constant. Listing off, so this measures encoding alone.
 */
public final class X86_64AssemblerWorkload implements AssemblerWorkload {
    /** Allocatable registers: everything but the stack and frame pointers. */
    private static final Register[] GPRS = {
        Register.RAX, Register.RCX, Register.RDX, Register.RBX, Register.RSI, Register.RDI, Register.R8,
        Register.R9, Register.R10, Register.R11, Register.R12, Register.R13, Register.R14, Register.R15,
    };
    private static final FloatRegister[] XMMS = FloatRegister.values();
    private static final Condition[] CONDITIONS = Condition.values();

    @Override
    public String isa() {
        return "x86_64";
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
            FloatRegister x = XMMS[i & 15];
            FloatRegister y = XMMS[(i * 5 + 1) & 15];
            switch (i & 15) {
                case 0:
                    a.movq(d, Address.of(Register.RBP, -8 * (1 + (i >> 4 & 31))));
                    break;
                case 1:
                    a.addq(d, s);
                    break;
                case 2:
                    a.movl(Address.of(s, 16 + (i & 0x3F8)), d);
                    break;
                case 3:
                    a.cmpl(d, i & 0xFFF);
                    break;
                case 4:
                    if (forward == null) {
                        forward = new Label();
                        a.jcc(CONDITIONS[i >> 4 & 15], forward);
                    } else {
                        a.subl(d, 1);
                    }
                    break;
                case 5:
                    a.movzxbl(d, Address.of(s, i & 0x7F));
                    break;
                case 6:
                    a.movsd(x, Address.of(Register.RDI, 8 * (i >> 4 & 15)));
                    break;
                case 7:
                    a.mulsd(x, y);
                    break;
                case 8:
                    a.addsd(y, x);
                    break;
                case 9:
                    a.cvtsi2sdl(x, d);
                    break;
                case 10:
                    a.movsd(Address.of(Register.RSP, 8 * (i >> 4 & 7)), x);
                    break;
                case 11:
                    if ((i & 63) == 11) {
                        a.load64(d, 0x0123_4567_89AB_CDEFL * (i | 1));
                    } else {
                        a.leaq(d, Address.of(s, d, Address.Scale.TIMES_8, 24));
                    }
                    break;
                case 12:
                    if (forward != null) {
                        a.bind(forward);
                        forward = null;
                    }
                    a.xorl(d, s);
                    break;
                case 13:
                    a.shlq(d, i & 63);
                    break;
                case 14:
                    a.imull(d, s);
                    break;
                default:
                    a.jcc(Condition.NE, loopHead);
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
