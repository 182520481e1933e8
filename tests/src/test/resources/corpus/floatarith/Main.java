package corpus.floatarith;

/**
 * float arithmetic: fadd/fsub/fmul/fdiv/frem/fneg with NaN, infinities and signed zeros; fcmpl and fcmpg (every
 * comparison against NaN is false, != is true); frem follows Java's truncating remainder (not IEEE remainder);
 * fconst_0/1/2 and ldc float constants; rounding of float sums.
 */
public class Main {
    static final float[] VALUES = {0.0f, -0.0f, 1.0f, -1.5f, 2.0f, 3.25f, Float.NaN, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Float.MAX_VALUE, Float.MIN_VALUE, 1e-40f};

    static String compare(float a, float b) {
        // a < b compiles to fcmpg, a > b to fcmpl: with NaN both must be false.
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : "")
                + (a >= b ? ">=" : "") + (a > b ? ">" : "");
    }

    public static void main(String[] args) {
        float zero = 0.0f, one = 1.0f, two = 2.0f, third = 1.0f / 3.0f;
        System.out.println("constants " + zero + " " + one + " " + two + " " + third + " " + 0.1f + " " + 16777217f);
        for (float a : new float[] {1.0f, -0.0f, Float.NaN, Float.POSITIVE_INFINITY, 5.5f}) {
            for (float b : new float[] {0.0f, -0.0f, 2.0f, Float.NaN, Float.NEGATIVE_INFINITY}) {
                System.out.println(a + " op " + b + ": + " + (a + b) + ", - " + (a - b) + ", * " + (a * b) + ", / "
                        + (a / b) + ", % " + (a % b) + ", cmp " + compare(a, b));
            }
        }
        float[] dividends = {5.5f, -5.5f, 7.0f, -7.0f, 1e10f, 0.3f};
        float[] divisors = {2.0f, -2.0f, 0.7f, 3.0f};
        for (float a : dividends) {
            StringBuilder line = new StringBuilder(a + " % :");
            for (float b : divisors) {
                line.append(' ').append(a % b);
            }
            System.out.println(line);
        }
        for (float v : VALUES) {
            System.out.println("neg(" + v + ") = " + (-v) + ", v == -v " + (v == -v) + ", 1/v " + (1 / v)
                    + ", compare(v, -0f) " + Float.compare(v, -0.0f) + ", isNaN " + Float.isNaN(v) + ", isInfinite "
                    + Float.isInfinite(v) + ", isFinite " + Float.isFinite(v));
        }
        float sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += 0.1f;
        }
        System.out.println("1000 * 0.1f summed = " + sum);
        float product = 1;
        for (int i = 1; i <= 40; i++) {
            product *= i;
        }
        System.out.println("40! in float = " + product);
        float tiny = Float.MIN_VALUE;
        System.out.println("MIN_VALUE / 2 = " + (tiny / 2) + ", MIN_VALUE * 0.5f = " + (tiny * 0.5f)
                + ", MAX * 2 = " + (Float.MAX_VALUE * 2));
        System.out.println("0f/0f == itself: " + (zero / zero == zero / zero));
        System.out.println("max(-0f, 0f) = " + Math.max(-0.0f, 0.0f) + ", min = " + Math.min(-0.0f, 0.0f)
                + ", min(NaN, 1) = " + Math.min(Float.NaN, 1f));
        float x = 3.0f;
        x *= 1.1f;
        x -= 0.3f;
        x /= 7f;
        x %= 0.25f;
        System.out.println("compound float = " + x);
    }
}
