package org.eremite.compiler.corpus;

import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;

/**
 * The {@link Magic} intrinsics on memory the class owns: the elements of {@link #BUFFER}, addressed as
 * {@code addressOf(BUFFER) + ARRAY_BASE_OFFSET}. Every width is stored and loaded, mixed with ordinary array
 * access (so Magic and the array templates must agree on the layout); references round-trip through words and
 * memory; frames are compared only with each other, never printed, so each result is a pure function of the
 * arguments. HotSpot cannot run this class: the differential test runs it against {@code HostMagic}, a Java model
 * of the same memory (see there).
 */
public final class MagicOps {
    /** The memory under test: 8 longs, 64 bytes. */
    static final long[] BUFFER = new long[8];

    private MagicOps() {
    }

    /** The address of {@code BUFFER[0]}. */
    static long base() {
        return Magic.addressOf(BUFFER) + ObjectLayout.ARRAY_BASE_OFFSET;
    }

    // ---------------------------------------------------------------- widths, extension, byte order

    /** storeLong (base + offset form) is seen by laload. */
    static long storeLongReadElement(long v) {
        Magic.storeLong(base(), 8, v);
        return BUFFER[1];
    }

    /** lastore is seen by loadLong (address form). */
    static long writeElementLoadLong(long v) {
        BUFFER[2] = v;
        return Magic.loadLong(base() + 16);
    }

    /** loadByte of byte {@code i} of a long: little-endian order, sign extension. */
    static int loadByteAt(long v, int i) {
        Magic.storeLong(base(), v);
        return Magic.loadByte(base(), i & 7);
    }

    static int loadShortAt(long v, int i) {
        Magic.storeLong(base(), v);
        Magic.storeLong(base() + 8, ~v);
        return Magic.loadShort(base(), i & 15);
    }

    /** char loads zero-extend (an int result, so the return does not narrow it again). */
    static int loadCharAt(long v, int i) {
        Magic.storeLong(base(), v);
        Magic.storeLong(base() + 8, ~v);
        return Magic.loadChar(base() + (i & 15));
    }

    /** Unaligned int loads too. */
    static int loadIntAt(long v, int i) {
        Magic.storeLong(base(), v);
        Magic.storeLong(base() + 8, Long.MIN_VALUE - v);
        return Magic.loadInt(base(), i & 15);
    }

    /** A byte store changes exactly one byte. */
    static long storeByteAt(long v, int i) {
        Magic.storeLong(base(), v);
        Magic.storeByte(base(), i & 7, (byte) (i * 37));
        return Magic.loadLong(base());
    }

    static long storeShortAt(long v, int i) {
        Magic.storeLong(base(), v);
        Magic.storeShort(base() + (i & 7) - (i & 1), (short) (i * 4099));
        return Magic.loadLong(base());
    }

    static long storeCharAt(long v, int i) {
        Magic.storeLong(base(), v);
        Magic.storeChar(base(), (i & 6), (char) (i * 40961));
        return Magic.loadLong(base());
    }

    static long storeIntAt(long v, int i) {
        Magic.storeLong(base(), v);
        Magic.storeLong(base() + 8, v);
        Magic.storeInt(base() + (i & 7), i * 0x10001);
        return Magic.loadLong(base()) ^ Magic.loadLong(base(), 8);
    }

    // ---------------------------------------------------------------- float and double bits

    static int floatBits(float f) {
        Magic.storeFloat(base(), f);
        return Magic.loadInt(base());
    }

    static float floatOfBits(int bits) {
        Magic.storeInt(base(), 4, bits);
        return Magic.loadFloat(base(), 4);
    }

    static long doubleBits(double d) {
        Magic.storeDouble(base(), 16, d);
        return Magic.loadLong(base() + 16);
    }

    static double doubleOfBits(long bits) {
        Magic.storeLong(base() + 24, bits);
        return Magic.loadDouble(base() + 24);
    }

    /** A float and a double side by side, through the element view. */
    static long floatThenDouble(float f) {
        Magic.storeFloat(base() + 32, f);
        Magic.storeFloat(base(), 36, -f);
        Magic.storeDouble(base() + 40, f);
        return BUFFER[4] ^ BUFFER[5];
    }

    // ---------------------------------------------------------------- references

    /** addressOf and toObject are inverse; the length read through Magic is arraylength. */
    static int referenceRoundTrip(int n) {
        long[] array = new long[n & 31];
        Object back = Magic.toObject(Magic.addressOf(array));
        int length = Magic.loadInt(Magic.addressOf(back) + ObjectLayout.ARRAY_LENGTH_OFFSET);
        return (back == array ? 1000 : 0) + length * 10 + array.length;
    }

    /** A reference stored in memory and loaded back is the same object. */
    static int referenceThroughMemory(int n) {
        long[] array = new long[n & 15];
        Magic.storeObject(base(), 48, array);
        Object back = Magic.loadObject(base() + 48);
        Magic.storeObject(base() + 56, back);
        return (Magic.loadObject(base(), 56) == array ? 1 : 0) + 2 * Magic.loadInt(Magic.loadLong(base() + 56),
                ObjectLayout.ARRAY_LENGTH_OFFSET);
    }

    /** null is address 0, and address 0 is null. */
    static int nullIsZero() {
        return (Magic.addressOf(null) == 0 ? 1 : 0) + (Magic.toObject(0) == null ? 2 : 0);
    }

    // ---------------------------------------------------------------- frames

    /** The caller's frame pointer, seen from a callee. */
    private static long callersFramePointer() {
        return Magic.callerFramePointer(Magic.framePointer());
    }

    /** Two frames up. */
    private static long grandcallersFramePointer() {
        return callersFramePointerOfCaller();
    }

    private static long callersFramePointerOfCaller() {
        return Magic.callerFramePointer(Magic.callerFramePointer(Magic.framePointer()));
    }

    /** Bit 0: a callee sees this frame as its caller's; bit 1: likewise two frames up; bit 2: fp is stable. */
    static int framePointerChain() {
        long mine = Magic.framePointer();
        return (callersFramePointer() == mine ? 1 : 0) | (grandcallersFramePointer() == mine ? 2 : 0)
                | (Magic.framePointer() == mine ? 4 : 0);
    }

    /** The return address of this method's own frame: where it returns to in its caller. */
    private static long myReturnAddress() {
        return Magic.returnAddress(Magic.framePointer());
    }

    /** Bit 0: the same call site gives the same return address; bit 1: two call sites give different ones. */
    static int returnAddresses() {
        long[] seen = new long[3];
        for (int i = 0; i < 2; i++) {
            seen[i] = myReturnAddress();
        }
        seen[2] = myReturnAddress();
        return (seen[0] == seen[1] ? 1 : 0) | (seen[1] != seen[2] ? 2 : 0);
    }

    private static long calleesFramePointer() {
        return Magic.framePointer();
    }

    /** Bit 0: the stack pointer is below the frame pointer; bit 1: a callee's frame lies below this frame's sp. */
    static int stackBelowFrame() {
        long sp = Magic.stackPointer();
        long fp = Magic.framePointer();
        return (sp < fp ? 1 : 0) | (calleesFramePointer() < sp ? 2 : 0);
    }

    // ---------------------------------------------------------------- fences

    static long fencedAndSpun(long v) {
        Magic.storeLong(base(), v);
        Magic.fence();
        for (int i = 0; i < 3; i++) {
            Magic.pause();
        }
        return Magic.loadLong(base()) + 1;
    }
}
