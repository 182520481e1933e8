package corpus.longarith;

/**
 * long arithmetic: ladd/lsub/lmul wrap, ldiv/lrem, Long.MIN_VALUE / -1, division by zero, lneg, lcmp in every
 * comparison, lconst_0/lconst_1 and ldc2_w constants, and mixing int and long (i2l widening in expressions).
 */
public class Main {
    static long max = Long.MAX_VALUE;
    static long min = Long.MIN_VALUE;

    static long divide(long a, long b) {
        return a / b;
    }

    static long remainder(long a, long b) {
        return a % b;
    }

    static String compare(long a, long b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : "")
                + (a >= b ? ">=" : "") + (a > b ? ">" : "");
    }

    public static void main(String[] args) {
        System.out.println("MAX + 1 = " + (max + 1));
        System.out.println("MIN - 1 = " + (min - 1));
        System.out.println("MAX * 3 = " + (max * 3));
        System.out.println("-MIN = " + (-min));
        System.out.println("MIN / -1 = " + divide(min, -1));
        System.out.println("MIN % -1 = " + remainder(min, -1));
        long[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1L << 40, 3}, {min, 10}, {max, -10}};
        for (long[] p : pairs) {
            System.out.println(p[0] + " / " + p[1] + " = " + divide(p[0], p[1]) + ", % = " + remainder(p[0], p[1]));
        }
        try {
            System.out.println(divide(1, 0));
        } catch (ArithmeticException e) {
            System.out.println("1L / 0L threw " + e);
        }
        try {
            System.out.println(remainder(1, 0));
        } catch (ArithmeticException e) {
            System.out.println("1L % 0L threw " + e);
        }
        long[] values = {min, -1, 0, 1, max, 1L << 32, -(1L << 32)};
        for (long a : values) {
            StringBuilder line = new StringBuilder();
            for (long b : values) {
                line.append(compare(a, b)).append(' ');
            }
            System.out.println(a + ": " + line.toString().trim());
        }
        System.out.println("Long.compare(MIN, MAX) = " + Long.compare(min, max));
        long zero = 0L, one = 1L, big = 0x123456789ABCDEFL;
        System.out.println("constants " + zero + " " + one + " " + big + " " + (zero + one + big));
        int i = Integer.MAX_VALUE;
        long widened = i + 1L;
        long notWidened = i + 1;
        System.out.println("int MAX + 1L = " + widened + ", int MAX + 1 widened after = " + notWidened);
        long factorial = 1;
        for (int k = 1; k <= 25; k++) {
            factorial *= k;
            if (k >= 19) {
                System.out.println(k + "! wrapped = " + factorial);
            }
        }
        long fib1 = 0, fib2 = 1;
        for (int k = 0; k < 90; k++) {
            long next = fib1 + fib2;
            fib1 = fib2;
            fib2 = next;
        }
        System.out.println("fib(90) = " + fib1);
        System.out.println("Math.abs(MIN) = " + Math.abs(min));
        System.out.println("unsigned MIN/3 = " + Long.divideUnsigned(min, 3) + " rem " + Long.remainderUnsigned(min, 3));
    }
}
