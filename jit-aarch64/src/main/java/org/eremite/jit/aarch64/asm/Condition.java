package org.eremite.jit.aarch64.asm;

/** Condition codes of {@code b.cond}, {@code csel}, {@code ccmp} and friends (ARM ARM C1.2.4). */
public enum Condition {
    EQ, NE, HS, LO, MI, PL, VS, VC, HI, LS, GE, LT, GT, LE, AL, NV;

    /** Carry set: unsigned higher or same. */
    public static final Condition CS = HS;
    /** Carry clear: unsigned lower. */
    public static final Condition CC = LO;

    public int encoding() {
        return ordinal();
    }

    /** The opposite condition (flipping bit 0); AL and NV have none. */
    public Condition negate() {
        if (this == AL || this == NV) {
            throw new IllegalArgumentException("condition " + this + " has no negation");
        }
        return values()[ordinal() ^ 1];
    }

    public String asmName() {
        return name().toLowerCase();
    }
}
