package org.eremite.vm.asm;

/**
 * How a reference to a symbol is encoded at its site. Each ISA defines its kinds as an enum
 * implementing this interface, so that the linker (which knows no ISA) can resolve every
 * relocation by asking its kind to patch the bytes.
 */
public interface RelocationKind {
    /** The kind's name, as in the ISA's ELF psABI ({@code R_X86_64_PC32}, ...). */
    String name();

    /** The ELF {@code r_type} of this kind in the ISA's psABI. */
    int elfType();

    /** How many bytes at the site the kind reads and writes. */
    int width();

    /**
     * Patches {@code code} at {@code offset}, which will be loaded at address {@code place}, to refer
     * to {@code target} (the symbol's address plus the addend).
     *
     * @throws IllegalArgumentException if the target cannot be reached from the place by this kind
     */
    void apply(byte[] code, int offset, long place, long target);
}
