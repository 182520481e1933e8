package org.eremite.compiler;

import java.lang.reflect.InvocationTargetException;

/**
 * What HotSpot prints for a call, in the driver's format: the result's bits as 16 hex digits (see {@link Driver}),
 * {@code V} for void, or the class name of the exception it throws.
 */
final class HotSpotOracle {
    private HotSpotOracle() {
    }

    static String expected(GuestCall call) {
        return expected(call, call.method().getDeclaringClass());
    }

    /**
     * What HotSpot prints for {@code call} made to the method of the same name and parameters in {@code oracle},
     * a stand-in for the corpus class (as {@link HostMagic#load} makes).
     */
    static String expected(GuestCall call, Class<?> oracle) {
        Object result;
        try {
            java.lang.reflect.Method method = oracle == call.method().getDeclaringClass() ? call.method()
                    : oracle.getDeclaredMethod(call.method().getName(), call.method().getParameterTypes());
            method.setAccessible(true);
            result = method.invoke(null, call.boxed());
        } catch (InvocationTargetException e) {
            return e.getCause().getClass().getName();
        } catch (IllegalAccessException | NoSuchMethodException e) {
            throw new AssertionError(e);
        }
        return format(call.method().getReturnType(), result);
    }

    static String format(Class<?> type, Object result) {
        long bits;
        if (type == void.class) {
            return "V";
        } else if (type == long.class) {
            bits = (Long) result;
        } else if (type == float.class) {
            bits = Float.floatToRawIntBits((Float) result) & 0xFFFF_FFFFL;
        } else if (type == double.class) {
            bits = Double.doubleToRawLongBits((Double) result);
        } else if (type == boolean.class) {
            bits = (Boolean) result ? 1 : 0;
        } else if (type == char.class) {
            bits = (Character) result;
        } else {
            bits = ((Number) result).intValue() & 0xFFFF_FFFFL;
        }
        return String.format("%016x", bits);
    }

    /**
     * True if the guest's line means what HotSpot's does: equal, or both NaN of a float or double result (the
     * JLS leaves NaN bit patterns open, JVMS 2.3.2).
     */
    static boolean agrees(Class<?> type, String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        if ((type == float.class || type == double.class) && isHex(expected) && isHex(actual)) {
            long e = Long.parseUnsignedLong(expected, 16);
            long a = Long.parseUnsignedLong(actual, 16);
            return type == float.class ? Float.isNaN(Float.intBitsToFloat((int) e)) && Float.isNaN(Float.intBitsToFloat((int) a))
                    : Double.isNaN(Double.longBitsToDouble(e)) && Double.isNaN(Double.longBitsToDouble(a));
        }
        return false;
    }

    private static boolean isHex(String s) {
        return s.length() == 16 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
