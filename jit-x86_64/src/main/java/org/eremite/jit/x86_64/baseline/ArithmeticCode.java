package org.eremite.jit.x86_64.baseline;

import static org.eremite.jit.x86_64.asm.FloatRegister.XMM0;
import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RCX;
import static org.eremite.jit.x86_64.asm.Register.RDX;

import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.vm.asm.Label;
import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.MethodCompilation;
import org.eremite.vm.compiler.baseline.RuntimeEntry;

/**
 * Integer and floating-point arithmetic. An int operation works on 32-bit registers (its slot's upper half is
 * undefined), a long on 64-bit ones; both wrap like two's complement Java arithmetic (JVMS 2.11.3). x86 shifts
 * mask their count to 5 or 6 bits exactly as JVMS 6.5 ishl/lshl ask. {@code idiv} faults on {@code MIN / -1}
 * (SDM vol. 2, IDIV: #DE when the quotient does not fit), so the divisor is tested for 0 and -1 first.
 */
abstract class ArithmeticCode extends LocalCode {
    /** C2, bit 10 of the x87 status word: FPREM's reduction is incomplete (SDM vol. 1, 8.1.3.2). */
    private static final int X87_STATUS_C2 = 0x400;

    ArithmeticCode(MethodCompilation method, CompilationContext context, boolean listing) {
        super(method, context, listing);
    }

    private enum IntOp { ADD, SUB, MUL, AND, OR, XOR }

    // int operands: value1 at top(1), value2 at top(0); the result replaces value1.
    private void intOp(IntOp op) {
        a.movl(RAX, top(1));
        Address value2 = top(0);
        switch (op) {
            case ADD: a.addl(RAX, value2); break;
            case SUB: a.subl(RAX, value2); break;
            case MUL: a.imull(RAX, value2); break;
            case AND: a.andl(RAX, value2); break;
            case OR: a.orl(RAX, value2); break;
            default: a.xorl(RAX, value2); break;
        }
        a.movl(top(1), RAX);
    }

    // long operands: value1 at top(3), value2 at top(1); the result replaces value1.
    private void longOp(IntOp op) {
        a.movq(RAX, top(3));
        Address value2 = top(1);
        switch (op) {
            case ADD: a.addq(RAX, value2); break;
            case SUB: a.subq(RAX, value2); break;
            case MUL: a.imulq(RAX, value2); break;
            case AND: a.andq(RAX, value2); break;
            case OR: a.orq(RAX, value2); break;
            default: a.xorq(RAX, value2); break;
        }
        a.movq(top(3), RAX);
    }

    public final void iadd() { intOp(IntOp.ADD); }
    public final void isub() { intOp(IntOp.SUB); }
    public final void imul() { intOp(IntOp.MUL); }
    public final void iand() { intOp(IntOp.AND); }
    public final void ior() { intOp(IntOp.OR); }
    public final void ixor() { intOp(IntOp.XOR); }
    public final void ladd() { longOp(IntOp.ADD); }
    public final void lsub() { longOp(IntOp.SUB); }
    public final void lmul() { longOp(IntOp.MUL); }
    public final void land() { longOp(IntOp.AND); }
    public final void lor() { longOp(IntOp.OR); }
    public final void lxor() { longOp(IntOp.XOR); }

    public final void ineg() {
        a.negl(top(0));
    }

    public final void lneg() {
        a.negq(top(1));
    }

    public final void idiv() {
        intDivide(false);
    }

    public final void irem() {
        intDivide(true);
    }

    public final void ldiv() {
        longDivide(false);
    }

    public final void lrem() {
        longDivide(true);
    }

    /** JVMS 6.5 idiv/irem: / by zero throws; MIN / -1 is MIN and MIN % -1 is 0, where IDIV would fault. */
    private void intDivide(boolean remainder) {
        Label nonZero = new Label();
        Label normal = new Label();
        Label done = new Label();
        a.movl(RCX, top(0));
        a.movl(RAX, top(1));
        a.testl(RCX, RCX);
        checkOrThrow(Condition.NE, nonZero, RuntimeEntry.THROW_ARITHMETIC);
        a.cmpl(RCX, -1);
        a.jcc(Condition.NE, normal);
        if (remainder) {
            a.xorl(RDX, RDX);
        } else {
            a.negl(RAX); // x / -1 == -x, and -MIN wraps to MIN
        }
        a.jmp(done);
        a.bind(normal);
        a.cdq();
        a.idivl(RCX);
        a.bind(done);
        a.movl(top(1), remainder ? RDX : RAX);
    }

