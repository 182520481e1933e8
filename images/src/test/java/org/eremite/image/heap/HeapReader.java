package org.eremite.image.heap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.object.FieldLayout;
import org.eremite.vm.object.JavaType;
import org.eremite.vm.object.ObjectLayout;
import org.eremite.vm.object.PlacedField;
import org.eremite.vm.object.TypeModel;

/**
 * Test code: decodes a written boot heap with the guest's layouts, independently of the writer, into
 * {@link Decoded} objects whose reference values are {@link Ref}s (to heap offsets) or {@link HubRef}s (hub
 * symbols). Every relocation it uses is recorded, so a test can check that none was left unexplained, and a
 * reference slot that holds a non-zero word without a relocation is an error.
 */
final class HeapReader {
    /** A reference to another heap object. */
    record Ref(long offset) {
    }

    /** A reference to a hub: a Class object in the host graph. */
    record HubRef(String symbol) {
    }

    /** A long (field, element or trailing word) that the linker fills with a symbol's address plus an addend. */
    record SymbolRef(String symbol, long addend) {
    }

    /** The type whose objects carry {@code vtableLength} trailing words (org.eremite.vm.runtime.Hub's contract). */
    static final String HUB = "org.eremite.vm.runtime.Hub";

    /** One decoded object or statics block. */
    static final class Decoded {
        final long offset;
        final String type;
        final long statusWord;
        final int size;
        /** Instance or static fields by "DeclaringClass.name": boxed primitives, Ref, HubRef or null. */
        final Map<String, Object> fields = new LinkedHashMap<>();
        /** Array elements (null for non-arrays). */
        Object[] elements;
        /** A hub's vtable words after its fields: Long or SymbolRef (empty for other objects). */
        Object[] trailing = new Object[0];

        Decoded(long offset, String type, long statusWord, int size) {
            this.offset = offset;
            this.type = type;
            this.statusWord = statusWord;
            this.size = size;
        }

