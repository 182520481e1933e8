package org.eremite.classlib.math;

/**
 * The correctly rounded square root (IEEE 754, round to nearest), the result that fdlibm's {@code e_sqrt.c} computes
 * bit by bit and that HotSpot takes from the CPU's square-root instruction. Since a correctly rounded result is
 * unique, this computes it by its own route: the significand's integer square root, digit by digit in integer
 * arithmetic, with one extra bit to round on. No floating-point operation is involved.
 */
final class SquareRoot {
    private static final long FRACTION_MASK = (1L << 52) - 1;
    private static final long HIDDEN_BIT = 1L << 52;
    /** The exponent of a double's last significand bit is its biased exponent minus this. */
    private static final int BIAS_PLUS_FRACTION_BITS = 1023 + 52;

    private SquareRoot() {
    }

    static double sqrt(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (bits < 0) {
            if ((bits & Long.MAX_VALUE) == 0 || x != x) {
                return x; // -0 is its own root; a NaN stays a NaN
            }
            return (x - x) / (x - x); // a negative number, -Inf included, has no root: NaN
        }
        if (bits == 0 || bits >= 0x7ff0000000000000L) {
            return x; // +0, +Inf, NaN
        }
        // x = m * 2^e with m a 53-bit integer (subnormals normalized).
        int biased = (int) (bits >>> 52);
        long m;
        int e;
        if (biased == 0) {
            m = bits;
            e = 1 - BIAS_PLUS_FRACTION_BITS;
            while (m < HIDDEN_BIT) {
                m <<= 1;
                e--;
            }
        } else {
            m = (bits & FRACTION_MASK) | HIDDEN_BIT;
            e = biased - BIAS_PLUS_FRACTION_BITS;
        }
        // Make the exponent even so that it halves exactly: m in [2^52, 2^54).
        if ((e & 1) != 0) {
            m <<= 1;
            e--;
        }
        // sqrt(x) = sqrt(m * 2^54) * 2^(e/2 - 27); q = floor(sqrt(m * 2^54)) has 54 bits: 53 and a rounding bit.
        long q = isqrtShifted54(m);
        // A tie would need a root with exactly 54 significant bits, whose square has more than 53: none exists,
        // so the rounding bit alone decides.
        long significand = (q >>> 1) + (q & 1);
        int exponent = e / 2 + 26; // of the result's leading bit: 53 bits of significand * 2^(e/2 - 26)
        // Adding the significand with its leading bit carries a rounding overflow into the exponent.
        return Double.longBitsToDouble(((long) (exponent + 1022) << 52) + significand);
    }

    /**
     * floor(sqrt(m * 2^54)) for m in [2^52, 2^54), by the schoolbook method: each step brings down two bits of the
     * radicand and decides one bit of the root. The remainder stays below 2 * root + 1 < 2^56.
     */
    private static long isqrtShifted54(long m) {
        long root = 0;
        long remainder = 0;
        for (int pair = 53; pair >= 0; pair--) {
            int shift = 2 * pair - 54; // the radicand's bits 2*pair+1 and 2*pair, of which m's are those above 54
            long digits = shift >= 0 ? (m >>> shift) & 3 : 0;
            remainder = (remainder << 2) | digits;
            long trial = (root << 2) | 1;
            root <<= 1;
            if (remainder >= trial) {
                remainder -= trial;
                root |= 1;
            }
        }
        return root;
    }
}
