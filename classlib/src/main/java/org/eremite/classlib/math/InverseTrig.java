package org.eremite.classlib.math;

/**
 * Arc sine, arc cosine and arc tangent (fdlibm's {@code e_asin.c}, {@code e_acos.c}, {@code s_atan.c},
 * {@code e_atan2.c}). asin and acos share a rational approximation R(x^2) of (asin(x) - x)/x^3 on [0, 0.5] and
 * reach the rest of [0.5, 1] through asin(x) = pi/2 - 2*asin(sqrt((1-x)/2)); atan reduces to |x| < 7/16 with
 * atan(x) = atan(c) + atan((x-c)/(1+x*c)) for c in {0.5, 1, 1.5, inf}.
 */
final class InverseTrig {
    private static final double HUGE = 1.000e+300;
    private static final double TINY = 1.0e-300;
    private static final double PI = 3.14159265358979311600e+00; // 0x400921FB, 0x54442D18
    private static final double PI_LO = 1.2246467991473531772E-16; // 0x3CA1A626, 0x33145C07
    private static final double PIO2_HI = 1.57079632679489655800e+00; // 0x3FF921FB, 0x54442D18
    private static final double PIO2_LO = 6.12323399573676603587e-17; // 0x3C91A626, 0x33145C07
    private static final double PIO4_HI = 7.85398163397448278999e-01; // 0x3FE921FB, 0x54442D18

    // R(t) = P(t)/Q(t) ~ (asin(sqrt t) - sqrt t) / t^(3/2) (e_asin.c)
    private static final double P_S0 = 1.66666666666666657415e-01; // 0x3FC55555, 0x55555555
    private static final double P_S1 = -3.25565818622400915405e-01; // 0xBFD4D612, 0x03EB6F7D
    private static final double P_S2 = 2.01212532134862925881e-01; // 0x3FC9C155, 0x0E884455
    private static final double P_S3 = -4.00555345006794114027e-02; // 0xBFA48228, 0xB5688F3B
    private static final double P_S4 = 7.91534994289814532176e-04; // 0x3F49EFE0, 0x7501B288
    private static final double P_S5 = 3.47933107596021167570e-05; // 0x3F023DE1, 0x0DFDF709
    private static final double Q_S1 = -2.40339491173441421878e+00; // 0xC0033A27, 0x1C8A2D4B
    private static final double Q_S2 = 2.02094576023350569471e+00; // 0x40002AE5, 0x9C598AC8
    private static final double Q_S3 = -6.88283971605453293030e-01; // 0xBFE6066C, 0x1B8D0159
    private static final double Q_S4 = 7.70381505559019352791e-02; // 0x3FB3B8C5, 0xB12E9282

    // atan(c) for the reduction points c = 0.5, 1, 1.5, inf, as head and tail (s_atan.c)
    private static final double[] ATAN_HI = {
        4.63647609000806093515e-01, // 0x3FDDAC67, 0x0561BB4F
        7.85398163397448278999e-01, // 0x3FE921FB, 0x54442D18
        9.82793723247329054082e-01, // 0x3FEF730B, 0xD281F69B
        1.57079632679489655800e+00, // 0x3FF921FB, 0x54442D18
    };
    private static final double[] ATAN_LO = {
        2.26987774529616870924e-17, // 0x3C7A2B7F, 0x222F65E2
        3.06161699786838301793e-17, // 0x3C81A626, 0x33145C07
        1.39033110312309984516e-17, // 0x3C700788, 0x7AF0CBBD
        6.12323399573676603587e-17, // 0x3C91A626, 0x33145C07
    };
    // atan(x) ~ x - x^3*(AT0 + AT1*x^2 + ... + AT10*x^20) on |x| < 7/16
    private static final double AT0 = 3.33333333333329318027e-01; // 0x3FD55555, 0x5555550D
    private static final double AT1 = -1.99999999998764832476e-01; // 0xBFC99999, 0x9998EBC4
    private static final double AT2 = 1.42857142725034663711e-01; // 0x3FC24924, 0x920083FF
    private static final double AT3 = -1.11111104054623557880e-01; // 0xBFBC71C6, 0xFE231671
    private static final double AT4 = 9.09088713343650656196e-02; // 0x3FB745CD, 0xC54C206E
    private static final double AT5 = -7.69187620504482999495e-02; // 0xBFB3B0F2, 0xAF749A6D
    private static final double AT6 = 6.66107313738753120669e-02; // 0x3FB10D66, 0xA0D03D51
    private static final double AT7 = -5.83357013379057348645e-02; // 0xBFADDE2D, 0x52DEFD9A
    private static final double AT8 = 4.97687799461593236017e-02; // 0x3FA97B4B, 0x24760DEB
    private static final double AT9 = -3.65315727442169155270e-02; // 0xBFA2B444, 0x2C6A6C2F
    private static final double AT10 = 1.62858201153657823623e-02; // 0x3F90AD3A, 0xE322DA11

