package org.eremite.vm.compiler.baseline;

/**
 * Integer and floating-point arithmetic, shifts and logic (JVMS 6.5 {@code iadd} .. {@code lxor}), with the
 * exact Java semantics: integer overflow wraps; division and remainder by zero throw ArithmeticException
 * ({@link RuntimeEntry#THROW_ARITHMETIC}), {@code MIN_VALUE / -1 == MIN_VALUE} and {@code MIN_VALUE % -1 == 0};
 * shift counts are masked to 5 or 6 bits; float and double arithmetic is IEEE 754 round-to-nearest in the
 * value's own format (JVMS 2.8), and {@code frem}/{@code drem} are the truncating remainder of C's fmod.
 */
public interface ArithmeticTemplates {
    void iadd();

    void isub();

    void imul();

    void idiv();

    void irem();

    void ineg();

    void ishl();

    void ishr();

    void iushr();

    void iand();

    void ior();

    void ixor();

    void ladd();

    void lsub();

    void lmul();

    void ldiv();

    void lrem();

    void lneg();

    void lshl();

    void lshr();

    void lushr();

    void land();

    void lor();

    void lxor();

    void fadd();

    void fsub();

    void fmul();

    void fdiv();

    void frem();

    void fneg();

    void dadd();

    void dsub();

    void dmul();

    void ddiv();

    void drem();

    void dneg();
}
