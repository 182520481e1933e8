package org.eremite.boot.x86_64;

import static org.eremite.boot.x86_64.MemoryLayout.BOOT_STACK_GUARD;
import static org.eremite.boot.x86_64.MemoryLayout.FOUR_GIB;
import static org.eremite.boot.x86_64.MemoryLayout.HUGE_PAGE_SIZE;
import static org.eremite.boot.x86_64.MemoryLayout.LARGE_PAGE_SIZE;
import static org.eremite.boot.x86_64.MemoryLayout.LOW_PAGE_TABLE;
import static org.eremite.boot.x86_64.MemoryLayout.MAPPED_END;
import static org.eremite.boot.x86_64.MemoryLayout.MMIO_START;
import static org.eremite.boot.x86_64.MemoryLayout.PAGE_DIRECTORIES;
import static org.eremite.boot.x86_64.MemoryLayout.PAGE_DIRECTORY_COUNT;
import static org.eremite.boot.x86_64.MemoryLayout.PAGE_SIZE;
import static org.eremite.boot.x86_64.MemoryLayout.PAGE_TABLES_END;
import static org.eremite.boot.x86_64.MemoryLayout.PDPTS;
import static org.eremite.boot.x86_64.MemoryLayout.PDPT_COUNT;
import static org.eremite.boot.x86_64.MemoryLayout.PML4;
import static org.eremite.boot.x86_64.MemoryLayout.TEXT_LIMIT;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The 4-level identity map (SDM vol. 3, 4.5), built at build time as initialized data at {@link MemoryLayout#PML4};
 * the stub only loads CR3. Two PML4 entries cover [0, 1 TiB), {@link MemoryLayout#MAPPED_END}:
 * <ul>
 *   <li>[0, 2 MiB) with 4 KiB pages: page 0 and the boot stack guard are not present; the text is read-only and
 *       executable; every other page is writable and not executable;</li>
 *   <li>[2 MiB, 4 GiB) with 2 MiB pages: writable and executable RAM (the run-time compiler writes code there),
 *       except the MMIO hole [3 GiB, 4 GiB), which is uncached and not executable;</li>
 *   <li>[4 GiB, 1 TiB) with 1 GiB pages: RAM above 4 GiB, whatever {@code -m} says.</li>
 * </ul>
 * Memory types come from the PAT as the CPU powers up (SDM vol. 3, "PAT Memory Types" and "Programming the PAT":
 * PAT0 = WB, PAT3 = UC): PCD=PWT=0 selects write-back, PCD=PWT=1 uncacheable. Supervisor-only everywhere (U/S=0).
 */
public final class PageTables {
    /** Bit 0, P: the entry maps something. */
    public static final long PRESENT = 1L << 0;
    /** Bit 1, R/W: writes allowed (enforced for supervisor code because CR0.WP=1). */
    public static final long WRITABLE = 1L << 1;
    /** Bit 2, U/S: user-mode access allowed (never set: everything runs at CPL 0). */
    public static final long USER = 1L << 2;
    /** Bit 3, PWT: page-level write-through, bit 0 of the PAT index. */
    public static final long WRITE_THROUGH = 1L << 3;
    /** Bit 4, PCD: page-level cache disable, bit 1 of the PAT index. */
    public static final long CACHE_DISABLE = 1L << 4;
    /** Bit 7, PS, in a PDPT or PD entry: the entry maps a 1 GiB or 2 MiB page instead of pointing to a table. */
    public static final long PAGE_SIZE_BIT = 1L << 7;
    /** Bit 63, XD: instruction fetches fault (needs IA32_EFER.NXE, which the stub sets). */
    public static final long EXECUTE_DISABLE = 1L << 63;
    /** The physical address bits of an entry, 51:12 (the CPU's MAXPHYADDR is at most 52). */
    public static final long ADDRESS_MASK = 0x000F_FFFF_FFFF_F000L;
    /** PAT entry 3 of the power-up PAT: uncacheable, for device registers. */
    public static final long UNCACHED = CACHE_DISABLE | WRITE_THROUGH;
    /** The entry of a table that points to the next level: permissions are decided by the leaf entries. */
    static final long TABLE = PRESENT | WRITABLE;
    /** 512 entries of 8 bytes in every paging structure. */
    public static final int ENTRIES = 512;

    private PageTables() {
    }

    /**
     * The paging structures for [{@link MemoryLayout#PML4}, {@link MemoryLayout#PAGE_TABLES_END}) of an image
     * whose text occupies [textStart, textEnd).
     */
    public static byte[] build(long textStart, long textEnd) {
        if (textStart % PAGE_SIZE != 0 || textEnd < textStart || textEnd > TEXT_LIMIT) {
            throw new IllegalArgumentException(String.format("text [0x%x, 0x%x) must start on a page and end by 0x%x,"
                    + " inside the 4 KiB-page region", textStart, textEnd, TEXT_LIMIT));
        }
        ByteBuffer tables = ByteBuffer.allocate((int) (PAGE_TABLES_END - PML4)).order(ByteOrder.LITTLE_ENDIAN);

        for (int i = 0; i < PDPT_COUNT; i++) {
            put(tables, PML4, i, (PDPTS + i * PAGE_SIZE) | TABLE);
        }

        for (int gib = 0; gib < PDPT_COUNT * ENTRIES; gib++) {
            long address = gib * HUGE_PAGE_SIZE;
            long entry = gib < PAGE_DIRECTORY_COUNT ? (PAGE_DIRECTORIES + gib * PAGE_SIZE) | TABLE
                    : address | PRESENT | WRITABLE | PAGE_SIZE_BIT;
            put(tables, PDPTS, gib, entry);
        }

        for (int i = 0; i < PAGE_DIRECTORY_COUNT * ENTRIES; i++) {
            long address = i * LARGE_PAGE_SIZE;
            long entry;
            if (address == 0) {
                entry = LOW_PAGE_TABLE | TABLE;
            } else if (address >= MMIO_START && address < FOUR_GIB) {
                entry = address | PRESENT | WRITABLE | PAGE_SIZE_BIT | UNCACHED | EXECUTE_DISABLE;
            } else {
                entry = address | PRESENT | WRITABLE | PAGE_SIZE_BIT;
            }
            put(tables, PAGE_DIRECTORIES, i, entry);
        }

        for (int i = 0; i < ENTRIES; i++) {
            long address = i * PAGE_SIZE;
            long entry;
            if (address == 0 || address == BOOT_STACK_GUARD) {
                entry = 0; // not present: null dereferences and stack overflows fault
            } else if (address >= textStart && address < textEnd) {
                entry = address | PRESENT;
            } else {
                entry = address | PRESENT | WRITABLE | EXECUTE_DISABLE;
            }
            put(tables, LOW_PAGE_TABLE, i, entry);
        }
        if (MAPPED_END != PDPT_COUNT * ENTRIES * HUGE_PAGE_SIZE) {
            throw new AssertionError("the PDPTs map " + PDPT_COUNT * 512 + " GiB, MemoryLayout.MAPPED_END says otherwise");
        }
        return tables.array();
    }

    private static void put(ByteBuffer tables, long table, int index, long entry) {
        tables.putLong((int) (table - PML4) + index * 8, entry);
    }
}
