package org.eremite.classlib.math;

/**
 * Hyperbolic sine, cosine and tangent (fdlibm's {@code e_sinh.c}, {@code e_cosh.c}, {@code s_tanh.c}), from
 * {@link Exponentials#expm1} where e^x is near 1 (to keep the bits that e^x - e^-x cancels) and from
 * {@link Exponentials#exp} beyond; near the overflow threshold e^(|x|/2) is squared so that e^|x| itself never
 * overflows too early.
 */
final class Hyperbolic {
    private static final double SHUGE = 1.0e307;
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;

    /** High word of 22: beyond it e^-|x| is below half an ulp of e^|x|. */
    private static final int TWENTY_TWO_HIGH = 0x40360000;
    /** High word of ln(MAX_VALUE): below it e^|x| is finite. */
    private static final int LN_MAX_HIGH = 0x40862E42;
    /** High word of the overflow threshold of sinh and cosh, ln(MAX_VALUE) + ln2 (with {@link #OVERFLOW_LOW}). */
    private static final int OVERFLOW_HIGH = 0x408633CE;
    private static final long OVERFLOW_LOW = 0x8fb9f87dL;

    private Hyperbolic() {
    }

    static double sinh(double x) {
        int jx = DoubleWords.high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= DoubleWords.EXPONENT_ALL_ONES) {
            return x + x; // Inf or NaN
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < TWENTY_TWO_HIGH) { // |x| < 22: sign(x) * 0.5 * (E + E/(E+1)) with E = expm1(|x|)
            if (ix < 0x3e300000 && SHUGE + x > 1.0) { // |x| < 2^-28
                return x;
            }
            double t = Exponentials.expm1(DoubleWords.abs(x));
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < LN_MAX_HIGH) { // |x| in [22, ln(MAX_VALUE)]: sign(x) * 0.5 * e^|x|
            return h * Exponentials.exp(DoubleWords.abs(x));
        }
        if (belowOverflow(ix, DoubleWords.low(x))) {
            double w = Exponentials.exp(0.5 * DoubleWords.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * SHUGE; // overflow
    }

    static double cosh(double x) {
        int ix = DoubleWords.high(x) & 0x7fffffff;
        if (ix >= DoubleWords.EXPONENT_ALL_ONES) {
            return x * x; // Inf or NaN
        }
        if (ix < 0x3fd62e43) { // |x| < ln2/2: 1 + E^2/(2*(1+E)) with E = expm1(|x|)
            double t = Exponentials.expm1(DoubleWords.abs(x));
            double w = 1.0 + t;
            if (ix < 0x3c800000) { // |x| < 2^-55: cosh(x) = 1
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < TWENTY_TWO_HIGH) { // |x| in [ln2/2, 22]: (e^|x| + 1/e^|x|)/2
            double t = Exponentials.exp(DoubleWords.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < LN_MAX_HIGH) { // |x| in [22, ln(MAX_VALUE)]: e^|x|/2
            return 0.5 * Exponentials.exp(DoubleWords.abs(x));
        }
        if (belowOverflow(ix, DoubleWords.low(x))) {
            double w = Exponentials.exp(0.5 * DoubleWords.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return HUGE * HUGE; // overflow
    }

    static double tanh(double x) {
        int jx = DoubleWords.high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= DoubleWords.EXPONENT_ALL_ONES) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0; // tanh(+-Inf) = +-1, tanh(NaN) = NaN
        }
        double z;
        if (ix < TWENTY_TWO_HIGH) { // |x| < 22
            if (ix < 0x3c800000) { // |x| < 2^-55
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) { // |x| >= 1: 1 - 2/(expm1(2|x|) + 2)
                double t = Exponentials.expm1(2.0 * DoubleWords.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else { // -expm1(-2|x|) / (expm1(-2|x|) + 2)
                double t = Exponentials.expm1(-2.0 * DoubleWords.abs(x));
                z = -t / (t + 2.0);
            }
        } else { // |x| >= 22: +-1
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }

    /** |x| (high word ix, low word lx) at most the overflow threshold of sinh and cosh. */
    private static boolean belowOverflow(int ix, int lx) {
        return ix < OVERFLOW_HIGH || (ix == OVERFLOW_HIGH && (lx & 0xffffffffL) <= OVERFLOW_LOW);
    }
}
