package org.eremite.boot.riscv64;

import static org.eremite.boot.riscv64.Sv39Walk.A;
import static org.eremite.boot.riscv64.Sv39Walk.D;
import static org.eremite.boot.riscv64.Sv39Walk.R;
import static org.eremite.boot.riscv64.Sv39Walk.U;
import static org.eremite.boot.riscv64.Sv39Walk.W;
import static org.eremite.boot.riscv64.Sv39Walk.X;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Decodes the build-time Sv39 tables with an independent walk and checks what each region maps to. */
class PageTablesTest {
    private static final Sv39Walk WALK = new Sv39Walk(PageTables.build(), MemoryLayout.ROOT_TABLE);
    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    private static Sv39Walk.Leaf mapped(long va) {
        Sv39Walk.Leaf leaf = WALK.translate(MemoryLayout.ROOT_TABLE, va);
        assertNotNull(leaf, "0x" + Long.toHexString(va) + " is not mapped");
        assertEquals(va, leaf.physical(), "0x" + Long.toHexString(va) + " is not identity-mapped");
        assertTrue(leaf.has(A | D), "0x" + Long.toHexString(va) + ": leaf without A and D");
        assertFalse(leaf.has(U), "0x" + Long.toHexString(va) + ": user-accessible");
        return leaf;
    }

    private static void assertFlags(long va, long expected) {
        assertEquals(expected, mapped(va).flags() & (R | W | X), "permissions of 0x" + Long.toHexString(va));
    }

    @Test
    void satpSelectsSv39AndTheRootTableWithAsidZero() {
        long satp = PageTables.satp();
        assertEquals(8, satp >>> 60);
        assertEquals(0, satp >>> 44 & 0xFFFF);
        assertEquals(MemoryLayout.ROOT_TABLE, (satp & ((1L << 44) - 1)) << 12);
    }

    @Test
    void pageZeroIsNotMappedSoNullDereferencesTrap() {
        assertNull(WALK.translate(MemoryLayout.ROOT_TABLE, 0));
        assertNull(WALK.translate(MemoryLayout.ROOT_TABLE, 8));
        assertNull(WALK.translate(MemoryLayout.ROOT_TABLE, MemoryLayout.PAGE_SIZE - 1));
        assertFlags(MemoryLayout.PAGE_SIZE, R | W);
    }

    @Test
    void theGuardPagesBelowBothStacksAreNotMapped() {
        for (long guard : new long[] {MemoryLayout.BOOT_STACK_GUARD, MemoryLayout.TRAP_STACK_GUARD}) {
            assertNull(WALK.translate(MemoryLayout.ROOT_TABLE, guard));
            assertNull(WALK.translate(MemoryLayout.ROOT_TABLE, guard + MemoryLayout.PAGE_SIZE - 8));
            assertFlags(guard + MemoryLayout.PAGE_SIZE, R | W);
            assertFlags(guard - 8, R | W);
        }
        assertEquals(MemoryLayout.BOOT_STACK, MemoryLayout.BOOT_STACK_GUARD + MemoryLayout.PAGE_SIZE);
        assertEquals(MemoryLayout.TRAP_STACK, MemoryLayout.TRAP_STACK_GUARD + MemoryLayout.PAGE_SIZE);
    }

    @Test
    void ramIsNormalReadWriteExecuteMemoryBeyondAnyMemorySize() {
        long[] addresses = {MemoryLayout.RAM_BASE, MemoryLayout.RAM_BASE + 64 * MIB - 8, MemoryLayout.RAM_BASE + 192 * MIB,
                MemoryLayout.RAM_BASE + GIB, 3 * GIB + 12345, 100 * GIB, MemoryLayout.IDENTITY_MAP_END - 8,
                MemoryLayout.IMAGE_END, MemoryLayout.IMAGE_MEGAPAGE + MemoryLayout.MEGAPAGE_SIZE - 8};
        for (long va : addresses) {
            assertFlags(va, R | W | X);
        }
        // The RAM above the image's megapage goes in large pages, not 4 KiB ones.
        assertEquals(1, mapped(MemoryLayout.RAM_BASE + 4 * MIB).level());
        assertEquals(2, mapped(MemoryLayout.RAM_BASE + GIB).level());
    }

    @Test
    void everyRamMegapageToTheEndOfTheIdentityMapIsIdentityMapped() {
        for (long va = MemoryLayout.RAM_BASE; va < MemoryLayout.IDENTITY_MAP_END; va += MemoryLayout.MEGAPAGE_SIZE) {
            if (!MemoryLayout.isGuardPage(va)) {
                mapped(va);
            }
        }
    }

    @Test
    void devicesAreMappedWithoutExecute() {
        long[] devices = {PowerOff.SIFIVE_TEST_BASE, Serial.UART_BASE, Serial.UART_BASE + Serial.LSR,
                0x0200_0000L /* CLINT */, 0x0C00_0000L /* PLIC */, 0x1000_1000L /* virtio-mmio */,
                0x3000_0000L /* PCIe ECAM */, 0x4000_0000L /* PCIe MMIO */, MemoryLayout.DEVICE_WINDOW_END - 8};
        for (long va : devices) {
            assertFlags(va, R | W);
        }
        assertEquals(0, mapped(PowerOff.SIFIVE_TEST_BASE).level(), "the first 2 MiB are split to leave page 0 out");
    }

    @Test
    void theImageIsMappedWithItsSegmentsPermissions() {
        assertFlags(MemoryLayout.TEXT_BASE, R | X);
        assertFlags(MemoryLayout.TEXT_BASE + MemoryLayout.TEXT_LIMIT - 8, R | X);
        assertFlags(MemoryLayout.ROOT_TABLE, R | W);
        assertFlags(MemoryLayout.TRAP_DEPTH, R | W);
        assertFlags(MemoryLayout.BOOT_HART_ID, R | W);
        assertFlags(MemoryLayout.TRAP_STACK_TOP - 8, R | W);
        assertFlags(MemoryLayout.BOOT_STACK_TOP - 8, R | W);
        assertEquals(0, mapped(MemoryLayout.TEXT_BASE).level());
    }

    @Test
    void theOtherHalfOfTheAddressSpaceIsEmpty() {
        for (int i = 256; i < 512; i++) {
            assertEquals(0, WALK.entry(MemoryLayout.ROOT_TABLE, i), "root entry " + i);
        }
        assertNull(WALK.translate(MemoryLayout.ROOT_TABLE, -MemoryLayout.PAGE_SIZE));
    }
}
