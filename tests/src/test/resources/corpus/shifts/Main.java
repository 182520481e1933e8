package corpus.shifts;

/**
 * Shifts: ishl/ishr/iushr mask their count to 5 bits and lshl/lshr/lushr to 6 bits, so counts of 32, 33,
 * 64, -1 and 100 wrap; arithmetic versus logical right shift of negative numbers; shifts of byte/short/char
 * promote to int first; and the bitwise operators iand/ior/ixor/land/lor/lxor with Integer/Long bit utilities.
 */
public class Main {
    public static void main(String[] args) {
        int[] counts = {0, 1, 5, 31, 32, 33, 63, 64, 65, 100, -1, -31, -32};
        int x = 0x8000_0F01;
        long y = 0x8000_0000_0000_0F01L;
        for (int c : counts) {
            System.out.println("count " + c + ": int << " + (x << c) + ", >> " + (x >> c) + ", >>> " + (x >>> c)
                    + " | long << " + (y << c) + ", >> " + (y >> c) + ", >>> " + (y >>> c));
        }
        byte b = -16;
        short s = -1;
        char ch = '\uFFFF';
        System.out.println("byte -16 >>> 2 = " + (b >>> 2) + ", as byte " + (byte) (b >>> 2));
        System.out.println("short -1 >>> 28 = " + (s >>> 28));
        System.out.println("char FFFF >> 4 = " + (ch >> 4));
        b >>>= 2; // compound assignment narrows back to byte
        System.out.println("byte b >>>= 2 gives " + b);
        long shiftedByLong = 1L << 40L;
        int shiftedIntByLong = 1 << 40L; // count is a long, masked to 5 bits: 40 & 31 = 8
        System.out.println("1L << 40L = " + shiftedByLong + ", 1 << 40L = " + shiftedIntByLong);
        int a = 0b1011_0110, m = 0b0110_1101;
        System.out.println("and " + (a & m) + " or " + (a | m) + " xor " + (a ^ m) + " not " + (~a));
        long la = 0xF0F0_F0F0_F0F0_F0F0L, lm = 0x0FF0_0FF0_0FF0_0FF0L;
        System.out.println("land " + Long.toHexString(la & lm) + " lor " + Long.toHexString(la | lm) + " lxor "
                + Long.toHexString(la ^ lm) + " lnot " + Long.toHexString(~la));
        int[] samples = {0, 1, -1, 0x80000000, 0x7FFFFFFF, 0x00F0_0000, 12345};
        for (int v : samples) {
            System.out.println(v + ": bitCount " + Integer.bitCount(v) + ", nlz " + Integer.numberOfLeadingZeros(v)
                    + ", ntz " + Integer.numberOfTrailingZeros(v) + ", highest " + Integer.highestOneBit(v)
                    + ", lowest " + Integer.lowestOneBit(v) + ", rotl7 " + Integer.rotateLeft(v, 7) + ", rotr7 "
                    + Integer.rotateRight(v, 7) + ", reverse " + Integer.reverse(v) + ", reverseBytes "
                    + Integer.reverseBytes(v) + ", signum " + Integer.signum(v));
        }
        long[] longSamples = {0, -1, Long.MIN_VALUE, 0x0000_0100_0000_0000L, 987654321987654321L};
        for (long v : longSamples) {
            System.out.println(v + ": bitCount " + Long.bitCount(v) + ", nlz " + Long.numberOfLeadingZeros(v) + ", ntz "
                    + Long.numberOfTrailingZeros(v) + ", rotl13 " + Long.rotateLeft(v, 13) + ", reverse "
                    + Long.reverse(v));
        }
        // A xorshift generator: shifts, xors and long multiplication.
        long state = 88172645463325252L;
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            sum += state * 0x9E3779B97F4A7C15L;
        }
        System.out.println("xorshift state " + state + ", sum " + sum);
    }
}