    private static final int ONE_HIGH = 0x3ff00000;
    private static final int HALF_HIGH = 0x3fe00000;

    private InverseTrig() {
    }

    /** R(t) of e_asin.c: (asin(sqrt t) - sqrt t) / t^(3/2) as the quotient P(t)/Q(t). */
    private static double ratio(double t) {
        double p = t * (P_S0 + t * (P_S1 + t * (P_S2 + t * (P_S3 + t * (P_S4 + t * P_S5)))));
        double q = 1.0 + t * (Q_S1 + t * (Q_S2 + t * (Q_S3 + t * Q_S4)));
        return p / q;
    }

    static double asin(double x) {
        int hx = DoubleWords.high(x);
        int ix = hx & 0x7fffffff;
        if (ix >= ONE_HIGH) {
            if (((ix - ONE_HIGH) | DoubleWords.low(x)) == 0) {
                return x * PIO2_HI + x * PIO2_LO; // asin(+-1) = +-pi/2
            }
            return (x - x) / (x - x); // |x| > 1, or NaN
        }
        if (ix < HALF_HIGH) {
            if (ix < 0x3e400000 && HUGE + x > 1.0) { // |x| < 2^-27
                return x;
            }
            double t = x * x;
            return x + x * ratio(t);
        }
        // 0.5 <= |x| < 1: asin(|x|) = pi/2 - 2*asin(sqrt((1-|x|)/2))
        double w = 1.0 - DoubleWords.abs(x);
        double t = w * 0.5;
        double p = t * (P_S0 + t * (P_S1 + t * (P_S2 + t * (P_S3 + t * (P_S4 + t * P_S5)))));
        double q = 1.0 + t * (Q_S1 + t * (Q_S2 + t * (Q_S3 + t * Q_S4)));
        double s = SquareRoot.sqrt(t);
        if (ix >= 0x3FEF3333) { // |x| > 0.975
            w = p / q;
            t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
        } else {
            // s split into a 21-bit head w and a correction c, so that 2*w is exact against pi/4
            w = DoubleWords.withLow(s, 0);
            double c = (t - w * w) / (s + w);
            double r = p / q;
            p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
            q = PIO4_HI - 2.0 * w;
            t = PIO4_HI - (p - q);
        }
        return hx > 0 ? t : -t;
    }

    static double acos(double x) {
        int hx = DoubleWords.high(x);
        int ix = hx & 0x7fffffff;
        if (ix >= ONE_HIGH) {
            if (((ix - ONE_HIGH) | DoubleWords.low(x)) == 0) {
                return hx > 0 ? 0.0 : PI + 2.0 * PIO2_LO; // acos(1) = 0, acos(-1) = pi
            }
            return (x - x) / (x - x); // |x| > 1, or NaN
        }
        if (ix < HALF_HIGH) {
            if (ix <= 0x3c600000) { // |x| < 2^-57
                return PIO2_HI + PIO2_LO;
            }
            double z = x * x;
            double r = ratio(z);
            return PIO2_HI - (x - (PIO2_LO - x * r));
        }
        if (hx < 0) { // x < -0.5: acos(x) = pi - 2*asin(sqrt((1+x)/2))
            double z = (1.0 + x) * 0.5;
            double p = z * (P_S0 + z * (P_S1 + z * (P_S2 + z * (P_S3 + z * (P_S4 + z * P_S5)))));
            double q = 1.0 + z * (Q_S1 + z * (Q_S2 + z * (Q_S3 + z * Q_S4)));
            double s = SquareRoot.sqrt(z);
            double r = p / q;
            double w = r * s - PIO2_LO;
            return PI - 2.0 * (s + w);
        }
        // x > 0.5: acos(x) = 2*asin(sqrt((1-x)/2)), with the root split into head df and correction c
        double z = (1.0 - x) * 0.5;
        double s = SquareRoot.sqrt(z);
        double df = DoubleWords.withLow(s, 0);
        double c = (z - df * df) / (s + df);
        double p = z * (P_S0 + z * (P_S1 + z * (P_S2 + z * (P_S3 + z * (P_S4 + z * P_S5)))));
        double q = 1.0 + z * (Q_S1 + z * (Q_S2 + z * (Q_S3 + z * Q_S4)));
        double r = p / q;
        double w = r * s + c;
        return 2.0 * (df + w);
    }

