package org.eremite.classlib.math;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The oracle: the host's StrictMath (HotSpot's fdlibm). A result matches if its raw bits equal the host's, or if
 * both are NaN (NaN payloads are not specified). Failures are collected over all inputs and reported together, each
 * with its argument in hexadecimal, so that one run shows the whole extent of a mismatch.
 */
final class BitExact {
    private static final int SHOWN = 12;

    private BitExact() {
    }

    static boolean same(double expected, double actual) {
        if (expected != expected) {
            return actual != actual;
        }
        return Double.doubleToRawLongBits(expected) == Double.doubleToRawLongBits(actual);
    }

    static void check(String name, DoubleUnaryOperator ours, DoubleUnaryOperator host, double[] xs) {
        StringBuilder report = new StringBuilder();
        int failures = 0;
        for (double x : xs) {
            double expected = host.applyAsDouble(x);
            double actual = ours.applyAsDouble(x);
            if (!same(expected, actual)) {
                if (failures++ < SHOWN) {
                    report.append(String.format("%n  %s(%s) = %s, fdlibm %s", name, show(x), show(actual),
                            show(expected)));
                }
            }
        }
        if (failures > 0) {
            fail(name + ": " + failures + " of " + xs.length + " results differ from fdlibm's" + report);
        }
    }

    static void check(String name, DoubleBinaryOperator ours, DoubleBinaryOperator host, double[] xs, double[] ys) {
        StringBuilder report = new StringBuilder();
        int failures = 0;
        for (int i = 0; i < xs.length; i++) {
            double expected = host.applyAsDouble(xs[i], ys[i]);
            double actual = ours.applyAsDouble(xs[i], ys[i]);
            if (!same(expected, actual)) {
                if (failures++ < SHOWN) {
                    report.append(String.format("%n  %s(%s, %s) = %s, fdlibm %s", name, show(xs[i]), show(ys[i]),
                            show(actual), show(expected)));
                }
            }
        }
        if (failures > 0) {
            fail(name + ": " + failures + " of " + xs.length + " results differ from fdlibm's" + report);
        }
    }

    /** Every pair of the two lists. */
    static void checkAllPairs(String name, DoubleBinaryOperator ours, DoubleBinaryOperator host, double[] values) {
        double[] xs = new double[values.length * values.length];
        double[] ys = new double[xs.length];
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values.length; j++) {
                xs[i * values.length + j] = values[i];
                ys[i * values.length + j] = values[j];
            }
        }
        check(name, ours, host, xs, ys);
    }

    static String show(double x) {
        return x + " [0x" + Long.toHexString(Double.doubleToRawLongBits(x)) + "]";
    }
}
