package org.eremite.jit.x86_64.asm;

/**
 * The sixteen condition codes of {@code jcc}, {@code setcc} and {@code cmovcc}, in their encoding
 * order (SDM vol. 2, Appendix B.1.4.7, Table B-10). The constant's name is GNU as's suffix; the
 * common aliases are static fields.
 */
public enum Condition {
    /** Overflow (OF=1). */
    O,
    /** No overflow. */
    NO,
    /** Below, unsigned less (CF=1). */
    B,
    /** Above or equal, unsigned greater or equal (CF=0). */
    AE,
    /** Equal (ZF=1). */
    E,
    /** Not equal. */
    NE,
    /** Below or equal, unsigned (CF=1 or ZF=1). */
    BE,
    /** Above, unsigned greater. */
    A,
    /** Sign (SF=1). */
    S,
    /** No sign. */
    NS,
    /** Parity even (PF=1): after {@code ucomis*}, the operands were unordered (a NaN). */
    P,
    /** Parity odd. */
    NP,
    /** Less, signed (SF != OF). */
    L,
    /** Greater or equal, signed. */
    GE,
    /** Less or equal, signed. */
    LE,
    /** Greater, signed. */
    G;

    private static final Condition[] VALUES = values();

    private final String suffix = name().toLowerCase();

    public static final Condition ZERO = E;
    public static final Condition NOT_ZERO = NE;
    public static final Condition CARRY = B;
    public static final Condition NOT_CARRY = AE;

    /** The 4-bit code added to the base opcode (0x70, 0x0F80, 0x0F90, 0x0F40). */
    public int encoding() {
        return ordinal();
    }

    /** The condition that holds exactly when this one does not (the encodings differ in bit 0). */
    public Condition negate() {
        return VALUES[ordinal() ^ 1];
    }

    /** GNU as's suffix ({@code e}, {@code ne}, ...), as in {@code je} or {@code setne}. */
    public String suffix() {
        return suffix;
    }
}
