package org.eremite.vm.compiler.baseline;

/**
 * Locals, constants and the operand-stack instructions (JVMS 6.5: the loads and stores, {@code iinc}, the
 * constants and {@code ldc}, {@code pop} .. {@code swap}). Every emitter works at the stack depth of
 * {@link MethodCompilation#depth()}.
 */
public interface LocalTemplates {
    /** {@code aconst_null}. */
    void aconstNull();

    /** {@code iconst_<i>}, {@code bipush}, {@code sipush}, {@code ldc} of an int. */
    void iconst(int value);

    /** {@code lconst_<l>}, {@code ldc2_w} of a long. */
    void lconst(long value);

    /** {@code fconst_<f>}, {@code ldc} of a float: the exact bits ({@code Float.floatToRawIntBits}). */
    void fconst(int bits);

    /** {@code dconst_<d>}, {@code ldc2_w} of a double: the exact bits. */
    void dconst(long bits);

    /** {@code ldc} of a String: pushes the address of the literal's object. */
    void ldcString(String symbol);

    /** {@code ldc} of a Class: pushes the address of the Class object. */
    void ldcClass(String symbol);

    /** {@code ldc} of a Class the image has no object for: a call of {@link RuntimeEntry#LOAD_CLASS_LITERAL}. */
    void ldcClassAtRunTime(String nameLiteralSymbol);

    void iload(int local);

    void lload(int local);

    void fload(int local);

    void dload(int local);

    void aload(int local);

    void istore(int local);

    void lstore(int local);

    void fstore(int local);

    void dstore(int local);

    /** {@code astore}, which may also store a {@code jsr} return address. */
    void astore(int local);

    void iinc(int local, int increment);

    void pop();

    void pop2();

    void dup();

    void dupX1();

    void dupX2();

    void dup2();

    void dup2X1();

    void dup2X2();

    void swap();
}
