package org.eremite.image.heap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The statics block of a class in the boot heap: an object whose class word points to
 * {@link HubSymbols#staticsHub} of the class, laid out by {@code FieldLayout.ofStatics}. Written from the host's
 * values ({@link BootHeapWriter#statics}), or zero but for ConstantValues ({@link BootHeapWriter#zeroStatics}),
 * with the builder's {@link BootHeapWriter#staticValue overrides} either way.
 *
 * @param className    binary name of the class
 * @param offset       offset of the block from the heap's start
 * @param size         bytes, header included
 * @param fieldOffsets every static field of the class by name, with its offset from the block's start (the
 *                     compiler's operand for getstatic and putstatic), in offset order
 */
public record StaticsBlock(String className, long offset, int size, Map<String, Integer> fieldOffsets) {
    public StaticsBlock {
        fieldOffsets = Collections.unmodifiableMap(new LinkedHashMap<>(fieldOffsets));
    }

    /** The offset of a static field from the block's start. */
    public int fieldOffset(String fieldName) {
        Integer at = fieldOffsets.get(fieldName);
        if (at == null) {
            throw new NoSuchElementException(className + " has no static field " + fieldName);
        }
        return at;
    }

    /** The offset of a static field from the heap's start. */
    public long heapOffsetOf(String fieldName) {
        return offset + fieldOffset(fieldName);
    }
}
