package org.eremite.boot.aarch64;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * An independent decoder of the generated tables: a VMSAv8-64 stage 1 walk with the 4 KiB granule and a
 * 39-bit input address (levels 1 to 3), as the MMU would do it (ARM ARM D8, "Translation table walk").
 */
final class TranslationWalk {
    /** A valid leaf: its descriptor, level, and the size of the block or page it maps. */
    record Leaf(long descriptor, int level, long size) {
        long outputAddress(long va) {
            return descriptor & 0x0000_FFFF_FFFF_F000L & -size | va & (size - 1);
        }

        int attrIndex() {
            return (int) (descriptor >>> 2) & 7;
        }

        /** The MAIR_EL1 attribute byte that applies. */
        int memoryAttributes() {
            return (int) (BootStub.MAIR >>> (8 * attrIndex())) & 0xFF;
        }

        boolean readOnly() {
            return (descriptor & 1L << 7) != 0;
        }

        boolean el0Accessible() {
            return (descriptor & 1L << 6) != 0;
        }

        boolean accessFlag() {
            return (descriptor & 1L << 10) != 0;
        }

        int shareability() {
            return (int) (descriptor >>> 8) & 3;
        }

        boolean privilegedExecuteNever() {
            return (descriptor & 1L << 53) != 0;
        }

        boolean unprivilegedExecuteNever() {
            return (descriptor & 1L << 54) != 0;
        }
    }

    private final ByteBuffer data;

    TranslationWalk(byte[] tables) {
        data = ByteBuffer.wrap(tables).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The leaf that translates {@code va}, or null if the walk ends in a translation fault. */
    Leaf walk(long va) {
        if (va < 0 || va >= MemoryLayout.VA_LIMIT) {
            throw new IllegalArgumentException("0x" + Long.toHexString(va) + " is outside the 39-bit space");
        }
        long table = MemoryLayout.L1_TABLE;
        for (int level = 1; level <= 3; level++) {
            int shift = 12 + 9 * (3 - level);
            long descriptor = entry(table, (int) (va >>> shift) & 511);
            int type = (int) descriptor & 3;
            if ((type & 1) == 0) {
                return null;
            }
            if (level == 3 || type == 1) {
                if (level == 3 && type != 3) {
                    return null; // 0b01 at level 3 is reserved: a translation fault
                }
                return new Leaf(descriptor, level, 1L << shift);
            }
            table = descriptor & 0x0000_FFFF_FFFF_F000L;
        }
        throw new AssertionError("unreachable");
    }

    private long entry(long table, int index) {
        long offset = table - MemoryLayout.DATA_BASE;
        if (offset < 0 || offset + 4096 > data.capacity() || (table & 4095) != 0) {
            throw new AssertionError("table 0x" + Long.toHexString(table) + " is not a page of the data segment");
        }
        return data.getLong((int) offset + index * 8);
    }
}
