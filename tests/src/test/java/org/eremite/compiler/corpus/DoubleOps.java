package org.eremite.compiler.corpus;

/** double arithmetic, remainder, negation and the dcmpl/dcmpg comparisons. */
public final class DoubleOps {
    private DoubleOps() {
    }

    static double add(double a, double b) { return a + b; }
    static double sub(double a, double b) { return a - b; }
    static double mul(double a, double b) { return a * b; }
    static double div(double a, double b) { return a / b; }
    static double rem(double a, double b) { return a % b; }
    static double neg(double a) { return -a; }

    static int compareAll(double a, double b) {
        int r = 0;
        if (a == b) { r |= 1; }
        if (a != b) { r |= 2; }
        if (a < b) { r |= 4; }
        if (a >= b) { r |= 8; }
        if (a > b) { r |= 16; }
        if (a <= b) { r |= 32; }
        return r;
    }

    static double constants(double a) {
        double x = a * 1.0 + 0.0;
        double y = x - 0.1 * 3.0e300;
        return y / 7.5 + 1e-310;
    }
}
