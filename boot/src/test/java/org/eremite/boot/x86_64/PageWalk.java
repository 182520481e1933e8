package org.eremite.boot.x86_64;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A 4-level page walk over tables held in a byte array (as the CPU does it, SDM vol. 3, 4.5.4), for tests:
 * the leaf entry that maps a linear address, with the permissions and memory type the walk yields.
 */
final class PageWalk {
    /** A mapping: the physical address, the effective permissions and the leaf's PCD/PWT bits. */
    record Mapping(long physical, long pageSize, boolean writable, boolean executable, boolean uncached) {
    }

    private final ByteBuffer memory;
    private final long base;

    /** Tables that are loaded at {@code base}, as the bytes {@code bytes}. */
    PageWalk(byte[] bytes, long base) {
        this.memory = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        this.base = base;
    }

    private long entry(long table, long index) {
        long at = table + index * 8 - base;
        if (at < 0 || at + 8 > memory.capacity()) {
            throw new AssertionError(String.format("paging structure at 0x%x is outside the tables", table));
        }
        return memory.getLong((int) at);
    }

    /** The mapping of {@code linear} with CR3 = {@code root}, or null if a not-present entry stops the walk. */
    Mapping translate(long root, long linear) {
        long table = root;
        boolean writable = true;
        boolean executable = true;
        int[] shifts = {39, 30, 21, 12};
        for (int level = 0; level < shifts.length; level++) {
            long e = entry(table, linear >>> shifts[level] & 0x1FF);
            if ((e & PageTables.PRESENT) == 0) {
                return null;
            }
            writable &= (e & PageTables.WRITABLE) != 0;
            executable &= (e & PageTables.EXECUTE_DISABLE) == 0;
            boolean leaf = level == 3 || (level > 0 && (e & PageTables.PAGE_SIZE_BIT) != 0);
            if (leaf) {
                long size = 1L << shifts[level];
                long frame = e & PageTables.ADDRESS_MASK & -size;
                return new Mapping(frame | (linear & (size - 1)), size, writable, executable,
                        (e & PageTables.UNCACHED) == PageTables.UNCACHED);
            }
            if ((e & PageTables.PAGE_SIZE_BIT) != 0) {
                throw new AssertionError("PS set in a PML4 entry (reserved)");
            }
            table = e & PageTables.ADDRESS_MASK;
        }
        throw new AssertionError("unreachable");
    }
}
