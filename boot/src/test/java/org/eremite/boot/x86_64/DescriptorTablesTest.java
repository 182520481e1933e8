package org.eremite.boot.x86_64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class DescriptorTablesTest {
    private static final long[] HANDLERS = new long[DescriptorTables.EXCEPTION_VECTORS];

    static {
        for (int v = 0; v < HANDLERS.length; v++) {
            HANDLERS[v] = 0x1_2345_6789_AB00L + 16 * v; // every offset field gets distinct bits
        }
    }

    private static final ByteBuffer TABLES = ByteBuffer.wrap(DescriptorTables.build(HANDLERS))
            .order(ByteOrder.LITTLE_ENDIAN);

    private static int at(long address) {
        return (int) (address - MemoryLayout.GDT);
    }

    @Test
    void codeAndDataDescriptorsAreTheFlatLongModeOnes() {
        assertEquals(0x00AF_9A00_0000_FFFFL, DescriptorTables.KERNEL_CODE);
        assertEquals(0x00CF_9200_0000_FFFFL, DescriptorTables.KERNEL_DATA);
        assertEquals(0L, TABLES.getLong(at(MemoryLayout.GDT)));
        assertEquals(DescriptorTables.KERNEL_CODE, TABLES.getLong(at(MemoryLayout.GDT) + DescriptorTables.KERNEL_CODE_SELECTOR));
        assertEquals(DescriptorTables.KERNEL_DATA, TABLES.getLong(at(MemoryLayout.GDT) + DescriptorTables.KERNEL_DATA_SELECTOR));
    }

    @Test
    void theTssDescriptorPointsAtTheTssAndTheTssAtTheInterruptStacks() {
        long low = TABLES.getLong(at(MemoryLayout.GDT) + DescriptorTables.TSS_SELECTOR);
        long high = TABLES.getLong(at(MemoryLayout.GDT) + DescriptorTables.TSS_SELECTOR + 8);
        long base = (low >>> 16 & 0xFF_FFFF) | (low >>> 56 & 0xFF) << 24 | (high & 0xFFFF_FFFFL) << 32;
        assertEquals(MemoryLayout.TSS, base);
        assertEquals(103, low & 0xFFFF);
        assertEquals(0x89, low >>> 40 & 0xFF, "present, DPL 0, 64-bit TSS available");
        int tss = at(MemoryLayout.TSS);
        assertEquals(MemoryLayout.PAGE_FAULT_STACK_TOP, TABLES.getLong(tss + 0x24));
        assertEquals(MemoryLayout.DOUBLE_FAULT_STACK_TOP, TABLES.getLong(tss + 0x2C));
        assertEquals(MemoryLayout.MACHINE_CHECK_STACK_TOP, TABLES.getLong(tss + 0x34));
        assertEquals(104, TABLES.getShort(tss + 0x66), "no I/O permission bitmap");
    }

    @Test
    void pointersGiveLimitAndBase() {
        assertEquals(5 * 8 - 1, TABLES.getShort(at(MemoryLayout.GDT_POINTER)));
        assertEquals(MemoryLayout.GDT, TABLES.getLong(at(MemoryLayout.GDT_POINTER) + 2));
        assertEquals(32 * 16 - 1, TABLES.getShort(at(MemoryLayout.IDT_POINTER)));
        assertEquals(MemoryLayout.IDT, TABLES.getLong(at(MemoryLayout.IDT_POINTER) + 2));
    }

    @Test
    void everyExceptionHasAnInterruptGateAndPageAndDoubleFaultsRunOnTheirOwnStacks() {
        for (int v = 0; v < DescriptorTables.EXCEPTION_VECTORS; v++) {
            int gate = at(MemoryLayout.IDT) + 16 * v;
            long offset = (TABLES.getShort(gate) & 0xFFFFL) | (TABLES.getShort(gate + 6) & 0xFFFFL) << 16
                    | (TABLES.getInt(gate + 8) & 0xFFFF_FFFFL) << 32;
            assertEquals(HANDLERS[v], offset, "vector " + v);
            assertEquals(DescriptorTables.KERNEL_CODE_SELECTOR, TABLES.getShort(gate + 2));
            assertEquals(0x8E, TABLES.get(gate + 5) & 0xFF);
            int ist = TABLES.get(gate + 4);
            int expected = switch (v) {
                case 14 -> 1;
                case 8 -> 2;
                case 2, 18 -> 3;
                default -> 0;
            };
            assertEquals(expected, ist, "IST of vector " + v);
        }
    }
}
