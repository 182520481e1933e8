package org.eremite.compiler.corpus;

/**
 * Arrays of every element kind: allocation, loads and stores with their extensions, bounds and negative-size
 * checks, arraylength, multianewarray, aastore, checkcast and instanceof on arrays, and the dup forms javac emits
 * for array element assignments used as values.
 */
public final class Arrays {
    private Arrays() {
    }

    static int sumOfSquares(int n) {
        int[] a = new int[n];
        for (int i = 0; i < a.length; i++) {
            a[i] = i * i - 7;
        }
        int sum = 0;
        for (int x : a) {
            sum += x;
        }
        return sum;
    }

    /** Index i of an array of n: ArrayIndexOutOfBounds or NegativeArraySize when they apply. */
    static int element(int n, int i) {
        int[] a = new int[n];
        for (int k = 0; k < n; k++) {
            a[k] = 100 + k;
        }
        return a[i];
    }

    /** dup_x2: the value of an int array element assignment. */
    static int assignInt(int i, int v) {
        int[] a = new int[4];
        return a[i] = v;
    }

    /** dup2_x2: the value of a long array element assignment. */
    static long assignLong(int i, long v) {
        long[] a = new long[4];
        return a[i] = v;
    }

    /** dup2 and iaload, iadd, iastore: compound assignment to an element. */
    static int compound(int i, int v) {
        int[] a = new int[8];
        a[i & 7] += v;
        a[i & 7] *= 3;
        a[(i + 1) & 7] -= a[i & 7]++;
        return a[i & 7] + a[(i + 1) & 7];
    }

    static int bytes(int v) {
        byte[] b = new byte[3];
        b[0] = (byte) v;
        b[1] = (byte) (v >> 8);
        b[2] = (byte) (b[0] + b[1]);
        return b[0] * 65536 + b[1] * 256 + b[2];
    }

    static int chars(int v) {
        char[] c = new char[2];
        c[0] = (char) v;
        c[1] = (char) (c[0] + 1);
        return c[0] + c[1];
    }

    static int shorts(int v) {
        short[] s = new short[2];
        s[0] = (short) v;
        s[1] = (short) (s[0] * 3);
        return s[0] ^ s[1];
    }

    static int booleans(int v) {
        boolean[] z = new boolean[32];
        for (int i = 0; i < 32; i++) {
            z[i] = ((v >>> i) & 1) != 0;
        }
        int r = 0;
        for (int i = 31; i >= 0; i--) {
            r = r * 2 + (z[i] ? 1 : 0);
        }
        return r;
    }

    static double doubles(double x) {
        double[] d = new double[3];
        d[0] = x;
        d[1] = x * x;
        d[2] = d[0] - d[1];
        return d[0] + d[1] * d[2];
    }

    static float floats(float x) {
        float[] f = new float[2];
        f[0] = x;
        f[1] = f[0] / 3;
        return f[0] - f[1];
    }

    static long longs(long x) {
        long[] l = new long[5];
        for (int i = 0; i < l.length; i++) {
            l[i] = x << i;
        }
        return l[0] ^ l[1] ^ l[2] ^ l[3] ^ l[4];
    }

    static int cube(int a, int b, int c) {
        int[][][] m = new int[a][b][c];
        int sum = m.length;
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < b; j++) {
                for (int k = 0; k < c; k++) {
                    m[i][j][k] = i * 100 + j * 10 + k;
                    sum += m[i][j][k];
                }
                sum += m[i][j].length;
            }
        }
        return sum;
    }

    static int jagged(int n) {
        long[][] rows = new long[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new long[i];
        }
        int cells = 0;
        for (long[] row : rows) {
            cells += row.length;
        }
        return cells;
    }

    static int objects(int n) {
        Object[] o = new Object[n];
        o[0] = o;
        o[n - 1] = new int[1];
        int nulls = 0;
        for (Object x : o) {
            if (x == null) {
                nulls++;
            }
        }
        return (o[0] == o ? 1000 : 0) + (o[n - 1] != null ? 100 : 0) + nulls;
    }

    /** checkcast and instanceof against exact array types; a failing cast throws ClassCastException. */
    static int casts(int n) {
        Object o = n >= 0 ? new int[n] : new long[-n];
        int r = 0;
        if (o instanceof int[]) {
            r += 1;
        }
        if (o instanceof long[]) {
            r += 2;
        }
        Object nothing = n == 0 ? null : o;
        if (nothing instanceof int[]) {
            r += 4;
        }
        int[] back = (int[]) o;
        return r + back.length * 8;
    }

    /** A synchronized block, and monitorenter on null: NullPointerException. */
    static int locked(int n) {
        Object lock = n == 0 ? null : new int[n];
        synchronized (lock) {
            n++;
        }
        return n;
    }
}
