package org.eremite.classlib.math;

/**
 * A double as fdlibm sees it: two 32-bit words, the high one holding sign, exponent and the top 20 fraction bits
 * ({@code __HI}), the low one the remaining 32 fraction bits ({@code __LO}). fdlibm classifies arguments by
 * comparing the high word with thresholds, and builds constants by setting one word; these do the same on the
 * raw bits, never through arithmetic, so NaN payloads and signed zeros pass unchanged.
 */
final class DoubleWords {
    /** The high word's sign bit. */
    static final int SIGN = 0x80000000;
    /** The high word of an infinity: biased exponent all ones, fraction zero. */
    static final int EXPONENT_ALL_ONES = 0x7ff00000;

    private DoubleWords() {
    }

    /** fdlibm's {@code __HI(x)}. */
    static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** fdlibm's {@code __LO(x)}. */
    static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** The double whose words are {@code high} and {@code low}. */
    static double of(int high, int low) {
        return Double.longBitsToDouble(((long) high << 32) | (low & 0xffffffffL));
    }

    /** {@code x} with its high word replaced ({@code __HI(x) = high}). */
    static double withHigh(double x, int high) {
        return of(high, low(x));
    }

    /** {@code x} with its low word replaced ({@code __LO(x) = low}); fdlibm clears it to split a value in two. */
    static double withLow(double x, int low) {
        return of(high(x), low);
    }

    /** {@code |x|} by clearing the sign bit (fdlibm's {@code fabs}). */
    static double abs(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & Long.MAX_VALUE);
    }

    /**
     * {@code x * 2^n}, exact when the result is normal (fdlibm's {@code scalbn} as its callers here use it: the
     * reduction by pi/2 scales values whose results stay far from overflow and underflow). Large |n| is applied in
     * steps so that no power of two needs an exponent outside the normal range.
     */
    static double scale(double x, int n) {
        double r = x;
        int k = n;
        while (k > 1023) {
            r *= powerOfTwo(1023);
            k -= 1023;
        }
        while (k < -1022) {
            r *= powerOfTwo(-1022);
            k += 1022;
        }
        return r * powerOfTwo(k);
    }

    /** 2^k for a k of the normal range [-1022, 1023]. */
    private static double powerOfTwo(int k) {
        return Double.longBitsToDouble((long) (k + 1023) << 52);
    }
}
