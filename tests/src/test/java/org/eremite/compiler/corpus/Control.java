package org.eremite.compiler.corpus;

/** Branches, loops, switches and recursion, bounded and not (StackOverflowError). */
public final class Control {
    private Control() {
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    /** Recursion without end: StackOverflowError. */
    static int bottomless(int n) {
        return bottomless(n + 1) + 1;
    }

    /** The overflow is caught, and the stack serves as before. */
    static int overflowThenRecurse(int n) {
        try {
            return bottomless(n);
        } catch (StackOverflowError e) {
            return fib(n);
        }
    }

    static int ackermann(int m, int n) {
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return ackermann(m - 1, 1);
        }
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static long sumTo(int n) {
        long sum = 0;
        for (int i = 0; i <= n; i++) {
            sum += i;
        }
        return sum;
    }

    /** Nested loops with break and continue. */
    static int nested(int n) {
        int count = 0;
        outer:
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if ((i + j) % 3 == 0) {
                    continue;
                }
                if (j > i + 5) {
                    continue outer;
                }
                if (count > 10000) {
                    break outer;
                }
                count += i ^ j;
            }
        }
        return count;
    }

    static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static int collatzSteps(long n) {
        int steps = 0;
        while (n > 1 && steps < 1000) {
            n = (n & 1) == 0 ? n / 2 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    /** A dense switch with negative keys: tableswitch. */
    static int dense(int key) {
        switch (key) {
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return -10;
            case 2: return -20;
            case 4: return -40;
            case 5: return -50;
            default: return 999;
        }
    }

    /** A sparse switch: lookupswitch, binary search. */
    static int sparse(int key) {
        switch (key) {
            case Integer.MIN_VALUE: return 1;
            case -100000: return 2;
            case -7: return 3;
            case 0: return 4;
            case 3: return 5;
            case 100: return 6;
            case 1000: return 7;
            case 65536: return 8;
            case 1 << 30: return 9;
            case Integer.MAX_VALUE: return 10;
            default: return -1;
        }
    }

    /** A small sparse switch: a linear compare chain. */
    static int fewCases(int key) {
        switch (key) {
            case 10: return 1;
            case 20: return 2;
            default: return 0;
        }
    }

    /** Fall-through cases. */
    static int fallThrough(int key) {
        int r = 0;
        switch (key) {
            case 1: r += 1;
            case 2: r += 2;
            case 3: r += 4; break;
            case 4: r += 8;
            default: r += 16;
        }
        return r;
    }

    static int max3(int a, int b, int c) {
        return a > b ? (a > c ? a : c) : (b > c ? b : c);
    }

    /** A loop over longs and doubles with a conditional on each. */
    static double series(int n) {
        double sum = 0;
        long sign = 1;
        for (int k = 0; k < n; k++) {
            sum += sign * 4.0 / (2 * k + 1);
            sign = -sign;
        }
        return sum;
    }

    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
