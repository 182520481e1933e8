package org.eremite.image.heap;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.object.FieldLayout;
import org.eremite.vm.object.FieldShape;
import org.eremite.vm.object.JavaType;

/**
 * How to copy the objects of one host class (or its statics) into one guest layout: for every guest field, its
 * offset (from the guest's {@link FieldLayout}), its kind, the host field to read and any {@link FieldRule}.
 * Made once per class; making it checks that the guest and host classes agree field by field (name and
 * descriptor, at every level of the superclass chain) and throws {@link ShapeMismatchException} otherwise.
 */
final class ClassPlan {
    /** One field: where it goes, what it is, where its value comes from. */
    record Slot(int offset, TypeKind kind, HostField host, FieldRule rule, String label) {
    }

    private final String guestName;
    private final String hubSymbol;
    private final int size;
    private final Slot[] slots;

    private ClassPlan(String guestName, String hubSymbol, int size, List<Slot> slots) {
        this.guestName = guestName;
        this.hubSymbol = hubSymbol;
        this.size = size;
        this.slots = slots.toArray(new Slot[0]);
    }

    /** The binary name of the guest class. */
    String guestName() {
        return guestName;
    }

    /** The symbol the class word (or, for statics, the statics block's class word) relocates to. */
    String hubSymbol() {
        return hubSymbol;
    }

    int size() {
        return size;
    }

    Slot[] slots() {
        return slots;
    }

    /**
     * The plan for instances of {@code host} copied as {@code guest}. The superclass chains must have the same
     * classes (by name) except that a hidden host class (a lambda) stands for its mapped guest class.
     */
    static ClassPlan forInstances(Class<?> host, JavaType guest, SnapshotPolicy policy, PathNode path) {
        FieldLayout layout = FieldLayout.of(guest);
        List<Slot> slots = new ArrayList<>();
        Class<?> h = host;
        for (JavaType g = guest; g != null; g = g.superclass(), h = h.getSuperclass()) {
            if (h == null || (!h.isHidden() && !internalName(h).equals(g.name()))) {
                throw new ShapeMismatchException(guest.javaName(), "(superclass chain)",
                        "cannot be matched: the guest's superclass " + g.javaName() + " is "
                                + (h == null ? "missing on the host" : "not the host's " + h.getName()),
                        path == null ? null : path.toString());
            }
            addLevel(slots, h, g, false, null, layout, policy, path);
        }
        if (h != null) {
            throw new ShapeMismatchException(guest.javaName(), "(superclass chain)",
                    "cannot be matched: the host class has the extra superclass " + h.getName(),
                    path == null ? null : path.toString());
        }
        return new ClassPlan(guest.javaName(), HubSymbols.hub(guest.name()), layout.size(), slots);
    }

    /**
     * The plan for the statics block of {@code host}, laid out as {@code guest}'s statics, for the fields whose
     * names {@code fields} accepts: the others get no slot (they stay zero) and are not compared with the host's,
     * since no value of theirs is read.
     */
    static ClassPlan forStatics(Class<?> host, JavaType guest, Predicate<String> fields, SnapshotPolicy policy) {
        FieldLayout layout = FieldLayout.ofStatics(guest);
        List<Slot> slots = new ArrayList<>();
        addLevel(slots, host, guest, true, fields, layout, policy, null);
        return new ClassPlan(guest.javaName(), HubSymbols.staticsHub(guest.name()), layout.size(), slots);
    }

    private static void addLevel(List<Slot> slots, Class<?> host, JavaType guest, boolean statics,
                                 Predicate<String> accepted, FieldLayout layout, SnapshotPolicy policy,
                                 PathNode path) {
        String className = guest.javaName();
        Map<String, Field> hostFields = new LinkedHashMap<>();
        for (Field f : host.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) == statics
                    && (accepted == null || accepted.test(f.getName()))) {
                hostFields.put(f.getName(), f);
            }
        }
        String where = path == null ? null : path.toString();
        for (FieldShape g : guest.shape().fields()) {
            if (g.isStatic() != statics || (accepted != null && !accepted.test(g.name()))) {
                continue;
            }
            Field f = hostFields.remove(g.name());
            FieldRule rule = policy.fieldRule(className, g.name());
            if (f == null && rule == null && statics && (g.access() & org.objectweb.asm.Opcodes.ACC_SYNTHETIC) != 0) {
                continue; // added by the image builder (a VarHandle's offset): its value is the builder's override
            }
            if (f == null && rule == null && statics && HIDDEN_FROM_REFLECTION.contains(className)) {
                continue; // left zero: the host's reflection filters it, so its value cannot be read
            }
            if (f == null && rule == null) {
                throw new ShapeMismatchException(className, g.name() + ":" + g.descriptor(),
                        "is not a field of the host class", where);
            }
            if (f != null && !f.getType().descriptorString().equals(g.descriptor()) && rule == null) {
                throw new ShapeMismatchException(className, g.name(), "is " + g.descriptor() + " in the guest but "
                        + f.getType().descriptorString() + " on the host", where);
            }
            String label = (statics ? "static " : "") + className + "." + g.name();
            slots.add(new Slot(layout.offsetOf(g), g.kind(), f == null ? null : HostField.of(f), rule, label));
        }
        for (Field f : hostFields.values()) {
            if (policy.fieldRule(className, f.getName()) == null && !isInstrumentedEvent(host)) {
                throw new ShapeMismatchException(className, f.getName() + ":" + f.getType().descriptorString(),
                        "of the host class is not a field of the guest class", where);
            }
        }
    }

    /**
     * Classes some of whose static fields the JDK hides from reflection ({@code jdk.internal.reflect.Reflection}'s
     * field filters): those fields cannot be read on the host and are written as zero (class loaders and security
     * state, which the guest does not have).
     */
    static final java.util.Set<String> HIDDEN_FROM_REFLECTION = java.util.Set.of("java.lang.ClassLoader",
            "java.lang.Class", "java.lang.Module", "java.lang.System", "java.lang.reflect.AccessibleObject",
            "java.lang.reflect.Constructor", "java.lang.reflect.Field", "java.lang.reflect.Method",
            "java.lang.invoke.MethodHandles$Lookup", "jdk.internal.reflect.ConstantPool",
            "jdk.internal.misc.Unsafe");

    /** JFR adds fields to the JDK's event classes when the host loads them; the guest has the class file's. */
    private static boolean isInstrumentedEvent(Class<?> host) {
        for (Class<?> c = host; c != null; c = c.getSuperclass()) {
            if (c.getName().equals("jdk.internal.event.Event")) {
                return true;
            }
        }
        return false;
    }

    static String internalName(Class<?> c) {
        return c.getName().replace('.', '/');
    }
}
