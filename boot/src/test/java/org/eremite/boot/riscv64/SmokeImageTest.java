package org.eremite.boot.riscv64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eremite.boot.BootImage;
import org.eremite.boot.BootTargets;
import org.junit.jupiter.api.Test;

/** The linked smoke image without QEMU: where it starts, its segments and its symbols. */
class SmokeImageTest {
    private static final BootImage IMAGE = SmokeImage.build();

    private static BootImage.Symbol symbol(String name) {
        return IMAGE.symbols().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no symbol " + name));
    }

    private static BootImage.Segment segmentOf(long address) {
        return IMAGE.segments().stream().filter(s -> address >= s.address() && address < s.end()).findFirst()
                .orElseThrow(() -> new AssertionError("0x" + Long.toHexString(address) + " is in no segment"));
    }

    @Test
    void bootTargetsFindsThisImage() {
        assertEquals("riscv64", BootTargets.smokeImage("riscv64").isa());
    }

    @Test
    void entryIsTheFirstByteOfTheLowestSegmentBecauseOpenSbiJumpsThere() {
        BootImage.Segment first = IMAGE.segments().get(0);
        long lowest = IMAGE.segments().stream().mapToLong(BootImage.Segment::address).min().orElseThrow();
        assertEquals(MemoryLayout.KERNEL_BASE, IMAGE.entry());
        assertEquals(IMAGE.entry(), first.address());
        assertEquals(lowest, first.address());
        assertTrue(first.executable() && first.bytes().length > 0);
        assertEquals(IMAGE.entry(), symbol(BootStub.START).address());
    }

    @Test
    void segmentsArePageAlignedDisjointAndInsideTheSplitMegapage() {
        List<BootImage.Segment> segments = IMAGE.segments();
        for (int i = 0; i < segments.size(); i++) {
            BootImage.Segment s = segments.get(i);
            assertEquals(0, s.address() % MemoryLayout.PAGE_SIZE, s.name());
            assertTrue(s.bytes().length == 0 || s.bytes().length == s.memorySize(), s.name() + " mixes bytes and BSS");
            assertFalse(s.writable() && s.executable(), s.name() + " is writable and executable");
            assertTrue(s.address() >= MemoryLayout.IMAGE_MEGAPAGE
                    && s.end() <= MemoryLayout.IMAGE_MEGAPAGE + MemoryLayout.MEGAPAGE_SIZE, s.name());
            if (i > 0) {
                assertTrue(s.address() >= segments.get(i - 1).end(), s.name() + " overlaps the segment before it");
            }
        }
        assertTrue(segments.get(0).memorySize() <= MemoryLayout.TEXT_LIMIT);
        assertEquals(MemoryLayout.IMAGE_END, segments.get(segments.size() - 1).end());
    }

    @Test
    void theDataSegmentStartsWithThePageTables() {
        BootImage.Segment data = segmentOf(MemoryLayout.ROOT_TABLE);
        assertEquals(MemoryLayout.ROOT_TABLE, data.address());
        byte[] tables = PageTables.build();
        assertArrayEquals(tables, Arrays.copyOf(data.bytes(), tables.length));
        assertEquals(MemoryLayout.BSS_BASE, segmentOf(MemoryLayout.BSS_BASE).address());
    }

    @Test
    void everySymbolLiesInsideOneSegmentAndFunctionsInTheText() {
        Set<String> names = new HashSet<>();
        long codeEnd = IMAGE.symbols().stream().filter(BootImage.Symbol::function)
                .mapToLong(s -> s.address() + s.size()).max().orElseThrow();
        for (BootImage.Symbol s : IMAGE.symbols()) {
            assertTrue(names.add(s.name()), "symbol " + s.name() + " is defined twice");
            assertTrue(s.size() > 0, s.name() + " is empty");
            BootImage.Segment home = segmentOf(s.address());
            assertTrue(s.address() + s.size() <= home.end(), s.name() + " runs past " + home.name());
            if (s.function()) {
                assertTrue(home.executable(), s.name() + " is a function in " + home.name());
                assertEquals(0, s.address() % 4, s.name() + " is not 4-byte aligned");
            } else if (home.executable()) {
                assertTrue(s.address() >= codeEnd, s.name() + " is data among the code");
            }
        }
    }

    @Test
    void everyRoutineHasAFunctionSymbol() {
        for (String routine : List.of(BootStub.START, BootStub.PANIC, SmokeImage.MAIN, SmokeImage.OVERFLOW,
                Serial.PUTC, Serial.PUTS, Serial.PUT_HEX, Serial.PUT_DECIMAL, Serial.FLUSH, PowerOff.POWER_OFF,
                TrapEntry.ENTRY, TrapEntry.DUMP, DeviceTree.WALK, DeviceTree.NAME_MATCHES, DeviceTree.READ_CELLS,
                DeviceTree.MEMORY_END, DeviceTree.MEMORY_VISIT, DeviceTree.BOOTARGS, DeviceTree.CHOSEN_VISIT,
                CommandLine.FIND, CommandLine.WORD_IS, CommandLine.STATUS)) {
            assertTrue(symbol(routine).function(), routine);
        }
    }

    @Test
    void theBootStackGuardIsTheUnmappedPageRightBelowTheBootStack() {
        BootImage.Symbol guard = symbol("boot_stack_guard");
        assertFalse(guard.function());
        assertEquals(MemoryLayout.PAGE_SIZE, guard.size());
        assertEquals(MemoryLayout.BOOT_STACK_GUARD, guard.address());
        assertEquals(guard.address() + guard.size(), symbol(BootStub.BOOT_STACK).address());
        Sv39Walk walk = new Sv39Walk(segmentOf(MemoryLayout.ROOT_TABLE).bytes(), MemoryLayout.ROOT_TABLE);
        assertNull(walk.translate(MemoryLayout.ROOT_TABLE, guard.address()));
    }

    @Test
    void theTrapHandlerIsFourByteAlignedForStvecDirectMode() {
        assertEquals(0, symbol(TrapEntry.ENTRY).address() & 3);
    }
}
