package org.eremite.vm.magic;

/**
 * The memory and machine intrinsics of the VM's own Java code (see the package documentation): every call of one
 * of these methods is compiled to machine instructions in the caller, never to a call. On the host each body
 * throws {@link UnsupportedOperationException}.
 */
public final class Magic {
    /** This class's internal name, as {@code invokestatic} names its owner. */
    public static final String INTERNAL_NAME = "org/eremite/vm/magic/Magic";

    private Magic() {
    }

    private static UnsupportedOperationException intrinsic(String name) {
        return new UnsupportedOperationException("Magic." + name + " is a compiler intrinsic: it runs only in"
                + " code compiled by the Eremite compiler, not on the host");
    }

    // ---------------------------------------------------------------- loads and stores

    /** Loads the byte at {@code address} (sign-extended to int by the JVM's rules). */
    public static byte loadByte(long address) {
        throw intrinsic("loadByte");
    }

    /** Loads the byte at {@code base + offset} (sign-extended to int by the JVM's rules). */
    public static byte loadByte(long base, long offset) {
        throw intrinsic("loadByte");
    }

    /** Stores {@code value} (1 byte) at {@code address}. */
    public static void storeByte(long address, byte value) {
        throw intrinsic("storeByte");
    }

    /** Stores {@code value} at {@code base + offset}. */
    public static void storeByte(long base, long offset, byte value) {
        throw intrinsic("storeByte");
    }

    /** Loads the short at {@code address} (sign-extended). */
    public static short loadShort(long address) {
        throw intrinsic("loadShort");
    }

    /** Loads the short at {@code base + offset} (sign-extended). */
    public static short loadShort(long base, long offset) {
        throw intrinsic("loadShort");
    }

    /** Stores {@code value} (2 bytes) at {@code address}. */
    public static void storeShort(long address, short value) {
        throw intrinsic("storeShort");
    }

    /** Stores {@code value} at {@code base + offset}. */
    public static void storeShort(long base, long offset, short value) {
        throw intrinsic("storeShort");
    }

    /** Loads the char at {@code address} (zero-extended). */
    public static char loadChar(long address) {
        throw intrinsic("loadChar");
    }

    /** Loads the char at {@code base + offset} (zero-extended). */
    public static char loadChar(long base, long offset) {
        throw intrinsic("loadChar");
    }

    /** Stores {@code value} (2 bytes) at {@code address}. */
    public static void storeChar(long address, char value) {
        throw intrinsic("storeChar");
    }

    /** Stores {@code value} at {@code base + offset}. */
    public static void storeChar(long base, long offset, char value) {
        throw intrinsic("storeChar");
    }

    /** Loads the int at {@code address}. */
    public static int loadInt(long address) {
        throw intrinsic("loadInt");
    }

    /** Loads the int at {@code base + offset}. */
    public static int loadInt(long base, long offset) {
        throw intrinsic("loadInt");
    }

    /** Stores {@code value} (4 bytes) at {@code address}. */
    public static void storeInt(long address, int value) {
        throw intrinsic("storeInt");
    }

    /** Stores {@code value} at {@code base + offset}. */
    public static void storeInt(long base, long offset, int value) {
        throw intrinsic("storeInt");
    }

    /** Loads the long at {@code address}. */
    public static long loadLong(long address) {
        throw intrinsic("loadLong");
    }

    /** Loads the long at {@code base + offset}. */
    public static long loadLong(long base, long offset) {
        throw intrinsic("loadLong");
    }

    /** Stores {@code value} (8 bytes) at {@code address}. */
    public static void storeLong(long address, long value) {
        throw intrinsic("storeLong");
    }

    /** Stores {@code value} at {@code base + offset}. */
    public static void storeLong(long base, long offset, long value) {
        throw intrinsic("storeLong");
    }

    /** Loads the float at {@code address}. */
    public static float loadFloat(long address) {
        throw intrinsic("loadFloat");
    }

