package org.eremite.image.elf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eremite.vm.asm.CodeBuffer;

/**
 * An ELF64 executable being assembled: sections, notes, symbols and the entry point, written out by
 * {@link #toBytes()}. Field offsets and constants follow the System V gABI, chapter 4 ("Object Files").
 */
public final class ElfFile {
    private static final int ELF_HEADER_SIZE = 64;
    private static final int PROGRAM_HEADER_SIZE = 56;
    private static final int SECTION_HEADER_SIZE = 64;
    private static final int SYMBOL_SIZE = 24;
    private static final int ET_EXEC = 2;
    private static final int EV_CURRENT = 1;
    private static final int PT_LOAD = 1;
    private static final int PT_NOTE = 4;
    private static final int PF_X = 1;
    private static final int PF_W = 2;
    private static final int PF_R = 4;
    private static final int SHT_SYMTAB = 2;
    private static final int SHT_STRTAB = 3;
    /** Loadable segments are page-aligned in the file as well as in memory, as Linux requires. */
    private static final long PAGE_SIZE = 4096;

    private final ElfMachine machine;
    private final List<ElfSection> sections = new ArrayList<>();
    private final List<ElfSymbol> symbols = new ArrayList<>();
    private final CodeBuffer notes = new CodeBuffer();
    private ElfSection noteSection;
    private long entry;

    public ElfFile(ElfMachine machine) {
        this.machine = machine;
    }

    public ElfMachine machine() {
        return machine;
    }

    /** Adds a section with contents, loaded at {@code address} when {@code flags} has {@code SHF_ALLOC}. */
    public ElfSection addProgbits(String name, long flags, long address, long alignment, byte[] data) {
        return add(new ElfSection(name, ElfSection.SHT_PROGBITS, flags, address, alignment, data.clone(), data.length));
    }

    /** Adds a zero-initialized section of {@code size} bytes that takes no room in the file. */
    public ElfSection addNobits(String name, long flags, long address, long alignment, long size) {
        return add(new ElfSection(name, ElfSection.SHT_NOBITS, flags, address, alignment, new byte[0], size));
    }

    /** Adds a note (gABI 5, "Note Section") such as the Xen PVH entry note. Notes go into one {@code .note} section. */
    public void addNote(String owner, int type, byte[] descriptor) {
        byte[] name = (owner + "\0").getBytes(StandardCharsets.US_ASCII);
        notes.emit32(name.length);
        notes.emit32(descriptor.length);
        notes.emit32(type);
        notes.emitBytes(name);
        padTo(notes, 4);
        notes.emitBytes(descriptor);
        padTo(notes, 4);
    }

    public ElfSymbol addSymbol(String name, ElfSection section, long value, long size,
            ElfSymbol.Type type, ElfSymbol.Binding binding) {
        requireOwn(section);
        ElfSymbol symbol = new ElfSymbol(name, section, value, size, type, binding);
        symbols.add(symbol);
        return symbol;
    }

    public void setEntry(long address) {
        entry = address;
    }

    public List<ElfSection> sections() {
        return List.copyOf(sections);
    }

    private ElfSection add(ElfSection section) {
        for (ElfSection other : sections) {
            if (other.name().equals(section.name())) {
                throw new IllegalArgumentException("duplicate section " + section.name());
            }
            if (section.isAllocated() && other.isAllocated() && section.size() > 0 && other.size() > 0
                    && section.address() < other.end() && other.address() < section.end()) {
                throw new IllegalArgumentException(String.format("section %s [0x%x, 0x%x) overlaps %s [0x%x, 0x%x)",
                        section.name(), section.address(), section.end(), other.name(), other.address(), other.end()));
            }
        }
        sections.add(section);
        return section;
    }

    private void requireOwn(ElfSection section) {
        if (!sections.contains(section)) {
            throw new IllegalArgumentException("section " + section.name() + " is not part of this file");
        }
    }

    /** Writes the file. */
    public byte[] toBytes() {
        List<ElfSection> all = new ArrayList<>(sections);
        if (notes.position() > 0 && noteSection == null) {
            noteSection = new ElfSection(".note", ElfSection.SHT_NOTE, 0, 0, 4, notes.toByteArray(), notes.position());
        }
        if (noteSection != null) {
            all.add(noteSection);
        }
        List<ElfSection> loadable = all.stream()
                .filter(s -> s.isAllocated() && s.size() > 0)
                .sorted(Comparator.comparingLong(ElfSection::address))
                .toList();
        if (entry != 0 && loadable.stream().noneMatch(s -> entry >= s.address() && entry < s.end()
                && (s.flags() & ElfSection.SHF_EXECINSTR) != 0)) {
            throw new IllegalStateException("entry point 0x" + Long.toHexString(entry) + " is in no executable section");
        }
        int programHeaders = loadable.size() + (noteSection != null ? 1 : 0);

        CodeBuffer out = new CodeBuffer(1 << 16);
        for (int i = 0; i < ELF_HEADER_SIZE + programHeaders * PROGRAM_HEADER_SIZE; i++) {
            out.emit8(0);
        }
        for (int i = 0; i < all.size(); i++) {
            ElfSection s = all.get(i);
            s.index = i + 1;
            if (s.type() == ElfSection.SHT_NOBITS) {
                s.fileOffset = out.position();
                continue;
            }
            long alignment = s.isAllocated() ? PAGE_SIZE : s.alignment();
            long target = s.isAllocated() ? congruentOffset(out.position(), s.address(), alignment)
                    : alignUp(out.position(), alignment);
            while (out.position() < target) {
                out.emit8(0);
            }
            s.fileOffset = out.position();
            out.emitBytes(s.data());
        }

        ElfStringTable strtab = new ElfStringTable();
        List<ElfSymbol> ordered = new ArrayList<>(symbols);
        ordered.sort(Comparator.comparingInt(sym -> sym.binding().code));
        padTo(out, 8);
        long symtabOffset = out.position();
        for (int i = 0; i < SYMBOL_SIZE; i++) {
            out.emit8(0);
        }
        int firstGlobal = 1;
        for (ElfSymbol sym : ordered) {
            if (sym.binding() == ElfSymbol.Binding.LOCAL) {
                firstGlobal++;
            }
            out.emit32(strtab.add(sym.name()));
            out.emit8(sym.binding().code << 4 | sym.type().code);
            out.emit8(0);
            out.emit16(sym.section().index);
            out.emit64(sym.value());
            out.emit64(sym.size());
        }
        long symtabSize = out.position() - symtabOffset;
        long strtabOffset = out.position();
        out.emitBytes(strtab.bytes());

        ElfStringTable shstrtab = new ElfStringTable();
        int[] sectionNames = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            sectionNames[i] = shstrtab.add(all.get(i).name());
        }
        int symtabName = shstrtab.add(".symtab");
        int strtabName = shstrtab.add(".strtab");
        int shstrtabName = shstrtab.add(".shstrtab");
        long shstrtabOffset = out.position();
        byte[] shstrtabBytes = shstrtab.bytes();
        out.emitBytes(shstrtabBytes);

