package org.eremite.classlib.math;

/**
 * e^x and e^x - 1 (fdlibm's {@code e_exp.c} and {@code s_expm1.c}). Both reduce x = k*ln2 + r with |r| <= ln2/2
 * (ln2 in two parts, so that k*LN2_HI is exact) and scale the result by 2^k through its exponent field. exp is the
 * JDK's own Java code ({@code java.lang.FdLibm.Exp}) in the guest too; it is here because the hyperbolic functions
 * need it and this package calls nothing of StrictMath, and HotSpot's natives call fdlibm's C exp, the same algorithm.
 */
final class Exponentials {
    private static final double HUGE = 1.0e+300;
    private static final double TINY = 1.0e-300;
    private static final double TWOM1000 = 9.33263618503218878990e-302; // 2^-1000: 0x01700000, 0
    private static final double O_THRESHOLD = 7.09782712893383973096e+02; // 0x40862E42, 0xFEFA39EF
    private static final double U_THRESHOLD = -7.45133219101941108420e+02; // 0xc0874910, 0xD52D3051
    private static final double LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42, 0xfee00000
    private static final double LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef, 0x35793c76
    private static final double INV_LN2 = 1.44269504088896338700e+00; // 0x3ff71547, 0x652b82fe

    // exp: R(r^2) ~ r*(e^r + 1)/(e^r - 1), a Remez fit in r^2 (e_exp.c)
    private static final double P1 = 1.66666666666666019037e-01; // 0x3FC55555, 0x5555553E
    private static final double P2 = -2.77777777770155933842e-03; // 0xBF66C16C, 0x16BEBD93
    private static final double P3 = 6.61375632143793436117e-05; // 0x3F11566A, 0xAF25DE2C
    private static final double P4 = -1.65339022054652515390e-06; // 0xBEBBBD41, 0xC5D26BF1
    private static final double P5 = 4.13813679705723846039e-08; // 0x3E663769, 0x72BEA4D0

    // expm1: scaled coefficients of the rational approximation (s_expm1.c)
    private static final double Q1 = -3.33333333333331316428e-02; // 0xBFA11111, 0x111110F4
    private static final double Q2 = 1.58730158725481460165e-03; // 0x3F5A01A0, 0x19FE5585
    private static final double Q3 = -7.93650757867487942473e-05; // 0xBF14CE19, 0x9EAADBB7
    private static final double Q4 = 4.00821782732936239552e-06; // 0x3ED0CFCA, 0x86E65239
    private static final double Q5 = -2.01099218183624371326e-07; // 0xBE8AFDB7, 0x6E09C32D

    /** High word of 709.78 (about ln(MAX_VALUE)): at and above it exp may overflow. */
    private static final int OVERFLOW_HIGH = 0x40862E42;
    /** High word of ln2/2: at or below it no reduction. */
    private static final int HALF_LN2_HIGH = 0x3fd62e42;
    /** High word of 1.5*ln2: below it k = +-1. */
    private static final int THREE_HALVES_LN2_HIGH = 0x3FF0A2B2;

    private Exponentials() {
    }

    static double exp(double x) {
        int hx = DoubleWords.high(x);
        int xsb = (hx >>> 31) & 1;
        hx &= 0x7fffffff;
        if (hx >= OVERFLOW_HIGH) {
            if (hx >= DoubleWords.EXPONENT_ALL_ONES) {
                if (((hx & 0xfffff) | DoubleWords.low(x)) != 0) {
                    return x + x; // NaN
                }
                return xsb == 0 ? x : 0.0; // exp(+-Inf) = Inf, 0
            }
            if (x > O_THRESHOLD) {
                return HUGE * HUGE; // overflow
            }
            if (x < U_THRESHOLD) {
                return TWOM1000 * TWOM1000; // underflow
            }
        }
        double hi = 0.0;
        double lo = 0.0;
        int k = 0;
        double xr = x;
        if (hx > HALF_LN2_HIGH) {
            if (hx < THREE_HALVES_LN2_HIGH) {
                hi = xsb == 0 ? x - LN2_HI : x + LN2_HI;
                lo = xsb == 0 ? LN2_LO : -LN2_LO;
                k = 1 - xsb - xsb;
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI; // exact
                lo = t * LN2_LO;
            }
            xr = hi - lo;
        } else if (hx < 0x3e300000) { // |x| < 2^-28
            if (HUGE + x > 1.0) {
                return 1.0 + x;
            }
        }
        // e^r = 1 + 2r/(R - r) with R from the fit; written to keep the rounding small
        double t = xr * xr;
        double c = xr - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) {
            return 1.0 - ((xr * c) / (c - 2.0) - xr);
        }
        double y = 1.0 - ((lo - (xr * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return DoubleWords.withHigh(y, DoubleWords.high(y) + (k << 20));
        }
        // the result is subnormal: scale by 2^(k+1000), then by 2^-1000 with one rounding
        return DoubleWords.withHigh(y, DoubleWords.high(y) + ((k + 1000) << 20)) * TWOM1000;
    }

    static double expm1(double x) {
        int hx = DoubleWords.high(x);
        int xsb = hx & DoubleWords.SIGN;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) { // |x| >= 56*ln2
            if (hx >= OVERFLOW_HIGH) {
                if (hx >= DoubleWords.EXPONENT_ALL_ONES) {
                    if (((hx & 0xfffff) | DoubleWords.low(x)) != 0) {
                        return x + x; // NaN
                    }
                    return xsb == 0 ? x : -1.0; // expm1(+-Inf) = Inf, -1
                }
                if (x > O_THRESHOLD) {
                    return HUGE * HUGE; // overflow
                }
            }
            if (xsb != 0 && x + TINY < 0.0) { // x < -56*ln2: e^x is below half an ulp of 1
                return TINY - 1.0;
            }
        }

        double xr = x;
        double c = 0.0;
        int k;
        if (hx > HALF_LN2_HIGH) {
            double hi;
            double lo;
            if (hx < THREE_HALVES_LN2_HIGH) {
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI; // exact
                lo = t * LN2_LO;
            }
            xr = hi - lo;
            c = (hi - xr) - lo; // the rounding error of hi - lo
        } else if (hx < 0x3c900000) { // |x| < 2^-54: expm1(x) = x
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }

        double hfx = 0.5 * xr;
        double hxs = xr * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - xr * t));
        if (k == 0) {
            return xr - (xr * e - hxs); // c is 0
        }
        e = xr * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return 0.5 * (xr - e) - 0.5;
        }
        if (k == 1) {
            if (xr < -0.25) {
                return -2.0 * (e - (xr + 0.5));
            }
            return 1.0 + 2.0 * (xr - e);
        }
        if (k <= -2 || k > 56) { // e^x - 1 ~ e^x: scale 1 + (r - e) by 2^k, then subtract 1
            double y = 1.0 - (e - xr);
            y = DoubleWords.withHigh(y, DoubleWords.high(y) + (k << 20));
            return y - 1.0;
        }
        double y;
        if (k < 20) {
            double t1 = DoubleWords.of(0x3ff00000 - (0x200000 >> k), 0); // 1 - 2^-k
            y = t1 - (e - xr);
        } else {
            double t2 = DoubleWords.of((0x3ff - k) << 20, 0); // 2^-k
            y = xr - (e + t2);
            y += 1.0;
        }
        return DoubleWords.withHigh(y, DoubleWords.high(y) + (k << 20));
    }
}
