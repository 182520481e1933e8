package org.eremite.vm.compiler.npe;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * HotSpot as the oracle for any instruction, not only those a test can make fail: a NullPointerException's
 * message is computed lazily from the top frame of its backtrace (a method of a class, by the method's original
 * id number, and a bytecode offset), so a NullPointerException whose backtrace is replaced by a forged one-frame
 * backtrace gets from HotSpot the message it would have had at that frame. The same forged frame turned into a
 * stack trace element tells the line of that offset, which identifies the method behind an id number.
 *
 * <p>This depends on HotSpot 17's backtrace layout (javaClasses.hpp: method ids as {@code short[]}, offsets and
 * class versions packed in an {@code int[]}, mirrors, method name symbols as {@code long[]}, next chunk, hidden
 * flag) and reaches the private fields through {@code sun.misc.Unsafe}. The caller must give an id number and
 * offset that exist (an offset at the start of an instruction of a method with code): HotSpot trusts them.
 */
final class ForgedFrames {
    private static final MethodHandle GET_OBJECT;
    private static final MethodHandle PUT_OBJECT;
    private static final MethodHandle PUT_INT;
    private static final long BACKTRACE;
    private static final long DEPTH;
    private static final long STACK_TRACE;
    private static final long MESSAGE_STATE;
    private static final long EXTENDED_MESSAGE;
    /** A real backtrace, whose method name symbol the forged ones reuse (only stack trace text shows it). */
    private static final Object[] TEMPLATE;

    static {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            Object unsafe = theUnsafe.get(null);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            GET_OBJECT = lookup.findVirtual(unsafeClass, "getObject",
                    MethodType.methodType(Object.class, Object.class, long.class)).bindTo(unsafe);
            PUT_OBJECT = lookup.findVirtual(unsafeClass, "putObject",
                    MethodType.methodType(void.class, Object.class, long.class, Object.class)).bindTo(unsafe);
            PUT_INT = lookup.findVirtual(unsafeClass, "putInt",
                    MethodType.methodType(void.class, Object.class, long.class, int.class)).bindTo(unsafe);
            MethodHandle offset = lookup.findVirtual(unsafeClass, "objectFieldOffset",
                    MethodType.methodType(long.class, Field.class)).bindTo(unsafe);
            BACKTRACE = (long) offset.invokeExact(Throwable.class.getDeclaredField("backtrace"));
            DEPTH = (long) offset.invokeExact(Throwable.class.getDeclaredField("depth"));
            STACK_TRACE = (long) offset.invokeExact(Throwable.class.getDeclaredField("stackTrace"));
            MESSAGE_STATE = (long) offset.invokeExact(
                    NullPointerException.class.getDeclaredField("extendedMessageState"));
            EXTENDED_MESSAGE = (long) offset.invokeExact(
                    NullPointerException.class.getDeclaredField("extendedMessage"));
            TEMPLATE = backtrace(new NullPointerException());
            if (TEMPLATE.length != 6 || !(TEMPLATE[0] instanceof short[]) || !(TEMPLATE[1] instanceof int[])
                    || !(TEMPLATE[2] instanceof Object[]) || !(TEMPLATE[3] instanceof long[])) {
                throw new IllegalStateException("not HotSpot 17's backtrace layout");
            }
        } catch (Throwable e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final NullPointerException exception = new NullPointerException();
    private final Map<Class<?>, Integer> versions = new HashMap<>();

    private static Object[] backtrace(Throwable e) {
        try {
            Object backtrace = (Object) GET_OBJECT.invokeExact((Object) e, BACKTRACE);
            return (Object[]) backtrace;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /**
     * The version HotSpot expects in a frame of {@code holder} (a frame with another names no method), or null if
     * none is found. It is the version of the class's constant pool: 0 for a class loaded from its class file,
     * but some other small number for a class from the class data sharing archive, so it is searched for. A
     * frame is known to name a method if it has a file name or a line; without a SourceFile attribute only the
     * line tells, and an abstract method has none, so version 0 is tried with every method id.
     */
    private Integer version(Class<?> holder) {
        if (!versions.containsKey(holder)) {
            Integer found = null;
            int ids = holder.getDeclaredMethods().length + holder.getDeclaredConstructors().length + 1;
            for (int id = 0; id < ids && found == null; id++) {
                if (namesMethod(frameWithVersion(holder, id, 0, 0))) {
                    found = 0;
                }
            }
            for (int candidate = 1; candidate <= 0xFFFF && found == null; candidate++) {
                if (namesMethod(frameWithVersion(holder, 0, 0, candidate))) {
                    found = candidate;
                }
            }
            versions.put(holder, found);
        }
        return versions.get(holder);
    }

    private static boolean namesMethod(StackTraceElement frame) {
        return frame.getFileName() != null || frame.getLineNumber() != -1;
    }

    /** HotSpot's message for a NullPointerException at offset {@code bci} of method {@code id} of {@code holder}. */
    String message(Class<?> holder, int id, int bci) {
        forge(holder, id, bci, version(holder));
        try {
            PUT_INT.invokeExact((Object) exception, MESSAGE_STATE, 1);
            PUT_OBJECT.invokeExact((Object) exception, EXTENDED_MESSAGE, (Object) null);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
        return exception.getMessage();
    }

    /**
     * The stack trace element of that frame: its line at {@code bci}, or -1 and no file name if {@code id}
     * names no method. The method name shown is not the frame's.
     */
    StackTraceElement frame(Class<?> holder, int id, int bci) {
        Integer version = version(holder);
        if (version == null) {
            return new StackTraceElement(holder.getName(), "?", null, -1);
        }
        return frameWithVersion(holder, id, bci, version);
    }

    private StackTraceElement frameWithVersion(Class<?> holder, int id, int bci, int version) {
        forge(holder, id, bci, version);
        try {
            PUT_OBJECT.invokeExact((Object) exception, STACK_TRACE, (Object) null);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
        return exception.getStackTrace()[0];
    }

    private void forge(Class<?> holder, int id, int bci, int version) {
        Object[] backtrace = new Object[6];
        backtrace[0] = new short[] {(short) id};
        backtrace[1] = new int[] {(bci << 16) | version};
        backtrace[2] = new Object[] {holder};
        backtrace[3] = new long[] {((long[]) TEMPLATE[3])[0]};
        try {
            PUT_OBJECT.invokeExact((Object) exception, BACKTRACE, (Object) backtrace);
            PUT_INT.invokeExact((Object) exception, DEPTH, 1);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }
}
