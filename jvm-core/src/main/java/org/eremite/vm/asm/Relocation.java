package org.eremite.vm.asm;

import java.util.Objects;

/**
 * A reference from the code at {@code offset} to {@code symbol + addend}, to be resolved by the
 * linker once the symbol's address is known.
 */
public record Relocation(int offset, RelocationKind kind, String symbol, long addend) {
    public Relocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(symbol, "symbol");
        if (offset < 0) {
            throw new IllegalArgumentException("relocation offset " + offset + " is negative");
        }
    }

    /** Resolves this relocation in {@code code}, loaded at {@code codeBase}, against the symbol's address. */
    public void apply(byte[] code, long codeBase, long symbolAddress) {
        kind.apply(code, offset, codeBase + offset, symbolAddress + addend);
    }

    @Override
    public String toString() {
        return String.format("0x%x %s %s%+d", offset, kind.name(), symbol, addend);
    }
}
