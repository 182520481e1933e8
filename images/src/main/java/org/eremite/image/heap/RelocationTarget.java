package org.eremite.image.heap;

/** What a relocated word of the boot heap points to once addresses are known. */
public sealed interface RelocationTarget {
    /** Another object (or statics block) of the same heap, by its offset from the heap's start. */
    record HeapObject(long offset) implements RelocationTarget {
    }

    /** A symbol defined elsewhere in the image: a hub ({@link HubSymbols}). */
    record Symbol(String name) implements RelocationTarget {
    }
}
