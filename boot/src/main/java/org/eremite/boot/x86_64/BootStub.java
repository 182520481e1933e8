package org.eremite.boot.x86_64;

import static org.eremite.jit.x86_64.asm.Register.R12;
import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RBP;
import static org.eremite.jit.x86_64.asm.Register.RBX;
import static org.eremite.jit.x86_64.asm.Register.RCX;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RDX;
import static org.eremite.jit.x86_64.asm.Register.RSI;
import static org.eremite.jit.x86_64.asm.Register.RSP;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.eremite.boot.BootImage;
import org.eremite.boot.SmokeImageContract;
import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.jit.x86_64.asm.ControlRegister;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.jit.x86_64.asm.SegmentRegister;
import org.eremite.vm.asm.Label;

/**
 * The x86_64 entry: from the Xen PVH boot ABI's 32-bit protected mode (paging off, ebx = the physical address of
 * {@code hvm_start_info}) to a 64-bit C call of the entry function with that address in rdi. In order:
 * <ol>
 *   <li>32-bit: interrupts off; check that the CPU has long mode, NX and 1 GiB pages; load the GDT; CR4.PAE and
 *       the SSE bits; CR3 = the build-time PML4; EFER.LME and NXE; CR0.PG (with WP, caches on, FPU native);
 *       far jump into the 64-bit code segment (SDM vol. 3, 9.8.5, "Initializing IA-32e Mode");</li>
 *   <li>64-bit: data segments; the TSS and the IDT; clear the BSS; the boot stack; the x87 state; the UART,
 *       which prints STX first; call the entry function (rbp = 0 ends the frame chain). If it returns, its
 *       result is the exit status.</li>
 * </ol>
 * {@link #link} then places text, tables and BSS as {@link MemoryLayout} says and adds the PVH note.
 */
public final class BootStub {
    /** {@code XEN_ELFNOTE_PHYS32_ENTRY}: the note whose descriptor is the 32-bit physical entry (Xen, public/elfnote.h). */
    public static final int XEN_ELFNOTE_PHYS32_ENTRY = 18;
    public static final String XEN_NOTE_OWNER = "Xen";

    // CR0 bits (SDM vol. 3, 2.5, "Control Registers").
    static final int CR0_PE = 1 << 0;
    /** Monitor coprocessor: with TS, wait/fwait trap too; set for SSE as SDM vol. 3, 13.1.3 says. */
    static final int CR0_MP = 1 << 1;
    /** Emulation: must be clear, or x87 and SSE instructions trap (SDM vol. 3, 13.1.3). */
    static final int CR0_EM = 1 << 2;
    /** Task switched: clear, so the first FP instruction does not raise #NM. */
    static final int CR0_TS = 1 << 3;
    /** Numeric error: native x87 error reporting (#MF) instead of the PC-style external interrupt. */
    static final int CR0_NE = 1 << 5;
    /** Write protect: supervisor writes honour read-only pages (the text). */
    static final int CR0_WP = 1 << 16;
    /** Not write-through and cache disable: both clear, so the caches work as the page tables say. */
    static final int CR0_NW = 1 << 29;
    static final int CR0_CD = 1 << 30;
    static final int CR0_PG = 1 << 31;
    // CR4 bits (SDM vol. 3, 2.5).
    static final int CR4_PAE = 1 << 5;
    /** The OS saves SSE state with fxsave: SSE instructions are allowed (SDM vol. 3, 13.1.3). */
    static final int CR4_OSFXSR = 1 << 9;
    /** The OS handles #XM, so unmasked SIMD floating-point exceptions raise it instead of #UD. */
    static final int CR4_OSXMMEXCPT = 1 << 10;
    /** IA32_EFER (SDM vol. 4, MSR 0xC0000080): LME enables IA-32e mode, NXE the XD bit of the page tables. */
    static final int IA32_EFER = 0xC000_0080;
    static final int EFER_LME = 1 << 8;
    static final int EFER_NXE = 1 << 11;
    // CPUID (SDM vol. 2, CPUID): the highest extended leaf, and leaf 80000001H's EDX feature bits.
    static final int CPUID_EXTENDED_MAXIMUM = 0x8000_0000;
    static final int CPUID_EXTENDED_FEATURES = 0x8000_0001;
    static final int CPUID_EDX_NX = 1 << 20;
    static final int CPUID_EDX_PAGE_1GB = 1 << 26;
    static final int CPUID_EDX_LONG_MODE = 1 << 29;
    static final int REQUIRED_FEATURES = CPUID_EDX_NX | CPUID_EDX_PAGE_1GB | CPUID_EDX_LONG_MODE;

    static final String UNSUPPORTED_CPU = SmokeImageContract.CONSOLE_START
            + "*** Eremite needs an x86_64 CPU with long mode, NX and 1 GiB pages (CPUID 80000001H:EDX bits 29, 20, 26)\n";

    private BootStub() {
    }

