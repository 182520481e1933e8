package org.eremite.compiler;

/** The arguments the differential tests use: boundary values of each type, as raw bits. */
final class BoundaryValues {
    static final int[] INTS = {0, 1, -1, 2, -2, 3, 7, -7, 8, 31, 32, 33, 63, 64, 100, 255, 256, 0x7FFF, -0x8000, 65535,
        1 << 30, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1, 0x55555555,
        0xAAAAAAAA, 123456789, -987654321};
    static final long[] LONGS = {0, 1, -1, 2, -2, 7, -7, 63, 64, 65, 1L << 31, -(1L << 31), (1L << 31) - 1,
        0xFFFF_FFFFL, 1L << 32, 1L << 62, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
        0x5555_5555_5555_5555L, 0xAAAA_AAAA_AAAA_AAAAL, 1234567890123456789L, -987654321987654321L};
    static final float[] FLOATS = {0.0f, -0.0f, 1.0f, -1.0f, 0.5f, 1.5f, -2.5f, 3.0f, 0.1f, 100.7f, -1e-40f,
        Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.NaN, 2147483647.0f, 2147483648.0f, -2147483648.0f, -2147483904.0f,
        9.223372E18f, -9.223372E18f, 1e10f, 16777217.0f};
    static final double[] DOUBLES = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 3.0, 0.1, 100.7, 1e-310, -4.9e-324,
        Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN, 2147483647.0, 2147483647.5, 2147483648.0, -2147483648.0, -2147483649.0,
        9.223372036854775807E18, 9.2233720368547748E18, -9.223372036854775808E18, -9.223372036854778E18, 1e300,
        3.4028235677973366E38, 1.401298464324817E-45, Math.PI};

    private BoundaryValues() {
    }

    /** The values for a parameter of {@code type}, as raw bits. */
    static long[] of(Class<?> type) {
        if (type == long.class) {
            return LONGS.clone();
        }
        long[] bits;
        if (type == float.class) {
            bits = new long[FLOATS.length];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = Float.floatToRawIntBits(FLOATS[i]) & 0xFFFF_FFFFL;
            }
        } else if (type == double.class) {
            bits = new long[DOUBLES.length];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = Double.doubleToRawLongBits(DOUBLES[i]);
            }
        } else if (type == int.class) {
            bits = new long[INTS.length];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = INTS[i];
            }
        } else {
            throw new IllegalArgumentException("no boundary values for " + type);
        }
        return bits;
    }
}
