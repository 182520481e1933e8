package org.eremite.boot.x86_64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eremite.boot.BootImage;
import org.eremite.boot.BootTargets;
import org.junit.jupiter.api.Test;

class SmokeImageTest {
    private static final BootImage IMAGE = SmokeImage.build();
    private static final Map<String, BootImage.Symbol> SYMBOLS = IMAGE.symbols().stream()
            .collect(Collectors.toMap(BootImage.Symbol::name, Function.identity()));

    private static BootImage.Segment segment(String name) {
        return IMAGE.segments().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no segment " + name));
    }

    private static BootImage.Symbol symbol(String name) {
        BootImage.Symbol symbol = SYMBOLS.get(name);
        assertNotNull(symbol, "no symbol " + name);
        return symbol;
    }

    @Test
    void bootTargetsFindsThisImage() {
        assertEquals("x86_64", BootTargets.smokeImage("x86_64").isa());
    }

    @Test
    void theEntryIsTheFirstByteOfTheTextAndThePvhNoteNamesIt() {
        BootImage.Segment text = segment(".text");
        assertEquals(MemoryLayout.TEXT_START, IMAGE.entry());
        assertEquals(text.address(), IMAGE.entry());
        assertTrue(text.executable() && !text.writable());
        assertEquals(IMAGE.entry(), symbol("pvh_entry").address());
        assertEquals(1, IMAGE.notes().size());
        BootImage.Note note = IMAGE.notes().get(0);
        assertEquals("Xen", note.owner());
        assertEquals(18, note.type());
        assertEquals(8, note.descriptor().length, "QEMU reads the note of an ELF64 image as a 64-bit word");
        assertEquals(IMAGE.entry(), ByteBuffer.wrap(note.descriptor()).order(ByteOrder.LITTLE_ENDIAN).getLong());
        assertTrue(IMAGE.entry() < 1L << 32, "the PVH entry is a 32-bit physical address");
    }

    @Test
    void segmentsArePageAlignedDisjointAndBelowTwoMebibytes() {
        List<BootImage.Segment> segments = IMAGE.segments().stream()
                .sorted(Comparator.comparingLong(BootImage.Segment::address)).toList();
        assertEquals(MemoryLayout.LOAD_ADDRESS, segments.get(0).address());
        for (int i = 0; i < segments.size(); i++) {
            BootImage.Segment s = segments.get(i);
            assertEquals(0, s.address() % MemoryLayout.PAGE_SIZE, s.name());
            assertTrue(s.end() <= MemoryLayout.TEXT_LIMIT, s.name());
            assertTrue(s.bytes().length == 0 || s.bytes().length == s.memorySize(), "all bytes or all BSS: " + s.name());
            if (i > 0) {
                assertTrue(segments.get(i - 1).end() <= s.address(), s.name() + " overlaps the segment before it");
            }
        }
        assertEquals(MemoryLayout.BSS_START, segment(".bss").address());
        assertEquals(MemoryLayout.BSS_END, segment(".bss").end());
        assertEquals(0, segment(".bss").bytes().length);
    }

    @Test
    void everySymbolLiesInASegmentAndFunctionsInTheText() {
        for (BootImage.Symbol s : IMAGE.symbols()) {
            BootImage.Segment home = IMAGE.segments().stream()
                    .filter(g -> s.address() >= g.address() && s.address() + s.size() <= g.end())
                    .findFirst().orElseThrow(() -> new AssertionError(s.name() + " is in no segment"));
            assertTrue(s.size() > 0, s.name());
            if (s.function()) {
                assertEquals(".text", home.name(), s.name());
            }
        }
        List<BootImage.Symbol> functions = IMAGE.symbols().stream().filter(BootImage.Symbol::function)
                .sorted(Comparator.comparingLong(BootImage.Symbol::address)).toList();
        for (int i = 1; i < functions.size(); i++) {
            BootImage.Symbol before = functions.get(i - 1);
            assertTrue(before.address() + before.size() <= functions.get(i).address(),
                    before.name() + " overlaps " + functions.get(i).name());
        }
    }

    @Test
    void everyRoutineHasAFunctionSymbol() {
        for (String name : List.of("pvh_entry", "long_mode_entry", "serial_init", "serial_putc", "serial_write",
                "serial_write_hex", "serial_write_decimal", "power_off", "pvh_memory_end", "pvh_cmdline",
                "trap_common", "trap_dump", "smoke_main", "next_argument", "skip_prefix", "string_equals",
                "parse_status", "smoke_fault_null", "smoke_fault_undef", "smoke_fault_guard")) {
            assertTrue(symbol(name).function(), name);
        }
        for (int v = 0; v < 32; v++) {
            assertTrue(symbol("trap_vector_" + v).function());
        }
    }

    @Test
    void theGuardSymbolIsTheUnmappedPageBelowTheBootStack() {
        BootImage.Symbol guard = symbol("boot_stack_guard");
        assertEquals(MemoryLayout.BOOT_STACK_GUARD, guard.address());
        assertEquals(4096, guard.size());
        assertFalse(guard.function());
        assertEquals(MemoryLayout.BOOT_STACK_BOTTOM, guard.address() + guard.size());
        PageWalk walk = new PageWalk(segment(".data").bytes(), segment(".data").address());
        assertNull(walk.translate(MemoryLayout.PML4, guard.address()));
        assertNull(walk.translate(MemoryLayout.PML4, 0));
        assertNotNull(walk.translate(MemoryLayout.PML4, MemoryLayout.BOOT_STACK_BOTTOM));
    }

    @Test
    void theImageMapsItsOwnTextAsExecutableAndTheIdtPointsAtTheTrapStubs() {
        BootImage.Segment data = segment(".data");
        PageWalk walk = new PageWalk(data.bytes(), data.address());
        BootImage.Segment text = segment(".text");
        for (long a = text.address(); a < text.end(); a += MemoryLayout.PAGE_SIZE) {
            PageWalk.Mapping m = walk.translate(MemoryLayout.PML4, a);
            assertNotNull(m);
            assertTrue(m.executable());
        }
        ByteBuffer tables = ByteBuffer.wrap(data.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        for (int v = 0; v < 32; v++) {
            int gate = (int) (MemoryLayout.IDT - data.address()) + 16 * v;
            long offset = (tables.getShort(gate) & 0xFFFFL) | (tables.getShort(gate + 6) & 0xFFFFL) << 16
                    | (tables.getInt(gate + 8) & 0xFFFF_FFFFL) << 32;
            assertEquals(symbol("trap_vector_" + v).address(), offset, "gate " + v);
        }
    }

    @Test
    void theTrapNamesAreTheSdmOnesForTheVectorsTheContractChecks() {
        assertEquals("page fault", TrapEntry.NAMES.get(TrapEntry.PAGE_FAULT));
        assertEquals("invalid opcode", TrapEntry.NAMES.get(TrapEntry.INVALID_OPCODE));
        assertEquals("double fault", TrapEntry.NAMES.get(TrapEntry.DOUBLE_FAULT));
        assertEquals("general protection", TrapEntry.NAMES.get(13));
        assertEquals(32, TrapEntry.NAMES.size());
        assertEquals(32 * TrapEntry.NAME_SLOT, symbol("trap_names").size());
    }

    @Test
    void buildingTwiceGivesTheSameImage() {
        BootImage again = SmokeImage.build();
        for (int i = 0; i < IMAGE.segments().size(); i++) {
            assertArrayEquals(IMAGE.segments().get(i).bytes(), again.segments().get(i).bytes());
        }
        assertEquals(IMAGE.symbols(), again.symbols());
    }
}
