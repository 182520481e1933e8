package org.eremite.jit.aarch64.asm;

/**
 * The general-purpose registers. One constant stands for both the 64-bit ({@code x}) and the 32-bit
 * ({@code w}) view; the instruction's size argument picks the view.
 *
 * <p>{@link #SP} and {@link #ZR} are distinct constants although both encode as 31: which one an
 * encoding means depends on the form (ARM ARM C1.2.5), so each form checks that it got the right one.
 */
public enum Register {
    R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15,
    R16, R17, R18, R19, R20, R21, R22, R23, R24, R25, R26, R27, R28, R29, R30,
    /** The stack pointer ({@code sp}/{@code wsp}). */
    SP,
    /** The zero register ({@code xzr}/{@code wzr}). */
    ZR;

    /** The frame pointer of AAPCS64. */
    public static final Register FP = R29;
    /** The link register. */
    public static final Register LR = R30;
    /** The intra-procedure-call scratch registers of AAPCS64, which the MacroAssembler uses. */
    public static final Register IP0 = R16;
    public static final Register IP1 = R17;

    private static final Register[] BY_NUMBER = values();

    /** The 5-bit register field value. */
    public int encoding() {
        return this == SP || this == ZR ? 31 : ordinal();
    }

    /** The register {@code r<n>} for {@code n} in [0, 30]. */
    public static Register r(int n) {
        if (n < 0 || n > 30) {
            throw new IllegalArgumentException("register number " + n + " is out of range [0, 30]");
        }
        return BY_NUMBER[n];
    }

    /** The GNU as name of the {@code size}-bit view: {@code x3}, {@code w3}, {@code sp}, {@code wsp}, {@code xzr}, {@code wzr}. */
    public String asmName(int size) {
        boolean x = size == 64;
        if (this == SP) {
            return x ? "sp" : "wsp";
        }
        if (this == ZR) {
            return x ? "xzr" : "wzr";
        }
        return (x ? "x" : "w") + ordinal();
    }
}
