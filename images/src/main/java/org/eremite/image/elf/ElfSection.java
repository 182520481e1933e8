package org.eremite.image.elf;

import java.util.Objects;

/**
 * A section of the image: its bytes (or, for {@code SHT_NOBITS}, only a size), its load address and
 * its flags. Created through {@link ElfFile}.
 */
public final class ElfSection {
    public static final int SHT_PROGBITS = 1;
    public static final int SHT_NOTE = 7;
    public static final int SHT_NOBITS = 8;

    public static final long SHF_WRITE = 0x1;
    public static final long SHF_ALLOC = 0x2;
    public static final long SHF_EXECINSTR = 0x4;

    private final String name;
    private final int type;
    private final long flags;
    private final long address;
    private final long alignment;
    private final byte[] data;
    private final long size;
    int index;
    long fileOffset;

    ElfSection(String name, int type, long flags, long address, long alignment, byte[] data, long size) {
        this.name = Objects.requireNonNull(name);
        if (alignment <= 0 || Long.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("section " + name + ": alignment " + alignment + " is not a power of two");
        }
        if ((flags & SHF_ALLOC) != 0 && (address & (alignment - 1)) != 0) {
            throw new IllegalArgumentException("section " + name + ": address 0x" + Long.toHexString(address)
                    + " is not aligned to " + alignment);
        }
        this.type = type;
        this.flags = flags;
        this.address = address;
        this.alignment = alignment;
        this.data = data;
        this.size = size;
    }

    public String name() {
        return name;
    }

    public int type() {
        return type;
    }

    public long flags() {
        return flags;
    }

    public long address() {
        return address;
    }

    public long alignment() {
        return alignment;
    }

    /** Size in memory. */
    public long size() {
        return size;
    }

    /** Bytes in the file: none for {@code SHT_NOBITS}. */
    byte[] data() {
        return data;
    }

    public boolean isAllocated() {
        return (flags & SHF_ALLOC) != 0;
    }

    public long end() {
        return address + size;
    }
}
