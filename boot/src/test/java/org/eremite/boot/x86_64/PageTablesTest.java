package org.eremite.boot.x86_64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageTablesTest {
    private static final long TEXT_END = MemoryLayout.TEXT_START + 3 * MemoryLayout.PAGE_SIZE + 100;
    private static final PageWalk WALK = new PageWalk(PageTables.build(MemoryLayout.TEXT_START, TEXT_END),
            MemoryLayout.PML4);
    private static final long GIB = MemoryLayout.HUGE_PAGE_SIZE;
    private static final long MIB = 1 << 20;

    private static PageWalk.Mapping mapped(long address) {
        PageWalk.Mapping m = WALK.translate(MemoryLayout.PML4, address);
        assertNotNull(m, () -> String.format("0x%x is not mapped", address));
        assertEquals(address, m.physical(), () -> String.format("0x%x is not identity-mapped", address));
        return m;
    }

    private static void assertNormalRam(long address) {
        PageWalk.Mapping m = mapped(address);
        assertFalse(m.uncached(), () -> String.format("RAM at 0x%x is not write-back", address));
        assertTrue(m.writable(), () -> String.format("RAM at 0x%x is not writable", address));
    }

    @Test
    void theFirstPageIsNotMappedSoNullDereferencesFault() {
        assertNull(WALK.translate(MemoryLayout.PML4, 0));
        assertNull(WALK.translate(MemoryLayout.PML4, MemoryLayout.PAGE_SIZE - 1));
        mapped(MemoryLayout.PAGE_SIZE);
    }

    @Test
    void theBootStackGuardPageIsNotMappedButTheStackAboveItIs() {
        assertNull(WALK.translate(MemoryLayout.PML4, MemoryLayout.BOOT_STACK_GUARD));
        assertNull(WALK.translate(MemoryLayout.PML4, MemoryLayout.BOOT_STACK_BOTTOM - 8));
        assertNormalRam(MemoryLayout.BOOT_STACK_BOTTOM);
        assertNormalRam(MemoryLayout.BOOT_STACK_TOP - 8);
        assertNormalRam(MemoryLayout.BOOT_STACK_GUARD - 8); // the IDT below the guard
    }

    @Test
    void ramIsWriteBackMemoryUpToOneTebibyteWhateverTheGuestWasGiven() {
        for (long address : new long[] {MIB, 2 * MIB, 64 * MIB - 8, 192 * MIB, 2 * GIB, 3 * GIB - 8, 4 * GIB,
            5 * GIB + 12345, 511 * GIB, 512 * GIB, MemoryLayout.MAPPED_END - 8}) {
            assertNormalRam(address);
        }
        assertEquals(MemoryLayout.LARGE_PAGE_SIZE, mapped(64 * MIB).pageSize());
        assertEquals(GIB, mapped(5 * GIB).pageSize(), "RAM above 4 GiB takes 1 GiB pages");
        assertNull(WALK.translate(MemoryLayout.PML4, MemoryLayout.MAPPED_END));
    }

    @Test
    void theMmioHoleBelowFourGibIsUncachedAndNotExecutable() {
        // virtio-mmio, I/O APIC, local APIC of microvm; the 16550 is at an I/O port and needs no mapping.
        for (long device : new long[] {MemoryLayout.MMIO_START, 0xFEB0_0000L, 0xFEC0_0000L, 0xFEE0_0000L,
            MemoryLayout.FOUR_GIB - 8}) {
            PageWalk.Mapping m = mapped(device);
            assertTrue(m.uncached(), () -> String.format("device memory at 0x%x is cacheable", device));
            assertFalse(m.executable());
        }
        assertFalse(mapped(MemoryLayout.MMIO_START - 8).uncached());
    }

    @Test
    void theImageIsMappedTextReadOnlyAndExecutableEverythingElseWritableAndNotExecutable() {
        for (long text = MemoryLayout.TEXT_START; text < TEXT_END; text += MemoryLayout.PAGE_SIZE) {
            PageWalk.Mapping m = mapped(text);
            assertTrue(m.executable());
            assertFalse(m.writable(), "the text is read-only (CR0.WP makes that hold for the kernel too)");
        }
        for (long data : new long[] {MemoryLayout.PML4, MemoryLayout.LOW_PAGE_TABLE, MemoryLayout.GDT,
            MemoryLayout.IDT, MemoryLayout.BOOT_STACK_BOTTOM, MemoryLayout.PAGE_FAULT_STACK_TOP - 8,
            MemoryLayout.TRAP_NESTING, MemoryLayout.BSS_END - 8, TEXT_END + MemoryLayout.PAGE_SIZE}) {
            PageWalk.Mapping m = mapped(data);
            assertTrue(m.writable());
            assertFalse(m.executable());
            assertEquals(MemoryLayout.PAGE_SIZE, m.pageSize());
        }
    }

    @Test
    void aTextThatLeavesTheSmallPageRegionIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> PageTables.build(MemoryLayout.TEXT_START, MemoryLayout.TEXT_LIMIT + 1));
        assertThrows(IllegalArgumentException.class,
                () -> PageTables.build(MemoryLayout.TEXT_START + 1, MemoryLayout.TEXT_START + 2));
    }
}
