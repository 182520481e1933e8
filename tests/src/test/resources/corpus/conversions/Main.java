package corpus.conversions;

/**
 * Primitive conversions: i2l, i2f, i2d, l2i, l2f, l2d, f2i, f2l, f2d, d2i, d2l, d2f, i2b, i2c, i2s.
 * f2i/f2l/d2i/d2l saturate at the target's MIN/MAX and map NaN to 0; narrowing int conversions keep the low
 * bits; int to float and long to float/double round to nearest; char is unsigned.
 */
public class Main {
    public static void main(String[] args) {
        double[] doubles = {0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2147483647.5, 2147483648.0, -2147483649.0, 1e10,
                -1e10, 9.2233720368547758E18, -9.3e18, 1e300, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
        for (double d : doubles) {
            System.out.println("d " + d + " -> int " + (int) d + ", long " + (long) d + ", float " + (float) d
                    + ", short " + (short) d + ", byte " + (byte) d + ", char " + (int) (char) d);
        }
        float[] floats = {0.7f, -0.7f, 3e9f, -3e9f, 1e19f, -1e19f, Float.NaN, Float.NEGATIVE_INFINITY, 16777217f,
                1.17549435E-38f};
        for (float f : floats) {
            System.out.println("f " + f + " -> int " + (int) f + ", long " + (long) f + ", double " + (double) f);
        }
        int[] ints = {0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769, 0x12345678,
                Integer.MAX_VALUE, Integer.MIN_VALUE, 16777217, 123456789};
        for (int i : ints) {
            System.out.println("i " + i + " -> byte " + (byte) i + ", short " + (short) i + ", char " + (int) (char) i
                    + ", long " + (long) i + ", float " + (float) i + ", double " + (double) i);
        }
        long[] longs = {0, -1, 1L << 31, (1L << 32) + 5, Long.MAX_VALUE, Long.MIN_VALUE, 9007199254740993L,
                123456789012345678L};
        for (long l : longs) {
            System.out.println("l " + l + " -> int " + (int) l + ", float " + (float) l + ", double " + (double) l
                    + ", short " + (short) l + ", char " + (int) (char) l + ", byte " + (byte) l);
        }
        char c = 'A';
        int fromChar = c + 1;
        char back = (char) fromChar;
        char high = (char) -1;
        System.out.println("char A + 1 = " + fromChar + " -> " + back + ", (char) -1 = " + (int) high
                + ", (short) (char) -1 = " + (short) high + ", (byte) 'A' = " + (byte) c);
        byte bb = (byte) 200;
        short ss = (short) 40000;
        System.out.println("byte 200 = " + bb + " unsigned " + Byte.toUnsignedInt(bb) + ", short 40000 = " + ss
                + " unsigned " + Short.toUnsignedInt(ss));
        long l = Integer.MAX_VALUE;
        float f = l;
        double dd = 0.1f;
        System.out.println("float of MAX int " + f + ", double of 0.1f " + dd + ", float of double 0.1 " + (float) 0.1);
        System.out.println("(int) 'z' - 'a' = " + ('z' - 'a') + ", (char) ('a' + 25) = " + (char) ('a' + 25));
        System.out.println("Math.round(2.5) " + Math.round(2.5) + ", (int) 2.5 " + (int) 2.5 + ", (int) -2.5 " + (int) -2.5);
    }
}
