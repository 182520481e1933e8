package org.eremite.classlib.math;

/**
 * fdlibm's kernels of sine, cosine and tangent ({@code k_sin.c}, {@code k_cos.c}, {@code k_tan.c}) on
 * [-pi/4, pi/4]: the argument comes as {@code x + y}, the head and tail of a reduced value, and the polynomials
 * are fdlibm's minimax fits with its evaluation order, which the results depend on to the last bit.
 */
final class TrigKernels {
    // sin(x) ~ x + S1*x^3 + ... + S6*x^13 on [-pi/4, pi/4] (k_sin.c)
    private static final double S1 = -1.66666666666666324348e-01; // 0xBFC55555, 0x55555549
    private static final double S2 = 8.33333333332248946124e-03; // 0x3F811111, 0x1110F8A6
    private static final double S3 = -1.98412698298579493134e-04; // 0xBF2A01A0, 0x19C161D5
    private static final double S4 = 2.75573137070700676789e-06; // 0x3EC71DE3, 0x57B1FE7D
    private static final double S5 = -2.50507602534068634195e-08; // 0xBE5AE5E6, 0x8A2B9CEB
    private static final double S6 = 1.58969099521155010221e-10; // 0x3DE5D93A, 0x5ACFD57C

    // cos(x) ~ 1 - x^2/2 + C1*x^4 + ... + C6*x^14 (k_cos.c)
    private static final double C1 = 4.16666666666666019037e-02; // 0x3FA55555, 0x5555554C
    private static final double C2 = -1.38888888888741095749e-03; // 0xBF56C16C, 0x16C15177
    private static final double C3 = 2.48015872894767294178e-05; // 0x3EFA01A0, 0x19CB1590
    private static final double C4 = -2.75573143513906633035e-07; // 0xBE927E4F, 0x809C52AD
    private static final double C5 = 2.08757232129817482790e-09; // 0x3E21EE9E, 0xBDB4B1C4
    private static final double C6 = -1.13596475577881948265e-11; // 0xBDA8FAE9, 0xBE8838D4

    // tan(x) ~ x + T0*x^3 + ... + T12*x^27 on [0, 0.6744] (k_tan.c)
    private static final double T0 = 3.33333333333334091986e-01; // 0x3FD55555, 0x55555563
    private static final double T1 = 1.33333333333201242699e-01; // 0x3FC11111, 0x1110FE7A
    private static final double T2 = 5.39682539762260521377e-02; // 0x3FABA1BA, 0x1BB341FE
    private static final double T3 = 2.18694882948595424599e-02; // 0x3F9664F4, 0x8406D637
    private static final double T4 = 8.86323982359930005737e-03; // 0x3F8226E3, 0xE96E8493
    private static final double T5 = 3.59207910759131235356e-03; // 0x3F6D6D22, 0xC9560328
    private static final double T6 = 1.45620945432529025516e-03; // 0x3F57DBC8, 0xFEE08315
    private static final double T7 = 5.88041240820264096874e-04; // 0x3F4344D8, 0xF2F26501
    private static final double T8 = 2.46463134818469906812e-04; // 0x3F3026F7, 0x1A8D1068
    private static final double T9 = 7.81794442939557092300e-05; // 0x3F147E88, 0xA03792A6
    private static final double T10 = 7.14072491382608190305e-05; // 0x3F12B80F, 0x32F0A7E9
    private static final double T11 = -1.85586374855275456654e-05; // 0xBEF375CB, 0xDB605373
    private static final double T12 = 2.59073051863633712884e-05; // 0x3EFB2A70, 0x74BF7AD4
    private static final double PIO4 = 7.85398163397448278999e-01; // 0x3FE921FB, 0x54442D18
    private static final double PIO4_LO = 3.06161699786838301793e-17; // 0x3C81A626, 0x33145C07