    /** Loads the float at {@code base + offset}. */
    public static float loadFloat(long base, long offset) {
        throw intrinsic("loadFloat");
    }

    /** Stores {@code value} (4 bytes) at {@code address}. */
    public static void storeFloat(long address, float value) {
        throw intrinsic("storeFloat");
    }

    /** Stores {@code value} at {@code base + offset}. */
    public static void storeFloat(long base, long offset, float value) {
        throw intrinsic("storeFloat");
    }

    /** Loads the double at {@code address}. */
    public static double loadDouble(long address) {
        throw intrinsic("loadDouble");
    }

    /** Loads the double at {@code base + offset}. */
    public static double loadDouble(long base, long offset) {
        throw intrinsic("loadDouble");
    }

    /** Stores {@code value} (8 bytes) at {@code address}. */
    public static void storeDouble(long address, double value) {
        throw intrinsic("storeDouble");
    }

    /** Stores {@code value} at {@code base + offset}. */
    public static void storeDouble(long base, long offset, double value) {
        throw intrinsic("storeDouble");
    }

    /** Loads the reference at {@code address}. */
    public static Object loadObject(long address) {
        throw intrinsic("loadObject");
    }

    /** Loads the reference at {@code base + offset}. */
    public static Object loadObject(long base, long offset) {
        throw intrinsic("loadObject");
    }

    /** Stores {@code value} (the reference) at {@code address}. */
    public static void storeObject(long address, Object value) {
        throw intrinsic("storeObject");
    }

    /** Stores {@code value} at {@code base + offset}. */
    public static void storeObject(long base, long offset, Object value) {
        throw intrinsic("storeObject");
    }

    // ---------------------------------------------------------------- references

    /** The address of {@code object} as a word (0 for null). The object may move at the next collection. */
    public static long addressOf(Object object) {
        throw intrinsic("addressOf");
    }

    /** The object at {@code address} (null for 0); the address must be that of an object's header. */
    public static Object toObject(long address) {
        throw intrinsic("toObject");
    }

    // ---------------------------------------------------------------- frames

    /** The frame pointer of the calling method's frame. */
    public static long framePointer() {
        throw intrinsic("framePointer");
    }

    /** The frame pointer of the caller of the frame whose frame pointer is {@code framePointer}. */
    public static long callerFramePointer(long framePointer) {
        throw intrinsic("callerFramePointer");
    }

    /** The return address saved in the frame whose frame pointer is {@code framePointer}: where its method returns. */
    public static long returnAddress(long framePointer) {
        throw intrinsic("returnAddress");
    }

    /** The stack pointer in the calling method, between bytecodes (the lowest address of its frame). */
    public static long stackPointer() {
        throw intrinsic("stackPointer");
    }

    // ---------------------------------------------------------------- control transfer

    /**
     * Resumes execution in another frame: sets the stack pointer to {@code stackPointer} and the frame pointer to
     * {@code framePointer}, then jumps to {@code pc}. Never returns. The unwinder uses it to enter an exception
     * handler (the handler finds the exception where the compilation model says, which the caller stored first).
     */
    public static void resume(long pc, long stackPointer, long framePointer) {
        throw intrinsic("resume");
    }

    /** Calls the code at {@code address} as a static Java method {@code ()V} (a class initializer). */
    public static void callVoid(long address) {
        throw intrinsic("callVoid");
    }

    /** Calls the code at {@code address} as a static Java method returning a reference (an enum's {@code values()}). */
    public static Object callObject(long address) {
        throw intrinsic("callObject");
    }

    // ---------------------------------------------------------------- the processor

    /** A full memory fence: no load or store moves across it (x86_64 mfence, AArch64 dmb ish, RISC-V fence rw,rw). */
    public static void fence() {
        throw intrinsic("fence");
    }

    /** A spin-wait hint (x86_64 pause, AArch64 yield, RISC-V pause); no other effect. */
    public static void pause() {
        throw intrinsic("pause");
    }
}
