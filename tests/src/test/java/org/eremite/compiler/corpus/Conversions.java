package org.eremite.compiler.corpus;

/** Every conversion bytecode. */
public final class Conversions {
    private Conversions() {
    }

    static long i2l(int a) { return a; }
    static float i2f(int a) { return a; }
    static double i2d(int a) { return a; }
    static int l2i(long a) { return (int) a; }
    static float l2f(long a) { return a; }
    static double l2d(long a) { return a; }
    static int f2i(float a) { return (int) a; }
    static long f2l(float a) { return (long) a; }
    static double f2d(float a) { return a; }
    static int d2i(double a) { return (int) a; }
    static long d2l(double a) { return (long) a; }
    static float d2f(double a) { return (float) a; }
    static int i2b(int a) { return (byte) a; }
    static int i2c(int a) { return (char) a; }
    static int i2s(int a) { return (short) a; }
}
