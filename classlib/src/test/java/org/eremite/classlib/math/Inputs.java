package org.eremite.classlib.math;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Arguments for the comparisons: special values, values around fdlibm's high-word thresholds, and random draws from
 * several distributions (uniform bits, uniform in a range, log-uniform in magnitude, near given points). Seeds are
 * fixed, so a failure reproduces.
 */
final class Inputs {
    /** Random inputs per distribution; each function sees at least four distributions. */
    static final int PER_DISTRIBUTION = 100_000;

    private Inputs() {
    }

    /** Values every function meets: zeros, infinities, NaNs, the extremes, small integers and fractions, pi's. */
    static double[] specials() {
        double[] base = {
            0.0, Double.POSITIVE_INFINITY, Double.NaN, Double.longBitsToDouble(0x7ff0000000000001L),
            Double.longBitsToDouble(0x7ff8000000000123L), Double.MIN_VALUE, 2 * Double.MIN_VALUE,
            Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.longBitsToDouble(0x0008000000000000L),
            Double.MAX_VALUE, 1.0, 0.5, 2.0, 3.0, 10.0, 100.0, 0.1, 1.5, 0.25, 0.75, 1e-300, 1e-10, 1e-5, 1e5, 1e10,
            1e22, 1e300, 1e308, Math.PI, Math.PI / 2, Math.PI / 4, 3 * Math.PI / 4, 2 * Math.PI, Math.E,
            Math.sqrt(2), Math.sqrt(0.5), 0x1p-1022, 0x1p-1000, 0x1p-60, 0x1p-54, 0x1p-28, 0x1p-27, 0x1p19,
            0x1p20, 0x1p52, 0x1p53, 0x1p60, 0x1p66, 0x1p1000, 0x1p1023, 709.782712893384, 710.4758600739439,
            -745.1332191019411, 22.0, 0.6744, 0.3, 0.78125, 0.975, 0.4375, 1.1875, 2.4375,
            6381956970095103.0 * 0x1p797, // the hardest argument for reduction by pi/2 (Kahan, McDonald)
            5.319372648326541e255, 1.0e16, 4.503599627370497e15,
        };
        double[] out = new double[base.length * 6];
        int n = 0;
        for (double v : base) {
            for (double s : new double[] {v, -v}) {
                out[n++] = s;
                out[n++] = Math.nextUp(s);
                out[n++] = Math.nextDown(s);
            }
        }
        return out;
    }

    /**
     * Values whose high word is {@code high}, or one above or below, with low words 0, all ones and some between,
     * of both signs: where fdlibm's branches switch.
     */
    static double[] aroundHighWords(int... highs) {
        int[] lows = {0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0x12345678};
        double[] out = new double[highs.length * 3 * lows.length * 2];
        int n = 0;
        for (int high : highs) {
            for (int h = high - 1; h <= high + 1; h++) {
                for (int low : lows) {
                    double v = DoubleWords.of(h & 0x7fffffff, low);
                    out[n++] = v;
                    out[n++] = -v;
                }
            }
        }
        return out;
    }

    /** Doubles of uniformly random bits: every sign and exponent equally likely, NaNs included. */
    static double[] uniformBits(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = Double.longBitsToDouble(random.nextLong());
        }
        return out;
    }

    /** Uniform in [low, high). */
    static double[] uniform(long seed, int count, double low, double high) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = low + (high - low) * random.nextDouble();
        }
        return out;
    }

    /** Random sign, binary exponent uniform in [minExponent, maxExponent], random 52-bit fraction. */
    static double[] logUniform(long seed, int count, int minExponent, int maxExponent) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            int e = random.nextInt(minExponent, maxExponent + 1);
            long fraction = random.nextLong() & ((1L << 52) - 1);
            long sign = random.nextBoolean() ? Long.MIN_VALUE : 0;
            out[i] = Double.longBitsToDouble(sign | ((long) (e + 1023) << 52) | fraction);
        }
        return out;
    }

    /** Positive only: {@link #logUniform} without the sign. */
    static double[] positive(double[] values) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.abs(out[i]);
        }
        return out;
    }

    /** Within a few ulps of k * step for random k in [-maxK, maxK] (k * step rounded to a double first). */
    static double[] nearMultiples(long seed, int count, double step, long maxK) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            long k = random.nextLong(-maxK, maxK + 1);
            double v = k * step;
            long bits = Double.doubleToRawLongBits(v) + random.nextInt(-4, 5);
            out[i] = Double.longBitsToDouble(bits);
        }
        return out;
    }

    /** Within 2^-shift of a point, for random shift in [1, 60], either side. */
    static double[] near(long seed, int count, double point) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            double d = random.nextDouble() * Math.scalb(1.0, -random.nextInt(1, 61));
            out[i] = random.nextBoolean() ? point + d : point - d;
        }
        return out;
    }

    static double[] concat(double[]... parts) {
        int length = 0;
        for (double[] p : parts) {
            length += p.length;
        }
        double[] out = new double[length];
        int n = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, n, p.length);
            n += p.length;
        }
        return out;
    }

    static double[] of(double... values) {
        return Arrays.copyOf(values, values.length);
    }
}
