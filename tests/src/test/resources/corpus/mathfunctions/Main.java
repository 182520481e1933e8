package corpus.mathfunctions;

/**
 * Math and StrictMath: floorDiv/floorMod with every sign combination, abs of MIN_VALUE, the exact methods and
 * their "integer overflow"/"long overflow" messages, round/rint/ceil/floor at .5 and negative zero, sqrt/cbrt,
 * hypot, signum, min/max with NaN and -0.0, fma, and the transcendental functions through StrictMath (fdlibm,
 * the same results everywhere; Math's may use intrinsics): sin, cos, tan, asin, acos, atan, atan2, exp, log,
 * log10, log1p, expm1, sinh, cosh, tanh, pow with its special cases.
 */
public class Main {
    interface Exact {
        long run();
    }

    static void exact(String label, Exact e) {
        try {
            System.out.println(label + " = " + e.run());
        } catch (ArithmeticException ex) {
            System.out.println(label + " throws " + ex.getMessage());
        }
    }

    public static void main(String[] args) {
        int[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {6, 3}, {-6, 3}, {Integer.MIN_VALUE, -1}, {Integer.MIN_VALUE, 3}};
        for (int[] p : pairs) {
            System.out.println(p[0] + " floorDiv " + p[1] + " = " + Math.floorDiv(p[0], p[1]) + ", floorMod = "
                    + Math.floorMod(p[0], p[1]) + ", / = " + p[0] / p[1] + ", % = " + p[0] % p[1]);
        }
        System.out.println("long floorMod " + Math.floorMod(-10L, 3L) + " " + Math.floorMod(10L, -3) + " "
                + Math.floorDiv(Long.MIN_VALUE, -1L));
        System.out.println("abs " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-0.0)
                + " " + Math.abs(-7.5f) + " " + Math.abs(Double.NEGATIVE_INFINITY));
        exact("addExact(MAX, 1)", () -> Math.addExact(Integer.MAX_VALUE, 1));
        exact("addExact(2, 3)", () -> Math.addExact(2, 3));
        exact("multiplyExact(long MAX, 2)", () -> Math.multiplyExact(Long.MAX_VALUE, 2L));
        exact("subtractExact(MIN, 1)", () -> Math.subtractExact(Integer.MIN_VALUE, 1));
        exact("negateExact(MIN)", () -> Math.negateExact(Integer.MIN_VALUE));
        exact("toIntExact(1L << 31)", () -> Math.toIntExact(1L << 31));
        exact("incrementExact(MAX)", () -> Math.incrementExact(Integer.MAX_VALUE));
        exact("multiplyHigh", () -> Math.multiplyHigh(Long.MAX_VALUE, 3L));
        double[] rounding = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.0, 1e20, Double.NaN, 2.675,
                Double.POSITIVE_INFINITY, -0.4};
        for (double d : rounding) {
            System.out.println("round(" + d + ") = " + Math.round(d) + ", rint " + Math.rint(d) + ", ceil "
                    + Math.ceil(d) + ", floor " + Math.floor(d) + ", round(float) " + Math.round((float) d));
        }
        for (double d : new double[] {0, -0.0, 1, 2, 1e-310, 1e308, -4, 0.25, Double.NaN}) {
            System.out.println("sqrt(" + d + ") = " + Math.sqrt(d) + ", cbrt = " + StrictMath.cbrt(d) + ", signum = "
                    + Math.signum(d));
        }
        System.out.println("hypot " + StrictMath.hypot(3, 4) + " " + StrictMath.hypot(1e200, 1e200) + " fma "
                + Math.fma(2.0, 3.0, 1.0) + " " + Math.fma(0.1, 10.0, -1.0));
        System.out.println("min/max " + Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(Double.NaN, 0)
                + " " + Math.max(1, 2L) + " " + Math.min(1.5f, -2));
        double[] angles = {0, Math.PI / 6, Math.PI / 4, Math.PI / 2, Math.PI, 1e6, -2.5, 1e-9};
        for (double a : angles) {
            System.out.println("x=" + a + " sin " + StrictMath.sin(a) + " cos " + StrictMath.cos(a) + " tan "
                    + StrictMath.tan(a));
        }
        for (double v : new double[] {-1, -0.5, 0, 0.5, 1, 2}) {
            System.out.println("v=" + v + " asin " + StrictMath.asin(v) + " acos " + StrictMath.acos(v) + " atan "
                    + StrictMath.atan(v));
        }
        System.out.println("atan2 " + StrictMath.atan2(1, 1) + " " + StrictMath.atan2(-0.0, -1) + " " + StrictMath.atan2(0.0, -1)
                + " " + StrictMath.atan2(-1, 0));
        for (double v : new double[] {0, 1, -1, 10, 0.001, 700, 710, -750, 1e-20}) {
            System.out.println("v=" + v + " exp " + StrictMath.exp(v) + " log " + StrictMath.log(v) + " log10 "
                    + StrictMath.log10(v) + " log1p " + StrictMath.log1p(v) + " expm1 " + StrictMath.expm1(v));
        }
        for (double v : new double[] {0, 0.5, -2, 20}) {
            System.out.println("v=" + v + " sinh " + StrictMath.sinh(v) + " cosh " + StrictMath.cosh(v) + " tanh "
                    + StrictMath.tanh(v));
        }
        double[][] pows = {{2, 10}, {2, 0.5}, {-8, 1.0 / 3}, {0, 0}, {Double.NaN, 0}, {1, Double.NaN}, {-2, 3}, {-2, 0.5},
                {0, -1}, {-0.0, -3}, {10, -2}, {1.0000001, 1e9}, {Double.POSITIVE_INFINITY, -1}, {-1, Double.POSITIVE_INFINITY}};
        for (double[] p : pows) {
            System.out.println("pow(" + p[0] + ", " + p[1] + ") = " + StrictMath.pow(p[0], p[1]));
        }
        System.out.println("toRadians " + Math.toRadians(180) + " toDegrees " + Math.toDegrees(Math.PI / 3) + " E "
                + Math.E + " PI " + Math.PI);
        System.out.println("IEEEremainder " + Math.IEEEremainder(10, 3) + " " + Math.IEEEremainder(11, 3));
    }
}
