package org.eremite.classlib.invoke;

import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;

/**
 * What the JDK's field VarHandle calls become (the image builder's {@code VarHandleRewriter}): each operation on
 * the field at {@code offset} in {@code receiver}, for int, long, boolean and reference fields ({@code _I},
 * {@code _J}, {@code _Z}, {@code _L}), and on array elements ({@code _AI}, {@code _AJ}, {@code _AL}: the "offset" is
 * the element size, the receiver the array, then the index, checked as the JDK checks it). One thread: every
 * access mode (plain, opaque, acquire, release, volatile) is the same access, a weak compare-and-set never fails
 * spuriously, and the read-modify-writes need no atomicity.
 */
public final class VarHandleOps {
    private VarHandleOps() {
    }

    public static int get_I(long offset, Object receiver) {
        return Magic.loadInt(Magic.addressOf(receiver) + offset);
    }

    public static int getVolatile_I(long offset, Object receiver) {
        return Magic.loadInt(Magic.addressOf(receiver) + offset);
    }

    public static int getAcquire_I(long offset, Object receiver) {
        return Magic.loadInt(Magic.addressOf(receiver) + offset);
    }

    public static int getOpaque_I(long offset, Object receiver) {
        return Magic.loadInt(Magic.addressOf(receiver) + offset);
    }

    public static void set_I(long offset, Object receiver, int value) {
        Magic.storeInt(Magic.addressOf(receiver) + offset, value);
    }

    public static void setVolatile_I(long offset, Object receiver, int value) {
        Magic.storeInt(Magic.addressOf(receiver) + offset, value);
    }

    public static void setRelease_I(long offset, Object receiver, int value) {
        Magic.storeInt(Magic.addressOf(receiver) + offset, value);
    }

    public static void setOpaque_I(long offset, Object receiver, int value) {
        Magic.storeInt(Magic.addressOf(receiver) + offset, value);
    }

