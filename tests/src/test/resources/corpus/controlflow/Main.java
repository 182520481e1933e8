package corpus.controlflow;

/**
 * Control flow: labeled break and continue out of nested loops, do-while, while with complex conditions,
 * short-circuit && and || with side effects, the conditional operator's numeric promotion, compound
 * assignments that narrow (byte += 300, char *= 2, short -= ...), pre/post increment on locals, fields, static
 * fields and array elements, every int comparison against zero and between ints (ifeq..ifle, if_icmp*),
 * reference comparisons (if_acmpeq/ne, ifnull/ifnonnull), an infinite loop left by return, and an assert
 * statement (disabled by default: $assertionsDisabled from Class.desiredAssertionStatus, the condition not run).
 */
public class Main {
    static int calls;
    static int staticCounter;
    int field;
    long longField;

    static boolean check(boolean result) {
        calls++;
        return result;
    }

    static String compareToZero(int v) {
        return (v == 0 ? "eq " : "") + (v != 0 ? "ne " : "") + (v < 0 ? "lt " : "") + (v >= 0 ? "ge " : "")
                + (v > 0 ? "gt " : "") + (v <= 0 ? "le" : "");
    }

    static int firstSquareAbove(int limit) {
        int i = 0;
        while (true) {
            if (i * i > limit) {
                return i;
            }
            i++;
        }
    }

    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) {
                    continue outer;
                }
                if (i == 3) {
                    break outer;
                }
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println();
        int found = -1;
        search:
        {
            for (int i = 2; i < 100; i++) {
                if (i % 7 == 0 && i % 5 == 0) {
                    found = i;
                    break search;
                }
            }
            found = -2;
        }
        System.out.println("labeled block found " + found);
        int n = 0;
        do {
            n += 3;
        } while (n < 20);
        int m = 100;
        do {
            m++;
        } while (m < 0);
        System.out.println("do-while " + n + " " + m);
        calls = 0;
        boolean r1 = check(false) && check(true);
        boolean r2 = check(true) || check(false);
        boolean r3 = check(false) || check(true) && check(false);
        boolean r4 = check(true) & check(false) | check(true) ^ check(true);
        System.out.println("short-circuit results " + r1 + r2 + r3 + r4 + " calls " + calls);
        for (int v : new int[] {-5, 0, 7}) {
            System.out.println(v + ": " + compareToZero(v).trim());
        }
        int a = 3, b = 5;
        System.out.println("icmp " + (a == b) + (a != b) + (a < b) + (a <= b) + (a > b) + (a >= b) + (b > a) + (b <= a));
        Object x = "s", y = "s", z = new String("s"), nothing = null;
        System.out.println("acmp " + (x == y) + " " + (x != z) + " null " + (nothing == null) + " " + (x != null));
        byte bt = 10;
        bt += 300;
        char ch = 'A';
        ch *= 2;
        short sh = 0;
        sh -= 40000;
        int shifted = 1;
        shifted <<= 35;
        System.out.println("narrowing compound " + bt + " " + (int) ch + " " + sh + " " + shifted);
        Main obj = new Main();
        int[] arr = {10, 20};
        int i = 5;
        int post = i++ + i++;
        int pre = ++i + ++i;
        int fieldPost = obj.field++;
        int fieldPre = ++obj.field;
        long longPost = obj.longField++;
        int staticPost = staticCounter++;
        int elementPost = arr[1]++;
        int elementPre = --arr[0];
        System.out.println("increments " + post + " " + pre + " " + i + " " + fieldPost + " " + fieldPre + " " + obj.field
                + " " + longPost + " " + obj.longField + " " + staticPost + " " + staticCounter + " " + elementPost + " "
                + elementPre + " " + arr[0] + " " + arr[1]);
        long big = 1;
        big <<= 40;
        double dd = 10;
        dd %= 3;
        float ff = 1;
        ff /= 3;
        System.out.println("compound wide types " + big + " " + dd + " " + ff);
        long ternaryLong = true ? 1 : 2L;
        Object ternaryObj = false ? "text" : 'c';
        char ternaryChar = true ? 'x' : 0;
        int k = 7;
        System.out.println("ternary " + ternaryLong + " " + ternaryObj + " " + ternaryChar + " " + (k > 5 ? k > 6 ? "big" : "mid" : "small")
                + " " + (false ? 1 : 'a') + " " + (true ? 'b' : k));
        System.out.println("first square above 1000: " + firstSquareAbove(1000));
        int collatz = 27, steps = 0;
        while (collatz != 1 && steps < 1000) {
            collatz = (collatz & 1) == 0 ? collatz >> 1 : 3 * collatz + 1;
            steps++;
        }
        System.out.println("collatz 27 steps " + steps);
        int evaluated = 0;
        assert ++evaluated > 100 : "assertions are disabled by default, so this is never evaluated";
        System.out.println("assert statement skipped, evaluated " + evaluated);
        boolean flag = !(a > b) ^ (a == 3);
        System.out.println("not/xor " + flag + " " + !flag);
    }
}
