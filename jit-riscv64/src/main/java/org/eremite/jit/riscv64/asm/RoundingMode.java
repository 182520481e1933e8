package org.eremite.jit.riscv64.asm;

/**
 * The static rounding modes of the F and D extensions (unprivileged spec section 11.2, table 11.1),
 * encoded in an instruction's {@code rm} field. Java's arithmetic rounds to nearest even ({@link #RNE},
 * which is also what {@link #DYN} gives while {@code frm} holds its reset value 0); Java's float-to-int
 * conversions truncate ({@link #RTZ}).
 */
public enum RoundingMode {
    /** Round to nearest, ties to even. */
    RNE(0),
    /** Round towards zero. */
    RTZ(1),
    /** Round down (towards negative infinity). */
    RDN(2),
    /** Round up (towards positive infinity). */
    RUP(3),
    /** Round to nearest, ties to max magnitude. */
    RMM(4),
    /** The dynamic rounding mode held in the {@code frm} CSR; what GNU as assumes when none is written. */
    DYN(7);

    private final int encoding;
    private final String text = name().toLowerCase(java.util.Locale.ROOT);

    RoundingMode(int encoding) {
        this.encoding = encoding;
    }

    /** The value of the {@code rm} field. */
    public int encoding() {
        return encoding;
    }

    @Override
    public String toString() {
        return text;
    }
}
