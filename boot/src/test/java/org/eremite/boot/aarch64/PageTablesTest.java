package org.eremite.boot.aarch64;

import static org.eremite.boot.aarch64.MemoryLayout.PAGE_SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decodes the build-time identity map the way the MMU walks it. */
class PageTablesTest {
    private static final TranslationWalk MAP = new TranslationWalk(PageTables.build());
    /** MAIR_EL1 attribute bytes (ARM ARM D17.2, MAIR_EL1). */
    private static final int DEVICE_NGNRNE = 0x00;
    private static final int NORMAL_WRITE_BACK = 0xFF;
    private static final int INNER_SHAREABLE = 0b11;

    @Test
    void tablesFillTheDataSegment() {
        assertEquals(MemoryLayout.DATA_SIZE, PageTables.build().length);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 8, PAGE_SIZE - 1, PAGE_SIZE, 0x1F_FFFF})
    void theNullPageAndTheBlockAroundItAreNotMapped(long address) {
        assertNull(MAP.walk(address), "0x" + Long.toHexString(address));
    }

    @Test
    void guardPagesAreNotMappedButTheStacksAboveThemAre() {
        for (long guard : new long[] {MemoryLayout.BOOT_STACK_GUARD, MemoryLayout.TRAP_STACK_GUARD}) {
            assertNull(MAP.walk(guard));
            assertNull(MAP.walk(guard + PAGE_SIZE - 8));
            TranslationWalk.Leaf stack = MAP.walk(guard + PAGE_SIZE);
            assertNotNull(stack);
            assertFalse(stack.readOnly());
        }
        assertNotNull(MAP.walk(MemoryLayout.BOOT_STACK_TOP - 16));
        assertNotNull(MAP.walk(MemoryLayout.TRAP_STACK_TOP - 16));
        assertNotNull(MAP.walk(MemoryLayout.BOOT_STACK_GUARD - 8), "the BSS variables below the guard page");
    }

    /** RAM from its start (the DTB) to virt's 255 GiB maximum, far above what -m gives a smoke test. */
    @ParameterizedTest
    @ValueSource(longs = {0x4000_0000L, 0x4000_0000L + (64L << 20) - 8, 0x4000_0000L + (192L << 20),
        0x4000_0000L + (1L << 30), 0x1_0000_0000L, 0x3F_FFFF_F000L, MemoryLayout.RAM_LIMIT - 8})
    void ramIsIdentityMappedNormalWriteBackMemory(long address) {
        TranslationWalk.Leaf leaf = MAP.walk(address);
        assertNotNull(leaf, "0x" + Long.toHexString(address));
        assertEquals(address, leaf.outputAddress(address));
        assertEquals(NORMAL_WRITE_BACK, leaf.memoryAttributes());
        assertEquals(INNER_SHAREABLE, leaf.shareability());
        assertTrue(leaf.accessFlag());
        assertFalse(leaf.readOnly());
        assertFalse(leaf.el0Accessible());
        assertTrue(leaf.unprivilegedExecuteNever());
    }

    @Test
    void ramIsMappedWithLargeBlocksOutsideTheImage() {
        assertEquals(2, MAP.walk(MemoryLayout.RAM_BASE).level());
        assertEquals(1, MAP.walk(0x10_0000_0000L).level());
    }

    /** The PL011, GIC and PCIe windows below RAM, and virt's high MMIO region above 256 GiB. */
    @ParameterizedTest
    @ValueSource(longs = {0x0900_0000L, 0x0900_0018L, 0x0800_0000L, 0x1000_0000L, 0x3FFF_FFF8L, 0x40_0000_0000L})
    void devicesAreIdentityMappedDeviceMemoryThatNeverExecutes(long address) {
        TranslationWalk.Leaf leaf = MAP.walk(address);
        assertNotNull(leaf, "0x" + Long.toHexString(address));
        assertEquals(address, leaf.outputAddress(address));
        assertEquals(DEVICE_NGNRNE, leaf.memoryAttributes());
        assertTrue(leaf.accessFlag());
        assertTrue(leaf.privilegedExecuteNever());
        assertTrue(leaf.unprivilegedExecuteNever());
    }

    @Test
    void theImageTextIsReadOnlyAndExecutable() {
        for (long page = MemoryLayout.TEXT_BASE; page < MemoryLayout.DATA_BASE; page += PAGE_SIZE) {
            TranslationWalk.Leaf leaf = MAP.walk(page);
            assertNotNull(leaf);
            assertEquals(3, leaf.level());
            assertEquals(page, leaf.outputAddress(page));
            assertEquals(NORMAL_WRITE_BACK, leaf.memoryAttributes());
            assertTrue(leaf.readOnly());
            assertFalse(leaf.privilegedExecuteNever());
        }
    }

    @Test
    void theImageDataIsWritableAndNeverExecutes() {
        for (long page = MemoryLayout.DATA_BASE; page < MemoryLayout.IMAGE_END; page += PAGE_SIZE) {
            TranslationWalk.Leaf leaf = MAP.walk(page);
            if (MemoryLayout.isGuardPage(page)) {
                assertNull(leaf);
                continue;
            }
            assertNotNull(leaf, "0x" + Long.toHexString(page));
            assertEquals(page, leaf.outputAddress(page));
            assertEquals(NORMAL_WRITE_BACK, leaf.memoryAttributes());
            assertFalse(leaf.readOnly());
            assertTrue(leaf.privilegedExecuteNever());
        }
    }

    @Test
    void thePageTablesMapThemselves() {
        for (long table = MemoryLayout.L1_TABLE; table <= MemoryLayout.IMAGE_L3_TABLE; table += PAGE_SIZE) {
            assertNotNull(MAP.walk(table));
        }
    }
}
