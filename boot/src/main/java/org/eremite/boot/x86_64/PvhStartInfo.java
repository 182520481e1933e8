package org.eremite.boot.x86_64;

import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RCX;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RDX;
import static org.eremite.jit.x86_64.asm.Register.RSI;

import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.vm.asm.Label;

/**
 * Reading the boot information of the Xen PVH boot ABI: {@code struct hvm_start_info}, whose physical address
 * the loader passes in ebx (Xen, xen/include/public/arch-x86/hvm/start_info.h; offsets measured in
 * BOOT-FACTS.md). Routines, System V convention, the start info address in rdi:
 * <ul>
 *   <li>{@code pvh_memory_end(info)}: the end of the highest RAM entry of the memory map, or 0;</li>
 *   <li>{@code pvh_cmdline(info)}: the address of the NUL-terminated command line, or 0 if there is none.</li>
 * </ul>
 * Both return 0 when the magic number is not there.
 */
final class PvhStartInfo {
    /** {@code XEN_HVM_START_MAGIC_VALUE}, at offset 0. */
    static final int MAGIC = 0x336E_C578;
    static final int MAGIC_OFFSET = 0;
    /** u32 version: the memory map fields exist from version 1 on. */
    static final int VERSION_OFFSET = 4;
    static final int FIRST_VERSION_WITH_MEMMAP = 1;
    /** u64 physical address of the command line, 0 if none. */
    static final int CMDLINE_PADDR_OFFSET = 24;
    /** u64 physical address of the memory map ({@code struct hvm_memmap_table_entry[]}). */
    static final int MEMMAP_PADDR_OFFSET = 40;
    /** u32 number of memory map entries. */
    static final int MEMMAP_ENTRIES_OFFSET = 48;
    /** {@code struct hvm_memmap_table_entry}: u64 addr, u64 size, u32 type, u32 reserved. */
    static final int MEMMAP_ENTRY_SIZE = 24;
    static final int MEMMAP_ADDR_OFFSET = 0;
    static final int MEMMAP_SIZE_OFFSET = 8;
    static final int MEMMAP_TYPE_OFFSET = 16;
    /** {@code XEN_HVM_MEMMAP_TYPE_RAM}, the e820 type "usable RAM". */
    static final int MEMMAP_TYPE_RAM = 1;

    private PvhStartInfo() {
    }

    static void emitRoutines(TextSection t) {
        MacroAssembler a = t.asm();

        t.function("pvh_memory_end");
        Label done = new Label();
        Label entry = new Label();
        Label next = new Label();
        a.xorl(RAX, RAX);
        a.cmpl(Address.of(RDI, MAGIC_OFFSET), MAGIC);
        a.jcc(Condition.NE, done);
        a.cmpl(Address.of(RDI, VERSION_OFFSET), FIRST_VERSION_WITH_MEMMAP);
        a.jcc(Condition.B, done);
        a.movl(RCX, Address.of(RDI, MEMMAP_ENTRIES_OFFSET));
        a.movq(RSI, Address.of(RDI, MEMMAP_PADDR_OFFSET));
        a.bind(entry);
        a.testl(RCX, RCX);
        a.jcc(Condition.E, done);
        a.cmpl(Address.of(RSI, MEMMAP_TYPE_OFFSET), MEMMAP_TYPE_RAM);
        a.jcc(Condition.NE, next);
        a.movq(RDX, Address.of(RSI, MEMMAP_ADDR_OFFSET));
        a.addq(RDX, Address.of(RSI, MEMMAP_SIZE_OFFSET));
        a.cmpq(RDX, RAX);
        a.cmovq(Condition.A, RAX, RDX); // keep the highest end
        a.bind(next);
        a.addq(RSI, MEMMAP_ENTRY_SIZE);
        a.decl(RCX);
        a.jmp(entry);
        a.bind(done);
        a.ret();

        t.function("pvh_cmdline");
        Label none = new Label();
        a.xorl(RAX, RAX);
        a.cmpl(Address.of(RDI, MAGIC_OFFSET), MAGIC);
        a.jcc(Condition.NE, none);
        a.movq(RAX, Address.of(RDI, CMDLINE_PADDR_OFFSET));
        a.bind(none);
        a.ret();
    }
}
