package org.eremite.vm.object;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Run in a child HotSpot with {@code -XX:-UseCompressedOops -XX:-UseCompressedClassPointers}, HotSpot's own
 * uncompressed 64-bit layout: prints its array and field offsets as {@code key=value} lines, the oracle for
 * {@link ObjectLayout}'s constants.
 */
public final class HotSpotLayoutProbe {
    /** One long field: its offset is HotSpot's first field offset. */
    static final class OneLong {
        long value;
    }

    /** One int field: likewise. */
    static final class OneInt {
        int value;
    }

    public static void main(String[] args) throws Exception {
        Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
        Field f = unsafeClass.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        Object u = f.get(null);
        Method baseOffset = unsafeClass.getMethod("arrayBaseOffset", Class.class);
        Method indexScale = unsafeClass.getMethod("arrayIndexScale", Class.class);
        Method fieldOffset = unsafeClass.getMethod("objectFieldOffset", Field.class);
        Class<?>[] arrays = {boolean[].class, byte[].class, char[].class, short[].class, int[].class, long[].class,
            float[].class, double[].class, Object[].class};
        for (Class<?> a : arrays) {
            String kind = a.getComponentType().isPrimitive() ? a.getComponentType().getName() : "reference";
            System.out.println(kind + ".base=" + baseOffset.invoke(u, a));
            System.out.println(kind + ".scale=" + indexScale.invoke(u, a));
        }
        System.out.println("address.size=" + unsafeClass.getMethod("addressSize").invoke(u));
        System.out.println("field.long=" + fieldOffset.invoke(u, OneLong.class.getDeclaredField("value")));
        System.out.println("field.int=" + fieldOffset.invoke(u, OneInt.class.getDeclaredField("value")));
    }
}
