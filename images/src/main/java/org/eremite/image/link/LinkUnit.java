package org.eremite.image.link;

import java.util.List;
import java.util.Objects;

import org.eremite.vm.asm.Relocation;
import org.eremite.vm.compiler.baseline.CompiledMethod;

/**
 * One piece of a segment: bytes under a symbol (the symbol names their first byte), the relocations inside them,
 * and whether they are a function (for the symbol table). Units are placed in the order they are added, each at
 * the next multiple of its alignment.
 */
public record LinkUnit(String symbol, byte[] bytes, List<Relocation> relocations, boolean function, int alignment) {
    public LinkUnit {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(bytes, "bytes");
        relocations = List.copyOf(relocations);
        if (alignment <= 0 || Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException(symbol + ": alignment " + alignment + " is not a power of two");
        }
    }

    /** A compiled method as a function, 16-byte aligned (the entry alignment GCC and HotSpot use on x86_64). */
    public static LinkUnit of(CompiledMethod method) {
        return new LinkUnit(method.symbol(), method.code(), method.relocations(), true, 16);
    }

    /** Data without relocations, 8-byte aligned. */
    public static LinkUnit data(String symbol, byte[] bytes) {
        return new LinkUnit(symbol, bytes, List.of(), false, 8);
    }
}
