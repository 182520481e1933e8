package org.eremite.classlib.math;

/**
 * IEEE 754 remainder, fdlibm's {@code e_remainder.c}: {@code x - n*p} with n the integer nearest {@code x/p} (ties
 * to even). As fdlibm does, it first takes {@code fmod(x, 2p)} so that |x| < 2|p|, then subtracts |p| at most twice.
 * The remainder is exact, so fdlibm's {@code e_fmod.c} (a shift-and-subtract over the two words) is replaced here
 * by the same exact computation on 53-bit integer significands; only the special cases and signs follow fdlibm's
 * code.
 */
final class Remainder {
    private static final long FRACTION_MASK = (1L << 52) - 1;
    private static final long HIDDEN_BIT = 1L << 52;
    /** The exponent of the last significand bit of a subnormal (and of the smallest normals). */
    private static final int MIN_EXPONENT = -1074;
    /** How many bits the long remainder below (< 2^53) can be shifted before {@code %}: 2^53 * 2^10 < 2^63. */
    private static final int SHIFT_STEP = 10;

    private Remainder() {
    }

    static double ieeeRemainder(double x, double p) {
        int hx = DoubleWords.high(x);
        int lx = DoubleWords.low(x);
        int hp = DoubleWords.high(p);
        int lp = DoubleWords.low(p);
        int sx = hx & DoubleWords.SIGN;
        hp &= 0x7fffffff;
        hx &= 0x7fffffff;

        if ((hp | lp) == 0) {
            return (x * p) / (x * p); // p = 0
        }
        if (hx >= DoubleWords.EXPONENT_ALL_ONES
                || (hp >= DoubleWords.EXPONENT_ALL_ONES && ((hp - DoubleWords.EXPONENT_ALL_ONES) | lp) != 0)) {
            return (x * p) / (x * p); // x not finite, or p NaN
        }
        double r = x;
        if (hp <= 0x7fdfffff) {
            r = fmod(r, p + p); // 2p is finite
        }
        if (((hx - hp) | (lx - lp)) == 0) {
            return 0.0 * r; // |x| = |p|
        }
        r = DoubleWords.abs(r);
        double ap = DoubleWords.abs(p);
        if (hp < 0x00200000) {
            // p is so small that p/2 would lose its last bit: compare 2r with p instead
            if (r + r > ap) {
                r -= ap;
                if (r + r >= ap) {
                    r -= ap;
                }
            }
        } else {
            double halfP = 0.5 * ap;
            if (r > halfP) {
                r -= ap;
                if (r >= halfP) {
                    r -= ap;
                }
            }
        }
        return DoubleWords.withHigh(r, DoubleWords.high(r) ^ sx);
    }

    /**
     * {@code x - trunc(x/y)*y} for finite x and finite nonzero y, exactly (C's fmod): the sign is x's, and a zero
     * result is a zero of x's sign.
     */
    static double fmod(double x, double y) {
        long xBits = Double.doubleToRawLongBits(x) & Long.MAX_VALUE;
        long yBits = Double.doubleToRawLongBits(y) & Long.MAX_VALUE;
        if (xBits < yBits) {
            return x;
        }
        if (xBits == yBits) {
            return 0.0 * x;
        }
        long mx = significand(xBits);
        int ex = lastBitExponent(xBits);
        long my = significand(yBits);
        int ey = lastBitExponent(yBits);
        while (mx < HIDDEN_BIT) { // normalize so that shifts below keep both below 2^53
            mx <<= 1;
            ex--;
        }
        while (my < HIDDEN_BIT) {
            my <<= 1;
            ey--;
        }
        // |x| mod |y| = (mx * 2^(ex-ey) mod my) * 2^ey; the shift is taken a few bits at a time.
        long r = mx % my;
        for (int left = ex - ey; left > 0 && r != 0; ) {
            int step = left < SHIFT_STEP ? left : SHIFT_STEP;
            r = (r << step) % my;
            left -= step;
        }
        if (r == 0) {
            return 0.0 * x;
        }
        int e = ey;
        if (e < MIN_EXPONENT) {
            // y was subnormal and normalized above: the remainder is a multiple of y's true last bit, so this is exact
            r >>>= MIN_EXPONENT - e;
            e = MIN_EXPONENT;
        }
        while (r < HIDDEN_BIT && e > MIN_EXPONENT) {
            r <<= 1;
            e--;
        }
        // A normal result: its leading bit carries into the exponent field; a subnormal one: e = MIN_EXPONENT.
        long bits = ((long) (e - MIN_EXPONENT) << 52) + r;
        return Double.longBitsToDouble(bits | (Double.doubleToRawLongBits(x) & Long.MIN_VALUE));
    }

    private static long significand(long bits) {
        long fraction = bits & FRACTION_MASK;
        return (bits >>> 52) == 0 ? fraction : fraction | HIDDEN_BIT;
    }

    private static int lastBitExponent(long bits) {
        int biased = (int) (bits >>> 52);
        return biased == 0 ? MIN_EXPONENT : biased - 1075;
    }
}
