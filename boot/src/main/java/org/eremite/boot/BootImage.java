package org.eremite.boot;

import java.util.List;
import java.util.Objects;

/**
 * A linked program ready to be written as an ELF executable: segments at their load addresses, the
 * entry point, function symbols and ELF notes. The image writer turns it into a file; it knows no ISA.
 *
 * @param isa      {@code x86_64}, {@code aarch64} or {@code riscv64}
 * @param entry    the address the boot loader jumps to
 * @param segments loaded segments, the first of which begins at the entry on riscv64 (BOOT-FACTS.md)
 * @param symbols  symbols for debuggers and listings
 * @param notes    ELF notes, such as the Xen PVH entry note on x86_64
 */
public record BootImage(String isa, long entry, List<Segment> segments, List<Symbol> symbols, List<Note> notes) {
    public BootImage {
        Objects.requireNonNull(isa);
        segments = List.copyOf(segments);
        symbols = List.copyOf(symbols);
        notes = List.copyOf(notes);
    }

    /**
     * A loaded segment: {@code bytes} at {@code address}, followed by zeroes up to {@code memorySize}.
     * A segment with no bytes is pure BSS.
     */
    public record Segment(String name, long address, byte[] bytes, long memorySize, boolean writable,
            boolean executable, long alignment) {
        public Segment {
            if (memorySize < bytes.length) {
                throw new IllegalArgumentException("segment " + name + ": memory size " + memorySize
                        + " is smaller than its " + bytes.length + " bytes");
            }
        }

        public long end() {
            return address + memorySize;
        }
    }

    /** A named range of the image: a function ({@code function}) or data. */
    public record Symbol(String name, long address, long size, boolean function) {
    }

    /** An ELF note (gABI "Note Section"). */
    public record Note(String owner, int type, byte[] descriptor) {
    }
}
