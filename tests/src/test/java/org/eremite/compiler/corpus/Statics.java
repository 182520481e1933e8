package org.eremite.compiler.corpus;

/** Static fields of every kind, a static initializer, and the dup forms javac emits for them. */
public final class Statics {
    static int counter = 12345;
    static long total = -1L;
    static double average = 0.5;
    static float scale = 2.5f;
    static boolean flag;
    static byte small = -3;
    static char letter = 'x';
    static short medium = -30000;

    private Statics() {
    }

    /** getstatic, iadd, dup, putstatic: the value of an assignment expression. */
    static int bump(int d) {
        return counter += d;
    }

    /** getstatic, dup2, lconst, ladd, putstatic: a long post-increment. */
    static long postIncrementTotal() {
        return total++;
    }

    static double accumulate(double x) {
        average = average * 0.5 + x;
        return average;
    }

    static float rescale(float f) {
        scale *= f;
        return scale;
    }

    static boolean toggle() {
        flag = !flag;
        return flag;
    }

    static int narrowFields(int v) {
        small += (byte) v;
        letter += (char) v;
        medium += (short) v;
        return small + letter + medium;
    }

    static int readAll() {
        return counter + (int) total + (int) average + (int) scale + (flag ? 1 : 0) + small + letter + medium;
    }
}
