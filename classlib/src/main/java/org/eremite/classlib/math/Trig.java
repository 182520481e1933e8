package org.eremite.classlib.math;

/**
 * Sine, cosine and tangent (fdlibm's {@code s_sin.c}, {@code s_cos.c}, {@code s_tan.c}): reduce by pi/2, then the
 * kernel that the quadrant n mod 4 selects, with the sign it gives.
 */
final class Trig {
    private Trig() {
    }

    static double sin(double x) {
        int ix = DoubleWords.high(x) & 0x7fffffff;
        if (ix <= RemPio2.PIO4_HIGH) {
            return TrigKernels.sin(x, 0.0, true);
        }
        if (ix >= DoubleWords.EXPONENT_ALL_ONES) {
            return x - x; // NaN
        }
        double[] y = new double[2];
        int n = RemPio2.reduce(x, y);
        switch (n & 3) {
            case 0:
                return TrigKernels.sin(y[0], y[1], false);
            case 1:
                return TrigKernels.cos(y[0], y[1]);
            case 2:
                return -TrigKernels.sin(y[0], y[1], false);
            default:
                return -TrigKernels.cos(y[0], y[1]);
        }
    }

    static double cos(double x) {
        int ix = DoubleWords.high(x) & 0x7fffffff;
        if (ix <= RemPio2.PIO4_HIGH) {
            return TrigKernels.cos(x, 0.0);
        }
        if (ix >= DoubleWords.EXPONENT_ALL_ONES) {
            return x - x; // NaN
        }
        double[] y = new double[2];
        int n = RemPio2.reduce(x, y);
        switch (n & 3) {
            case 0:
                return TrigKernels.cos(y[0], y[1]);
            case 1:
                return -TrigKernels.sin(y[0], y[1], false);
            case 2:
                return -TrigKernels.cos(y[0], y[1]);
            default:
                return TrigKernels.sin(y[0], y[1], false);
        }
    }

    static double tan(double x) {
        int ix = DoubleWords.high(x) & 0x7fffffff;
        if (ix <= RemPio2.PIO4_HIGH) {
            return TrigKernels.tan(x, 0.0, 1);
        }
        if (ix >= DoubleWords.EXPONENT_ALL_ONES) {
            return x - x; // NaN
        }
        double[] y = new double[2];
        int n = RemPio2.reduce(x, y);
        return TrigKernels.tan(y[0], y[1], 1 - ((n & 1) << 1)); // tan for even n, -1/tan for odd
    }
}
