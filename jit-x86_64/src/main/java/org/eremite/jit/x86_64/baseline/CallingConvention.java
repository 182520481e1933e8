package org.eremite.jit.x86_64.baseline;

import org.eremite.jit.x86_64.asm.FloatRegister;
import org.eremite.jit.x86_64.asm.Register;
import org.eremite.vm.classfile.TypeKind;

/**
 * The SysV AMD64 calling convention (System V AMD64 psABI 3.2.3, "Parameter Passing") for Java arguments:
 * int, long and reference arguments take rdi, rsi, rdx, rcx, r8, r9 in order; float and double arguments
 * xmm0-xmm7; the rest go on the stack in order at increasing addresses (pushed right to left), 8 bytes each,
 * the first at [rsp] at the call, which is 16-byte aligned. Results come back in rax or xmm0. {@code this} is the
 * first argument.
 */
public final class CallingConvention {
    public static final Register[] INTEGER_ARGUMENTS = {Register.RDI, Register.RSI, Register.RDX, Register.RCX,
        Register.R8, Register.R9};
    public static final FloatRegister[] FLOAT_ARGUMENTS = {FloatRegister.XMM0, FloatRegister.XMM1,
        FloatRegister.XMM2, FloatRegister.XMM3, FloatRegister.XMM4, FloatRegister.XMM5, FloatRegister.XMM6,
        FloatRegister.XMM7};
    /** The offset from rbp of the first stack argument in the callee: above the saved rbp and the return address. */
    public static final int FIRST_STACK_ARGUMENT = 16;

    private final TypeKind[] kinds;
    private final Register[] integerRegisters;
    private final FloatRegister[] floatRegisters;
    private final int[] stackIndex;
    private final int stackArguments;

    /** The locations of arguments of the given computational kinds, in order. */
    public CallingConvention(TypeKind[] kinds) {
        this.kinds = kinds.clone();
        integerRegisters = new Register[kinds.length];
        floatRegisters = new FloatRegister[kinds.length];
        stackIndex = new int[kinds.length];
        int integers = 0;
        int floats = 0;
        int stack = 0;
        for (int i = 0; i < kinds.length; i++) {
            stackIndex[i] = -1;
            if (isFloat(kinds[i])) {
                if (floats < FLOAT_ARGUMENTS.length) {
                    floatRegisters[i] = FLOAT_ARGUMENTS[floats++];
                } else {
                    stackIndex[i] = stack++;
                }
            } else if (integers < INTEGER_ARGUMENTS.length) {
                integerRegisters[i] = INTEGER_ARGUMENTS[integers++];
            } else {
                stackIndex[i] = stack++;
            }
        }
        stackArguments = stack;
    }

    static boolean isFloat(TypeKind kind) {
        return kind == TypeKind.FLOAT || kind == TypeKind.DOUBLE;
    }

    public int count() {
        return kinds.length;
    }

    public TypeKind kind(int argument) {
        return kinds[argument];
    }

    /** The integer register of argument {@code argument}, or null. */
    public Register integerRegister(int argument) {
        return integerRegisters[argument];
    }

    /** The SSE register of argument {@code argument}, or null. */
    public FloatRegister floatRegister(int argument) {
        return floatRegisters[argument];
    }

    /** The index among the stack arguments (its address is {@code rsp + 8 * index} at the call), or -1. */
    public int stackIndex(int argument) {
        return stackIndex[argument];
    }

    public int stackArgumentCount() {
        return stackArguments;
    }

    /** The bytes a caller reserves below rsp for the stack arguments, a multiple of 16 to keep the alignment. */
    public int stackArea() {
        return (stackArguments * 8 + 15) & -16;
    }
}