    static double atan(double x) {
        int hx = DoubleWords.high(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x44100000) { // |x| >= 2^66
            if (ix > DoubleWords.EXPONENT_ALL_ONES
                    || (ix == DoubleWords.EXPONENT_ALL_ONES && DoubleWords.low(x) != 0)) {
                return x + x; // NaN
            }
            return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
        }
        int id;
        double xr = x;
        if (ix < 0x3fdc0000) { // |x| < 7/16
            if (ix < 0x3e200000 && HUGE + x > 1.0) { // |x| < 2^-29
                return x;
            }
            id = -1;
        } else {
            xr = DoubleWords.abs(x);
            if (ix < 0x3ff30000) { // |x| < 19/16
                if (ix < 0x3fe60000) { // 7/16 <= |x| < 11/16
                    id = 0;
                    xr = (2.0 * xr - 1.0) / (2.0 + xr);
                } else { // 11/16 <= |x| < 19/16
                    id = 1;
                    xr = (xr - 1.0) / (xr + 1.0);
                }
            } else if (ix < 0x40038000) { // |x| < 39/16
                id = 2;
                xr = (xr - 1.5) / (1.0 + 1.5 * xr);
            } else { // 39/16 <= |x| < 2^66
                id = 3;
                xr = -1.0 / xr;
            }
        }
        double z = xr * xr;
        double w = z * z;
        // the series split into odd and even powers of w = x^4
        double s1 = z * (AT0 + w * (AT2 + w * (AT4 + w * (AT6 + w * (AT8 + w * AT10)))));
        double s2 = w * (AT1 + w * (AT3 + w * (AT5 + w * (AT7 + w * AT9))));
        if (id < 0) {
            return xr - xr * (s1 + s2);
        }
        z = ATAN_HI[id] - ((xr * (s1 + s2) - ATAN_LO[id]) - xr);
        return hx < 0 ? -z : z;
    }

    static double atan2(double y, double x) {
        int hx = DoubleWords.high(x);
        int ix = hx & 0x7fffffff;
        int lx = DoubleWords.low(x);
        int hy = DoubleWords.high(y);
        int iy = hy & 0x7fffffff;
        int ly = DoubleWords.low(y);
        // NaN test on the words: a nonzero low word counts as a fraction bit
        if ((ix | ((lx | -lx) >>> 31)) > DoubleWords.EXPONENT_ALL_ONES
                || (iy | ((ly | -ly) >>> 31)) > DoubleWords.EXPONENT_ALL_ONES) {
            return x + y;
        }
        if (((hx - ONE_HIGH) | lx) == 0) {
            return atan(y); // x = 1
        }
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2*sign(x) + sign(y)

        if ((iy | ly) == 0) { // y = +-0
            switch (m) {
                case 0:
                case 1:
                    return y; // atan(+-0, +anything) = +-0
                case 2:
                    return PI + TINY; // atan(+0, -anything) = pi
                default:
                    return -PI - TINY; // atan(-0, -anything) = -pi
            }
        }
        if ((ix | lx) == 0) { // x = +-0
            return hy < 0 ? -PIO2_HI - TINY : PIO2_HI + TINY;
        }
        if (ix == DoubleWords.EXPONENT_ALL_ONES) { // x = +-Inf
            if (iy == DoubleWords.EXPONENT_ALL_ONES) {
                switch (m) {
                    case 0:
                        return PIO4_HI + TINY;
                    case 1:
                        return -PIO4_HI - TINY;
                    case 2:
                        return 3.0 * PIO4_HI + TINY;
                    default:
                        return -3.0 * PIO4_HI - TINY;
                }
            }
            switch (m) {
                case 0:
                    return 0.0;
                case 1:
                    return -0.0;
                case 2:
                    return PI + TINY;
                default:
                    return -PI - TINY;
            }
        }
        if (iy == DoubleWords.EXPONENT_ALL_ONES) { // y = +-Inf
            return hy < 0 ? -PIO2_HI - TINY : PIO2_HI + TINY;
        }

        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) { // |y/x| > 2^60
            z = PIO2_HI + 0.5 * PI_LO;
        } else if (hx < 0 && k < -60) { // |y|/x < -2^60
            z = 0.0;
        } else {
            z = atan(DoubleWords.abs(y / x));
        }
        switch (m) {
            case 0:
                return z; // atan(+, +)
            case 1:
                return DoubleWords.withHigh(z, DoubleWords.high(z) ^ DoubleWords.SIGN); // atan(-, +)
            case 2:
                return PI - (z - PI_LO); // atan(+, -)
            default:
                return (z - PI_LO) - PI; // atan(-, -)
        }
    }
}
