package org.eremite.boot.x86_64;

import static org.eremite.boot.x86_64.MemoryLayout.DATA_END;
import static org.eremite.boot.x86_64.MemoryLayout.DOUBLE_FAULT_STACK_TOP;
import static org.eremite.boot.x86_64.MemoryLayout.GDT;
import static org.eremite.boot.x86_64.MemoryLayout.GDT_POINTER;
import static org.eremite.boot.x86_64.MemoryLayout.IDT;
import static org.eremite.boot.x86_64.MemoryLayout.IDT_POINTER;
import static org.eremite.boot.x86_64.MemoryLayout.MACHINE_CHECK_STACK_TOP;
import static org.eremite.boot.x86_64.MemoryLayout.PAGE_FAULT_STACK_TOP;
import static org.eremite.boot.x86_64.MemoryLayout.TSS;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The GDT, the 64-bit TSS and the IDT, built at build time as initialized data from {@link MemoryLayout#GDT}
 * to {@link MemoryLayout#DATA_END}; the stub loads them with lgdt, ltr and lidt.
 *
 * <p>GDT (SDM vol. 3, "Segment Descriptors" and 9.8, "Initializing IA-32e Mode"): null, a 64-bit code segment,
 * a data segment, and the TSS descriptor, which takes two slots in IA-32e mode (SDM vol. 3, 8.2.3, "TSS
 * Descriptor in 64-bit mode"). The TSS (SDM vol. 3, 8.7) only provides the interrupt stack table: interrupts
 * whose gate names an IST index run on that stack whatever the stack pointer was (SDM vol. 3, 6.14.5).
 */
public final class DescriptorTables {
    public static final int KERNEL_CODE_SELECTOR = 0x08;
    public static final int KERNEL_DATA_SELECTOR = 0x10;
    public static final int TSS_SELECTOR = 0x18;
    static final int GDT_ENTRIES = 5;

    // Segment descriptor fields (SDM vol. 3, "Segment Descriptors"): access byte 40-47, flags 52-55.
    static final int ACCESS_PRESENT = 0x80;
    /** S=1: a code or data segment (S=0: a system segment such as a TSS). */
    static final int ACCESS_CODE_OR_DATA = 0x10;
    static final int TYPE_CODE_EXECUTE_READ = 0xA;
    static final int TYPE_DATA_READ_WRITE = 0x2;
    /** System type 9: 64-bit TSS, available (SDM vol. 3, "System Descriptor Types"). */
    static final int TYPE_TSS_AVAILABLE = 0x9;
    /** G: the limit counts 4 KiB units. */
    static final int FLAG_GRANULARITY = 0x8;
    /** D/B: 32-bit default operand size (must be 0 when L is 1). */
    static final int FLAG_DEFAULT_32 = 0x4;
    /** L: 64-bit code segment. */
    static final int FLAG_LONG_MODE = 0x2;
    static final long MAXIMUM_LIMIT = 0xF_FFFF;

    /** A 64-bit TSS is 104 bytes; a limit of 103 and an I/O map base of 104 mean no I/O permission bitmap. */
    static final int TSS_SIZE = 104;
    static final int TSS_IST1_OFFSET = 0x24;
    static final int TSS_IO_MAP_BASE_OFFSET = 0x66;

    /** The exception vectors 0-31 (SDM vol. 3, 6.3.1) have gates; the rest of the IDT is beyond its limit. */
    public static final int EXCEPTION_VECTORS = 32;
    static final int GATE_SIZE = 16;
    /** Gate byte 5: P=1, DPL=0, type 0xE (64-bit interrupt gate: clears IF on entry), SDM vol. 3, 6.14.1. */
    static final int INTERRUPT_GATE = 0x8E;

    private DescriptorTables() {
    }

    /** A code or data segment descriptor. */
    static long segmentDescriptor(long base, long limit, int access, int flags) {
        return (limit & 0xFFFF) | (base & 0xFF_FFFF) << 16 | (long) access << 40 | (limit >> 16 & 0xF) << 48
                | (long) flags << 52 | (base >> 24 & 0xFF) << 56;
    }

    /** The 64-bit code segment: base 0, limit 4 GiB, L=1 (0x00af9a000000ffff, BOOT-FACTS.md). */
    public static final long KERNEL_CODE = segmentDescriptor(0, MAXIMUM_LIMIT,
            ACCESS_PRESENT | ACCESS_CODE_OR_DATA | TYPE_CODE_EXECUTE_READ, FLAG_GRANULARITY | FLAG_LONG_MODE);
    /** The data segment for ds, es and ss: flat, writable (0x00cf92000000ffff). */
    public static final long KERNEL_DATA = segmentDescriptor(0, MAXIMUM_LIMIT,
            ACCESS_PRESENT | ACCESS_CODE_OR_DATA | TYPE_DATA_READ_WRITE, FLAG_GRANULARITY | FLAG_DEFAULT_32);

    /** The IST index (1-7, 0 for none) that the gate of {@code vector} names. */
    public static int interruptStackOf(int vector) {
        return switch (vector) {
            case TrapEntry.PAGE_FAULT -> 1;
            case TrapEntry.DOUBLE_FAULT -> 2;
            case TrapEntry.NMI, TrapEntry.MACHINE_CHECK -> 3;
            default -> 0;
        };
    }

    /** The tables for [{@link MemoryLayout#GDT}, {@link MemoryLayout#DATA_END}), with the 32 exception handlers. */
    public static byte[] build(long[] handlers) {
        if (handlers.length != EXCEPTION_VECTORS) {
            throw new IllegalArgumentException(handlers.length + " handlers for " + EXCEPTION_VECTORS + " vectors");
        }
        ByteBuffer data = ByteBuffer.allocate((int) (DATA_END - GDT)).order(ByteOrder.LITTLE_ENDIAN);

        int gdt = 0;
        data.putLong(gdt + KERNEL_CODE_SELECTOR, KERNEL_CODE);
        data.putLong(gdt + KERNEL_DATA_SELECTOR, KERNEL_DATA);
        long tssLow = segmentDescriptor(TSS, TSS_SIZE - 1, ACCESS_PRESENT | TYPE_TSS_AVAILABLE, 0);
        data.putLong(gdt + TSS_SELECTOR, tssLow);
        data.putLong(gdt + TSS_SELECTOR + 8, TSS >>> 32); // base 63:32, then reserved

        pointer(data, GDT_POINTER, GDT_ENTRIES * 8 - 1, GDT);
        pointer(data, IDT_POINTER, EXCEPTION_VECTORS * GATE_SIZE - 1, IDT);

        int tss = (int) (TSS - GDT);
        long[] istTops = {PAGE_FAULT_STACK_TOP, DOUBLE_FAULT_STACK_TOP, MACHINE_CHECK_STACK_TOP};
        for (int i = 0; i < istTops.length; i++) {
            data.putLong(tss + TSS_IST1_OFFSET + 8 * i, istTops[i]);
        }
        data.putShort(tss + TSS_IO_MAP_BASE_OFFSET, (short) TSS_SIZE);

        for (int vector = 0; vector < EXCEPTION_VECTORS; vector++) {
            int gate = (int) (IDT - GDT) + vector * GATE_SIZE;
            long handler = handlers[vector];
            data.putShort(gate, (short) handler);
            data.putShort(gate + 2, (short) KERNEL_CODE_SELECTOR);
            data.put(gate + 4, (byte) interruptStackOf(vector));
            data.put(gate + 5, (byte) INTERRUPT_GATE);
            data.putShort(gate + 6, (short) (handler >>> 16));
            data.putInt(gate + 8, (int) (handler >>> 32));
        }
        return data.array();
    }

    /** A pseudo-descriptor: 16-bit limit, then the 64-bit base (lgdt and lidt in 32-bit mode read 32 bits of it). */
    private static void pointer(ByteBuffer data, long at, int limit, long base) {
        int offset = (int) (at - GDT);
        data.putShort(offset, (short) limit);
        data.putLong(offset + 2, base);
    }
}
