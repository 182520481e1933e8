package org.eremite.image.elf;

import java.util.Objects;

/** A symbol table entry: a function or object at {@code value} inside {@code section}, {@code size} bytes long. */
public record ElfSymbol(String name, ElfSection section, long value, long size, Type type, Binding binding) {
    /** {@code STT_*}. */
    public enum Type {
        NOTYPE(0), OBJECT(1), FUNC(2);

        final int code;

        Type(int code) {
            this.code = code;
        }
    }

    /** {@code STB_*}. Local symbols precede global ones in the table, as the gABI requires. */
    public enum Binding {
        LOCAL(0), GLOBAL(1);

        final int code;

        Binding(int code) {
            this.code = code;
        }
    }

    public ElfSymbol {
        Objects.requireNonNull(name);
        Objects.requireNonNull(section);
        Objects.requireNonNull(type);
        Objects.requireNonNull(binding);
        if (value < section.address() || value + size > section.end()) {
            throw new IllegalArgumentException("symbol " + name + " [0x" + Long.toHexString(value) + ", +" + size
                    + ") lies outside section " + section.name());
        }
    }
}