        boolean isArray() {
            return elements != null;
        }
    }

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] bytes;
    private final TypeModel model;
    private final Map<Long, RelocationTarget> relocations = new HashMap<>();
    private final Set<Long> used = new HashSet<>();
    private final Map<Long, Decoded> decoded = new HashMap<>();

    HeapReader(BootHeap heap, TypeModel model) {
        this.bytes = heap.bytes();
        this.model = model;
        for (Relocation r : heap.relocations()) {
            if (relocations.put(r.at(), r.target()) != null) {
                throw new AssertionError("two relocations at " + r.at());
            }
        }
    }

    /** The object at {@code offset}. */
    Decoded object(long offset) {
        Decoded d = decoded.get(offset);
        if (d == null) {
            d = decode(offset, false);
            decoded.put(offset, d);
        }
        return d;
    }

    /** The statics block at {@code offset}, of the class its class word names. */
    Decoded statics(long offset) {
        return decode(offset, true);
    }

    /**
     * Decodes every object reachable from the heap's roots and statics blocks, following references in fields and
     * elements: for heaps with objects that no host graph describes (the builder's GuestObjects).
     */
    void decodeReachable(BootHeap heap) {
        ArrayDeque<Long> work = new ArrayDeque<>();
        for (long at : heap.roots().values()) {
            if (at >= 0) {
                work.add(at);
            }
        }
        for (StaticsBlock b : heap.staticsBlocks().values()) {
            addRefs(statics(b.offset()), work);
        }
        Set<Long> seen = new HashSet<>();
        Long at;
        while ((at = work.poll()) != null) {
            if (seen.add(at)) {
                addRefs(object(at), work);
            }
        }
    }

    private static void addRefs(Decoded d, ArrayDeque<Long> work) {
        List<Object> values = new ArrayList<>(d.fields.values());
        if (d.elements != null) {
            values.addAll(Arrays.asList(d.elements));
        }
        for (Object v : values) {
            if (v instanceof Ref r) {
                work.add(r.offset());
            }
        }
    }

    /** How many relocations no decoded reference used. */
    int unusedRelocations() {
        return relocations.size() - used.size();
    }

    /** Offsets of every object decoded so far. */
    Set<Long> decodedOffsets() {
        return decoded.keySet();
    }

    private Decoded decode(long offset, boolean statics) {
        check(offset % ObjectLayout.OBJECT_ALIGNMENT == 0, "object at " + offset + " is not 8-aligned");
        Object classWord = reference(offset + ObjectLayout.CLASS_WORD_OFFSET);
        check(classWord instanceof HubRef, "class word of the object at " + offset + " is " + classWord);
        String symbol = ((HubRef) classWord).symbol();
        long status = getLong(offset + ObjectLayout.STATUS_WORD_OFFSET);
        if (statics) {
            String cls = HubSymbols.classOfStaticsHub(symbol);
            FieldLayout layout = FieldLayout.ofStatics(model.type(cls.replace('.', '/')));
            Decoded d = new Decoded(offset, cls, status, layout.size());
            readFields(d, layout);
            return d;
        }
        String type = HubSymbols.typeOfHub(symbol);
        JavaType t = model.type(type.replace('.', '/'));
        if (t.isArray()) {
            TypeKind kind = t.componentType().isPrimitive() ? t.componentType().kind() : TypeKind.REFERENCE;
            int length = getInt(offset + ObjectLayout.ARRAY_LENGTH_OFFSET);
            check(getInt(offset + ObjectLayout.ARRAY_LENGTH_OFFSET + 4) == 0, "array padding is not zero");
            Decoded d = new Decoded(offset, type, status, (int) ObjectLayout.arraySize(kind, length));
            d.elements = new Object[length];
            for (int i = 0; i < length; i++) {
                d.elements[i] = value(offset + ObjectLayout.elementOffset(kind, i), kind);
            }
            return d;
        }
        FieldLayout layout = FieldLayout.of(t);
        int vtableLength = 0;
        if (type.equals(HUB)) {
            PlacedField length = layout.find("vtableLength", "I");
            vtableLength = getInt(offset + length.offset());
        }
        Decoded d = new Decoded(offset, type, status, layout.size() + 8 * vtableLength);
        readFields(d, layout);
        d.trailing = new Object[vtableLength];
        for (int i = 0; i < vtableLength; i++) {
            d.trailing[i] = value(offset + layout.size() + 8L * i, TypeKind.LONG);
        }
        return d;
    }

    private void readFields(Decoded d, FieldLayout layout) {
        for (PlacedField p : layout.fields()) {
            String key = p.field().owner().name().replace('/', '.') + "." + p.field().name();
            d.fields.put(key, value(d.offset + p.offset(), p.field().kind()));
        }
    }

    private Object value(long at, TypeKind kind) {
        int i = Math.toIntExact(at);
        return switch (kind) {
            case BOOLEAN -> {
                check(bytes[i] == 0 || bytes[i] == 1, "boolean at " + at + " is " + bytes[i]);
                yield bytes[i] == 1;
            }
            case BYTE -> bytes[i];
            case CHAR -> (char) (short) SHORT.get(bytes, i);
            case SHORT -> (short) SHORT.get(bytes, i);
            case INT -> (int) INT.get(bytes, i);
            case FLOAT -> Float.intBitsToFloat((int) INT.get(bytes, i));
            case LONG -> longOrSymbol(at);
            case DOUBLE -> Double.longBitsToDouble((long) LONG.get(bytes, i));
            case REFERENCE -> reference(at);
            default -> throw new AssertionError(kind);
        };
    }

    private Object longOrSymbol(long at) {
        RelocationTarget t = relocations.get(at);
        if (t == null) {
            return getLong(at);
        }
        check(getLong(at) == 0, "the word at " + at + " is not 0 before relocation");
        check(t instanceof RelocationTarget.Symbol, "the long at " + at + " is relocated to " + t);
        used.add(at);
        RelocationTarget.Symbol s = (RelocationTarget.Symbol) t;
        return new SymbolRef(s.name(), s.addend());
    }

    private Object reference(long at) {
        RelocationTarget t = relocations.get(at);
        check(getLong(at) == 0, "the word at " + at + " is not 0 before relocation");
        if (t == null) {
            return null;
        }
        used.add(at);
        if (t instanceof RelocationTarget.Symbol s) {
            check(s.addend() == 0, "the reference at " + at + " points into a symbol: " + s);
            return new HubRef(s.name());
        }
        return new Ref(((RelocationTarget.HeapObject) t).offset());
    }

    private long getLong(long at) {
        return (long) LONG.get(bytes, Math.toIntExact(at));
    }

    private int getInt(long at) {
        return (int) INT.get(bytes, Math.toIntExact(at));
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
