package org.eremite.compiler.corpus;

/** float arithmetic, remainder, negation and the fcmpl/fcmpg comparisons. */
public final class FloatOps {
    private FloatOps() {
    }

    static float add(float a, float b) { return a + b; }
    static float sub(float a, float b) { return a - b; }
    static float mul(float a, float b) { return a * b; }
    static float div(float a, float b) { return a / b; }
    static float rem(float a, float b) { return a % b; }
    static float neg(float a) { return -a; }

    /** javac uses fcmpl for < and <=, fcmpg for > and >=, so NaN makes every test false. */
    static int compareAll(float a, float b) {
        int r = 0;
        if (a == b) { r |= 1; }
        if (a != b) { r |= 2; }
        if (a < b) { r |= 4; }
        if (a >= b) { r |= 8; }
        if (a > b) { r |= 16; }
        if (a <= b) { r |= 32; }
        return r;
    }

    static float constants(float a) {
        return a * 2.0f + 1.0f - 0.0f + 3.25f;
    }
}
