package org.eremite.image.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Writes an image per ISA and reads it back with GNU readelf, which must not warn. */
class ElfFileTest {
    private static final int XEN_ELFNOTE_PHYS32_ENTRY = 18;

    @TempDir
    Path dir;

    private static long baseOf(ElfMachine machine) {
        return switch (machine) {
            case X86_64 -> 0x100000L;
            case AARCH64 -> 0x40200000L;
            case RISCV64 -> 0x80200000L;
        };
    }

    private static ElfFile sample(ElfMachine machine) {
        long base = baseOf(machine);
        ElfFile elf = new ElfFile(machine);
        byte[] text = new byte[300];
        ElfSection code = elf.addProgbits(".text", ElfSection.SHF_ALLOC | ElfSection.SHF_EXECINSTR, base, 16, text);
        ElfSection data = elf.addProgbits(".data", ElfSection.SHF_ALLOC | ElfSection.SHF_WRITE, base + 0x1000, 8,
                new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        elf.addNobits(".bss", ElfSection.SHF_ALLOC | ElfSection.SHF_WRITE, base + 0x2000, 4096, 0x10000);
        elf.addSymbol("boot_entry", code, base, 100, ElfSymbol.Type.FUNC, ElfSymbol.Binding.GLOBAL);
        elf.addSymbol("java.lang.String.hashCode()I", code, base + 100, 200, ElfSymbol.Type.FUNC,
                ElfSymbol.Binding.LOCAL);
        elf.addSymbol("boot_info", data, base + 0x1000, 8, ElfSymbol.Type.OBJECT, ElfSymbol.Binding.GLOBAL);
        if (machine == ElfMachine.X86_64) {
            elf.addNote("Xen", XEN_ELFNOTE_PHYS32_ENTRY, new byte[] {0, 0, 0x10, 0});
        }
        elf.setEntry(base);
        return elf;
    }

    @ParameterizedTest
    @EnumSource(ElfMachine.class)
    void readelfReadsTheImageWithoutWarnings(ElfMachine machine) throws Exception {
        Path file = dir.resolve("image-" + machine + ".elf");
        Files.write(file, sample(machine).toBytes());
        String out = readelf("-a", "-W", file.toString());
        assertFalse(out.toLowerCase().contains("warning"), out);
        assertFalse(out.toLowerCase().contains("error"), out);
        String expectedMachine = switch (machine) {
            case X86_64 -> "Advanced Micro Devices X86-64";
            case AARCH64 -> "AArch64";
            case RISCV64 -> "RISC-V";
        };
        assertTrue(out.contains("Machine:                           " + expectedMachine), out);
        assertTrue(out.contains("Type:                              EXEC"), out);
        assertTrue(out.contains("Entry point address:               0x" + Long.toHexString(baseOf(machine))), out);
        assertTrue(out.matches("(?s).*FUNC +GLOBAL +DEFAULT +\\d+ boot_entry.*"), out);
        assertTrue(out.contains("java.lang.String.hashCode()I"), out);
        assertTrue(out.matches("(?s).*OBJECT +GLOBAL +DEFAULT +\\d+ boot_info.*"), out);
        if (machine == ElfMachine.RISCV64) {
            assertTrue(out.contains("double-float ABI"), out);
        }
    }

    @Test
    void firstLoadSegmentStartsAtTheEntryAndHeadersAreNotLoaded() throws Exception {
        Path file = dir.resolve("rv.elf");
        Files.write(file, sample(ElfMachine.RISCV64).toBytes());
        String out = readelf("-l", "-W", file.toString());
        Matcher load = Pattern.compile("LOAD +0x([0-9a-f]+) 0x([0-9a-f]+) 0x[0-9a-f]+ 0x([0-9a-f]+) 0x([0-9a-f]+) (\\S+)")
                .matcher(out);
        assertTrue(load.find(), out);
        assertEquals(0x80200000L, Long.parseLong(load.group(2), 16));
        assertEquals("R", load.group(5).replace(" ", "").substring(0, 1));
        assertTrue(Long.parseLong(load.group(1), 16) >= 64 + 56 * 3, "headers must not be in the first segment");
        assertTrue(out.contains("R E"), out);
        // the .bss segment occupies memory but no file bytes
        assertTrue(out.matches("(?s).*LOAD +0x[0-9a-f]+ 0x0+80202000 0x0+80202000 0x0+ 0x0+10000 RW .*"), out);
    }

    @Test
    void pvhNoteIsInANoteSegment() throws Exception {
        Path file = dir.resolve("x86.elf");
        Files.write(file, sample(ElfMachine.X86_64).toBytes());
        String segments = readelf("-l", "-W", file.toString());
        assertTrue(segments.contains("NOTE"), segments);
        String notes = readelf("-n", "-W", file.toString());
        assertTrue(notes.matches("(?s).*Xen +0x00000004\\s+Unknown note type: \\(0x00000012\\)\\s+description data: 00 00 10 00.*"),
                notes);
    }

    @Test
    void overlappingSectionsAndStraySymbolsAreRejected() {
        ElfFile elf = new ElfFile(ElfMachine.AARCH64);
        ElfSection text = elf.addProgbits(".text", ElfSection.SHF_ALLOC | ElfSection.SHF_EXECINSTR, 0x40200000L, 4,
                new byte[64]);
        IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class,
                () -> elf.addProgbits(".data", ElfSection.SHF_ALLOC, 0x40200020L, 4, new byte[8]));
        assertTrue(overlap.getMessage().contains("overlaps .text"), overlap.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> elf.addSymbol("f", text, 0x40200000L + 60, 8, ElfSymbol.Type.FUNC, ElfSymbol.Binding.GLOBAL));
        assertTrue(outside.getMessage().contains("outside section .text"), outside.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> elf.addProgbits(".odd", ElfSection.SHF_ALLOC, 0x40300001L, 4, new byte[4]));
    }

    @Test
    void entryOutsideExecutableCodeIsRejected() {
        ElfFile elf = sample(ElfMachine.X86_64);
        elf.setEntry(0x101000L);
        assertThrows(IllegalStateException.class, elf::toBytes);
    }

    static String readelf(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add("readelf");
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("readelf is not installed (run 'make setup', or apt-get install binutils)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
