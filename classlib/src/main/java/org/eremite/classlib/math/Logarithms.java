package org.eremite.classlib.math;

/**
 * Natural logarithm, base-10 logarithm and log(1+x) (fdlibm's {@code e_log.c}, {@code e_log10.c},
 * {@code s_log1p.c}). log writes x = 2^k * (1+f) with sqrt(2)/2 < 1+f < sqrt(2), then log(1+f) = 2s + s*R(s^2)
 * with s = f/(2+f), R a minimax polynomial, and adds k*ln2 in two parts; log1p does the same on 1+x with a
 * correction for the rounding of 1+x; log10 scales log by 1/ln10 and adds k*log10(2) in two parts.
 */
final class Logarithms {
    private static final double LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42, 0xfee00000
    private static final double LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef, 0x35793c76
    private static final double TWO54 = 1.80143985094819840000e+16; // 0x43500000, 0x00000000
    // R(z) ~ LG1*z + LG2*z^2 + ... + LG7*z^7 (e_log.c; s_log1p.c's Lp1..Lp7 are the same numbers)
    private static final double LG1 = 6.666666666666735130e-01; // 0x3FE55555, 0x55555593
    private static final double LG2 = 3.999999999940941908e-01; // 0x3FD99999, 0x9997FA04
    private static final double LG3 = 2.857142874366239149e-01; // 0x3FD24924, 0x94229359
    private static final double LG4 = 2.222219843214978396e-01; // 0x3FCC71C5, 0x1D8E78AF
    private static final double LG5 = 1.818357216161805012e-01; // 0x3FC74664, 0x96CB03DE
    private static final double LG6 = 1.531383769920937332e-01; // 0x3FC39A09, 0xD078C69F
    private static final double LG7 = 1.479819860511658591e-01; // 0x3FC2F112, 0xDF3E5244

    private static final double IVLN10 = 4.34294481903251816668e-01; // 0x3FDBCB7B, 0x1526E50E
    private static final double LOG10_2HI = 3.01029995663611771306e-01; // 0x3FD34413, 0x509F6000
    private static final double LOG10_2LO = 3.69423907715893078616e-13; // 0x3D59FEF3, 0x11F12B36

    /** High word of the smallest normal, 2^-1022. */
    private static final int MIN_NORMAL_HIGH = 0x00100000;

    private Logarithms() {
    }

    static double log(double x) {
        int hx = DoubleWords.high(x);
        int lx = DoubleWords.low(x);
        int k = 0;
        double xs = x;
        if (hx < MIN_NORMAL_HIGH) { // x < 2^-1022: zero, negative or subnormal
            if (((hx & 0x7fffffff) | lx) == 0) {
                return -TWO54 / 0.0; // log(+-0) = -Inf
            }
            if (hx < 0) {
                return (x - x) / 0.0; // log(negative) = NaN
            }
            k -= 54;
            xs *= TWO54; // scale a subnormal up
            hx = DoubleWords.high(xs);
        }
        if (hx >= DoubleWords.EXPONENT_ALL_ONES) {
            return xs + xs; // +Inf or NaN
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        // i is 0x100000 when the fraction is above sqrt(2): then normalize x/2 into [sqrt(2)/2, 1), k+1
        int i = (hx + 0x95f64) & 0x100000;
        xs = DoubleWords.withHigh(xs, hx | (i ^ 0x3ff00000));
        k += i >> 20;
        double f = xs - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20: a short series suffices
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) { // the fraction is beyond about 1.38 or 1.42: use f - f^2/2 + ... for accuracy
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    static double log10(double x) {
        int hx = DoubleWords.high(x);
        int lx = DoubleWords.low(x);
        int k = 0;
        double xs = x;
        if (hx < MIN_NORMAL_HIGH) {
            if (((hx & 0x7fffffff) | lx) == 0) {
                return -TWO54 / 0.0; // log10(+-0) = -Inf
            }
            if (hx < 0) {
                return (x - x) / 0.0; // log10(negative) = NaN
            }
            k -= 54;
            xs *= TWO54;
            hx = DoubleWords.high(xs);
        }
        if (hx >= DoubleWords.EXPONENT_ALL_ONES) {
            return xs + xs;
        }
        k += (hx >> 20) - 1023;
        // for negative k, take x in [0.5, 1) and k+1, so that the two parts of the sum have the same sign
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        xs = DoubleWords.withHigh(xs, hx);
        double z = y * LOG10_2LO + IVLN10 * log(xs);
        return z + y * LOG10_2HI;
    }

    static double log1p(double x) {
        int hx = DoubleWords.high(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        int hu = 0;
        double f = 0.0;
        double c = 0.0;
        if (hx < 0x3FDA827A) { // x < 0.41422
            if (ax >= 0x3ff00000) { // x <= -1
                if (x == -1.0 && hx == 0xbff00000) {
                    return -TWO54 / 0.0; // log1p(-1) = -Inf
                }
                return (x - x) / (x - x); // log1p(x < -1) = NaN
            }
            if (ax < 0x3e200000) { // |x| < 2^-29
                if (TWO54 + x > 0.0 && ax < 0x3c900000) { // |x| < 2^-54
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422: no reduction, f = x
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= DoubleWords.EXPONENT_ALL_ONES) {
            return x + x; // +Inf or NaN
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) { // x < 2^53: 1+x is inexact, so keep the rounding error c
                u = 1.0 + x;
                hu = DoubleWords.high(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = DoubleWords.high(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) { // fraction below sqrt(2)
                u = DoubleWords.withHigh(u, hu | 0x3ff00000);
            } else {
                k += 1;
                u = DoubleWords.withHigh(u, hu | 0x3fe00000); // u/2
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }
}
