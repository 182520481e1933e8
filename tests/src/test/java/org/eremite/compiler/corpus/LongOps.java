package org.eremite.compiler.corpus;

/** Every long arithmetic, shift, logic and comparison bytecode. */
public final class LongOps {
    private LongOps() {
    }

    static long add(long a, long b) { return a + b; }
    static long sub(long a, long b) { return a - b; }
    static long mul(long a, long b) { return a * b; }
    static long div(long a, long b) { return a / b; }
    static long rem(long a, long b) { return a % b; }
    static long neg(long a) { return -a; }
    static long shl(long a, int b) { return a << b; }
    static long shr(long a, int b) { return a >> b; }
    static long ushr(long a, int b) { return a >>> b; }
    static long and(long a, long b) { return a & b; }
    static long or(long a, long b) { return a | b; }
    static long xor(long a, long b) { return a ^ b; }

    /** lcmp followed by each of the six branches. */
    static int compareAll(long a, long b) {
        int r = 0;
        if (a == b) { r |= 1; }
        if (a != b) { r |= 2; }
        if (a < b) { r |= 4; }
        if (a >= b) { r |= 8; }
        if (a > b) { r |= 16; }
        if (a <= b) { r |= 32; }
        return r;
    }

    /** Long constants through lconst, ldc2_w and long locals. */
    static long constants(long a) {
        long x = a * 0x123456789ABCDEFL;
        long y = x + 1L;
        long z = y ^ -0x7FFFFFFFFFFFFFFFL;
        return z - 0L + (x >>> 60);
    }

    static long divideByConstants(long a) {
        return a / -1L + a % -1L + a / 7L + a % 1000000007L;
    }
}
