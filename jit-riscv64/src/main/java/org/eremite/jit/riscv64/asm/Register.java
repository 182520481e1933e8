package org.eremite.jit.riscv64.asm;

/**
 * The 32 integer registers x0..x31, named by their LP64 ABI names (unprivileged spec chapter 25,
 * "RISC-V Assembly Programmer's Handbook", table 25.1). The listing prints the ABI name.
 */
public enum Register {
    ZERO, RA, SP, GP, TP, T0, T1, T2,
    S0, S1, A0, A1, A2, A3, A4, A5,
    A6, A7, S2, S3, S4, S5, S6, S7,
    S8, S9, S10, S11, T3, T4, T5, T6;

    /** The frame pointer of the ABI: an alias of {@link #S0}. */
    public static final Register FP = S0;

    private static final Register[] BY_NUMBER = values();

    private final String abiName = name().toLowerCase(java.util.Locale.ROOT);

    /** The register's number, 0..31: the value of its field in an instruction. */
    public int number() {
        return ordinal();
    }

    /** The register {@code x<number>}. */
    public static Register x(int number) {
        if (number < 0 || number >= BY_NUMBER.length) {
            throw new IllegalArgumentException("register: x" + number + " does not exist (x0..x31)");
        }
        return BY_NUMBER[number];
    }

    public String abiName() {
        return abiName;
    }

    @Override
    public String toString() {
        return abiName;
    }
}