    /** High word of 2^-27: below it sin(x) = x and cos(x) = 1 to double precision. */
    private static final int TINY_SIN_COS = 0x3e400000;
    /** High word of 2^-28: below it tan(x) = x. */
    private static final int TINY_TAN = 0x3e300000;
    /** High word of 0.3: below it cos is evaluated directly as 1 - (x^2/2 - ...). */
    private static final int COS_DIRECT = 0x3FD33333;
    /** High word of 0.78125: above it cos subtracts a fixed 0.28125 first. */
    private static final int COS_FIXED_SHIFT = 0x3fe90000;
    /** High word of 0.6744: from here tan is computed as tan(pi/4 - x) transformed. */
    private static final int TAN_REFLECT = 0x3FE59428;

    private TrigKernels() {
    }

    /** sin(x + y) for |x + y| <= pi/4; {@code tailIsZero} says y is 0 (fdlibm's {@code iy == 0}). */
    static double sin(double x, double y, boolean tailIsZero) {
        int ix = DoubleWords.high(x) & 0x7fffffff;
        if (ix < TINY_SIN_COS && (int) x == 0) {
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (tailIsZero) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    /** cos(x + y) for |x + y| <= pi/4. */
    static double cos(double x, double y) {
        int ix = DoubleWords.high(x) & 0x7fffffff;
        if (ix < TINY_SIN_COS && (int) x == 0) {
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < COS_DIRECT) {
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        // 1 - x^2/2 loses bits when x^2/2 is large: subtract qx (about x^2/4, exact) from 1 first.
        double qx = ix > COS_FIXED_SHIFT ? 0.28125 : DoubleWords.of(ix - 0x00200000, 0);
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    /**
     * tan(x + y) for |x + y| <= pi/4 if {@code k == 1}, or -1/tan(x + y) if {@code k == -1} (the cotangent that an
     * odd multiple of pi/2 in the reduction asks for).
     */
    static double tan(double x, double y, int k) {
        int hx = DoubleWords.high(x);
        int ix = hx & 0x7fffffff;
        if (ix < TINY_TAN && (int) x == 0) {
            if (((ix | DoubleWords.low(x)) | (k + 1)) == 0) {
                return 1.0 / DoubleWords.abs(x); // -1/tan(+-0)
            }
            if (k == 1) {
                return x;
            }
            return negatedReciprocal(x + y, y, x);
        }
        double xr = x;
        double yr = y;
        if (ix >= TAN_REFLECT) {
            if (hx < 0) {
                xr = -xr;
                yr = -yr;
            }
            double z = PIO4 - xr;
            double w = PIO4_LO - yr;
            xr = z + w;
            yr = 0.0;
        }
        double z = xr * xr;
        double w = z * z;
        // x^5 times the series, split into odd and even powers of w = x^4 to shorten the dependency chains
        double r = T1 + w * (T3 + w * (T5 + w * (T7 + w * (T9 + w * T11))));
        double v = z * (T2 + w * (T4 + w * (T6 + w * (T8 + w * (T10 + w * T12)))));
        double s = z * xr;
        r = yr + z * (s * (r + v) + yr);
        r += T0 * s;
        w = xr + r;
        if (ix >= TAN_REFLECT) {
            double dk = k;
            return (1 - ((hx >> 30) & 2)) * (dk - 2.0 * (xr - (w * w / (w + dk) - r)));
        }
        if (k == 1) {
            return w;
        }
        return negatedReciprocal(w, r, xr);
    }

    /**
     * -1/w for w = head + tail (w's value rounded, tail = w - head up to rounding), with the reciprocal's error
     * corrected: w and -1/w are split into 32-bit heads so that the products below are exact.
     */
    private static double negatedReciprocal(double w, double tail, double head) {
        double z = DoubleWords.withLow(w, 0);
        double v = tail - (z - head); // z + v = head + tail
        double a = -1.0 / w;
        double t = DoubleWords.withLow(a, 0);
        double s = 1.0 + t * z;
        return t + a * (s + t * v);
    }
}
