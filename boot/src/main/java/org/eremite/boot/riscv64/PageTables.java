package org.eremite.boot.riscv64;

import static org.eremite.boot.riscv64.MemoryLayout.*;

import org.eremite.vm.asm.LittleEndian;

/**
 * The Sv39 identity map, built at build time as the first pages of the data segment (priv 4.4: three
 * levels of 512 eight-byte entries, 4 KiB pages, 2 MiB megapages, 1 GiB gigapages):
 * <pre>
 * root[0]   [0, 1 GiB)      -> DEVICE_TABLE: [0, 2 MiB) -> LOW_TABLE (page 0 invalid, the rest device pages),
 *                              then device megapages (test device, UART, PLIC, CLINT, virtio, PCIe ECAM)
 * root[1]   [1, 2 GiB)      device gigapage (PCIe MMIO window)
 * root[2]   [2, 3 GiB)      -> RAM_TABLE: RAM megapages, the image's megapage -> IMAGE_TABLE (4 KiB pages
 *                              with the segments' permissions and the guard pages invalid)
 * root[3..255] [3, 256 GiB) RAM gigapages
 * </pre>
 * RAM is mapped to the end of what Sv39 identity-maps, whatever {@code -m} says; RAM is readable,
 * writable and executable (code compiled at run time will live there), devices are readable and writable
 * only. RISC-V has no memory types in its page tables without the Svpbmt extension: whether a region is
 * cacheable memory or I/O is its physical memory attribute (priv 3.6), fixed by the platform, so the PBMT
 * bits stay 0. Leaves have A and D set, so that no hart ever needs to update them (priv 4.3.1); nothing is
 * global or user-accessible.
 */
public final class PageTables {
    /** PTE bits (priv 4.3.1; the same layout in Sv39, 4.4.1). */
    public static final long PTE_V = 1L << 0;
    public static final long PTE_R = 1L << 1;
    public static final long PTE_W = 1L << 2;
    public static final long PTE_X = 1L << 3;
    public static final long PTE_U = 1L << 4;
    public static final long PTE_G = 1L << 5;
    public static final long PTE_A = 1L << 6;
    public static final long PTE_D = 1L << 7;
    /** The PPN starts at bit 10 of a PTE; addresses are PPN << 12. */
    public static final int PTE_PPN_SHIFT = 10;
    public static final int PAGE_SHIFT = 12;
    public static final int ENTRIES = 512;
    public static final int ENTRY_SIZE = 8;

    /** Device registers: no execution. */
    public static final long DEVICE = PTE_V | PTE_R | PTE_W | PTE_A | PTE_D;
    /** RAM outside the image. */
    public static final long RAM = PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D;
    /** The text segment: code and constants, never written. */
    public static final long TEXT = PTE_V | PTE_R | PTE_X | PTE_A | PTE_D;
    /** Data, BSS and stacks: never executed. */
    public static final long DATA = PTE_V | PTE_R | PTE_W | PTE_A | PTE_D;

    /** satp.MODE for Sv39 (priv 4.1.11), in bits 63:60; the root's PPN in bits 43:0. */
    public static final long SATP_MODE_SV39 = 8L << 60;

    private PageTables() {
    }

    /** The satp value that turns the map on: Sv39, ASID 0, the root table. */
    public static long satp() {
        return SATP_MODE_SV39 | ROOT_TABLE >>> PAGE_SHIFT;
    }

    /** The {@link MemoryLayout#PAGE_TABLE_COUNT} tables, as loaded at {@link MemoryLayout#ROOT_TABLE}. */
    public static byte[] build() {
        byte[] tables = new byte[(int) (PAGE_TABLE_COUNT * PAGE_SIZE)];

        put(tables, ROOT_TABLE, 0, pointer(DEVICE_TABLE));
        put(tables, ROOT_TABLE, 1, leaf(GIGAPAGE_SIZE, DEVICE));
        put(tables, ROOT_TABLE, index(RAM_BASE, 2), pointer(RAM_TABLE));
        for (long giga = RAM_BASE + GIGAPAGE_SIZE; giga < IDENTITY_MAP_END; giga += GIGAPAGE_SIZE) {
            put(tables, ROOT_TABLE, index(giga, 2), leaf(giga, RAM));
        }

        put(tables, DEVICE_TABLE, 0, pointer(LOW_TABLE));
        for (int i = 1; i < ENTRIES; i++) {
            put(tables, DEVICE_TABLE, i, leaf(i * MEGAPAGE_SIZE, DEVICE));
        }
        // Entry 0 of LOW_TABLE stays 0 (invalid): page 0 is never mapped, so a null dereference traps.
        for (int i = 1; i < ENTRIES; i++) {
            put(tables, LOW_TABLE, i, leaf(i * PAGE_SIZE, DEVICE));
        }

        for (int i = 0; i < ENTRIES; i++) {
            long mega = RAM_BASE + i * MEGAPAGE_SIZE;
            put(tables, RAM_TABLE, i, mega == IMAGE_MEGAPAGE ? pointer(IMAGE_TABLE) : leaf(mega, RAM));
        }
        for (int i = 0; i < ENTRIES; i++) {
            long page = IMAGE_MEGAPAGE + i * PAGE_SIZE;
            long flags = imagePageFlags(page);
            put(tables, IMAGE_TABLE, i, flags == 0 ? 0 : leaf(page, flags));
        }
        return tables;
    }

    /** Permissions of a 4 KiB page of the image's megapage; 0 for a guard page. */
    static long imagePageFlags(long page) {
        if (isGuardPage(page)) {
            return 0;
        }
        if (page >= TEXT_BASE && page < TEXT_BASE + TEXT_LIMIT) {
            return TEXT;
        }
        if (page >= DATA_BASE && page < IMAGE_END) {
            return DATA;
        }
        return RAM;
    }

    /** The index of {@code address} in a table of {@code level} (VPN[level], priv 4.4.1). */
    static int index(long address, int level) {
        return (int) (address >>> (PAGE_SHIFT + 9 * level)) & (ENTRIES - 1);
    }

    /** A non-leaf entry: V set, R, W and X clear (priv 4.3.1). */
    static long pointer(long table) {
        return table >>> PAGE_SHIFT << PTE_PPN_SHIFT | PTE_V;
    }

    static long leaf(long address, long flags) {
        return address >>> PAGE_SHIFT << PTE_PPN_SHIFT | flags;
    }

    private static void put(byte[] tables, long table, int index, long entry) {
        LittleEndian.putI64(tables, (int) (table - ROOT_TABLE) + index * ENTRY_SIZE, entry);
    }
}
