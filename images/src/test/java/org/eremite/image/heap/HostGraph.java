package org.eremite.image.heap;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eremite.vm.object.StatusWord;

/**
 * Test oracle: walks a host object graph and the decoded heap side by side and requires them equal: the type of
 * every object, every primitive bit for bit, null where null, Class objects as their hub symbols, array lengths,
 * the set of fields, identity hashes, and the same sharing (host objects and heap objects correspond one to one,
 * so two references to one object stay one and cycles close). Host fields are read by core reflection where
 * the package is open to the tests, by Unsafe otherwise; never through the writer's code.
 */
final class HostGraph {
    private static final sun.misc.Unsafe UNSAFE = unsafe();

    /** A host primitive value (as opposed to a reference to a box). */
    private record Prim(Object value) {
    }

    private final HeapReader reader;
    private final IdentityHashMap<Object, Long> hostToHeap = new IdentityHashMap<>();
    private final Map<Long, Object> heapToHost = new HashMap<>();
    private final Map<String, BiFunction<Object, Object, Object>> expected = new HashMap<>();
    private Function<Class<?>, String> typeName = Class::getName;
    private int fieldsCompared;

    HostGraph(HeapReader reader) {
        this.reader = reader;
    }

    /** The heap holds {@code rule(holder, hostValue)} in this field ("DeclaringClass.name") instead of the host value. */
    HostGraph expect(String fieldKey, BiFunction<Object, Object, Object> rule) {
        expected.put(fieldKey, rule);
        return this;
    }

    /** The guest type name expected for a host class (default: its own name). */
    HostGraph typeNames(Function<Class<?>, String> names) {
        typeName = names;
        return this;
    }

    /** Compares the graph reachable from {@code host} with the heap from {@code offset}. */
    HostGraph compare(Object host, long offset) {
        ArrayDeque<Object[]> work = new ArrayDeque<>();
        work.add(new Object[] {host, offset, "root"});
        drain(work);
        return this;
    }