        padTo(out, 8);
        long sectionHeaders = out.position();
        for (int i = 0; i < SECTION_HEADER_SIZE; i++) {
            out.emit8(0);
        }
        for (int i = 0; i < all.size(); i++) {
            ElfSection s = all.get(i);
            sectionHeader(out, sectionNames[i], s.type(), s.flags(), s.address(), s.fileOffset, s.size(), 0, 0,
                    s.alignment(), 0);
        }
        int symtabIndex = all.size() + 1;
        sectionHeader(out, symtabName, SHT_SYMTAB, 0, 0, symtabOffset, symtabSize, symtabIndex + 1, firstGlobal, 8,
                SYMBOL_SIZE);
        sectionHeader(out, strtabName, SHT_STRTAB, 0, 0, strtabOffset, strtab.bytes().length, 0, 0, 1, 0);
        sectionHeader(out, shstrtabName, SHT_STRTAB, 0, 0, shstrtabOffset, shstrtabBytes.length, 0, 0, 1, 0);
        int sectionCount = all.size() + 4;

        writeElfHeader(out, programHeaders, sectionHeaders, sectionCount, sectionCount - 1);
        int ph = ELF_HEADER_SIZE;
        for (ElfSection s : loadable) {
            long fileSize = s.type() == ElfSection.SHT_NOBITS ? 0 : s.size();
            int flags = PF_R | ((s.flags() & ElfSection.SHF_WRITE) != 0 ? PF_W : 0)
                    | ((s.flags() & ElfSection.SHF_EXECINSTR) != 0 ? PF_X : 0);
            programHeader(out, ph, PT_LOAD, flags, s.fileOffset, s.address(), fileSize, s.size(), PAGE_SIZE);
            ph += PROGRAM_HEADER_SIZE;
        }
        if (noteSection != null) {
            programHeader(out, ph, PT_NOTE, PF_R, noteSection.fileOffset, 0, noteSection.size(), noteSection.size(), 4);
        }
        return out.toByteArray();
    }

    private void writeElfHeader(CodeBuffer out, int programHeaders, long sectionHeaders, int sectionCount, int shstrndx) {
        byte[] ident = {0x7F, 'E', 'L', 'F', 2 /* ELFCLASS64 */, 1 /* ELFDATA2LSB */, EV_CURRENT, 0 /* ELFOSABI_NONE */};
        for (int i = 0; i < ident.length; i++) {
            out.patch8(i, ident[i]);
        }
        out.patch16(16, ET_EXEC);
        out.patch16(18, machine.machine());
        out.patch32(20, EV_CURRENT);
        out.patch64(24, entry);
        out.patch64(32, programHeaders == 0 ? 0 : ELF_HEADER_SIZE);
        out.patch64(40, sectionHeaders);
        out.patch32(48, machine.flags());
        out.patch16(52, ELF_HEADER_SIZE);
        out.patch16(54, PROGRAM_HEADER_SIZE);
        out.patch16(56, programHeaders);
        out.patch16(58, SECTION_HEADER_SIZE);
        out.patch16(60, sectionCount);
        out.patch16(62, shstrndx);
    }

    private static void programHeader(CodeBuffer out, int at, int type, int flags, long offset, long address,
            long fileSize, long memorySize, long alignment) {
        out.patch32(at, type);
        out.patch32(at + 4, flags);
        out.patch64(at + 8, offset);
        out.patch64(at + 16, address);
        out.patch64(at + 24, address);
        out.patch64(at + 32, fileSize);
        out.patch64(at + 40, memorySize);
        out.patch64(at + 48, alignment);
    }

    private static void sectionHeader(CodeBuffer out, int name, int type, long flags, long address, long offset,
            long size, int link, int info, long alignment, long entrySize) {
        out.emit32(name);
        out.emit32(type);
        out.emit64(flags);
        out.emit64(address);
        out.emit64(offset);
        out.emit64(size);
        out.emit32(link);
        out.emit32(info);
        out.emit64(alignment);
        out.emit64(entrySize);
    }

    private static long congruentOffset(long position, long address, long alignment) {
        long wanted = address & (alignment - 1);
        long base = position & ~(alignment - 1);
        long candidate = base + wanted;
        return candidate >= position ? candidate : candidate + alignment;
    }

    private static long alignUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }

    private static void padTo(CodeBuffer buffer, int alignment) {
        while ((buffer.position() & (alignment - 1)) != 0) {
            buffer.emit8(0);
        }
    }
}
