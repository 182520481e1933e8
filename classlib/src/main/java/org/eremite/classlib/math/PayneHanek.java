package org.eremite.classlib.math;

/**
 * The reduction of huge arguments by pi/2 (fdlibm's {@code k_rem_pio2.c}, after Payne and Hanek): x is given as
 * 24-bit pieces scaled by 2^e0, and only the bits of 2/pi that can affect x*2/pi modulo 8 and its fraction are
 * multiplied in: those whose weight times x's is below 2^3 (the integer part beyond that is a multiple of 8 and so
 * of 2*pi) and down to enough bits for a double-double fraction, with more bits fetched when the fraction starts
 * with a run of zeros. All products of 24-bit pieces are exact in doubles. Fixed at fdlibm's precision 2 (a head
 * and a tail, {@code jk = 4} terms to start).
 */
final class PayneHanek {
    /** 2/pi in 24-bit chunks: 2/pi = sum of TWO_OVER_PI[i] * 2^(-24*(i+1)). */
    private static final int[] TWO_OVER_PI = {
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
        0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
        0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
        0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
        0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
        0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
        0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
        0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
        0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
        0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    };

    /** pi/2 in pieces of 24 bits: pi/2 = sum of PIO2[i], each exact. */
    private static final double[] PIO2 = {
        1.57079625129699707031e+00, // 0x3FF921FB, 0x40000000
        7.54978941586159635335e-08, // 0x3E74442D, 0x00000000
        5.39030252995776476554e-15, // 0x3CF84698, 0x80000000
        3.28200341580791294123e-22, // 0x3B78CC51, 0x60000000
        1.27065575308067607349e-29, // 0x39F01B83, 0x80000000
        1.22933308981111328932e-36, // 0x387A2520, 0x40000000
        2.73370053816464559624e-44, // 0x36E38222, 0x80000000
        2.16741683877804819444e-51, // 0x3569F31D, 0x00000000
    };

    private static final double TWO24 = 1.67772160000000000000e+07; // 0x41700000, 0x00000000
    private static final double TWON24 = 5.96046447753906250000e-08; // 0x3E700000, 0x00000000
    /** Terms of the product computed at first (fdlibm's {@code jk} for precision 2, about 24*4 bits). */
    private static final int JK = 4;
    /** Terms of pi/2 used to convert the fraction back ({@code jp}). */
    private static final int JP = JK;
    /** Room for the chunks: fdlibm's arrays of 20. */
    private static final int CHUNKS = 20;

    private PayneHanek() {
    }

    /** The 24-bit chunks of 2/pi (for the tests, which check them against pi). */
    static int[] twoOverPi() {
        return TWO_OVER_PI.clone();
    }

