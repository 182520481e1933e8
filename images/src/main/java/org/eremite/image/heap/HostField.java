package org.eremite.image.heap;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;

/**
 * Reads one field of host objects (or a static field) as the host has it right now.
 *
 * <p>Decided: values are read with {@code sun.misc.Unsafe} at the field's offset, which needs no
 * {@code --add-opens} for the JDK package that declares the field (the System.out graph alone touches java.io,
 * java.nio, java.nio.charset and sun.nio.cs). Unsafe refuses fields of hidden classes and records; those are read
 * by core reflection, which needs the declaring package open to the builder (the error says which
 * {@code --add-opens} is missing). A static field's class is initialized before its first read.
 */
final class HostField {
    private static final sun.misc.Unsafe UNSAFE = unsafe();

    private final Field field;
    private final Class<?> type;
    private final boolean viaUnsafe;

    /**
     * Whether the host lays arrays out as the guest does (elements of every array at
     * {@code ObjectLayout.ARRAY_BASE_OFFSET}, references 8 bytes): what HotSpot does without compressed oops and
     * class pointers. The JDK's statics hold array offsets and shifts computed on the host, which then agree.
     */
    public static boolean hostArraysAreGuestArrays() {
        return UNSAFE.arrayBaseOffset(Object[].class) == org.eremite.vm.object.ObjectLayout.ARRAY_BASE_OFFSET
                && UNSAFE.arrayBaseOffset(byte[].class) == org.eremite.vm.object.ObjectLayout.ARRAY_BASE_OFFSET
                && UNSAFE.arrayIndexScale(Object[].class) == 8;
    }
    private final Object staticBase;
    private final long offset;

    private HostField(Field field) {
        this.field = field;
        this.type = field.getType();
        Class<?> owner = field.getDeclaringClass();
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        this.viaUnsafe = !owner.isHidden() && !owner.isRecord();
        if (isStatic) {
            ensureInitialized(owner);
        }
        if (viaUnsafe) {
            this.staticBase = isStatic ? UNSAFE.staticFieldBase(field) : null;
            this.offset = isStatic ? UNSAFE.staticFieldOffset(field) : UNSAFE.objectFieldOffset(field);
        } else {
            this.staticBase = null;
            this.offset = -1;
            try {
                field.setAccessible(true);
            } catch (InaccessibleObjectException e) {
                throw new HeapSnapshotException("cannot read field " + owner.getName() + "." + field.getName()
                        + ": the builder JVM needs --add-opens " + owner.getModule().getName() + "/"
                        + owner.getPackageName() + "=ALL-UNNAMED");
            }
        }
    }

    static HostField of(Field field) {
        return new HostField(field);
    }

    Field field() {
        return field;
    }

    /** The value, boxed if primitive; {@code instance} is ignored for a static field. */
    Object read(Object instance) {
        if (!viaUnsafe) {
            try {
                return field.get(instance);
            } catch (IllegalAccessException e) {
                throw new HeapSnapshotException("cannot read field " + field + ": " + e.getMessage());
            }
        }
        Object base = staticBase != null ? staticBase : instance;
        if (!type.isPrimitive()) {
            return UNSAFE.getObject(base, offset);
        } else if (type == int.class) {
            return UNSAFE.getInt(base, offset);
        } else if (type == long.class) {
            return UNSAFE.getLong(base, offset);
        } else if (type == boolean.class) {
            return UNSAFE.getBoolean(base, offset);
        } else if (type == byte.class) {
            return UNSAFE.getByte(base, offset);
        } else if (type == char.class) {
            return UNSAFE.getChar(base, offset);
        } else if (type == short.class) {
            return UNSAFE.getShort(base, offset);
        } else if (type == float.class) {
            return UNSAFE.getFloat(base, offset);
        } else {
            return UNSAFE.getDouble(base, offset);
        }
    }

    /** The host's offset of element 0 in arrays of this class (the guest's is ObjectLayout.ARRAY_BASE_OFFSET). */
    static int hostArrayBaseOffset(Class<?> arrayClass) {
        return UNSAFE.arrayBaseOffset(arrayClass);
    }

    /** Runs the static initializer of {@code c} if it has not run: its statics are about to be read. */
    static void ensureInitialized(Class<?> c) {
        try {
            Class.forName(c.getName(), true, c.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new HeapSnapshotException("cannot initialize " + c.getName() + ": " + e);
        }
    }

    private static sun.misc.Unsafe unsafe() {
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
