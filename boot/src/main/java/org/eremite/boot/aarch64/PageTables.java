package org.eremite.boot.aarch64;

import static org.eremite.boot.aarch64.MemoryLayout.BLOCK_1G;
import static org.eremite.boot.aarch64.MemoryLayout.BLOCK_2M;
import static org.eremite.boot.aarch64.MemoryLayout.DATA_BASE;
import static org.eremite.boot.aarch64.MemoryLayout.DATA_SIZE;
import static org.eremite.boot.aarch64.MemoryLayout.IMAGE_BLOCK;
import static org.eremite.boot.aarch64.MemoryLayout.IMAGE_L3_TABLE;
import static org.eremite.boot.aarch64.MemoryLayout.L1_TABLE;
import static org.eremite.boot.aarch64.MemoryLayout.LOW_L2_TABLE;
import static org.eremite.boot.aarch64.MemoryLayout.PAGE_SIZE;
import static org.eremite.boot.aarch64.MemoryLayout.RAM_BASE;
import static org.eremite.boot.aarch64.MemoryLayout.RAM_L2_TABLE;
import static org.eremite.boot.aarch64.MemoryLayout.RAM_LIMIT;
import static org.eremite.boot.aarch64.MemoryLayout.TEXT_BASE;
import static org.eremite.boot.aarch64.MemoryLayout.TEXT_LIMIT;
import static org.eremite.boot.aarch64.MemoryLayout.VA_LIMIT;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The identity map, built at build time as initialized data at {@link MemoryLayout#DATA_BASE}: stage 1,
 * 4 KiB granule, 39-bit input addresses, so the walk starts at level 1 (ARM ARM D8, "Translation table
 * walk": T0SZ 25 with 4 KiB pages starts at level 1). The stub only loads {@link MemoryLayout#L1_TABLE}
 * into TTBR0_EL1.
 *
 * <pre>
 * L1[0]        [0, 1 GiB)      -> LOW_L2: block 0 [0, 2 MiB) invalid (null page), the rest 2 MiB device blocks
 * L1[1]        [1, 2 GiB)      -> RAM_L2: 2 MiB normal blocks, except the image block -> IMAGE_L3
 * L1[2..255]   [2, 256 GiB)    1 GiB normal blocks (RAM up to virt's 255 GiB RAM window, whatever -m says)
 * L1[256..511] [256, 512 GiB)  1 GiB device blocks (virt's high MMIO: GIC redistributors, PCIe ECAM)
 * IMAGE_L3     4 KiB pages: text read-only and executable, data read-write and never executable,
 *              guard pages invalid, free RAM around the image like other RAM
 * </pre>
 *
 * Memory types come from MAIR_EL1 (set by the stub): index {@link #ATTR_DEVICE} is Device-nGnRnE,
 * index {@link #ATTR_NORMAL} Normal write-back. All mappings are for EL1 only (AP[1] = 0).
 */
public final class PageTables {
    /** Descriptor bits [1:0] (ARM ARM D8, "Translation table descriptor formats", VMSAv8-64 stage 1). */
    public static final long INVALID = 0b00;
    public static final long BLOCK = 0b01;
    /** A table descriptor at levels 0 to 2, a page descriptor at level 3. */
    public static final long TABLE_OR_PAGE = 0b11;
    /** AttrIndx[2:0], bits 4:2: which MAIR_EL1 attribute byte applies. */
    public static final int ATTR_INDEX_SHIFT = 2;
    public static final int ATTR_DEVICE = 0;
    public static final int ATTR_NORMAL = 1;
    /** AP[2] (bit 7): read-only. AP[1] (bit 6), EL0 access, stays 0. */
    public static final long AP_READ_ONLY = 1L << 7;
    /** SH[1:0], bits 9:8: 0b11 Inner Shareable, for normal memory (device memory ignores it). */
    public static final long SH_INNER = 0b11L << 8;
    /** The Access Flag (bit 10): set, or the first access takes an Access flag fault (no hardware AF update). */
    public static final long AF = 1L << 10;
    /** Privileged execute-never (bit 53) and unprivileged execute-never (bit 54). */
    public static final long PXN = 1L << 53;
    public static final long UXN = 1L << 54;
    /** The output address of a descriptor: bits 47:12. */
    public static final long ADDRESS_MASK = 0x0000_FFFF_FFFF_F000L;

    /** Normal memory that code may run from (RAM that a JIT could fill): read-write, executable at EL1. */
    public static final long NORMAL = AF | SH_INNER | (long) ATTR_NORMAL << ATTR_INDEX_SHIFT | UXN;
    /** The image's text: read-only, executable. */
    public static final long NORMAL_TEXT = NORMAL | AP_READ_ONLY;
    /** The image's data, BSS and stacks: read-write, never executed. */
    public static final long NORMAL_DATA = NORMAL | PXN;
    /** Device-nGnRnE, never executed (execute-never keeps speculative fetches away from devices). */
    public static final long DEVICE = AF | (long) ATTR_DEVICE << ATTR_INDEX_SHIFT | PXN | UXN;

    static final int ENTRIES = 512;

    private PageTables() {
    }

    /** The page tables, laid out as MemoryLayout says: the bytes of the data segment at DATA_BASE. */
    public static byte[] build() {
        ByteBuffer data = ByteBuffer.allocate((int) DATA_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        // Level 1: 1 GiB per entry.
        put(data, L1_TABLE, 0, LOW_L2_TABLE | TABLE_OR_PAGE);
        put(data, L1_TABLE, 1, RAM_L2_TABLE | TABLE_OR_PAGE);
        for (int i = 2; i < ENTRIES; i++) {
            long address = i * BLOCK_1G;
            put(data, L1_TABLE, i, address | BLOCK | (address < RAM_LIMIT ? NORMAL : DEVICE));
        }
        // [0, 1 GiB): flash, GIC, UART, RTC, virtio-mmio, PCIe windows. The first block stays invalid so that
        // a null dereference (or one at a small offset from null) is a translation fault.
        for (int i = 1; i < ENTRIES; i++) {
            put(data, LOW_L2_TABLE, i, i * BLOCK_2M | BLOCK | DEVICE);
        }
        // [1 GiB, 2 GiB): RAM, with the image's block split into pages.
        for (int i = 0; i < ENTRIES; i++) {
            long address = BLOCK_1G + i * BLOCK_2M;
            long descriptor = address == IMAGE_BLOCK ? IMAGE_L3_TABLE | TABLE_OR_PAGE : address | BLOCK | NORMAL;
            put(data, RAM_L2_TABLE, i, descriptor);
        }
        for (int i = 0; i < ENTRIES; i++) {
            long address = IMAGE_BLOCK + i * PAGE_SIZE;
            put(data, IMAGE_L3_TABLE, i, imagePage(address));
        }
        return data.array();
    }

    /** The level 3 descriptor of the page at {@code address} in the image's 2 MiB block. */
    static long imagePage(long address) {
        if (MemoryLayout.isGuardPage(address)) {
            return INVALID;
        }
        if (address >= TEXT_BASE && address < TEXT_BASE + TEXT_LIMIT) {
            return address | TABLE_OR_PAGE | NORMAL_TEXT;
        }
        if (address >= DATA_BASE && address < MemoryLayout.IMAGE_END) {
            return address | TABLE_OR_PAGE | NORMAL_DATA;
        }
        return address | TABLE_OR_PAGE | NORMAL;
    }

    private static void put(ByteBuffer data, long table, int index, long descriptor) {
        data.putLong((int) (table - DATA_BASE) + index * 8, descriptor);
    }

    static {
        if (RAM_BASE != BLOCK_1G || VA_LIMIT != ENTRIES * BLOCK_1G) {
            throw new AssertionError("the tables assume RAM at 1 GiB (L1 entry 1) and one full level 1 table");
        }
    }
}
