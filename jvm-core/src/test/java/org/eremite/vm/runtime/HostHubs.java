package org.eremite.vm.runtime;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hubs made on the host as the image builder would make them, from host classes (Hub and CodeInfo have private
 * constructors: reflection). Classes get a Cohen display along the superclass chain; arrays and interfaces the
 * (Object, self) display of {@link Hub#display}'s documentation; interfaces dense ids in the order first met, and
 * every type the bit set of its superinterfaces (arrays: Cloneable and Serializable).
 */
final class HostHubs {
    private final Map<Class<?>, Hub> hubs = new HashMap<>();
    private final List<Hub> interfaces = new ArrayList<>();

    static Hub newHub() {
        return construct(Hub.class);
    }

    static CodeInfo newCodeInfo() {
        return construct(CodeInfo.class);
    }

    private static <T> T construct(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A hub with only a name and flags (initialization tests). */
    static Hub named(String name, int flags) {
        Hub hub = newHub();
        hub.name = name;
        hub.flags = flags;
        return hub;
    }

    /** The interface hubs by id, for {@link Hub#interfaceHubs}. */
    Hub[] interfaceHubs() {
        return interfaces.toArray(new Hub[0]);
    }

    Hub hub(Class<?> c) {
        Hub hub = hubs.get(c);
        if (hub != null) {
            return hub;
        }
        hub = newHub();
        hubs.put(c, hub);
        hub.name = c.getName();
        hub.flags = flagsOf(c);
        hub.modifiers = c.getModifiers();
        hub.interfaceId = -1;
        if (c.isPrimitive()) {
            return hub;
        }
        Hub object = hub(Object.class);
        if (c.isArray()) {
            hub.componentHub = hub(c.getComponentType());
            hub.componentHub.arrayHub = hub;
            hub.superHub = object;
        } else if (c.getSuperclass() != null) {
            hub.superHub = hub(c.getSuperclass());
        }
        if (c.isInterface()) {
            hub.interfaceId = interfaces.size();
            interfaces.add(hub);
        }
        if (c == Object.class) {
            hub.depth = 0;
            hub.display = new Hub[] {hub};
        } else if (c.isArray() || c.isInterface()) {
            hub.depth = 1;
            hub.display = new Hub[] {object, hub};
        } else {
            Hub[] parent = hub.superHub.display;
            hub.depth = parent.length;
            hub.display = new Hub[parent.length + 1];
            System.arraycopy(parent, 0, hub.display, 0, parent.length);
            hub.display[parent.length] = hub;
        }
        hub.interfaceBits = bitsOf(c);
        return hub;
    }

    private long[] bitsOf(Class<?> c) {
        Set<Class<?>> all = new LinkedHashSet<>();
        if (c.isArray()) {
            all.add(Cloneable.class);
            all.add(java.io.Serializable.class);
        } else {
            if (c.isInterface()) {
                all.add(c);
            }
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                addInterfaces(k, all);
            }
        }
        long[] bits = new long[0];
        for (Class<?> i : all) {
            int id = hub(i).interfaceId;
            if (id >> 6 >= bits.length) {
                bits = java.util.Arrays.copyOf(bits, (id >> 6) + 1);
            }
            bits[id >> 6] |= 1L << (id & 63);
        }
        return bits;
    }

    private static void addInterfaces(Class<?> c, Set<Class<?>> all) {
        for (Class<?> i : c.getInterfaces()) {
            if (all.add(i)) {
                addInterfaces(i, all);
            }
        }
    }

    private static int flagsOf(Class<?> c) {
        int flags = 0;
        if (c.isArray()) {
            flags |= Hub.ARRAY;
        }
        if (c.isInterface()) {
            flags |= Hub.INTERFACE;
        }
        if (c.isPrimitive()) {
            flags |= Hub.PRIMITIVE;
        } else {
            flags |= Hub.REFERENCE_ELEMENTS;
        }
        if (Modifier.isAbstract(c.getModifiers()) && !c.isArray() && !c.isPrimitive()) {
            flags |= Hub.ABSTRACT;
        }
        if (Throwable.class.isAssignableFrom(c)) {
            flags |= Hub.THROWABLE;
        }
        if ("java.base".equals(c.getModule().getName())) {
            flags |= Hub.JAVA_BASE;
        }
        return flags;
    }
}
