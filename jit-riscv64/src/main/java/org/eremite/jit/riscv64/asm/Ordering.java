package org.eremite.jit.riscv64.asm;

/**
 * The {@code aq} and {@code rl} bits of an atomic memory operation (unprivileged spec section 8.2):
 * acquire orders the AMO before later accesses, release orders earlier accesses before it, both make it
 * sequentially consistent. The listing appends the suffix to the mnemonic ({@code amoadd.w.aqrl}).
 */
public enum Ordering {
    NONE(0, ""),
    AQ(2, ".aq"),
    RL(1, ".rl"),
    AQRL(3, ".aqrl");

    private final int bits;
    private final String suffix;

    Ordering(int bits, String suffix) {
        this.bits = bits;
        this.suffix = suffix;
    }

    /** The {@code aq} (bit 1) and {@code rl} (bit 0) bits, as they sit in instruction bits 26 and 25. */
    public int bits() {
        return bits;
    }

    /** The mnemonic suffix GNU as uses. */
    public String suffix() {
        return suffix;
    }
}
