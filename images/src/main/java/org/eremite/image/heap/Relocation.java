package org.eremite.image.heap;

/**
 * A 64-bit word of the boot heap, at offset {@code at} from the heap's start, that the linker fills with the
 * absolute address of {@code target} (heap base + offset for a {@link RelocationTarget.HeapObject}, the symbol's
 * address plus the addend for a {@link RelocationTarget.Symbol}). The heap bytes hold 0 there until then. Null
 * references are plain zero words and have no relocation.
 */
public record Relocation(long at, RelocationTarget target) {
    static Relocation toObject(long at, long offset) {
        return new Relocation(at, new RelocationTarget.HeapObject(offset));
    }

    static Relocation toSymbol(long at, String symbol) {
        return new Relocation(at, new RelocationTarget.Symbol(symbol));
    }

    static Relocation toSymbol(long at, String symbol, long addend) {
        return new Relocation(at, new RelocationTarget.Symbol(symbol, addend));
    }
}
