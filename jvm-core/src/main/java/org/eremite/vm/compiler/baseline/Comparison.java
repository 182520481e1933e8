package org.eremite.vm.compiler.baseline;

/**
 * The condition of a conditional branch, in the order of {@code ifeq} .. {@code ifle} and {@code if_icmpeq} ..
 * {@code if_icmple} (JVMS 6.5): the branch is taken if {@code value1 <cond> value2} (or {@code value <cond> 0}),
 * signed.
 */
public enum Comparison {
    EQ, NE, LT, GE, GT, LE;

    private static final Comparison[] VALUES = values();

    /** The comparison of {@code ifeq} + n or {@code if_icmpeq} + n. */
    public static Comparison ofBranch(int n) {
        return VALUES[n];
    }
}