    /**
     * Emits the entry (the first bytes of the text: the PVH entry must be at {@link MemoryLayout#TEXT_START})
     * and the stub's routines; {@code entryFunction} is the routine the stub calls with the start info.
     */
    public static void emit(TextSection t, String entryFunction) {
        if (t.asm().position() != 0) {
            throw new IllegalStateException("the PVH entry must be the first byte of the text");
        }
        emitEntry32(t);
        emitEntry64(t, entryFunction);
        Serial.emitRoutines(t);
        PowerOff.emitRoutine(t);
        PvhStartInfo.emitRoutines(t);
        TrapEntry.emitRoutines(t);
    }

    private static void emitEntry32(TextSection t) {
        MacroAssembler a = t.asm();
        t.function("pvh_entry");
        a.code32();
        a.cli();
        a.cld();
        a.movl(RSI, RBX); // the start info; cpuid overwrites ebx

        Label unsupported = new Label();
        a.movl(RAX, CPUID_EXTENDED_MAXIMUM);
        a.cpuid();
        a.cmpl(RAX, CPUID_EXTENDED_FEATURES);
        a.jcc(Condition.B, unsupported);
        a.movl(RAX, CPUID_EXTENDED_FEATURES);
        a.cpuid();
        a.andl(RDX, REQUIRED_FEATURES);
        a.cmpl(RDX, REQUIRED_FEATURES);
        a.jcc(Condition.NE, unsupported);

        a.lgdt(Address.absolute((int) MemoryLayout.GDT_POINTER));
        a.mov(RAX, ControlRegister.CR4);
        a.orl(RAX, CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT);
        a.mov(ControlRegister.CR4, RAX);
        a.movl(RAX, (int) MemoryLayout.PML4);
        a.mov(ControlRegister.CR3, RAX);
        a.movl(RCX, IA32_EFER);
        a.rdmsr();
        a.orl(RAX, EFER_LME | EFER_NXE);
        a.wrmsr();
        a.mov(RAX, ControlRegister.CR0);
        a.andl(RAX, ~(CR0_CD | CR0_NW | CR0_EM | CR0_TS));
        a.orl(RAX, CR0_PG | CR0_WP | CR0_NE | CR0_MP | CR0_PE);
        a.mov(ControlRegister.CR0, RAX); // IA-32e mode is active now, in compatibility mode
        a.ljmp(DescriptorTables.KERNEL_CODE_SELECTOR, "long_mode_entry", 0);

        // Without long mode there is no way on: say so on the console and power off.
        a.bind(unsupported);
        a.movl(RSI, t.string(UNSUPPORTED_CPU).name(), 0);
        Serial.emitWriteInline(a, RSI, true);
        a.movl(RAX, SmokeImageContract.TRAP_EXIT_STATUS);
        PowerOff.emitInline(a);
        a.code64();
    }

    private static void emitEntry64(TextSection t, String entryFunction) {
        MacroAssembler a = t.asm();
        t.function("long_mode_entry");
        // ss must hold a selector of this GDT before the first interrupt: iretq reloads it from the frame.
        a.movl(RAX, DescriptorTables.KERNEL_DATA_SELECTOR);
        a.mov(SegmentRegister.DS, RAX);
        a.mov(SegmentRegister.ES, RAX);
        a.mov(SegmentRegister.SS, RAX);
        a.xorl(RAX, RAX);
        a.mov(SegmentRegister.FS, RAX);
        a.mov(SegmentRegister.GS, RAX);
        a.movl(R12, RSI); // the start info, zero-extended: the upper halves are undefined after the switch

        a.lidt(Address.absolute((int) MemoryLayout.IDT_POINTER));
        a.movl(RAX, DescriptorTables.TSS_SELECTOR);
        a.ltr(RAX);

        // Clear the BSS (not the guard page, which is not mapped) before anything uses the stack in it.
        Label clear = new Label();
        a.movl(RDI, (int) MemoryLayout.BSS_CLEAR_START);
        a.movl(RCX, (int) ((MemoryLayout.BSS_END - MemoryLayout.BSS_CLEAR_START) / 8));
        a.xorl(RAX, RAX);
        a.bind(clear);
        a.movq(Address.of(RDI), RAX);
        a.addq(RDI, 8);
        a.decl(RCX);
        a.jcc(Condition.NE, clear);

        a.movl(RSP, (int) MemoryLayout.BOOT_STACK_TOP);
        a.xorl(RBP, RBP);
        a.fninit(); // a defined x87 state; SSE's MXCSR is 0x1f80 (all masked, round to nearest) from reset
        a.call(t.label("serial_init"));
        a.movl(RDI, SmokeImageContract.CONSOLE_START);
        a.call(t.label("serial_putc"));
        a.movq(RDI, R12);
        a.call(t.label(entryFunction));
        a.movl(RDI, RAX);
        a.jmp(t.label("power_off"));
    }

