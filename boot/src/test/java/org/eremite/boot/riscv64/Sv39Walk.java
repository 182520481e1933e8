package org.eremite.boot.riscv64;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * An Sv39 translation written from the privileged spec (4.3.2, "Virtual Address Translation Process",
 * with the Sv39 parameters of 4.4), independent of {@link PageTables}: it walks tables held in a byte
 * array loaded at {@code base} and reports the leaf that maps an address, or null where a hart would
 * raise a page fault.
 */
final class Sv39Walk {
    static final long V = 1, R = 2, W = 4, X = 8, U = 16, G = 32, A = 64, D = 128;
    /** Bits 63:54 of a PTE: 63 N (Svnapot), 62:61 PBMT (Svpbmt), 60:54 reserved. All must be 0 here. */
    static final long HIGH_BITS = -1L << 54;

    /** The leaf that maps an address: its level (0 = 4 KiB page, 1 = megapage, 2 = gigapage). */
    record Leaf(long pte, int level, long physical) {
        long flags() {
            return pte & 0xFF;
        }

        boolean has(long bits) {
            return (pte & bits) == bits;
        }
    }

    private final ByteBuffer tables;
    private final long base;

    Sv39Walk(byte[] tables, long base) {
        this.tables = ByteBuffer.wrap(tables).order(ByteOrder.LITTLE_ENDIAN);
        this.base = base;
    }

    long entry(long table, int index) {
        long offset = table - base + 8L * index;
        if (offset < 0 || offset + 8 > tables.capacity()) {
            throw new AssertionError("page table at 0x" + Long.toHexString(table) + " lies outside the tables");
        }
        return tables.getLong((int) offset);
    }

    /** The leaf mapping {@code va} from the root at {@code root}, or null for a page fault. */
    Leaf translate(long root, long va) {
        if (va >> 38 != 0 && va >> 38 != -1) {
            return null; // bits 63:39 must equal bit 38
        }
        long table = root;
        for (int level = 2; level >= 0; level--) {
            int vpn = (int) (va >>> (12 + 9 * level)) & 511;
            long pte = entry(table, vpn);
            if ((pte & V) == 0 || ((pte & R) == 0 && (pte & W) != 0)) {
                return null;
            }
            if ((pte & HIGH_BITS) != 0) {
                throw new AssertionError("PTE 0x" + Long.toHexString(pte) + " sets reserved, PBMT or N bits");
            }
            long ppn = pte >>> 10;
            if ((pte & (R | X)) != 0) {
                long pageMask = (1L << (9 * level)) - 1;
                if ((ppn & pageMask) != 0) {
                    return null; // a misaligned superpage faults
                }
                long offsetMask = (1L << (12 + 9 * level)) - 1;
                return new Leaf(pte, level, (ppn << 12) | (va & offsetMask));
            }
            if ((pte & (A | D | U)) != 0) {
                throw new AssertionError("non-leaf PTE 0x" + Long.toHexString(pte) + " sets A, D or U, reserved there");
            }
            table = ppn << 12;
        }
        return null;
    }
}