    private void longDivide(boolean remainder) {
        Label nonZero = new Label();
        Label normal = new Label();
        Label done = new Label();
        a.movq(RCX, top(1));
        a.movq(RAX, top(3));
        a.testq(RCX, RCX);
        checkOrThrow(Condition.NE, nonZero, RuntimeEntry.THROW_ARITHMETIC);
        a.cmpq(RCX, -1);
        a.jcc(Condition.NE, normal);
        if (remainder) {
            a.xorl(RDX, RDX);
        } else {
            a.negq(RAX);
        }
        a.jmp(done);
        a.bind(normal);
        a.cqo();
        a.idivq(RCX);
        a.bind(done);
        a.movq(top(3), remainder ? RDX : RAX);
    }

    private enum Shift { SHL, SAR, SHR }

    /** The count (an int) is on top; x86 masks it to 5 bits, as {@code & 0x1f} in JVMS 6.5 ishl. */
    private void intShift(Shift shift) {
        a.movl(RCX, top(0));
        a.movl(RAX, top(1));
        switch (shift) {
            case SHL: a.shll(RAX); break;
            case SAR: a.sarl(RAX); break;
            default: a.shrl(RAX); break;
        }
        a.movl(top(1), RAX);
    }

    /** The count is the int on top, the long below it; masked to 6 bits as {@code & 0x3f} in JVMS 6.5 lshl. */
    private void longShift(Shift shift) {
        a.movl(RCX, top(0));
        a.movq(RAX, top(2));
        switch (shift) {
            case SHL: a.shlq(RAX); break;
            case SAR: a.sarq(RAX); break;
            default: a.shrq(RAX); break;
        }
        a.movq(top(2), RAX);
    }

    public final void ishl() { intShift(Shift.SHL); }
    public final void ishr() { intShift(Shift.SAR); }
    public final void iushr() { intShift(Shift.SHR); }
    public final void lshl() { longShift(Shift.SHL); }
    public final void lshr() { longShift(Shift.SAR); }
    public final void lushr() { longShift(Shift.SHR); }

    private enum FloatOp { ADD, SUB, MUL, DIV }

    private void floatOp(FloatOp op) {
        a.movss(XMM0, top(1));
        Address value2 = top(0);
        switch (op) {
            case ADD: a.addss(XMM0, value2); break;
            case SUB: a.subss(XMM0, value2); break;
            case MUL: a.mulss(XMM0, value2); break;
            default: a.divss(XMM0, value2); break;
        }
        a.movss(top(1), XMM0);
    }

    private void doubleOp(FloatOp op) {
        a.movsd(XMM0, top(3));
        Address value2 = top(1);
        switch (op) {
            case ADD: a.addsd(XMM0, value2); break;
            case SUB: a.subsd(XMM0, value2); break;
            case MUL: a.mulsd(XMM0, value2); break;
            default: a.divsd(XMM0, value2); break;
        }
        a.movsd(top(3), XMM0);
    }

    public final void fadd() { floatOp(FloatOp.ADD); }
    public final void fsub() { floatOp(FloatOp.SUB); }
    public final void fmul() { floatOp(FloatOp.MUL); }
    public final void fdiv() { floatOp(FloatOp.DIV); }
    public final void dadd() { doubleOp(FloatOp.ADD); }
    public final void dsub() { doubleOp(FloatOp.SUB); }
    public final void dmul() { doubleOp(FloatOp.MUL); }
    public final void ddiv() { doubleOp(FloatOp.DIV); }

    /** JVMS 6.5 fneg: flips the sign bit, also of a NaN or a zero. */
    public final void fneg() {
        a.xorl(top(0), 0x8000_0000);
    }

    public final void dneg() {
        a.movabs(RAX, 0x8000_0000_0000_0000L);
        a.xorq(top(1), RAX);
    }

    /**
     * JVMS 6.5 frem: the truncating remainder, as C's fmod. FPREM reduces the exponent difference by at most 63
     * per step and sets C2 until the exact remainder is reached (SDM vol. 2, FPREM); NaN, an infinite dividend or
     * a zero divisor give NaN, an infinite divisor leaves the dividend, and the sign is the dividend's.
     */
    public final void frem() {
        a.flds(top(0));
        a.flds(top(1));
        fpremLoop();
        a.fstps(top(1));
        a.fstp(0);
    }

    public final void drem() {
        a.fldl(top(1));
        a.fldl(top(3));
        fpremLoop();
        a.fstpl(top(3));
        a.fstp(0);
    }

    private void fpremLoop() {
        Label again = new Label();
        a.bind(again);
        a.fprem();
        a.fnstswAx();
        a.testl(RAX, X87_STATUS_C2);
        a.jcc(Condition.NE, again);
    }
}
