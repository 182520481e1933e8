package org.eremite.classlib.invoke;

import org.eremite.vm.magic.Magic;

/**
 * What calls of the JDK's field VarHandles become (the image builder's {@code VarHandleRewriter}): each access to
 * the field at {@code offset} in {@code receiver}, per field kind ({@code _I} int, {@code _J} long, {@code _Z} boolean,
 * {@code _L} reference). The rewriter maps every access mode to the plain operation of its kind: with one thread,
 * plain, opaque, acquire, release and volatile accesses are the same access, a weak compare-and-set never fails
 * spuriously, and the read-modify-writes need no atomicity.
 */
public final class FieldHandleOps {
    private FieldHandleOps() {
    }

    public static int get_I(long offset, Object receiver) {
        return Magic.loadInt(Magic.addressOf(receiver) + offset);
    }

    public static void set_I(long offset, Object receiver, int value) {
        Magic.storeInt(Magic.addressOf(receiver) + offset, value);
    }

    public static boolean compareAndSet_I(long offset, Object receiver, int expected, int value) {
        return compareAndExchange_I(offset, receiver, expected, value) == expected;
    }

    public static int compareAndExchange_I(long offset, Object receiver, int expected, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int witness = Magic.loadInt(at);
        if (witness == expected) {
            Magic.storeInt(at, value);
        }
        return witness;
    }

    public static int getAndSet_I(long offset, Object receiver, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int old = Magic.loadInt(at);
        Magic.storeInt(at, value);
        return old;
    }

    public static int getAndAdd_I(long offset, Object receiver, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old + value));
        return old;
    }

    public static int getAndBitwiseOr_I(long offset, Object receiver, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old | value));
        return old;
    }

    public static int getAndBitwiseAnd_I(long offset, Object receiver, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old & value));
        return old;
    }

    public static int getAndBitwiseXor_I(long offset, Object receiver, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old ^ value));
        return old;
    }

    public static long get_J(long offset, Object receiver) {
        return Magic.loadLong(Magic.addressOf(receiver) + offset);
    }

    public static void set_J(long offset, Object receiver, long value) {
        Magic.storeLong(Magic.addressOf(receiver) + offset, value);
    }

    public static boolean compareAndSet_J(long offset, Object receiver, long expected, long value) {
        return compareAndExchange_J(offset, receiver, expected, value) == expected;
    }

    public static long compareAndExchange_J(long offset, Object receiver, long expected, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long witness = Magic.loadLong(at);
        if (witness == expected) {
            Magic.storeLong(at, value);
        }
        return witness;
    }

    public static long getAndSet_J(long offset, Object receiver, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long old = Magic.loadLong(at);
        Magic.storeLong(at, value);
        return old;
    }

    public static long getAndAdd_J(long offset, Object receiver, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old + value));
        return old;
    }

    public static long getAndBitwiseOr_J(long offset, Object receiver, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old | value));
        return old;
    }

    public static long getAndBitwiseAnd_J(long offset, Object receiver, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old & value));
        return old;
    }

    public static long getAndBitwiseXor_J(long offset, Object receiver, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old ^ value));
        return old;
    }

    public static boolean get_Z(long offset, Object receiver) {
        return Magic.loadByte(Magic.addressOf(receiver) + offset) != 0;
    }

    public static void set_Z(long offset, Object receiver, boolean value) {
        Magic.storeByte(Magic.addressOf(receiver) + offset, (byte) (value ? 1 : 0));
    }

    public static boolean compareAndSet_Z(long offset, Object receiver, boolean expected, boolean value) {
        return compareAndExchange_Z(offset, receiver, expected, value) == expected;
    }

    public static boolean compareAndExchange_Z(long offset, Object receiver, boolean expected, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean witness = Magic.loadByte(at) != 0;
        if (witness == expected) {
            Magic.storeByte(at, (byte) (value ? 1 : 0));
        }
        return witness;
    }

    public static boolean getAndSet_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = Magic.loadByte(at) != 0;
        Magic.storeByte(at, (byte) (value ? 1 : 0));
        return old;
    }

    public static boolean getAndBitwiseOr_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = Magic.loadByte(at) != 0;
        Magic.storeByte(at, (byte) (old | value ? 1 : 0));
        return old;
    }

    public static boolean getAndBitwiseAnd_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = Magic.loadByte(at) != 0;
        Magic.storeByte(at, (byte) (old & value ? 1 : 0));
        return old;
    }

    public static boolean getAndBitwiseXor_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = Magic.loadByte(at) != 0;
        Magic.storeByte(at, (byte) (old ^ value ? 1 : 0));
        return old;
    }

    public static Object get_L(long offset, Object receiver) {
        return Magic.loadObject(Magic.addressOf(receiver) + offset);
    }

    public static void set_L(long offset, Object receiver, Object value) {
        Magic.storeObject(Magic.addressOf(receiver) + offset, value);
    }

    public static boolean compareAndSet_L(long offset, Object receiver, Object expected, Object value) {
        return compareAndExchange_L(offset, receiver, expected, value) == expected;
    }

    public static Object compareAndExchange_L(long offset, Object receiver, Object expected, Object value) {
        long at = Magic.addressOf(receiver) + offset;
        Object witness = Magic.loadObject(at);
        if (witness == expected) {
            Magic.storeObject(at, value);
        }
        return witness;
    }

    public static Object getAndSet_L(long offset, Object receiver, Object value) {
        long at = Magic.addressOf(receiver) + offset;
        Object old = Magic.loadObject(at);
        Magic.storeObject(at, value);
        return old;
    }
}
