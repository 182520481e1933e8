package org.eremite.image.heap;

/**
 * A 64-bit value that is the address of a link symbol plus a constant: the value of a {@code long} field or
 * element of a {@link GuestObject} or {@link GuestArray} (code addresses: a hub's vtable words,
 * {@code CodeInfo.start}, {@code Hub.classInitializer}), or one of a GuestObject's trailing words. The heap
 * holds 0 there and a {@link RelocationTarget.Symbol} relocation with the addend; the linker fills in the
 * address. The heap writer does not check that the symbol is defined: the linker does.
 *
 * @param symbol the symbol's name, as the compiler and linker name it
 * @param addend bytes added to the symbol's address
 */
public record SymbolAddress(String symbol, long addend) {
    public SymbolAddress {
        if (symbol == null || symbol.isEmpty()) {
            throw new IllegalArgumentException("a symbol address needs a symbol name");
        }
    }

    /** The symbol's address itself. */
    public static SymbolAddress of(String symbol) {
        return new SymbolAddress(symbol, 0);
    }

    @Override
    public String toString() {
        return addend == 0 ? symbol : symbol + (addend > 0 ? "+" : "") + addend;
    }
}