    /** Compares the statics of {@code c} with the statics block at {@code offset}, and what they reach. */
    HostGraph compareStatics(Class<?> c, long offset) {
        HeapReader.Decoded d = reader.statics(offset);
        check(d.type.equals(c.getName()), "statics block of " + d.type + ", expected " + c.getName());
        check(d.statusWord == 0, "a statics block's status word is " + d.statusWord);
        ArrayDeque<Object[]> work = new ArrayDeque<>();
        Map<String, Object> host = new LinkedHashMap<>();
        for (Field f : c.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                host.put(c.getName() + "." + f.getName(), readTagged(f, null));
            }
        }
        compareFields(null, host, d, "statics of " + c.getName(), work);
        drain(work);
        return this;
    }

    int objectsCompared() {
        return hostToHeap.size();
    }

    int fieldsCompared() {
        return fieldsCompared;
    }

    private void drain(ArrayDeque<Object[]> work) {
        Object[] item;
        while ((item = work.poll()) != null) {
            compareObject(item[0], (Long) item[1], (String) item[2], work);
        }
    }

    private void compareObject(Object host, long offset, String path, ArrayDeque<Object[]> work) {
        Long seen = hostToHeap.get(host);
        if (seen != null) {
            check(seen == offset, path + ": one host object is two heap objects, at " + seen + " and " + offset);
            return;
        }
        Object other = heapToHost.get(offset);
        check(other == null, path + ": the heap object at " + offset + " stands for two host objects");
        hostToHeap.put(host, offset);
        heapToHost.put(offset, host);
        HeapReader.Decoded d = reader.object(offset);
        Class<?> c = host.getClass();
        check(d.type.equals(typeName.apply(c)), path + ": heap type " + d.type + ", host " + c.getName());
        check(StatusWord.hash(d.statusWord) == System.identityHashCode(host)
                        && (d.statusWord & ~StatusWord.HASH_MASK) == 0,
                path + ": status word " + Long.toHexString(d.statusWord) + " lacks the host's identity hash");
        if (c.isArray()) {
            int n = Array.getLength(host);
            check(d.isArray() && d.elements.length == n, path + ": array length " + n + " became "
                    + (d.isArray() ? d.elements.length : "not an array"));
            boolean primitive = c.getComponentType().isPrimitive();
            for (int i = 0; i < n; i++) {
                Object v = Array.get(host, i);
                compareValue(primitive ? new Prim(v) : v, d.elements[i], path + "[" + i + "]", work);
            }
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    fields.put(typeName.apply(k) + "." + f.getName(), readTagged(f, host));
                }
            }
        }
        compareFields(host, fields, d, path, work);
    }

    private void compareFields(Object holder, Map<String, Object> host, HeapReader.Decoded d, String path,
                               ArrayDeque<Object[]> work) {
        for (String key : d.fields.keySet()) {
            check(host.containsKey(key) || expected.containsKey(key),
                    path + ": heap field " + key + " is not a host field");
        }
        for (Map.Entry<String, Object> e : host.entrySet()) {
            String key = e.getKey();
            check(d.fields.containsKey(key), path + ": host field " + key + " is missing in the heap");
            Object value = e.getValue();
            BiFunction<Object, Object, Object> rule = expected.get(key);
            if (rule != null) {
                boolean primitive = value instanceof Prim;
                value = rule.apply(holder, primitive ? ((Prim) value).value() : value);
                if (primitive && value != null) {
                    value = new Prim(value);
                }
            }
            compareValue(value, d.fields.get(key), path + "." + key, work);
        }
    }

    private void compareValue(Object host, Object heap, String path, ArrayDeque<Object[]> work) {
        fieldsCompared++;
        if (host == null) {
            check(heap == null || isDefault(heap), path + ": host null (or reset), heap " + heap);
            return;
        }
        if (host instanceof Prim p) {
            Object v = p.value();
            if (v instanceof Float f) {
                check(heap instanceof Float g && Float.floatToRawIntBits(f) == Float.floatToRawIntBits(g),
                        path + ": float " + f + " became " + heap);
            } else if (v instanceof Double x) {
                check(heap instanceof Double y && Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y),
                        path + ": double " + x + " became " + heap);
            } else {
                check(v.equals(heap), path + ": " + v + " became " + heap);
            }
            return;
        }
        if (host instanceof Class<?> c) {
            check(heap instanceof HeapReader.HubRef h && h.symbol().equals("hub:" + typeName.apply(c)),
                    path + ": Class " + c.getName() + " became " + heap);
            return;
        }
        check(heap instanceof HeapReader.Ref, path + ": reference to a " + host.getClass().getName()
                + " became " + heap);
        work.add(new Object[] {host, ((HeapReader.Ref) heap).offset(), path});
    }

    /** A zero read back from the heap where the expectation is a reset (null): all bits zero. */
    private static boolean isDefault(Object v) {
        return v instanceof Float f && Float.floatToRawIntBits(f) == 0
                || v instanceof Double d && Double.doubleToRawLongBits(d) == 0
                || v instanceof Boolean b && !b
                || v instanceof Character ch && ch == 0
                || (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte)
                && ((Number) v).longValue() == 0;
    }

    private static Object readTagged(Field f, Object holder) {
        Object v = read(f, holder);
        return f.getType().isPrimitive() ? new Prim(v) : v;
    }

    /** Reads with reflection, or Unsafe where the package is not open to the tests. */
    static Object read(Field f, Object holder) {
        try {
            f.setAccessible(true);
            return f.get(holder);
        } catch (InaccessibleObjectException e) {
            boolean isStatic = Modifier.isStatic(f.getModifiers());
            Object base = isStatic ? UNSAFE.staticFieldBase(f) : holder;
            long off = isStatic ? UNSAFE.staticFieldOffset(f) : UNSAFE.objectFieldOffset(f);
            Class<?> t = f.getType();
            if (!t.isPrimitive()) {
                return UNSAFE.getObject(base, off);
            }
            if (t == int.class) {
                return UNSAFE.getInt(base, off);
            }
            if (t == long.class) {
                return UNSAFE.getLong(base, off);
            }
            if (t == boolean.class) {
                return UNSAFE.getBoolean(base, off);
            }
            if (t == byte.class) {
                return UNSAFE.getByte(base, off);
            }
            if (t == char.class) {
                return UNSAFE.getChar(base, off);
            }
            if (t == short.class) {
                return UNSAFE.getShort(base, off);
            }
            if (t == float.class) {
                return UNSAFE.getFloat(base, off);
            }
            return UNSAFE.getDouble(base, off);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
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
