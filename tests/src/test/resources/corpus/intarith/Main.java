package corpus.intarith;

/**
 * int arithmetic: iadd/isub/imul wrap on overflow, idiv/irem truncate toward zero, MIN_VALUE / -1 stays
 * MIN_VALUE, division and remainder by zero throw ArithmeticException "/ by zero", ineg of MIN_VALUE, iinc
 * with small and large increments, and the int constants (iconst_m1..iconst_5, bipush, sipush, ldc).
 */
public class Main {
    static int max = Integer.MAX_VALUE;
    static int min = Integer.MIN_VALUE;

    static void show(String label, int value) {
        System.out.println(label + " = " + value);
    }

    static int divide(int a, int b) {
        return a / b;
    }

    static int remainder(int a, int b) {
        return a % b;
    }

    public static void main(String[] args) {
        show("MAX + 1", max + 1);
        show("MIN - 1", min - 1);
        show("MAX * 2", max * 2);
        show("MAX * MAX", max * max);
        show("MIN * -1", min * -1);
        show("-MIN", -min);
        show("MIN / -1", divide(min, -1));
        show("MIN % -1", remainder(min, -1));
        int[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}, {123456789, 1000}, {min, 7}, {max, -7}};
        for (int[] p : pairs) {
            System.out.println(p[0] + " / " + p[1] + " = " + divide(p[0], p[1]) + ", % = " + remainder(p[0], p[1]));
        }
        for (int n : new int[] {1, 0, -1, min}) {
            try {
                show("10 / " + n, divide(10, n));
                show("10 % " + n, remainder(10, n));
            } catch (ArithmeticException e) {
                System.out.println("10 / " + n + " threw " + e);
            }
        }
        try {
            show("5 % 0", remainder(5, 0));
        } catch (ArithmeticException e) {
            System.out.println("5 % 0 threw " + e.getMessage());
        }
        // Constants of every encoding.
        int m1 = -1, c0 = 0, c1 = 1, c2 = 2, c3 = 3, c4 = 4, c5 = 5, b = 100, nb = -128, s = 30000, ns = -32768, big = 1234567;
        show("constants sum", m1 + c0 + c1 + c2 + c3 + c4 + c5 + b + nb + s + ns + big);
        // iinc, including increments that need the wide form.
        int i = 0;
        i++;
        i += 100;
        i -= 3;
        i += 1000;
        i -= 40000;
        i--;
        show("after iinc", i);
        int counter = max;
        counter++;
        show("MAX++", counter);
        // Mixed expressions and compound assignments.
        int x = 17;
        x *= 3;
        x /= 4;
        x %= 5;
        x <<= 3;
        x ^= 0x55;
        x |= 0x100;
        x &= 0x1F0;
        show("compound", x);
        int acc = 0;
        for (int k = 1; k <= 100; k++) {
            acc = acc * 31 + k;
        }
        show("hash-like accumulation", acc);
        show("Integer.MIN_VALUE abs", Math.abs(min));
        show("negate zero", -c0);
    }
}
