package org.eremite.boot.aarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eremite.boot.BootImage;
import org.eremite.boot.BootTargets;
import org.junit.jupiter.api.Test;

/** The smoke image's segments and symbols are consistent with each other and with the memory layout. */
class SmokeImageTest {
    private static final BootImage IMAGE = SmokeImage.build();
    private static final TranslationWalk MAP = new TranslationWalk(PageTables.build());

    private static BootImage.Symbol symbol(String name) {
        return IMAGE.symbols().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no symbol " + name));
    }

    @Test
    void bootTargetsFindsThisImage() {
        assertEquals("aarch64", BootTargets.smokeImage("aarch64").isa());
    }

    @Test
    void entryIsTheBootStubAtTheFirstByteOfTheFirstSegment() {
        BootImage.Segment first = IMAGE.segments().get(0);
        assertEquals(first.address(), IMAGE.entry());
        assertTrue(first.executable());
        assertEquals(IMAGE.entry(), symbol(BootStub.START).address());
    }

    /** QEMU places the DTB at the start of RAM only for an ELF loaded 2 MiB or more above it (BOOT-FACTS.md). */
    @Test
    void imageIsLoadedAtLeast2MiBAboveTheDeviceTree() {
        for (BootImage.Segment segment : IMAGE.segments()) {
            assertTrue(segment.address() >= MemoryLayout.DTB_ADDRESS + MemoryLayout.BLOCK_2M, segment.name());
        }
    }

    @Test
    void segmentsArePageAlignedAscendingAndDisjointWithinTheImageBlock() {
        long end = 0;
        for (BootImage.Segment segment : IMAGE.segments()) {
            assertEquals(0, segment.address() % MemoryLayout.PAGE_SIZE, segment.name());
            assertTrue(segment.address() >= end, segment.name() + " overlaps the segment before it");
            end = segment.end();
        }
        assertTrue(end <= MemoryLayout.IMAGE_BLOCK + MemoryLayout.BLOCK_2M);
        assertEquals(MemoryLayout.IMAGE_END, end);
    }

    @Test
    void textFitsItsRoomAndDataHoldsThePageTables() {
        List<BootImage.Segment> segments = IMAGE.segments();
        assertTrue(segments.get(0).memorySize() <= MemoryLayout.TEXT_LIMIT);
        assertEquals(MemoryLayout.DATA_BASE, segments.get(1).address());
        assertTrue(java.util.Arrays.equals(PageTables.build(), segments.get(1).bytes()));
        assertTrue(segments.get(1).writable() && !segments.get(1).executable());
    }

    @Test
    void everySymbolLiesInASegmentAndFunctionsInExecutableOnes() {
        for (BootImage.Symbol symbol : IMAGE.symbols()) {
            BootImage.Segment home = IMAGE.segments().stream()
                    .filter(s -> symbol.address() >= s.address() && symbol.address() + symbol.size() <= s.end())
                    .findFirst().orElseThrow(() -> new AssertionError(symbol.name() + " is in no segment"));
            if (symbol.function()) {
                assertTrue(home.executable(), symbol.name());
                assertEquals(0, symbol.address() % 4, symbol.name());
                assertTrue(symbol.size() > 0, symbol.name());
            }
        }
    }

    @Test
    void functionsDoNotOverlap() {
        List<BootImage.Symbol> functions = IMAGE.symbols().stream().filter(BootImage.Symbol::function)
                .sorted(java.util.Comparator.comparingLong(BootImage.Symbol::address)).toList();
        for (int i = 1; i < functions.size(); i++) {
            BootImage.Symbol before = functions.get(i - 1);
            assertTrue(before.address() + before.size() <= functions.get(i).address(),
                    before.name() + " runs into " + functions.get(i).name());
        }
    }

    @Test
    void bootStackGuardIsTheUnmappedPageBelowTheBootStack() {
        BootImage.Symbol guard = symbol("boot_stack_guard");
        assertEquals(MemoryLayout.PAGE_SIZE, guard.size());
        assertEquals(MemoryLayout.BOOT_STACK - MemoryLayout.PAGE_SIZE, guard.address());
        assertEquals(symbol("boot_stack").address(), guard.address() + guard.size());
        assertNull(MAP.walk(guard.address()));
    }

    @Test
    void vectorTableIsTwoKiBAlignedWithSixteenEntries() {
        BootImage.Symbol vectors = symbol(TrapEntry.VECTORS);
        assertEquals(0, vectors.address() % TrapEntry.VECTOR_TABLE_ALIGNMENT);
        assertEquals(TrapEntry.VECTOR_COUNT * TrapEntry.VECTOR_ENTRY_SIZE, vectors.size());
    }

    /** The names SmokeImageBootTest expects for a null or guard-page access and for {@code udf}. */
    @Test
    void trapNamesComeFromTheExceptionClassTable() {
        assertEquals("data abort", TrapEntry.EXCEPTION_CLASSES.get(0x25));
        assertEquals("undefined instruction", TrapEntry.EXCEPTION_CLASSES.get(0x00));
        assertTrue(TrapEntry.FAR_VALID_CLASSES.contains(0x25));
    }

    @Test
    void trapFrameKeepsTheStack16ByteAligned() {
        assertEquals(0, TrapEntry.FRAME_SIZE % 16);
        assertEquals(0, MemoryLayout.TRAP_STACK_TOP % 16);
        assertEquals(0, MemoryLayout.BOOT_STACK_TOP % 16);
    }
}
