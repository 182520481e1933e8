package org.eremite.classlib.math;

/**
 * fdlibm's {@code e_rem_pio2.c}: reduces x to {@code r = x - n*pi/2} with |r| <= pi/4, returned as a head and a tail
 * ({@code r = y[0] + y[1]}) so that the kernels see about 100 good bits. Near pi/2 (n = +-1) and up to 2^19*pi/2,
 * n*pi/2 is subtracted in two or three pieces (pi/2 split into 33-bit parts whose products with n are exact), as
 * many as the cancellation needs; beyond, the reduction multiplies by the bits of 2/pi that matter
 * ({@link PayneHanek}).
 */
final class RemPio2 {
    private static final double TWO24 = 1.67772160000000000000e+07; // 0x41700000, 0x00000000
    private static final double INV_PIO2 = 6.36619772367581382433e-01; // 0x3FE45F30, 0x6DC9C883
    // pi/2 = PIO2_1 + PIO2_2 + PIO2_3 + PIO2_3T; PIO2_iT is the rest after the i-th piece
    private static final double PIO2_1 = 1.57079632673412561417e+00; // 0x3FF921FB, 0x54400000
    private static final double PIO2_1T = 6.07710050650619224932e-11; // 0x3DD0B461, 0x1A626331
    private static final double PIO2_2 = 6.07710050630396597660e-11; // 0x3DD0B461, 0x1A600000
    private static final double PIO2_2T = 2.02226624879595063154e-21; // 0x3BA3198A, 0x2E037073
    private static final double PIO2_3 = 2.02226624871116645580e-21; // 0x3BA3198A, 0x2E000000
    private static final double PIO2_3T = 8.47842766036889956997e-32; // 0x397B839A, 0x252049C1

    /** High word of pi/4: at or below it no reduction is needed. */
    static final int PIO4_HIGH = 0x3fe921fb;
    /** High word of 3*pi/4: below it n is +-1. */
    private static final int THREE_PIO4_HIGH = 0x4002d97c;
    /** High word of pi/2: there the first piece cancels so much that the second is needed. */
    private static final int PIO2_HIGH = 0x3ff921fb;
    /** High word of 2^19*pi/2: the end of the medium range, where n*PIO2_1 stays exact. */
    private static final int MEDIUM_LIMIT = 0x413921fb;

    /** High words of n*pi/2 for n = 1..32: an argument with another high word cannot cancel badly. */
    private static final int[] NPIO2_HIGH = {
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
        0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
        0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
        0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
        0x404858EB, 0x404921FB,
    };

    private RemPio2() {
    }

    /** High words of n*pi/2 for n = 1..32 (for the tests, which check them against pi). */
    static int[] npio2High() {
        return NPIO2_HIGH.clone();
    }

    /**
     * Stores x - n*pi/2 into {@code y[0] + y[1]} and returns n (its low three bits are exact for huge x); for
     * infinite or NaN x, stores NaN. The argument must be finite for the caller to use the result.
     */
    static int reduce(double x, double[] y) {
        int hx = DoubleWords.high(x);
        int ix = hx & 0x7fffffff;
        if (ix <= PIO4_HIGH) {
            y[0] = x;
            y[1] = 0;
            return 0;
        }
        if (ix < THREE_PIO4_HIGH) {
            return nearPio2(x, hx > 0, ix, y);
        }
        if (ix <= MEDIUM_LIMIT) {
            return medium(x, hx, ix, y);
        }
        if (ix >= DoubleWords.EXPONENT_ALL_ONES) {
            y[0] = x - x;
            y[1] = y[0];
            return 0;
        }
        // |x| = z * 2^e0 with z in [2^23, 2^24): three 24-bit pieces of z as doubles
        int e0 = (ix >> 20) - 1046;
        double z = DoubleWords.of(ix - (e0 << 20), DoubleWords.low(x));
        double[] tx = new double[3];
        for (int i = 0; i < 2; i++) {
            tx[i] = (int) z;
            z = (z - tx[i]) * TWO24;
        }
        tx[2] = z;
        int nx = 3;
        while (tx[nx - 1] == 0.0) {
            nx--;
        }
        int n = PayneHanek.reduce(tx, y, e0, nx);
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }

    /** |x| in (pi/4, 3*pi/4): n = +-1, subtracting pi/2 in two pieces, three right at pi/2. */
    private static int nearPio2(double x, boolean positive, int ix, double[] y) {
        if (positive) {
            double z = x - PIO2_1;
            if (ix != PIO2_HIGH) {
                y[0] = z - PIO2_1T;
                y[1] = (z - y[0]) - PIO2_1T;
            } else {
                z -= PIO2_2;
                y[0] = z - PIO2_2T;
                y[1] = (z - y[0]) - PIO2_2T;
            }
            return 1;
        }
        double z = x + PIO2_1;
        if (ix != PIO2_HIGH) {
            y[0] = z + PIO2_1T;
            y[1] = (z - y[0]) + PIO2_1T;
        } else {
            z += PIO2_2;
            y[0] = z + PIO2_2T;
            y[1] = (z - y[0]) + PIO2_2T;
        }
        return -1;
    }

    /**
     * |x| up to 2^19*pi/2: n by rounding |x|*2/pi, then |x| - n*pi/2 with 33+53 bits of pi/2, refined with more
     * pieces when the result's exponent shows that more than 16 (then 49) leading bits cancelled.
     */
    private static int medium(double x, int hx, int ix, double[] y) {
        double t = DoubleWords.abs(x);
        int n = (int) (t * INV_PIO2 + 0.5);
        double fn = n;
        double r = t - fn * PIO2_1;
        double w = fn * PIO2_1T; // 1st round, good to 85 bits
        if (n < 32 && ix != NPIO2_HIGH[n - 1]) {
            y[0] = r - w; // no cancellation possible
        } else {
            int j = ix >> 20;
            y[0] = r - w;
            int i = j - ((DoubleWords.high(y[0]) >> 20) & 0x7ff);
            if (i > 16) { // 2nd round, good to 118 bits
                t = r;
                w = fn * PIO2_2;
                r = t - w;
                w = fn * PIO2_2T - ((t - r) - w);
                y[0] = r - w;
                i = j - ((DoubleWords.high(y[0]) >> 20) & 0x7ff);
                if (i > 49) { // 3rd round, 151 bits: covers every double
                    t = r;
                    w = fn * PIO2_3;
                    r = t - w;
                    w = fn * PIO2_3T - ((t - r) - w);
                    y[0] = r - w;
                }
            }
        }
        y[1] = (r - y[0]) - w;
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }
}
