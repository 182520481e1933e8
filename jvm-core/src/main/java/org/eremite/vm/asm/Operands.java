package org.eremite.vm.asm;

/**
 * Range and alignment checks for instruction operands. Every failure is an
 * {@link IllegalArgumentException} whose message names the instruction and the operand, so that a
 * compiler bug surfaces as a readable error instead of silently wrong bytes.
 */
public final class Operands {
    private Operands() {
    }

    public static boolean fitsSigned(long value, int bits) {
        long min = -(1L << (bits - 1));
        long max = (1L << (bits - 1)) - 1;
        return value >= min && value <= max;
    }

    public static boolean fitsUnsigned(long value, int bits) {
        return bits >= 64 || (value >= 0 && value < (1L << bits));
    }

    /** Requires {@code value} to be representable as a {@code bits}-bit two's complement number. */
    public static long signed(String instruction, String operand, long value, int bits) {
        if (!fitsSigned(value, bits)) {
            throw outOfRange(instruction, operand, value,
                    "[" + -(1L << (bits - 1)) + ", " + ((1L << (bits - 1)) - 1) + "]");
        }
        return value;
    }

    /** Requires {@code 0 <= value < 2^bits}. */
    public static long unsigned(String instruction, String operand, long value, int bits) {
        if (!fitsUnsigned(value, bits)) {
            throw outOfRange(instruction, operand, value, "[0, " + ((1L << bits) - 1) + "]");
        }
        return value;
    }

    /** Requires {@code min <= value <= max}. */
    public static long range(String instruction, String operand, long value, long min, long max) {
        if (value < min || value > max) {
            throw outOfRange(instruction, operand, value, "[" + min + ", " + max + "]");
        }
        return value;
    }

    /** Requires {@code value} to be a multiple of {@code alignment} (a power of two). */
    public static long aligned(String instruction, String operand, long value, int alignment) {
        if ((value & (alignment - 1)) != 0) {
            throw new IllegalArgumentException(instruction + ": " + operand + " " + value
                    + " (0x" + Long.toHexString(value) + ") is not a multiple of " + alignment);
        }
        return value;
    }

    /** A failure for an operand that is not of a kind the instruction accepts. */
    public static IllegalArgumentException invalid(String instruction, String operand, Object value, String why) {
        return new IllegalArgumentException(instruction + ": " + operand + " " + value + " " + why);
    }

    private static IllegalArgumentException outOfRange(String instruction, String operand, long value, String range) {
        return new IllegalArgumentException(instruction + ": " + operand + " " + value + " (0x"
                + Long.toHexString(value) + ") is out of range " + range);
    }
}
