package org.eremite.jit.riscv64.asm;

/**
 * The predecessor and successor sets of a {@code fence} (unprivileged spec section 2.7): a bit mask of
 * device input ({@link #I}), device output ({@link #O}), memory reads ({@link #R}) and memory writes
 * ({@link #W}), as they sit in the instruction's {@code pred} and {@code succ} fields.
 */
public final class Fence {
    public static final int I = 0b1000;
    public static final int O = 0b0100;
    public static final int R = 0b0010;
    public static final int W = 0b0001;
    public static final int RW = R | W;
    public static final int IORW = I | O | R | W;

    private Fence() {
    }

    /** The set as GNU as writes it ({@code iorw}, {@code rw}, {@code w}...). */
    public static String toString(int set) {
        StringBuilder s = new StringBuilder(4);
        if ((set & I) != 0) {
            s.append('i');
        }
        if ((set & O) != 0) {
            s.append('o');
        }
        if ((set & R) != 0) {
            s.append('r');
        }
        if ((set & W) != 0) {
            s.append('w');
        }
        return s.toString();
    }
}