    /**
     * Reduces x = (sum of x[i] * 2^(-24*i)) * 2^e0 (pieces of 24 bits, {@code nx} of them, the last nonzero) by
     * pi/2: stores the remainder's head and tail into {@code y} and returns n mod 8.
     */
    static int reduce(double[] x, double[] y, int e0, int nx) {
        double[] f = new double[CHUNKS];
        double[] q = new double[CHUNKS];
        double[] fq = new double[CHUNKS];
        int[] iq = new int[CHUNKS];

        // The chunks of 2/pi from jv on are the first whose product with x's leading piece has weight below 2^3.
        int jx = nx - 1;
        int jv = (e0 - 3) / 24;
        if (jv < 0) {
            jv = 0;
        }
        int q0 = e0 - 24 * (jv + 1);

        // f[0..jx+jk] = TWO_OVER_PI[jv-jx .. jv+jk], zero before the table
        int m = jx + JK;
        for (int i = 0, j = jv - jx; i <= m; i++, j++) {
            f[i] = j < 0 ? 0.0 : (double) TWO_OVER_PI[j];
        }
        // q[i] = sum of x[j] * f[jx+i-j]: the product's chunks, each exact
        for (int i = 0; i <= JK; i++) {
            q[i] = chunkProduct(x, f, jx, i);
        }

        int jz = JK;
        double z;
        int n;
        int ih;
        while (true) {
            // distill q[] into 24-bit integers iq[], from the last chunk up
            z = q[jz];
            for (int i = 0, j = jz; j > 0; i++, j--) {
                double fw = (int) (TWON24 * z);
                iq[i] = (int) (z - TWO24 * fw);
                z = q[j - 1] + fw;
            }

            // the integer part modulo 8 gives n
            z = DoubleWords.scale(z, q0);
            z -= 8.0 * floorOfNonNegative(z * 0.125);
            n = (int) z;
            z -= n;
            ih = 0;
            if (q0 > 0) { // the last integer bits are in iq[jz-1]
                int i = iq[jz - 1] >> (24 - q0);
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if (q0 == 0) {
                ih = iq[jz - 1] >> 23;
            } else if (z >= 0.5) {
                ih = 2;
            }

            if (ih > 0) { // the fraction is above 1/2: take n+1 and the fraction 1 - q (negated at the end)
                n += 1;
                int carry = 0;
                for (int i = 0; i < jz; i++) {
                    int j = iq[i];
                    if (carry == 0) {
                        if (j != 0) {
                            carry = 1;
                            iq[i] = 0x1000000 - j;
                        }
                    } else {
                        iq[i] = 0xffffff - j;
                    }
                }
                if (q0 == 1) { // keep only the fraction's bits of the top chunk
                    iq[jz - 1] &= 0x7fffff;
                } else if (q0 == 2) {
                    iq[jz - 1] &= 0x3fffff;
                }
                if (ih == 2) {
                    z = 1.0 - z;
                    if (carry != 0) {
                        z -= DoubleWords.scale(1.0, q0);
                    }
                }
            }

            // a fraction whose computed chunks are all zero needs more chunks of 2/pi
            if (z != 0.0) {
                break;
            }
            int j = 0;
            for (int i = jz - 1; i >= JK; i--) {
                j |= iq[i];
            }
            if (j != 0) {
                break;
            }
            int k = 1;
            while (iq[JK - k] == 0) {
                k++;
            }
            for (int i = jz + 1; i <= jz + k; i++) {
                f[jx + i] = TWO_OVER_PI[jv + i];
                q[i] = chunkProduct(x, f, jx, i);
            }
            jz += k;
        }

        // drop zero chunks at the end, or split z back into chunks
        if (z == 0.0) {
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) {
                jz--;
                q0 -= 24;
            }
        } else {
            z = DoubleWords.scale(z, -q0);
            if (z >= TWO24) {
                double fw = (int) (TWON24 * z);
                iq[jz] = (int) (z - TWO24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }

        // the fraction's chunks as doubles
        double fw = DoubleWords.scale(1.0, q0);
        for (int i = jz; i >= 0; i--) {
            q[i] = fw * iq[i];
            fw *= TWON24;
        }

        // times pi/2: fq[jz-i] = sum of PIO2[k] * q[i+k]
        for (int i = jz; i >= 0; i--) {
            double sum = 0.0;
            for (int k = 0; k <= JP && k <= jz - i; k++) {
                sum += PIO2[k] * q[i + k];
            }
            fq[jz - i] = sum;
        }

        // into a head and a tail
        double sum = 0.0;
        for (int i = jz; i >= 0; i--) {
            sum += fq[i];
        }
        y[0] = ih == 0 ? sum : -sum;
        sum = fq[0] - sum;
        for (int i = 1; i <= jz; i++) {
            sum += fq[i];
        }
        y[1] = ih == 0 ? sum : -sum;
        return n & 7;
    }

    private static double chunkProduct(double[] x, double[] f, int jx, int i) {
        double sum = 0.0;
        for (int j = 0; j <= jx; j++) {
            sum += x[j] * f[jx + i - j];
        }
        return sum;
    }

    /** floor(v) for 0 <= v < 2^63, where the conversion to long truncates toward zero, i.e. down. */
    private static double floorOfNonNegative(double v) {
        return (double) (long) v;
    }
}