    /**
     * Links the text of {@code t} (stub and payload) with the build-time tables into an image: .data (page
     * tables and descriptor tables), .bss (guard page, stacks, variables) and .text, the PVH note, and
     * symbols for every routine and table. If the text was already linked ({@link TextSection#link(java.util.Map)}
     * with external symbols), that result is used.
     */
    public static BootImage link(TextSection t) {
        byte[] text = t.link();
        long textEnd = MemoryLayout.TEXT_START + text.length;
        long[] handlers = new long[DescriptorTables.EXCEPTION_VECTORS];
        for (int vector = 0; vector < handlers.length; vector++) {
            handlers[vector] = t.addressOf(TrapEntry.stubName(vector));
        }
        byte[] pageTables = PageTables.build(MemoryLayout.TEXT_START, textEnd);
        byte[] descriptors = DescriptorTables.build(handlers);
        byte[] data = new byte[(int) (MemoryLayout.DATA_END - MemoryLayout.LOAD_ADDRESS)];
        System.arraycopy(pageTables, 0, data, (int) (MemoryLayout.PML4 - MemoryLayout.LOAD_ADDRESS), pageTables.length);
        System.arraycopy(descriptors, 0, data, (int) (MemoryLayout.GDT - MemoryLayout.LOAD_ADDRESS), descriptors.length);

        long page = MemoryLayout.PAGE_SIZE;
        List<BootImage.Segment> segments = List.of(
                new BootImage.Segment(".data", MemoryLayout.LOAD_ADDRESS, data, data.length, true, false, page),
                new BootImage.Segment(".bss", MemoryLayout.BSS_START, new byte[0],
                        MemoryLayout.BSS_END - MemoryLayout.BSS_START, true, false, page),
                new BootImage.Segment(".text", MemoryLayout.TEXT_START, text, text.length, false, true, page));

        List<BootImage.Symbol> symbols = new ArrayList<>(t.symbols());
        data(symbols, "pml4", MemoryLayout.PML4, page);
        data(symbols, "pdpts", MemoryLayout.PDPTS, MemoryLayout.PDPT_COUNT * page);
        data(symbols, "page_directories", MemoryLayout.PAGE_DIRECTORIES, MemoryLayout.PAGE_DIRECTORY_COUNT * page);
        data(symbols, "low_page_table", MemoryLayout.LOW_PAGE_TABLE, page);
        data(symbols, "gdt", MemoryLayout.GDT, DescriptorTables.GDT_ENTRIES * 8);
        data(symbols, "gdt_pointer", MemoryLayout.GDT_POINTER, 10);
        data(symbols, "idt_pointer", MemoryLayout.IDT_POINTER, 10);
        data(symbols, "tss", MemoryLayout.TSS, DescriptorTables.TSS_SIZE);
        data(symbols, "idt", MemoryLayout.IDT, DescriptorTables.EXCEPTION_VECTORS * DescriptorTables.GATE_SIZE);
        data(symbols, "boot_stack_guard", MemoryLayout.BOOT_STACK_GUARD, page);
        data(symbols, "boot_stack", MemoryLayout.BOOT_STACK_BOTTOM, MemoryLayout.BOOT_STACK_SIZE);
        data(symbols, "page_fault_stack", MemoryLayout.PAGE_FAULT_STACK_TOP - MemoryLayout.IST_STACK_SIZE,
                MemoryLayout.IST_STACK_SIZE);
        data(symbols, "double_fault_stack", MemoryLayout.DOUBLE_FAULT_STACK_TOP - MemoryLayout.IST_STACK_SIZE,
                MemoryLayout.IST_STACK_SIZE);
        data(symbols, "machine_check_stack", MemoryLayout.MACHINE_CHECK_STACK_TOP - MemoryLayout.IST_STACK_SIZE,
                MemoryLayout.IST_STACK_SIZE);
        data(symbols, "trap_nesting", MemoryLayout.TRAP_NESTING, 1);

        List<BootImage.Note> notes = List.of(pvhEntryNote(MemoryLayout.TEXT_START));
        return new BootImage("x86_64", MemoryLayout.TEXT_START, segments, symbols, notes);
    }

    /**
     * The PVH note that makes QEMU enter the image in 32-bit mode at {@code entry}, a physical address below 4 GiB.
     * QEMU 7.2 (read_pvh_start_addr) reads the descriptor of an ELF64 image as a 64-bit word, as Linux writes it.
     */
    public static BootImage.Note pvhEntryNote(long entry) {
        if (entry < 0 || entry >= 1L << 32) {
            throw new IllegalArgumentException("PVH entry 0x" + Long.toHexString(entry) + " is not a 32-bit address");
        }
        byte[] descriptor = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(entry).array();
        return new BootImage.Note(XEN_NOTE_OWNER, XEN_ELFNOTE_PHYS32_ENTRY, descriptor);
    }

    private static void data(List<BootImage.Symbol> symbols, String name, long address, long size) {
        symbols.add(new BootImage.Symbol(name, address, size, false));
    }
}
