package org.eremite.image.heap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object of the boot heap that has no host instance: made by the image builder, field by field, for the VM's
 * own data structures (a {@code org.eremite.vm.runtime.Hub} with its vtable, a {@code CodeInfo}) and for the
 * guest's {@code java.lang.Class} objects. The writer lays it out as the guest lays out {@link #className()}
 * ({@code FieldLayout.of} over the guest model's shape), like a copied host object.
 *
 * <p>Field values, by the field's descriptor: null (zero, false, null); for a primitive field its box
 * ({@code Integer} for {@code I}, {@code Byte} for {@code B}, {@code Character} for {@code C} ...; no widening);
 * for a {@code long} field also a {@link SymbolAddress}; for a reference field another GuestObject or
 * {@link GuestArray}, or any host object (copied as usual, through the {@link SnapshotPolicy}), assignable to
 * the field's type in the guest. Fields not set are zero. A name is looked up in the class and then its
 * superclasses (the most derived declaration wins, as field resolution does). The writer checks every value
 * and reports a mismatch or an unknown name with the class and field.
 *
 * <p>Trailing words ({@link #trailingWords(List)}): {@code Long}s or {@link SymbolAddress}es written as 8-byte
 * words right after the class's fields, at {@code FieldLayout.size()} + 8 i: the object grows by 8 per word.
 * A hub's vtable is this.
 *
 * <p>Identity is the Java object's: one GuestObject reached by several paths is one object of the heap, and
 * GuestObjects may form cycles (a hub and its mirror point to each other), so they are mutable until the heap is
 * written. Its identity hash in the heap is an arbitrary one ({@code System.identityHashCode} of this object),
 * except for a mirror returned by the mirror hook, which takes the hash of its host {@code Class}.
 */
public final class GuestObject {
    private final String className;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<Object> trailingWords = new ArrayList<>();

    /** An object of the class with this binary name ({@code org.eremite.vm.runtime.Hub}; '/' is accepted too). */
    public GuestObject(String className) {
        if (className == null || className.isEmpty() || className.startsWith("[")) {
            throw new IllegalArgumentException("\"" + className + "\" is not the name of a class; arrays are "
                    + "GuestArrays");
        }
        this.className = className.replace('/', '.');
    }

    /** The binary name of the object's guest class. */
    public String className() {
        return className;
    }

    /** Sets a field (declared by the class or a superclass); null makes it zero again. */
    public GuestObject set(String fieldName, Object value) {
        fields.put(fieldName, value);
        return this;
    }

    /** Sets several fields. */
    public GuestObject setAll(Map<String, ?> values) {
        values.forEach(this::set);
        return this;
    }

    /** The value set for a field, or null. */
    public Object get(String fieldName) {
        return fields.get(fieldName);
    }

    /** The fields set so far, in the order first set. */
    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /**
     * Sets the words that follow the fields (replacing any set before): each a {@code Long} or a
     * {@link SymbolAddress}.
     */
    public GuestObject trailingWords(List<?> words) {
        for (int i = 0; i < words.size(); i++) {
            Object w = words.get(i);
            if (!(w instanceof Long) && !(w instanceof SymbolAddress)) {
                throw new IllegalArgumentException("trailing word " + i + " of the guest " + className + " is "
                        + GuestValues.describe(w) + ", not a Long or a SymbolAddress");
            }
        }
        trailingWords.clear();
        trailingWords.addAll(words);
        return this;
    }

    /** The trailing words. */
    public List<Object> trailingWords() {
        return Collections.unmodifiableList(trailingWords);
    }

    @Override
    public String toString() {
        Object name = fields.get("name");
        return "guest " + className + (name instanceof String ? " " + name : "");
    }
}