    public static boolean compareAndSet_I(long offset, Object receiver, int expected, int value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadInt(at) == expected) {
            Magic.storeInt(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSet_I(long offset, Object receiver, int expected, int value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadInt(at) == expected) {
            Magic.storeInt(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetPlain_I(long offset, Object receiver, int expected, int value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadInt(at) == expected) {
            Magic.storeInt(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetAcquire_I(long offset, Object receiver, int expected, int value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadInt(at) == expected) {
            Magic.storeInt(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetRelease_I(long offset, Object receiver, int expected, int value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadInt(at) == expected) {
            Magic.storeInt(at, value);
            return true;
        }
        return false;
    }

    public static int compareAndExchange_I(long offset, Object receiver, int expected, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int witness = Magic.loadInt(at);
        if (witness == expected) {
            Magic.storeInt(at, value);
        }
        return witness;
    }

    public static int compareAndExchangeAcquire_I(long offset, Object receiver, int expected, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int witness = Magic.loadInt(at);
        if (witness == expected) {
            Magic.storeInt(at, value);
        }
        return witness;
    }

    public static int compareAndExchangeRelease_I(long offset, Object receiver, int expected, int value) {
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

    public static int getAndSetAcquire_I(long offset, Object receiver, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int old = Magic.loadInt(at);
        Magic.storeInt(at, value);
        return old;
    }

    public static int getAndSetRelease_I(long offset, Object receiver, int value) {
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

    public static int getAndAddAcquire_I(long offset, Object receiver, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old + value));
        return old;
    }

    public static int getAndAddRelease_I(long offset, Object receiver, int value) {
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

    public static int getAndBitwiseOrAcquire_I(long offset, Object receiver, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old | value));
        return old;
    }

    public static int getAndBitwiseOrRelease_I(long offset, Object receiver, int value) {
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

    public static int getAndBitwiseAndAcquire_I(long offset, Object receiver, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old & value));
        return old;
    }

    public static int getAndBitwiseAndRelease_I(long offset, Object receiver, int value) {
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

    public static int getAndBitwiseXorAcquire_I(long offset, Object receiver, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old ^ value));
        return old;
    }

    public static int getAndBitwiseXorRelease_I(long offset, Object receiver, int value) {
        long at = Magic.addressOf(receiver) + offset;
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old ^ value));
        return old;
    }

    public static long get_J(long offset, Object receiver) {
        return Magic.loadLong(Magic.addressOf(receiver) + offset);
    }

    public static long getVolatile_J(long offset, Object receiver) {
        return Magic.loadLong(Magic.addressOf(receiver) + offset);
    }

    public static long getAcquire_J(long offset, Object receiver) {
        return Magic.loadLong(Magic.addressOf(receiver) + offset);
    }

    public static long getOpaque_J(long offset, Object receiver) {
        return Magic.loadLong(Magic.addressOf(receiver) + offset);
    }

    public static void set_J(long offset, Object receiver, long value) {
        Magic.storeLong(Magic.addressOf(receiver) + offset, value);
    }

    public static void setVolatile_J(long offset, Object receiver, long value) {
        Magic.storeLong(Magic.addressOf(receiver) + offset, value);
    }

    public static void setRelease_J(long offset, Object receiver, long value) {
        Magic.storeLong(Magic.addressOf(receiver) + offset, value);
    }

    public static void setOpaque_J(long offset, Object receiver, long value) {
        Magic.storeLong(Magic.addressOf(receiver) + offset, value);
    }

    public static boolean compareAndSet_J(long offset, Object receiver, long expected, long value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadLong(at) == expected) {
            Magic.storeLong(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSet_J(long offset, Object receiver, long expected, long value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadLong(at) == expected) {
            Magic.storeLong(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetPlain_J(long offset, Object receiver, long expected, long value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadLong(at) == expected) {
            Magic.storeLong(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetAcquire_J(long offset, Object receiver, long expected, long value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadLong(at) == expected) {
            Magic.storeLong(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetRelease_J(long offset, Object receiver, long expected, long value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadLong(at) == expected) {
            Magic.storeLong(at, value);
            return true;
        }
        return false;
    }

    public static long compareAndExchange_J(long offset, Object receiver, long expected, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long witness = Magic.loadLong(at);
        if (witness == expected) {
            Magic.storeLong(at, value);
        }
        return witness;
    }

    public static long compareAndExchangeAcquire_J(long offset, Object receiver, long expected, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long witness = Magic.loadLong(at);
        if (witness == expected) {
            Magic.storeLong(at, value);
        }
        return witness;
    }

    public static long compareAndExchangeRelease_J(long offset, Object receiver, long expected, long value) {
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

    public static long getAndSetAcquire_J(long offset, Object receiver, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long old = Magic.loadLong(at);
        Magic.storeLong(at, value);
        return old;
    }

    public static long getAndSetRelease_J(long offset, Object receiver, long value) {
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

    public static long getAndAddAcquire_J(long offset, Object receiver, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old + value));
        return old;
    }

    public static long getAndAddRelease_J(long offset, Object receiver, long value) {
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

    public static long getAndBitwiseOrAcquire_J(long offset, Object receiver, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old | value));
        return old;
    }

    public static long getAndBitwiseOrRelease_J(long offset, Object receiver, long value) {
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

    public static long getAndBitwiseAndAcquire_J(long offset, Object receiver, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old & value));
        return old;
    }

    public static long getAndBitwiseAndRelease_J(long offset, Object receiver, long value) {
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

    public static long getAndBitwiseXorAcquire_J(long offset, Object receiver, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old ^ value));
        return old;
    }

    public static long getAndBitwiseXorRelease_J(long offset, Object receiver, long value) {
        long at = Magic.addressOf(receiver) + offset;
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old ^ value));
        return old;
    }

    public static boolean get_Z(long offset, Object receiver) {
        return (Magic.loadByte(Magic.addressOf(receiver) + offset) != 0);
    }

    public static boolean getVolatile_Z(long offset, Object receiver) {
        return (Magic.loadByte(Magic.addressOf(receiver) + offset) != 0);
    }

    public static boolean getAcquire_Z(long offset, Object receiver) {
        return (Magic.loadByte(Magic.addressOf(receiver) + offset) != 0);
    }

    public static boolean getOpaque_Z(long offset, Object receiver) {
        return (Magic.loadByte(Magic.addressOf(receiver) + offset) != 0);
    }

    public static void set_Z(long offset, Object receiver, boolean value) {
        Magic.storeByte(Magic.addressOf(receiver) + offset, (byte) (value ? 1 : 0));
    }

    public static void setVolatile_Z(long offset, Object receiver, boolean value) {
        Magic.storeByte(Magic.addressOf(receiver) + offset, (byte) (value ? 1 : 0));
    }

    public static void setRelease_Z(long offset, Object receiver, boolean value) {
        Magic.storeByte(Magic.addressOf(receiver) + offset, (byte) (value ? 1 : 0));
    }

    public static void setOpaque_Z(long offset, Object receiver, boolean value) {
        Magic.storeByte(Magic.addressOf(receiver) + offset, (byte) (value ? 1 : 0));
    }

    public static boolean compareAndSet_Z(long offset, Object receiver, boolean expected, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        if ((Magic.loadByte(at) != 0) == expected) {
            Magic.storeByte(at, (byte) (value ? 1 : 0));
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSet_Z(long offset, Object receiver, boolean expected, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        if ((Magic.loadByte(at) != 0) == expected) {
            Magic.storeByte(at, (byte) (value ? 1 : 0));
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetPlain_Z(long offset, Object receiver, boolean expected, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        if ((Magic.loadByte(at) != 0) == expected) {
            Magic.storeByte(at, (byte) (value ? 1 : 0));
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetAcquire_Z(long offset, Object receiver, boolean expected, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        if ((Magic.loadByte(at) != 0) == expected) {
            Magic.storeByte(at, (byte) (value ? 1 : 0));
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetRelease_Z(long offset, Object receiver, boolean expected, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        if ((Magic.loadByte(at) != 0) == expected) {
            Magic.storeByte(at, (byte) (value ? 1 : 0));
            return true;
        }
        return false;
    }

    public static boolean compareAndExchange_Z(long offset, Object receiver, boolean expected, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean witness = (Magic.loadByte(at) != 0);
        if (witness == expected) {
            Magic.storeByte(at, (byte) (value ? 1 : 0));
        }
        return witness;
    }

    public static boolean compareAndExchangeAcquire_Z(long offset, Object receiver, boolean expected, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean witness = (Magic.loadByte(at) != 0);
        if (witness == expected) {
            Magic.storeByte(at, (byte) (value ? 1 : 0));
        }
        return witness;
    }

    public static boolean compareAndExchangeRelease_Z(long offset, Object receiver, boolean expected, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean witness = (Magic.loadByte(at) != 0);
        if (witness == expected) {
            Magic.storeByte(at, (byte) (value ? 1 : 0));
        }
        return witness;
    }

    public static boolean getAndSet_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = (Magic.loadByte(at) != 0);
        Magic.storeByte(at, (byte) (value ? 1 : 0));
        return old;
    }

    public static boolean getAndSetAcquire_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = (Magic.loadByte(at) != 0);
        Magic.storeByte(at, (byte) (value ? 1 : 0));
        return old;
    }

    public static boolean getAndSetRelease_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = (Magic.loadByte(at) != 0);
        Magic.storeByte(at, (byte) (value ? 1 : 0));
        return old;
    }

    public static boolean getAndBitwiseOr_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = (Magic.loadByte(at) != 0);
        Magic.storeByte(at, (byte) ((old | value) ? 1 : 0));
        return old;
    }

    public static boolean getAndBitwiseOrAcquire_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = (Magic.loadByte(at) != 0);
        Magic.storeByte(at, (byte) ((old | value) ? 1 : 0));
        return old;
    }

    public static boolean getAndBitwiseOrRelease_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = (Magic.loadByte(at) != 0);
        Magic.storeByte(at, (byte) ((old | value) ? 1 : 0));
        return old;
    }

    public static boolean getAndBitwiseAnd_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = (Magic.loadByte(at) != 0);
        Magic.storeByte(at, (byte) ((old & value) ? 1 : 0));
        return old;
    }

    public static boolean getAndBitwiseAndAcquire_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = (Magic.loadByte(at) != 0);
        Magic.storeByte(at, (byte) ((old & value) ? 1 : 0));
        return old;
    }

    public static boolean getAndBitwiseAndRelease_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = (Magic.loadByte(at) != 0);
        Magic.storeByte(at, (byte) ((old & value) ? 1 : 0));
        return old;
    }

    public static boolean getAndBitwiseXor_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = (Magic.loadByte(at) != 0);
        Magic.storeByte(at, (byte) ((old ^ value) ? 1 : 0));
        return old;
    }

    public static boolean getAndBitwiseXorAcquire_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = (Magic.loadByte(at) != 0);
        Magic.storeByte(at, (byte) ((old ^ value) ? 1 : 0));
        return old;
    }

    public static boolean getAndBitwiseXorRelease_Z(long offset, Object receiver, boolean value) {
        long at = Magic.addressOf(receiver) + offset;
        boolean old = (Magic.loadByte(at) != 0);
        Magic.storeByte(at, (byte) ((old ^ value) ? 1 : 0));
        return old;
    }

    public static Object get_L(long offset, Object receiver) {
        return Magic.loadObject(Magic.addressOf(receiver) + offset);
    }

    public static Object getVolatile_L(long offset, Object receiver) {
        return Magic.loadObject(Magic.addressOf(receiver) + offset);
    }

    public static Object getAcquire_L(long offset, Object receiver) {
        return Magic.loadObject(Magic.addressOf(receiver) + offset);
    }

    public static Object getOpaque_L(long offset, Object receiver) {
        return Magic.loadObject(Magic.addressOf(receiver) + offset);
    }

    public static void set_L(long offset, Object receiver, Object value) {
        Magic.storeObject(Magic.addressOf(receiver) + offset, value);
    }

    public static void setVolatile_L(long offset, Object receiver, Object value) {
        Magic.storeObject(Magic.addressOf(receiver) + offset, value);
    }

    public static void setRelease_L(long offset, Object receiver, Object value) {
        Magic.storeObject(Magic.addressOf(receiver) + offset, value);
    }

    public static void setOpaque_L(long offset, Object receiver, Object value) {
        Magic.storeObject(Magic.addressOf(receiver) + offset, value);
    }

    public static boolean compareAndSet_L(long offset, Object receiver, Object expected, Object value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadObject(at) == expected) {
            Magic.storeObject(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSet_L(long offset, Object receiver, Object expected, Object value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadObject(at) == expected) {
            Magic.storeObject(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetPlain_L(long offset, Object receiver, Object expected, Object value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadObject(at) == expected) {
            Magic.storeObject(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetAcquire_L(long offset, Object receiver, Object expected, Object value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadObject(at) == expected) {
            Magic.storeObject(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetRelease_L(long offset, Object receiver, Object expected, Object value) {
        long at = Magic.addressOf(receiver) + offset;
        if (Magic.loadObject(at) == expected) {
            Magic.storeObject(at, value);
            return true;
        }
        return false;
    }

    public static Object compareAndExchange_L(long offset, Object receiver, Object expected, Object value) {
        long at = Magic.addressOf(receiver) + offset;
        Object witness = Magic.loadObject(at);
        if (witness == expected) {
            Magic.storeObject(at, value);
        }
        return witness;
    }

    public static Object compareAndExchangeAcquire_L(long offset, Object receiver, Object expected, Object value) {
        long at = Magic.addressOf(receiver) + offset;
        Object witness = Magic.loadObject(at);
        if (witness == expected) {
            Magic.storeObject(at, value);
        }
        return witness;
    }

    public static Object compareAndExchangeRelease_L(long offset, Object receiver, Object expected, Object value) {
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

    public static Object getAndSetAcquire_L(long offset, Object receiver, Object value) {
        long at = Magic.addressOf(receiver) + offset;
        Object old = Magic.loadObject(at);
        Magic.storeObject(at, value);
        return old;
    }

    public static Object getAndSetRelease_L(long offset, Object receiver, Object value) {
        long at = Magic.addressOf(receiver) + offset;
        Object old = Magic.loadObject(at);
        Magic.storeObject(at, value);
        return old;
    }

    /** The address of element {@code index} of {@code array}, whose elements take {@code size} bytes; checked. */
    private static long element(long size, Object array, int index) {
        int length = Magic.loadInt(Magic.addressOf(array) + ObjectLayout.ARRAY_LENGTH_OFFSET);
        if (index < 0 || index >= length) {
            throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
        }
        return Magic.addressOf(array) + ObjectLayout.ARRAY_BASE_OFFSET + (long) index * size;
    }

    public static int get_AI(long size, Object array, int index) {
        return Magic.loadInt(element(size, array, index));
    }

    public static int getVolatile_AI(long size, Object array, int index) {
        return Magic.loadInt(element(size, array, index));
    }

    public static int getAcquire_AI(long size, Object array, int index) {
        return Magic.loadInt(element(size, array, index));
    }

    public static int getOpaque_AI(long size, Object array, int index) {
        return Magic.loadInt(element(size, array, index));
    }

    public static void set_AI(long size, Object array, int index, int value) {
        Magic.storeInt(element(size, array, index), value);
    }

    public static void setVolatile_AI(long size, Object array, int index, int value) {
        Magic.storeInt(element(size, array, index), value);
    }

    public static void setRelease_AI(long size, Object array, int index, int value) {
        Magic.storeInt(element(size, array, index), value);
    }

    public static void setOpaque_AI(long size, Object array, int index, int value) {
        Magic.storeInt(element(size, array, index), value);
    }

    public static boolean compareAndSet_AI(long size, Object array, int index, int expected, int value) {
        long at = element(size, array, index);
        if (Magic.loadInt(at) == expected) {
            Magic.storeInt(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSet_AI(long size, Object array, int index, int expected, int value) {
        long at = element(size, array, index);
        if (Magic.loadInt(at) == expected) {
            Magic.storeInt(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetPlain_AI(long size, Object array, int index, int expected, int value) {
        long at = element(size, array, index);
        if (Magic.loadInt(at) == expected) {
            Magic.storeInt(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetAcquire_AI(long size, Object array, int index, int expected, int value) {
        long at = element(size, array, index);
        if (Magic.loadInt(at) == expected) {
            Magic.storeInt(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetRelease_AI(long size, Object array, int index, int expected, int value) {
        long at = element(size, array, index);
        if (Magic.loadInt(at) == expected) {
            Magic.storeInt(at, value);
            return true;
        }
        return false;
    }

    public static int compareAndExchange_AI(long size, Object array, int index, int expected, int value) {
        long at = element(size, array, index);
        int witness = Magic.loadInt(at);
        if (witness == expected) {
            Magic.storeInt(at, value);
        }
        return witness;
    }

    public static int compareAndExchangeAcquire_AI(long size, Object array, int index, int expected, int value) {
        long at = element(size, array, index);
        int witness = Magic.loadInt(at);
        if (witness == expected) {
            Magic.storeInt(at, value);
        }
        return witness;
    }

    public static int compareAndExchangeRelease_AI(long size, Object array, int index, int expected, int value) {
        long at = element(size, array, index);
        int witness = Magic.loadInt(at);
        if (witness == expected) {
            Magic.storeInt(at, value);
        }
        return witness;
    }

    public static int getAndSet_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, value);
        return old;
    }

    public static int getAndSetAcquire_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, value);
        return old;
    }

    public static int getAndSetRelease_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, value);
        return old;
    }

    public static int getAndAdd_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old + value));
        return old;
    }

    public static int getAndAddAcquire_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old + value));
        return old;
    }

    public static int getAndAddRelease_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old + value));
        return old;
    }

    public static int getAndBitwiseOr_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old | value));
        return old;
    }

    public static int getAndBitwiseOrAcquire_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old | value));
        return old;
    }

    public static int getAndBitwiseOrRelease_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old | value));
        return old;
    }

    public static int getAndBitwiseAnd_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old & value));
        return old;
    }

    public static int getAndBitwiseAndAcquire_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old & value));
        return old;
    }

    public static int getAndBitwiseAndRelease_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old & value));
        return old;
    }

    public static int getAndBitwiseXor_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old ^ value));
        return old;
    }

    public static int getAndBitwiseXorAcquire_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old ^ value));
        return old;
    }

    public static int getAndBitwiseXorRelease_AI(long size, Object array, int index, int value) {
        long at = element(size, array, index);
        int old = Magic.loadInt(at);
        Magic.storeInt(at, (int) (old ^ value));
        return old;
    }

    public static long get_AJ(long size, Object array, int index) {
        return Magic.loadLong(element(size, array, index));
    }

    public static long getVolatile_AJ(long size, Object array, int index) {
        return Magic.loadLong(element(size, array, index));
    }

    public static long getAcquire_AJ(long size, Object array, int index) {
        return Magic.loadLong(element(size, array, index));
    }

    public static long getOpaque_AJ(long size, Object array, int index) {
        return Magic.loadLong(element(size, array, index));
    }

    public static void set_AJ(long size, Object array, int index, long value) {
        Magic.storeLong(element(size, array, index), value);
    }

    public static void setVolatile_AJ(long size, Object array, int index, long value) {
        Magic.storeLong(element(size, array, index), value);
    }

    public static void setRelease_AJ(long size, Object array, int index, long value) {
        Magic.storeLong(element(size, array, index), value);
    }

    public static void setOpaque_AJ(long size, Object array, int index, long value) {
        Magic.storeLong(element(size, array, index), value);
    }

    public static boolean compareAndSet_AJ(long size, Object array, int index, long expected, long value) {
        long at = element(size, array, index);
        if (Magic.loadLong(at) == expected) {
            Magic.storeLong(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSet_AJ(long size, Object array, int index, long expected, long value) {
        long at = element(size, array, index);
        if (Magic.loadLong(at) == expected) {
            Magic.storeLong(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetPlain_AJ(long size, Object array, int index, long expected, long value) {
        long at = element(size, array, index);
        if (Magic.loadLong(at) == expected) {
            Magic.storeLong(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetAcquire_AJ(long size, Object array, int index, long expected, long value) {
        long at = element(size, array, index);
        if (Magic.loadLong(at) == expected) {
            Magic.storeLong(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetRelease_AJ(long size, Object array, int index, long expected, long value) {
        long at = element(size, array, index);
        if (Magic.loadLong(at) == expected) {
            Magic.storeLong(at, value);
            return true;
        }
        return false;
    }

    public static long compareAndExchange_AJ(long size, Object array, int index, long expected, long value) {
        long at = element(size, array, index);
        long witness = Magic.loadLong(at);
        if (witness == expected) {
            Magic.storeLong(at, value);
        }
        return witness;
    }

    public static long compareAndExchangeAcquire_AJ(long size, Object array, int index, long expected, long value) {
        long at = element(size, array, index);
        long witness = Magic.loadLong(at);
        if (witness == expected) {
            Magic.storeLong(at, value);
        }
        return witness;
    }

    public static long compareAndExchangeRelease_AJ(long size, Object array, int index, long expected, long value) {
        long at = element(size, array, index);
        long witness = Magic.loadLong(at);
        if (witness == expected) {
            Magic.storeLong(at, value);
        }
        return witness;
    }

    public static long getAndSet_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, value);
        return old;
    }

    public static long getAndSetAcquire_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, value);
        return old;
    }

    public static long getAndSetRelease_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, value);
        return old;
    }

    public static long getAndAdd_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old + value));
        return old;
    }

    public static long getAndAddAcquire_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old + value));
        return old;
    }

    public static long getAndAddRelease_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old + value));
        return old;
    }

    public static long getAndBitwiseOr_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old | value));
        return old;
    }

    public static long getAndBitwiseOrAcquire_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old | value));
        return old;
    }

    public static long getAndBitwiseOrRelease_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old | value));
        return old;
    }

    public static long getAndBitwiseAnd_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old & value));
        return old;
    }

    public static long getAndBitwiseAndAcquire_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old & value));
        return old;
    }

    public static long getAndBitwiseAndRelease_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old & value));
        return old;
    }

    public static long getAndBitwiseXor_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old ^ value));
        return old;
    }

    public static long getAndBitwiseXorAcquire_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old ^ value));
        return old;
    }

    public static long getAndBitwiseXorRelease_AJ(long size, Object array, int index, long value) {
        long at = element(size, array, index);
        long old = Magic.loadLong(at);
        Magic.storeLong(at, (long) (old ^ value));
        return old;
    }

    public static Object get_AL(long size, Object array, int index) {
        return Magic.loadObject(element(size, array, index));
    }

    public static Object getVolatile_AL(long size, Object array, int index) {
        return Magic.loadObject(element(size, array, index));
    }

    public static Object getAcquire_AL(long size, Object array, int index) {
        return Magic.loadObject(element(size, array, index));
    }

    public static Object getOpaque_AL(long size, Object array, int index) {
        return Magic.loadObject(element(size, array, index));
    }

    public static void set_AL(long size, Object array, int index, Object value) {
        Magic.storeObject(element(size, array, index), value);
    }

    public static void setVolatile_AL(long size, Object array, int index, Object value) {
        Magic.storeObject(element(size, array, index), value);
    }

    public static void setRelease_AL(long size, Object array, int index, Object value) {
        Magic.storeObject(element(size, array, index), value);
    }

    public static void setOpaque_AL(long size, Object array, int index, Object value) {
        Magic.storeObject(element(size, array, index), value);
    }

    public static boolean compareAndSet_AL(long size, Object array, int index, 
            Object expected, Object value) {
        long at = element(size, array, index);
        if (Magic.loadObject(at) == expected) {
            Magic.storeObject(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSet_AL(long size, Object array, int index, 
            Object expected, Object value) {
        long at = element(size, array, index);
        if (Magic.loadObject(at) == expected) {
            Magic.storeObject(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetPlain_AL(long size, Object array, int index, 
            Object expected, Object value) {
        long at = element(size, array, index);
        if (Magic.loadObject(at) == expected) {
            Magic.storeObject(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetAcquire_AL(long size, Object array, int index, 
            Object expected, Object value) {
        long at = element(size, array, index);
        if (Magic.loadObject(at) == expected) {
            Magic.storeObject(at, value);
            return true;
        }
        return false;
    }

    public static boolean weakCompareAndSetRelease_AL(long size, Object array, int index, 
            Object expected, Object value) {
        long at = element(size, array, index);
        if (Magic.loadObject(at) == expected) {
            Magic.storeObject(at, value);
            return true;
        }
        return false;
    }

    public static Object compareAndExchange_AL(long size, Object array, int index, 
            Object expected, Object value) {
        long at = element(size, array, index);
        Object witness = Magic.loadObject(at);
        if (witness == expected) {
            Magic.storeObject(at, value);
        }
        return witness;
    }

    public static Object compareAndExchangeAcquire_AL(long size, Object array, int index, 
            Object expected, Object value) {
        long at = element(size, array, index);
        Object witness = Magic.loadObject(at);
        if (witness == expected) {
            Magic.storeObject(at, value);
        }
        return witness;
    }

    public static Object compareAndExchangeRelease_AL(long size, Object array, int index, 
            Object expected, Object value) {
        long at = element(size, array, index);
        Object witness = Magic.loadObject(at);
        if (witness == expected) {
            Magic.storeObject(at, value);
        }
        return witness;
    }

    public static Object getAndSet_AL(long size, Object array, int index, Object value) {
        long at = element(size, array, index);
        Object old = Magic.loadObject(at);
        Magic.storeObject(at, value);
        return old;
    }

    public static Object getAndSetAcquire_AL(long size, Object array, int index, Object value) {
        long at = element(size, array, index);
        Object old = Magic.loadObject(at);
        Magic.storeObject(at, value);
        return old;
    }

    public static Object getAndSetRelease_AL(long size, Object array, int index, Object value) {
        long at = element(size, array, index);
        Object old = Magic.loadObject(at);
        Magic.storeObject(at, value);
        return old;
    }
}
