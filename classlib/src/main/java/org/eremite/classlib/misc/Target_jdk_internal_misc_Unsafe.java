package org.eremite.classlib.misc;

import org.eremite.classlib.lang.Mirrors;
import org.eremite.vm.annotation.Inject;
import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;
import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;
import org.eremite.vm.runtime.Heap;
import org.eremite.vm.runtime.Hub;

/**
 * The Unsafe operations of {@code java.base} over Magic: an access at (object, offset) is at the object's address
 * plus the offset, or at the offset itself when the object is null (an absolute address). One thread: volatile,
 * acquire, release and opaque accesses are plain ones, and compare-and-set is a compare then a store.
 *
 * <p>Offsets: field offsets that build-time-initialized classes stored in static fields are recomputed for the
 * guest's layout by the image builder ({@code UnsafeOffsets}); array base offsets and index scales are the guest's
 * here, and the builder's JVM runs with HotSpot's uncompressed layout so that its snapshotted values agree.
 * {@code objectFieldOffset} at run time looks the field up in {@link FieldOffsets}.
 */
@TargetClass("jdk.internal.misc.Unsafe")
final class Target_jdk_internal_misc_Unsafe {
    @Inject
    private static long at(Object o, long offset) {
        return o == null ? offset : Magic.addressOf(o) + offset;
    }

    @Substitute
    public int getInt(Object o, long offset) {
        return Magic.loadInt(at(o, offset));
    }

    @Substitute
    public void putInt(Object o, long offset, int x) {
        Magic.storeInt(at(o, offset), x);
    }

    @Substitute
    public int getIntVolatile(Object o, long offset) {
        return Magic.loadInt(at(o, offset));
    }

    @Substitute
    public void putIntVolatile(Object o, long offset, int x) {
        Magic.storeInt(at(o, offset), x);
    }

    @Substitute
    public Object getReference(Object o, long offset) {
        return Magic.loadObject(at(o, offset));
    }

    @Substitute
    public void putReference(Object o, long offset, Object x) {
        Magic.storeObject(at(o, offset), x);
    }

    @Substitute
    public Object getReferenceVolatile(Object o, long offset) {
        return Magic.loadObject(at(o, offset));
    }

    @Substitute
    public void putReferenceVolatile(Object o, long offset, Object x) {
        Magic.storeObject(at(o, offset), x);
    }

    @Substitute
    public boolean getBoolean(Object o, long offset) {
        return Magic.loadByte(at(o, offset)) != 0;
    }

    @Substitute
    public void putBoolean(Object o, long offset, boolean x) {
        Magic.storeByte(at(o, offset), (byte) (x ? 1 : 0));
    }

    @Substitute
    public boolean getBooleanVolatile(Object o, long offset) {
        return Magic.loadByte(at(o, offset)) != 0;
    }

    @Substitute
    public void putBooleanVolatile(Object o, long offset, boolean x) {
        Magic.storeByte(at(o, offset), (byte) (x ? 1 : 0));
    }

    @Substitute
    public byte getByte(Object o, long offset) {
        return Magic.loadByte(at(o, offset));
    }

    @Substitute
    public void putByte(Object o, long offset, byte x) {
        Magic.storeByte(at(o, offset), x);
    }

    @Substitute
    public byte getByteVolatile(Object o, long offset) {
        return Magic.loadByte(at(o, offset));
    }

    @Substitute
    public void putByteVolatile(Object o, long offset, byte x) {
        Magic.storeByte(at(o, offset), x);
    }

    @Substitute
    public short getShort(Object o, long offset) {
        return Magic.loadShort(at(o, offset));
    }

    @Substitute
    public void putShort(Object o, long offset, short x) {
        Magic.storeShort(at(o, offset), x);
    }

    @Substitute
    public short getShortVolatile(Object o, long offset) {
        return Magic.loadShort(at(o, offset));
    }

    @Substitute
    public void putShortVolatile(Object o, long offset, short x) {
        Magic.storeShort(at(o, offset), x);
    }

    @Substitute
    public char getChar(Object o, long offset) {
        return Magic.loadChar(at(o, offset));
    }

    @Substitute
    public void putChar(Object o, long offset, char x) {
        Magic.storeChar(at(o, offset), x);
    }

    @Substitute
    public char getCharVolatile(Object o, long offset) {
        return Magic.loadChar(at(o, offset));
    }

    @Substitute
    public void putCharVolatile(Object o, long offset, char x) {
        Magic.storeChar(at(o, offset), x);
    }

    @Substitute
    public long getLong(Object o, long offset) {
        return Magic.loadLong(at(o, offset));
    }

    @Substitute
    public void putLong(Object o, long offset, long x) {
        Magic.storeLong(at(o, offset), x);
    }

    @Substitute
    public long getLongVolatile(Object o, long offset) {
        return Magic.loadLong(at(o, offset));
    }

    @Substitute
    public void putLongVolatile(Object o, long offset, long x) {
        Magic.storeLong(at(o, offset), x);
    }

    @Substitute
    public float getFloat(Object o, long offset) {
        return Magic.loadFloat(at(o, offset));
    }

