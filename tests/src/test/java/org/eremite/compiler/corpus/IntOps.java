package org.eremite.compiler.corpus;

/** Every int arithmetic, shift, logic and comparison bytecode, on whatever arguments the harness passes. */
public final class IntOps {
    private IntOps() {
    }

    static int add(int a, int b) { return a + b; }
    static int sub(int a, int b) { return a - b; }
    static int mul(int a, int b) { return a * b; }
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }
    static int neg(int a) { return -a; }
    static int shl(int a, int b) { return a << b; }
    static int shr(int a, int b) { return a >> b; }
    static int ushr(int a, int b) { return a >>> b; }
    static int and(int a, int b) { return a & b; }
    static int or(int a, int b) { return a | b; }
    static int xor(int a, int b) { return a ^ b; }
    static int not(int a) { return ~a; }

    /** iinc with byte and wide increments, bipush, sipush and ldc constants. */
    static int increments(int a) {
        a += 1000;
        a -= 7;
        a++;
        a += 70000;
        return a * 17 + 100000 - (a >> 3) + 0x12345678;
    }

    /** All twelve int conditional branches, one bit each. */
    static int compareAll(int a, int b) {
        int r = 0;
        if (a == b) { r |= 1; }
        if (a != b) { r |= 2; }
        if (a < b) { r |= 4; }
        if (a >= b) { r |= 8; }
        if (a > b) { r |= 16; }
        if (a <= b) { r |= 32; }
        if (a == 0) { r |= 64; }
        if (a != 0) { r |= 128; }
        if (a < 0) { r |= 256; }
        if (a >= 0) { r |= 512; }
        if (a > 0) { r |= 1024; }
        if (a <= 0) { r |= 2048; }
        return r;
    }

    static boolean less(int a, int b) { return a < b; }
    static byte toByte(int a) { return (byte) a; }
    static char toChar(int a) { return (char) a; }
    static short toShort(int a) { return (short) a; }

    /** Shifts by constants and masked counts, as javac folds nothing here. */
    static int shiftMix(int a, int b) {
        return (a << 3) ^ (a >>> 29) ^ (a >> (b & 7)) ^ (a << (b + 32));
    }

    /** Division and remainder by constants, including -1 and the powers of two. */
    static int divideByConstants(int a) {
        return a / -1 + a % -1 + a / 7 + a % 7 + a / 8 + a % -8;
    }
}
