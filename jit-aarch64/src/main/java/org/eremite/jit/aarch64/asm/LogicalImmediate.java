package org.eremite.jit.aarch64.asm;

/**
 * The bitmask immediates of {@code and}, {@code orr}, {@code eor}, {@code ands} and {@code tst}
 * (ARM ARM C3.4.2 and the pseudocode DecodeBitMasks in J1): a 2-, 4-, 8-, 16-, 32- or 64-bit element,
 * replicated across the register, that is a rotated run of ones. Neither 0 nor all ones is encodable.
 */
public final class LogicalImmediate {
    private LogicalImmediate() {
    }

    /**
     * The 13-bit N:immr:imms field for {@code value} in a {@code size}-bit operation, or -1 if the value
     * is not a bitmask immediate. For size 32 only the low 32 bits count, and the value must be a
     * 32-bit number (zero- or sign-extended).
     */
    public static int encode(int size, long value) {
        long v;
        if (size == 32) {
            if (!(value >= Integer.MIN_VALUE && value <= 0xFFFF_FFFFL)) {
                return -1;
            }
            v = (value & 0xFFFF_FFFFL) | value << 32;
        } else {
            v = value;
        }
        if (v == 0 || v == -1) {
            return -1;
        }
        // The smallest element that, replicated, gives the value.
        int esize = 64;
        while (esize > 2) {
            int half = esize >> 1;
            long mask = (1L << half) - 1;
            if ((v & mask) != ((v >>> half) & mask)) {
                break;
            }
            esize = half;
        }
        long mask = esize == 64 ? -1L : (1L << esize) - 1;
        long element = v & mask;
        int ones = Long.bitCount(element);
        long run = ones == 64 ? -1L : (1L << ones) - 1;
        int rotation;
        if ((element & 1) != 0 && (element & (1L << (esize - 1))) != 0) {
            // The run wraps around the element: rotating left by the part above bit 0 straightens it.
            int low = Long.numberOfTrailingZeros(~element);
            rotation = ones - low;
            if (rotateLeft(element, rotation, esize) != run) {
                return -1;
            }
        } else {
            int low = Long.numberOfTrailingZeros(element);
            if ((element >>> low) != run) {
                return -1;
            }
            rotation = (esize - low) % esize;
        }
        int n = esize == 64 ? 1 : 0;
        int imms = (-(esize << 1) | (ones - 1)) & 0x3F;
        return n << 12 | rotation << 6 | imms;
    }

    public static boolean isEncodable(int size, long value) {
        return encode(size, value) >= 0;
    }

    /** The value a {@code size}-bit instruction with field N:immr:imms produces (DecodeBitMasks), or throws if reserved. */
    public static long decode(int size, int field) {
        int n = field >>> 12 & 1;
        int immr = field >>> 6 & 0x3F;
        int imms = field & 0x3F;
        int combined = n << 6 | (~imms & 0x3F);
        if (combined == 0) {
            throw new IllegalArgumentException("reserved bitmask immediate field 0x" + Integer.toHexString(field));
        }
        int len = 31 - Integer.numberOfLeadingZeros(combined);
        int esize = 1 << len;
        if (len < 1 || esize > size) {
            throw new IllegalArgumentException("reserved bitmask immediate field 0x" + Integer.toHexString(field));
        }
        int levels = esize - 1;
        int s = imms & levels;
        int r = immr & levels;
        if (s == levels) {
            throw new IllegalArgumentException("reserved bitmask immediate field 0x" + Integer.toHexString(field));
        }
        long run = (1L << (s + 1)) - 1;
        long element = rotateRight(run, r, esize);
        long result = 0;
        for (int i = 0; i < 64; i += esize) {
            result |= element << i;
        }
        return size == 32 ? result & 0xFFFF_FFFFL : result;
    }

    private static long rotateLeft(long element, int by, int esize) {
        if (by == 0 || esize == 64) {
            return Long.rotateLeft(element, by);
        }
        long mask = (1L << esize) - 1;
        return ((element << by) | (element >>> (esize - by))) & mask;
    }

    private static long rotateRight(long element, int by, int esize) {
        return rotateLeft(element, (esize - by) % esize, esize);
    }
}