    @Substitute
    public void putFloat(Object o, long offset, float x) {
        Magic.storeFloat(at(o, offset), x);
    }

    @Substitute
    public float getFloatVolatile(Object o, long offset) {
        return Magic.loadFloat(at(o, offset));
    }

    @Substitute
    public void putFloatVolatile(Object o, long offset, float x) {
        Magic.storeFloat(at(o, offset), x);
    }

    @Substitute
    public double getDouble(Object o, long offset) {
        return Magic.loadDouble(at(o, offset));
    }

    @Substitute
    public void putDouble(Object o, long offset, double x) {
        Magic.storeDouble(at(o, offset), x);
    }

    @Substitute
    public double getDoubleVolatile(Object o, long offset) {
        return Magic.loadDouble(at(o, offset));
    }

    @Substitute
    public void putDoubleVolatile(Object o, long offset, double x) {
        Magic.storeDouble(at(o, offset), x);
    }

    @Substitute
    public final boolean compareAndSetReference(Object o, long offset, Object expected, Object x) {
        long a = at(o, offset);
        if (Magic.loadObject(a) == expected) {
            Magic.storeObject(a, x);
            return true;
        }
        return false;
    }

    @Substitute
    public final Object compareAndExchangeReference(Object o, long offset, Object expected, Object x) {
        long a = at(o, offset);
        Object witness = Magic.loadObject(a);
        if (witness == expected) {
            Magic.storeObject(a, x);
        }
        return witness;
    }

    @Substitute
    public final boolean compareAndSetInt(Object o, long offset, int expected, int x) {
        long a = at(o, offset);
        if (Magic.loadInt(a) == expected) {
            Magic.storeInt(a, x);
            return true;
        }
        return false;
    }

    @Substitute
    public final int compareAndExchangeInt(Object o, long offset, int expected, int x) {
        long a = at(o, offset);
        int witness = Magic.loadInt(a);
        if (witness == expected) {
            Magic.storeInt(a, x);
        }
        return witness;
    }

    @Substitute
    public final boolean compareAndSetLong(Object o, long offset, long expected, long x) {
        long a = at(o, offset);
        if (Magic.loadLong(a) == expected) {
            Magic.storeLong(a, x);
            return true;
        }
        return false;
    }

    @Substitute
    public final long compareAndExchangeLong(Object o, long offset, long expected, long x) {
        long a = at(o, offset);
        long witness = Magic.loadLong(a);
        if (witness == expected) {
            Magic.storeLong(a, x);
        }
        return witness;
    }

    @Substitute
    public void loadFence() {
        Magic.fence();
    }

    @Substitute
    public void storeFence() {
        Magic.fence();
    }

    @Substitute
    public void fullFence() {
        Magic.fence();
    }

    @Substitute
    private int arrayBaseOffset0(Class<?> arrayClass) {
        return ObjectLayout.ARRAY_BASE_OFFSET;
    }

    @Substitute
    private int arrayIndexScale0(Class<?> arrayClass) {
        return Mirrors.hubOf(arrayClass).elementSize;
    }

    @Substitute
    private long objectFieldOffset1(Class<?> c, String name) {
        return FieldOffsets.of(c, name);
    }

    @Substitute
    public Object allocateInstance(Class<?> cls) throws InstantiationException {
        Hub hub = Mirrors.hubOf(cls);
        if ((hub.flags & (Hub.ABSTRACT | Hub.INTERFACE | Hub.ARRAY | Hub.PRIMITIVE)) != 0) {
            throw new InstantiationException(cls.getName());
        }
        return Heap.allocateObject(hub);
    }

    @Substitute
    public void throwException(Throwable ee) {
        sneakyThrow(ee);
    }

    @Inject
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    @Substitute
    private void copyMemory0(Object srcBase, long srcOffset, Object destBase, long destOffset, long bytes) {
        long from = at(srcBase, srcOffset);
        long to = at(destBase, destOffset);
        if (to <= from || to >= from + bytes) {
            for (long i = 0; i < bytes; i++) {
                Magic.storeByte(to + i, Magic.loadByte(from + i));
            }
        } else {
            for (long i = bytes - 1; i >= 0; i--) {
                Magic.storeByte(to + i, Magic.loadByte(from + i));
            }
        }
    }

    @Substitute
    private void setMemory0(Object o, long offset, long bytes, byte value) {
        long a = at(o, offset);
        for (long i = 0; i < bytes; i++) {
            Magic.storeByte(a + i, value);
        }
    }

    @Substitute
    private boolean shouldBeInitialized0(Class<?> c) {
        return Mirrors.hubOf(c).initState != Hub.INITIALIZED;
    }

    @Substitute
    private void ensureClassInitialized0(Class<?> c) {
        org.eremite.vm.runtime.RuntimeEntries.initializeClass(Mirrors.hubOf(c));
    }

    @Substitute
    public void park(boolean isAbsolute, long time) {
        // One thread: nobody can unpark it; a timed park waits out its time, as the JDK allows spurious returns.
    }

    @Substitute
    public void unpark(Object thread) {
    }
}
