package org.eremite.image.heap;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eremite.vm.object.FieldLayout;
import org.eremite.vm.object.JavaType;
import org.eremite.vm.object.PlacedField;

/**
 * The guest layout of one class's instances (or of its statics block) with its fields by name, for values the
 * builder gives by name: {@link GuestObject}s and statics overrides. For instances, a name that a subclass and a
 * superclass both declare means the subclass's field (the most derived, as field resolution finds it).
 */
final class GuestLayout {
    private final JavaType type;
    private final FieldLayout layout;
    private final Map<String, PlacedField> byName = new HashMap<>();

    private GuestLayout(JavaType type, FieldLayout layout) {
        this.type = type;
        this.layout = layout;
        for (FieldLayout l = layout; l != null; l = l.superLayout()) {
            for (PlacedField p : l.declaredFields()) {
                byName.putIfAbsent(p.field().name(), p);
            }
        }
    }

    static GuestLayout ofInstances(JavaType type) {
        return new GuestLayout(type, FieldLayout.of(type));
    }

    static GuestLayout ofStatics(JavaType type) {
        return new GuestLayout(type, FieldLayout.ofStatics(type));
    }

    JavaType type() {
        return type;
    }

    /** The binary name of the class. */
    String className() {
        return type.javaName();
    }

    FieldLayout layout() {
        return layout;
    }

    /** Bytes of the fields' part, header included (trailing words come after). */
    int size() {
        return layout.size();
    }

    /** The field of this name, or null. */
    PlacedField field(String name) {
        return byName.get(name);
    }

    /** Every field's offset by name (the field {@link #field} finds), in offset order. */
    Map<String, Integer> offsets() {
        Map<String, Integer> offsets = new LinkedHashMap<>();
        for (PlacedField p : layout.fields()) {
            if (byName.get(p.field().name()) == p) {
                offsets.put(p.field().name(), p.offset());
            }
        }
        return Collections.unmodifiableMap(offsets);
    }
}
