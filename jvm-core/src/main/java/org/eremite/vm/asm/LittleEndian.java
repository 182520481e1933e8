package org.eremite.vm.asm;

/** Reads and writes little-endian integers in byte arrays: the byte order of all Eremite targets. */
public final class LittleEndian {
    private LittleEndian() {
    }

    public static int getU8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    public static int getU16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    public static int getI32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    public static long getI64(byte[] b, int at) {
        return (getI32(b, at) & 0xFFFF_FFFFL) | (long) getI32(b, at + 4) << 32;
    }

    public static void putU8(byte[] b, int at, int value) {
        b[at] = (byte) value;
    }

    public static void putU16(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
    }

    public static void putI32(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) (value >>> 16);
        b[at + 3] = (byte) (value >>> 24);
    }

    public static void putI64(byte[] b, int at, long value) {
        putI32(b, at, (int) value);
        putI32(b, at + 4, (int) (value >>> 32));
    }
}
