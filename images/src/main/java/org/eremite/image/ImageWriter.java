package org.eremite.image;

import org.eremite.boot.BootImage;
import org.eremite.image.elf.ElfFile;
import org.eremite.image.elf.ElfMachine;
import org.eremite.image.elf.ElfSection;
import org.eremite.image.elf.ElfSymbol;

/** Writes a linked {@link BootImage} as an ELF64 executable. */
public final class ImageWriter {
    private ImageWriter() {
    }

    public static byte[] toElf(BootImage image) {
        ElfFile elf = new ElfFile(ElfMachine.forIsa(image.isa()));
        java.util.List<ElfSection> sections = new java.util.ArrayList<>();
        for (BootImage.Segment segment : image.segments()) {
            long flags = ElfSection.SHF_ALLOC | (segment.writable() ? ElfSection.SHF_WRITE : 0)
                    | (segment.executable() ? ElfSection.SHF_EXECINSTR : 0);
            ElfSection section;
            if (segment.bytes().length == 0) {
                section = elf.addNobits(segment.name(), flags, segment.address(), segment.alignment(), segment.memorySize());
            } else {
                if (segment.memorySize() != segment.bytes().length) {
                    throw new IllegalArgumentException("segment " + segment.name()
                            + ": a segment is either all bytes or all BSS; split it");
                }
                section = elf.addProgbits(segment.name(), flags, segment.address(), segment.alignment(), segment.bytes());
            }
            sections.add(section);
        }
        for (BootImage.Symbol symbol : image.symbols()) {
            ElfSection home = sections.stream()
                    .filter(s -> symbol.address() >= s.address() && symbol.address() + symbol.size() <= s.end())
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("symbol " + symbol.name() + " at 0x"
                            + Long.toHexString(symbol.address()) + " is in no segment"));
            elf.addSymbol(symbol.name(), home, symbol.address(), symbol.size(),
                    symbol.function() ? ElfSymbol.Type.FUNC : ElfSymbol.Type.OBJECT, ElfSymbol.Binding.GLOBAL);
        }
        for (BootImage.Note note : image.notes()) {
            elf.addNote(note.owner(), note.type(), note.descriptor());
        }
        elf.setEntry(image.entry());
        return elf.toBytes();
    }
}
