package org.eremite.jit.x86_64.asm;

import org.eremite.vm.asm.Label;

/**
 * Instruction sequences a compiler and the boot stub need, built only from {@link Assembler} methods
 * (so the listing shows the real instructions).
 */
public class MacroAssembler extends Assembler {
    public MacroAssembler() {
    }

    // ================================================================ constants

    /**
     * dst = value in the fewest bytes: {@code xor r32, r32} for 0 (2-3 bytes, clobbers the flags),
     * {@code mov r32, imm32} for values that zero-extend from 32 bits (5-6), {@code mov r64, imm32}
     * for values that sign-extend from 32 bits (7), else {@code movabs} (10).
     */
    public final void load64(Register dst, long value) {
        if (value == 0) {
            xorl(dst, dst);
        } else {
            load64KeepingFlags(dst, value);
        }
    }

    /** As {@link #load64}, but never touches the flags (zero takes {@code mov r32, 0}). */
    public final void load64KeepingFlags(Register dst, long value) {
        if (value >>> 32 == 0) {
            movl(dst, (int) value);
        } else if (value == (int) value) {
            movq(dst, (int) value);
        } else {
            movabs(dst, value);
        }
    }

    /** dst = value zero-extended to 64 bits: {@code xor} for 0 (clobbers the flags), else {@code mov r32, imm32}. */
    public final void load32(Register dst, int value) {
        if (value == 0) {
            xorl(dst, dst);
        } else {
            movl(dst, value);
        }
    }

    // ================================================================ addresses

    /** dst = the address of {@code label} ({@code lea dst, [rip+label]}). */
    public final void loadAddress(Register dst, Label label) {
        leaq(dst, Address.rip(label));
    }

    /** dst = the address of {@code symbol}, within ±2 GB of the code ({@code lea}, R_X86_64_PC32). */
    public final void loadAddress(Register dst, String symbol) {
        leaq(dst, Address.rip(symbol));
    }

    /** dst = the address of {@code symbol}, anywhere ({@code movabs}, R_X86_64_64). */
    public final void loadAbsoluteAddress(Register dst, String symbol) {
        movabs(dst, symbol, 0);
    }

    // ================================================================ far calls and jumps

    /**
     * Calls {@code symbol} wherever it is: {@code movabs scratch, symbol; call scratch} (13 bytes).
     * For targets within ±2 GB, {@link #call(String)} is 5 bytes.
     */
    public final void callFar(String symbol, Register scratch) {
        movabs(scratch, symbol, 0);
        call(scratch);
    }

    /** Jumps to {@code symbol} wherever it is, through {@code scratch}. */
    public final void jumpFar(String symbol, Register scratch) {
        movabs(scratch, symbol, 0);
        jmp(scratch);
    }

    /** Jumps to {@code target}, short when it is bound and near (labels in one buffer are always in rel32 reach). */
    public final void jump(Label target) {
        jmp(target);
    }

    // ================================================================ compare and branch

    /** Jumps to {@code target} if {@code a cc b} (64-bit compare). */
    public final void cmpqAndJcc(Condition cc, Register a, Register b, Label target) {
        cmpq(a, b);
        jcc(cc, target);
    }

    /**
     * Jumps to {@code target} if {@code a cc imm} (64-bit compare). A compare with 0 becomes
     * {@code test a, a}, which is shorter and sets the same ZF, SF, PF, CF=0, OF=0.
     */
    public final void cmpqAndJcc(Condition cc, Register a, int imm, Label target) {
        if (imm == 0) {
            testq(a, a);
        } else {
            cmpq(a, imm);
        }
        jcc(cc, target);
    }

    public final void cmpqAndJcc(Condition cc, Register a, Address b, Label target) {
        cmpq(a, b);
        jcc(cc, target);
    }

    /** Jumps to {@code target} if {@code a cc b} (32-bit compare). */
    public final void cmplAndJcc(Condition cc, Register a, Register b, Label target) {
        cmpl(a, b);
        jcc(cc, target);
    }

    public final void cmplAndJcc(Condition cc, Register a, int imm, Label target) {
        if (imm == 0) {
            testl(a, a);
        } else {
            cmpl(a, imm);
        }
        jcc(cc, target);
    }

    public final void cmplAndJcc(Condition cc, Register a, Address b, Label target) {
        cmpl(a, b);
        jcc(cc, target);
    }

    /** Jumps to {@code target} if {@code (a & mask) cc 0} ({@link Condition#E}: all clear, {@link Condition#NE}: any set). */
    public final void testqAndJcc(Condition cc, Register a, int mask, Label target) {
        testq(a, mask);
        jcc(cc, target);
    }

    // ================================================================ frames

    /** push rbp; mov rbp, rsp; sub rsp, frameBytes: the SysV frame with a frame pointer. */
    public final void enterFrame(int frameBytes) {
        push(Register.RBP);
        movq(Register.RBP, Register.RSP);
        if (frameBytes != 0) {
            subq(Register.RSP, frameBytes);
        }
    }

    /** leave; ret. */
    public final void leaveFrame() {
        leave();
        ret();
    }
}
