package org.eremite.jit.x86_64.baseline;

/** Methods whose prologues differ, for the stack-limit check's tests (never run on the host). */
final class StackLimitSample {
    private int field;

    private StackLimitSample() {
    }

    /** No locals, no stack: a frame of size 0. */
    static void empty() {
    }

    static int recurse(int n) {
        return recurse(n + 1) + 1;
    }

    /** A handler around the whole body: still not around the out-of-line code. */
    static int caught(int n) {
        try {
            return recurse(n);
        } catch (StackOverflowError e) {
            return -1;
        }
    }

    /** Stack arguments and float registers: the check comes before they are stored in their homes. */
    long many(long a, double b, long c, double d, long e, long f, long g, long h, float i, long j) {
        return a + (long) b + c + (long) d + e + f + g + h + (long) i + j + field;
    }

    /** The check comes before the monitor is entered. */
    static synchronized int locked(int n) {
        return n + 1;
    }
}
