package org.eremite.compiler.corpus;

/**
 * Static calls with more integer arguments than the six integer registers and more floating-point arguments than
 * the eight SSE registers of SysV AMD64, and mixed, called by the harness and by compiled code.
 */
public final class Calls {
    private Calls() {
    }

    static long manyInts(int a, int b, int c, int d, int e, int f, int g, int h, int i) {
        return a + 3L * b + 7L * c + 15L * d + 31L * e + 63L * f + 127L * g + 255L * h + 511L * i;
    }

    static double manyDoubles(double a, double b, double c, double d, double e, double f, double g, double h,
            double i, double j) {
        return a + 2 * b + 4 * c + 8 * d + 16 * e + 32 * f + 64 * g + 128 * h + 256 * i + 512 * j;
    }

    static double mixed(int a, double b, long c, float d, int e, double f, long g, float h, int i, double j, long k,
            float l, int m, double n, long o, float p, int q, double r) {
        return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11 + l * 12 + m * 13
                + n * 14 + o * 15 + p * 16 + q * 17 + r * 18;
    }

    static double callMixed(int x) {
        return mixed(x, x * 0.5, x * 3L, x * 0.25f, x + 1, x - 0.5, -x, 1.5f, x * x, 0.125, 1L << 40, -2.5f, 7, 1e10,
                x, x / 3.0f, -x, 3.0);
    }

    static long callManyInts(int x) {
        return manyInts(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8) + manyInts(1, 2, 3, 4, 5, 6, 7, 8, x);
    }

    static double callManyDoubles(double x) {
        return manyDoubles(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9);
    }

    static float floats(float a, float b, float c) {
        return a * b - c;
    }

    static float callFloats(float x) {
        return floats(x, floats(x, 2.0f, 1.0f), floats(1.5f, x, x));
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static int divideThenAdd(int a, int b) {
        return 1 + quotient(a, b);
    }

    static int quotient(int a, int b) {
        return a / b;
    }
}
