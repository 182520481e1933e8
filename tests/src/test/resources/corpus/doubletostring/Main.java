package corpus.doubletostring;

/**
 * Double.toString and Float.toString of awkward values (the shortest-uniquely-identifying digits, switching to
 * E notation below 1e-3 and at 1e7), parsing with Double.parseDouble/Float.parseFloat (hex floats, exponents,
 * overflow to infinity, underflow to zero, whitespace, "NaN"/"Infinity", suffixes f/d), bit conversions
 * (doubleToLongBits canonicalizes NaN, doubleToRawLongBits does not), toHexString, and ulp/nextUp/getExponent.
 */
public class Main {
    public static void main(String[] args) {
        double[] doubles = {0.1 + 0.2, 0.1, 0.3, 1.0, 100.0, 1e7, 9999999.0, 12345678.9, 1e21, 1e22, 1e23, 1e-3, 0.001,
                9.99e-4, 1e-7, 1.0E-5, 123456789012345680.0, 2.0 / 3, Math.PI * 1e10, Double.MIN_VALUE,
                Double.MIN_NORMAL, Double.MAX_VALUE, 4.9e-324 * 3, 2.2250738585072009E-308, -0.0, 0.0, Double.NaN,
                Double.NEGATIVE_INFINITY, 5e-324, 1.7976931348623157e308 / 3, 2e-3, 1.0e15, 1.0e16, 123.456, -1.25e-10,
                (double) Long.MAX_VALUE, 0.5, 0.25, 1.0 / 3, 100.0 / 7, 5.0E-4, 8.41E21};
        for (double d : doubles) {
            System.out.println("double " + d + "  bits " + Long.toHexString(Double.doubleToLongBits(d)) + "  hex "
                    + Double.toHexString(d));
        }
        float[] floats = {0.1f, 0.1f + 0.2f, 1.0f / 3, 1e10f, 1.0e7f, 9999999f, 1e-3f, 1e-4f, 3.4028235e38f, Float.MIN_VALUE,
                Float.MIN_NORMAL, 1.17549421E-38f, 16777216f, 16777217f, -0.0f, 123.456f, (float) Math.E, 2.5e-6f,
                33554432f * 3};
        for (float f : floats) {
            System.out.println("float " + f + "  bits " + Integer.toHexString(Float.floatToIntBits(f)) + "  as double "
                    + (double) f);
        }
        String[] inputs = {"1", "-1.5", "1e10", "1E-10", ".5", "5.", "  42.0  ", "0x1p3", "0x1.8p-1", "-0x0.0p0", "1e400",
                "-1e400", "1e-400", "NaN", "-Infinity", "+Infinity", "1.5f", "2.5d", "4.9e-324", "2.4e-324",
                "0.1000000000000000055511151231257827", "123456789012345678901234567890", "1_0", "", "abc"};
        for (String s : inputs) {
            try {
                System.out.println("parseDouble(\"" + s + "\") = " + Double.parseDouble(s) + ", parseFloat = "
                        + Float.parseFloat(s));
            } catch (NumberFormatException e) {
                System.out.println("parse(\"" + s + "\") fails: " + e.getMessage());
            }
        }
        double nan = Double.longBitsToDouble(0x7ff8000000000001L);
        System.out.println("NaN payload: raw " + Long.toHexString(Double.doubleToRawLongBits(nan)) + ", canonical "
                + Long.toHexString(Double.doubleToLongBits(nan)) + ", isNaN " + Double.isNaN(nan));
        System.out.println("intBitsToFloat " + Float.intBitsToFloat(0x3f800001) + " " + Float.intBitsToFloat(0x00000001)
                + " longBitsToDouble " + Double.longBitsToDouble(0x3ff0000000000001L));
        for (double d : new double[] {1.0, 1e-300, 1e300, Double.MIN_VALUE, 0.0}) {
            System.out.println("ulp(" + d + ") = " + Math.ulp(d) + ", nextUp " + Math.nextUp(d) + ", nextDown "
                    + Math.nextDown(d) + ", exponent " + Math.getExponent(d));
        }
        System.out.println("float ulp " + Math.ulp(1.0f) + " nextAfter " + Math.nextAfter(1.0f, 2.0) + " scalb "
                + Math.scalb(1.5, 10) + " " + Math.scalb(1.0f, -149) + " copySign " + Math.copySign(3.0, -0.0));
        System.out.println("valueOf " + Double.valueOf("3.25") + " " + Float.valueOf("-7.5") + ", toString "
                + Double.toString(1e-300 * 1e-300) + " " + Float.toString(1e38f * 10));
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += 0.1;
            System.out.print(sum + (i < 9 ? " " : "\n"));
        }
    }
}
