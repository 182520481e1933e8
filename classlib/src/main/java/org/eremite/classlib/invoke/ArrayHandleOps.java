package org.eremite.classlib.invoke;

import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;

/**
 * What calls of the JDK's array-element VarHandles become (the image builder's {@code VarHandleRewriter}): each
 * access to element {@code index} of {@code array}, whose elements take {@code size} bytes, with the index checked
 * as the JDK checks it; per element kind ({@code _I}, {@code _J}, {@code _L}) and, as for {@link FieldHandleOps},
 * one plain operation per access mode.
 */
public final class ArrayHandleOps {
    private ArrayHandleOps() {
    }

    /** The address of element {@code index} of {@code array}, whose elements take {@code size} bytes; checked. */
    private static long element(long size, Object array, int index) {
        int length = Magic.loadInt(Magic.addressOf(array) + ObjectLayout.ARRAY_LENGTH_OFFSET);
        if (index < 0 || index >= length) {
            throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
        }
        return Magic.addressOf(array) + ObjectLayout.ARRAY_BASE_OFFSET + (long) index * size;
    }

    public static int get_I(long size, Object array, int index) {
        return Magic.loadInt(element(size, array, index));
    }

    public static void set_I(long size, Object array, int index, int value) {
        Magic.storeInt(element(size, array, index), value);
    }

    public static boolean compareAndSet_I(long size, Object array, int index, int expected, int value) {
        return compareAndExchange_I(size, array, index, expected, value) == expected;
    }

    public static int compareAndExchange_I(long size, Object array, int index, int expected, int value) {
        long at = element(size, array, index);
        int witness = Magic.loadInt(at);
        if (witness == expected) {
            Magic.storeInt(at, value);
        }
        return witness;
    }

    public static int getAndSet_I(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, value);
        return old;
    }

    public static int getAndAdd_I(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old + value));
        return old;
    }

    public static int getAndBitwiseOr_I(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old | value));
        return old;
    }

    public static int getAndBitwiseAnd_I(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old & value));
        return old;
    }

    public static int getAndBitwiseXor_I(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old ^ value));
        return old;
    }

    public static long get_J(long size, Object array, int index) {
        return Magic.loadLong(element(size, array, index));
    }

    public static void set_J(long size, Object array, int index, long value) {
        Magic.storeLong(element(size, array, index), value);
    }

    public static boolean compareAndSet_J(long size, Object array, int index, long expected, long value) {
        return compareAndExchange_J(size, array, index, expected, value) == expected;
    }

    public static long compareAndExchange_J(long size, Object array, int index, long expected, long value) {
        long at = element(size, array, index);
        long witness = Magic.loadLong(at);
        if (witness == expected) {
            Magic.storeLong(at, value);
        }
        return witness;
    }

    public static long getAndSet_J(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, value);
        return old;
    }

    public static long getAndAdd_J(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old + value));
        return old;
    }

    public static long getAndBitwiseOr_J(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old | value));
        return old;
    }

    public static long getAndBitwiseAnd_J(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old & value));
        return old;
    }

    public static long getAndBitwiseXor_J(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old ^ value));
        return old;
    }

    public static Object get_L(long size, Object array, int index) {
        return Magic.loadObject(element(size, array, index));
    }

    public static void set_L(long size, Object array, int index, Object value) {
        Magic.storeObject(element(size, array, index), value);
    }

    public static boolean compareAndSet_L(long size, Object array, int index, Object expected, Object value) {
        return compareAndExchange_L(size, array, index, expected, value) == expected;
    }

    public static Object compareAndExchange_L(long size, Object array, int index, Object expected, Object value) {
        long at = element(size, array, index);
        Object witness = Magic.loadObject(at);
        if (witness == expected) {
            Magic.storeObject(at, value);
        }
        return witness;
    }

    public static Object getAndSet_L(long size, Object array, int index, Object value) {
        long at = element(size, array, index);
        Object old = Magic.loadObject(at);
        Magic.storeObject(at, value);
        return old;
    }
}
