package org.eremite.compiler;

import java.lang.reflect.Method;
import java.util.StringJoiner;

/**
 * One call the driver makes: a static method of the corpus class and its arguments, each as the raw bits of the
 * parameter's type (an int sign-extended, a float's or double's IEEE bits), which is how the driver loads them.
 * A long argument may instead be the address of a symbol of the image ({@code symbols[i]} not null), which the
 * driver loads in the guest; {@code arguments[i]} is then what HotSpot's side passes for it.
 */
record GuestCall(Method method, long[] arguments, String[] symbols) {
    GuestCall(Method method, long[] arguments) {
        this(method, arguments, new String[arguments.length]);
    }

    /** The symbol whose address argument {@code i} is in the guest, or null for a plain value. */
    String symbol(int i) {
        return symbols[i];
    }

    /** The arguments boxed for {@code Method.invoke}. */
    Object[] boxed() {
        Class<?>[] types = method.getParameterTypes();
        Object[] boxed = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            boxed[i] = box(types[i], arguments[i]);
        }
        return boxed;
    }

    static Object box(Class<?> type, long bits) {
        if (type == int.class) {
            return (int) bits;
        } else if (type == long.class) {
            return bits;
        } else if (type == float.class) {
            return Float.intBitsToFloat((int) bits);
        } else if (type == double.class) {
            return Double.longBitsToDouble(bits);
        } else if (type == boolean.class) {
            return bits != 0;
        } else if (type == byte.class) {
            return (byte) bits;
        } else if (type == char.class) {
            return (char) bits;
        } else if (type == short.class) {
            return (short) bits;
        }
        throw new IllegalArgumentException("no harness support for parameters of type " + type);
    }

    @Override
    public String toString() {
        StringJoiner args = new StringJoiner(", ", method.getName() + "(", ")");
        Object[] boxed = boxed();
        for (int i = 0; i < boxed.length; i++) {
            Object arg = boxed[i];
            if (symbols[i] != null) {
                args.add("&" + symbols[i]);
                continue;
            }
            args.add(arg instanceof Float f ? f + "f" : arg instanceof Long l ? l + "L" : String.valueOf(arg));
        }
        return method.getDeclaringClass().getSimpleName() + "." + args;
    }
}
