package org.eremite.image.heap;

/** What a relocated word of the boot heap points to once addresses are known. */
public sealed interface RelocationTarget {
    /** Another object (or statics block) of the same heap, by its offset from the heap's start. */
    record HeapObject(long offset) implements RelocationTarget {
    }

    /**
     * A symbol defined elsewhere in the image, plus a constant: a hub ({@link HubSymbols}, addend 0) or a code
     * address ({@link SymbolAddress}). The word becomes the symbol's address + {@code addend} (as ELF's RELA
     * relocations: the addend is kept here, not in the heap's bytes, which stay 0 until the linker fills them).
     */
    record Symbol(String name, long addend) implements RelocationTarget {
        public Symbol(String name) {
            this(name, 0);
        }
    }
}
