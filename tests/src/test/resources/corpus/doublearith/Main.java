package corpus.doublearith;

/**
 * double arithmetic: dadd/dsub/dmul/ddiv/drem/dneg with NaN, infinities, signed zeros and subnormals; dcmpl
 * and dcmpg; drem's truncating remainder; dconst_0/1 and ldc2_w constants; summation order effects; strictfp
 * semantics (Java 17 is always strict).
 */
public class Main {
    static String compare(double a, double b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : "")
                + (a >= b ? ">=" : "") + (a > b ? ">" : "");
    }

    public static void main(String[] args) {
        double zero = 0.0, one = 1.0, pi = 3.141592653589793, e = 2.718281828459045;
        System.out.println("constants " + zero + " " + one + " " + pi + " " + e + " " + (pi * e));
        double[] xs = {1.0, -0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, -2.5, Double.MIN_VALUE};
        for (double a : xs) {
            for (double b : xs) {
                System.out.println(a + " ? " + b + ": + " + (a + b) + " - " + (a - b) + " * " + (a * b) + " / "
                        + (a / b) + " % " + (a % b) + " " + compare(a, b));
            }
        }
        double[][] rems = {{5.5, 2}, {-5.5, 2}, {5.5, -2}, {1e300, 3}, {0.3, 0.1}, {10, 0.1}, {-0.0, 1},
                {7, Double.POSITIVE_INFINITY}, {Double.POSITIVE_INFINITY, 7}};
        for (double[] r : rems) {
            System.out.println(r[0] + " % " + r[1] + " = " + (r[0] % r[1]) + ", IEEEremainder = "
                    + Math.IEEEremainder(r[0], r[1]));
        }
        System.out.println("0.1 + 0.2 = " + (0.1 + 0.2) + ", == 0.3 " + (0.1 + 0.2 == 0.3));
        double forward = 0, backward = 0;
        for (int i = 1; i <= 10000; i++) {
            forward += 1.0 / i;
        }
        for (int i = 10000; i >= 1; i--) {
            backward += 1.0 / i;
        }
        System.out.println("harmonic(10000) forward " + forward + ", backward " + backward);
        System.out.println("MAX * 2 = " + (Double.MAX_VALUE * 2) + ", -MAX * 2 = " + (-Double.MAX_VALUE * 2));
        System.out.println("MIN_VALUE / 2 = " + (Double.MIN_VALUE / 2) + ", MIN_NORMAL / 3 = " + (Double.MIN_NORMAL / 3));
        System.out.println("1e308 * 10 / 10 = " + (1e308 * 10 / 10));
        System.out.println("NaN == NaN " + (Double.NaN == Double.NaN) + ", NaN != NaN " + (Double.NaN != Double.NaN)
                + ", Double.compare(NaN, NaN) " + Double.compare(Double.NaN, Double.NaN)
                + ", equals " + Double.valueOf(Double.NaN).equals(Double.NaN)
                + ", 0.0 equals -0.0 " + Double.valueOf(0.0).equals(-0.0) + ", 0.0 == -0.0 " + (0.0 == -0.0));
        System.out.println("max(-0.0, 0.0) = " + Math.max(-0.0, 0.0) + ", min(-0.0, 0.0) = " + Math.min(-0.0, 0.0)
                + ", max(NaN, 1) = " + Math.max(Double.NaN, 1));
        double negZero = -0.0;
        System.out.println("-0.0 + 0.0 = " + (negZero + 0.0) + ", -0.0 - 0.0 = " + (negZero - 0.0) + ", -0.0 * -1 = "
                + (negZero * -1) + ", 1 / -0.0 = " + (1 / negZero) + ", -(0.0) = " + (-zero));
        // Newton's method for square roots, printed at full precision.
        for (double v : new double[] {2, 10, 1e-10, 12345.678}) {
            double guess = v;
            for (int i = 0; i < 60; i++) {
                guess = 0.5 * (guess + v / guess);
            }
            System.out.println("newton sqrt(" + v + ") = " + guess + ", Math.sqrt = " + Math.sqrt(v));
        }
        double d = 10;
        d /= 3;
        d *= 3;
        d -= 10;
        System.out.println("10/3*3-10 = " + d);
    }
}
