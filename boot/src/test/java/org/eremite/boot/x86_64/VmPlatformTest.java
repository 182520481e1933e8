package org.eremite.boot.x86_64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eremite.boot.BootImage;
import org.eremite.vm.asm.testing.GnuBinutils;
import org.junit.jupiter.api.Test;

/**
 * The platform routines without a machine: their listing against GNU as and ld (the oracle of every encoding and
 * of the references to the symbols the image builder defines), and the symbols and variables the platform
 * promises. What they do is booted in QEMU by the tests module's VmPlatformBootTest.
 */
class VmPlatformTest {
    /** Where a builder might put what the platform refers to (any addresses do for the text's bytes). */
    private static final Map<String, Long> BUILDER_SYMBOLS = new LinkedHashMap<>();

    static {
        BUILDER_SYMBOLS.put(VmPlatform.JAVA_STACK_TOP, 0x60_0000L);
        BUILDER_SYMBOLS.put(VmPlatform.VM_ENTRY, 0x20_1230L);
        BUILDER_SYMBOLS.put(VmPlatform.CODE_START, 0x20_0000L);
        BUILDER_SYMBOLS.put(VmPlatform.CODE_END, 0x41_0000L);
        BUILDER_SYMBOLS.put(VmPlatform.THROW_NULL_POINTER, 0x20_0040L);
    }

    private static TextSection text() {
        TextSection t = new TextSection(MemoryLayout.TEXT_START);
        BootStub.emit(t, VmPlatform.JAVA_ENTRY);
        VmPlatform.emit(t);
        t.link(BUILDER_SYMBOLS);
        return t;
    }

    /**
     * The platform alone, with one-instruction stand-ins for the stub routines it uses: the stub's own listing does
     * not reassemble to the same length (its 32-bit part encodes {@code inc r32} as FF /0, where as picks the
     * one-byte 40+r form), which would shift every address after it.
     */
    private static TextSection platformWithStandIns() {
        TextSection t = new TextSection(MemoryLayout.TEXT_START);
        t.asm().enableListing();
        for (String routine : List.of("pvh_memory_end", "pvh_cmdline", "power_off",
                TrapEntry.stubName(TrapEntry.PAGE_FAULT))) {
            t.function(routine);
            t.asm().ud2();
        }
        VmPlatform.emit(t);
        t.link(BUILDER_SYMBOLS);
        return t;
    }

    @Test
    void thePlatformAssemblesAndLinksIdenticallyWithGnuBinutils() {
        TextSection t = platformWithStandIns();
        List<String> definitions = new ArrayList<>();
        for (Map.Entry<String, Long> symbol : BUILDER_SYMBOLS.entrySet()) {
            definitions.add(symbol.getKey() + "=0x" + Long.toHexString(symbol.getValue()));
        }
        byte[] reference = GnuBinutils.X86_64.link(t.asm().listing().toSource(), MemoryLayout.TEXT_START,
                definitions.toArray(new String[0]));
        byte[] ours = t.link();
        for (int i = 0; i < Math.min(ours.length, reference.length); i++) {
            if (ours[i] != reference[i]) {
                org.eremite.vm.asm.AssemblyListing.Entry entry = t.asm().listing().instructionAt(i);
                throw new AssertionError(String.format("byte 0x%x (address 0x%x) differs: ours %02x, GNU %02x, in %s",
                        i, MemoryLayout.TEXT_START + i, ours[i], reference[i], entry == null ? "?" : entry.text()));
            }
        }
        assertArrayEquals(reference, ours);
    }

    @Test
    void everyPlatformRoutineIsAFunctionOfTheText() {
        BootImage image = BootStub.link(text());
        Map<String, BootImage.Symbol> symbols = image.symbols().stream()
                .collect(Collectors.toMap(BootImage.Symbol::name, s -> s));
        for (String name : List.of(VmPlatform.CONSOLE_WRITE, VmPlatform.MEMORY_END, VmPlatform.CMDLINE,
                VmPlatform.POWER_OFF, VmPlatform.NANOTIME, VmPlatform.WALLCLOCK_MILLIS, VmPlatform.JAVA_ENTRY,
                VmPlatform.PAGE_FAULT_HOOK, "clock_init", "tsc_frequency", "tsc_measure_with_pit", "rtc_read",
                "rtc_read_once", "rtc_decode")) {
            BootImage.Symbol symbol = symbols.get(name);
            assertTrue(symbol != null && symbol.function() && symbol.size() > 0, name);
            assertTrue(symbol.address() >= MemoryLayout.TEXT_START && symbol.address() < MemoryLayout.TEXT_LIMIT);
        }
        assertEquals("eremite.runtime.throwNullPointer", VmPlatform.THROW_NULL_POINTER);
    }

    @Test
    void theIdtStillPointsAtTheStubUntilTheJavaEntryInstallsTheHook() {
        TextSection t = text();
        BootImage image = BootStub.link(t);
        BootImage.Segment data = image.segments().get(0);
        int gate = (int) (MemoryLayout.IDT - data.address()) + TrapEntry.PAGE_FAULT * DescriptorTables.GATE_SIZE;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(data.bytes()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long offset = (b.getShort(gate + VmPlatform.GATE_OFFSET_LOW) & 0xFFFFL)
                | (b.getShort(gate + VmPlatform.GATE_OFFSET_MIDDLE) & 0xFFFFL) << 16
                | (b.getInt(gate + VmPlatform.GATE_OFFSET_HIGH) & 0xFFFF_FFFFL) << 32;
        assertEquals(t.addressOf(TrapEntry.stubName(TrapEntry.PAGE_FAULT)), offset,
                "the offsets the hook writes are those DescriptorTables fills");
        assertEquals(1, data.bytes()[gate + 4], "the page fault keeps IST1, which the hook needs");
    }

    @Test
    void thePlatformVariablesLieInTheStubVariablesPageAfterTheTrapByte() {
        long[] words = {VmPlatform.SAVED_BOOT_RSP, Clock.TSC_ORIGIN, Clock.NANOS_PER_TICK, Clock.TSC_HZ,
            Clock.WALL_MILLIS_AT_READ, Clock.NANOTIME_AT_READ};
        for (int i = 0; i < words.length; i++) {
            assertEquals(MemoryLayout.PLATFORM_VARIABLES + 8 * i, words[i], "word " + i);
        }
        assertTrue(MemoryLayout.PLATFORM_VARIABLES > MemoryLayout.TRAP_NESTING);
        assertTrue(MemoryLayout.PLATFORM_VARIABLES + 8 * words.length <= MemoryLayout.BSS_END);
    }
}
