package org.eremite.jit.x86_64.baseline;

import static org.eremite.jit.x86_64.asm.FloatRegister.XMM0;
import static org.eremite.jit.x86_64.asm.FloatRegister.XMM1;
import static org.eremite.jit.x86_64.asm.Register.RAX;

import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.vm.asm.Label;
import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.MethodCompilation;

/**
 * The conversions. The CVTSI2SS/SD family rounds to nearest as JVMS 2.8.3 asks; the truncating CVTT family
 * returns the "integer indefinite" value (MIN_VALUE) for NaN and out-of-range inputs (SDM vol. 2, CVTTSS2SI), so
 * the template tests for it ({@code cmp r, 1} overflows exactly for MIN_VALUE) and fixes it up: NaN gives 0, a
 * positive input MAX_VALUE, a negative one keeps MIN_VALUE (JVMS 6.5 f2i). {@code l2i} needs no code: an int is
 * the low half of its slot.
 */
abstract class ConversionCode extends ArithmeticCode {
    ConversionCode(MethodCompilation method, CompilationContext context, boolean listing) {
        super(method, context, listing);
    }

    public final void i2l() {
        a.movsxd(RAX, top(0));
        a.movq(top(0), RAX);
    }

    public final void i2f() {
        a.movl(RAX, top(0));
        a.cvtsi2ssl(XMM0, RAX);
        a.movss(top(0), XMM0);
    }

    public final void i2d() {
        a.movl(RAX, top(0));
        a.cvtsi2sdl(XMM0, RAX);
        a.movsd(top(0), XMM0);
    }

    public final void l2i() {
        // The int result is the low 32 bits of the long's first slot, where it already is.
    }

    public final void l2f() {
        a.movq(RAX, top(1));
        a.cvtsi2ssq(XMM0, RAX);
        a.movss(top(1), XMM0);
    }

    public final void l2d() {
        a.movq(RAX, top(1));
        a.cvtsi2sdq(XMM0, RAX);
        a.movsd(top(1), XMM0);
    }

    public final void f2i() {
        a.movss(XMM0, top(0));
        a.cvttss2sil(RAX, XMM0);
        fixIndefinite(false, false);
        a.movl(top(0), RAX);
    }

    public final void f2l() {
        a.movss(XMM0, top(0));
        a.cvttss2siq(RAX, XMM0);
        fixIndefinite(true, false);
        a.movq(top(0), RAX);
    }

    public final void d2i() {
        a.movsd(XMM0, top(1));
        a.cvttsd2sil(RAX, XMM0);
        fixIndefinite(false, true);
        a.movl(top(1), RAX);
    }

    public final void d2l() {
        a.movsd(XMM0, top(1));
        a.cvttsd2siq(RAX, XMM0);
        fixIndefinite(true, true);
        a.movq(top(1), RAX);
    }

    /** rax holds CVTT's result for the value in xmm0: replaces the indefinite value by Java's answer. */
    private void fixIndefinite(boolean wide, boolean isDouble) {
        Label done = new Label();
        Label nan = new Label();
        if (wide) {
            a.cmpq(RAX, 1);
        } else {
            a.cmpl(RAX, 1);
        }
        a.jcc(Condition.NO, done); // only MIN_VALUE - 1 overflows
        if (isDouble) {
            a.ucomisd(XMM0, XMM0);
        } else {
            a.ucomiss(XMM0, XMM0);
        }
        a.jcc(Condition.P, nan);
        a.xorps(XMM1, XMM1);
        if (isDouble) {
            a.ucomisd(XMM0, XMM1);
        } else {
            a.ucomiss(XMM0, XMM1);
        }
        a.jcc(Condition.B, done); // too negative: MIN_VALUE is right
        if (wide) {
            a.notq(RAX); // ~MIN_VALUE == MAX_VALUE
        } else {
            a.notl(RAX);
        }
        a.jmp(done);
        a.bind(nan);
        a.xorl(RAX, RAX);
        a.bind(done);
    }

    public final void f2d() {
        a.cvtss2sd(XMM0, top(0));
        a.movsd(top(0), XMM0);
    }

    public final void d2f() {
        a.cvtsd2ss(XMM0, top(1));
        a.movss(top(1), XMM0);
    }

    public final void i2b() {
        narrow(top(0), 'B');
    }

    public final void i2c() {
        narrow(top(0), 'C');
    }

    public final void i2s() {
        narrow(top(0), 'S');
    }

    /** Narrows the int in {@code slot} to a byte, char or short and widens it back (sign or zero extension). */
    final void narrow(Address slot, char type) {
        switch (type) {
            case 'B':
                a.movsxbl(RAX, slot);
                break;
            case 'C':
                a.movzxwl(RAX, slot);
                break;
            default:
                a.movsxwl(RAX, slot);
                break;
        }
        a.movl(slot, RAX);
    }
}
