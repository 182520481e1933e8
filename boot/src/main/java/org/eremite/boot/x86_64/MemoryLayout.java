package org.eremite.boot.x86_64;

/**
 * Where everything of an x86_64 image lives, in physical addresses (the stub maps them 1:1). Everything the
 * stub needs at a fixed size comes first, from {@link #LOAD_ADDRESS} up; the text (stub, then payload) comes
 * last, so that a larger payload moves nothing:
 * <pre>
 *   0x100000  .data  PML4, 2 PDPTs, 4 page directories, the page table of the first 2 MiB  (PageTables)
 *   0x108000         GDT, GDT and IDT pointers, TSS; 0x109000 IDT                          (DescriptorTables)
 *   0x10a000  .bss   boot_stack_guard: one page, never mapped
 *   0x10b000         boot stack (64 KiB, grows down towards the guard)
 *   0x11b000         IST stacks: page fault, double fault, NMI and machine check (8 KiB each)
 *   0x121000         stub variables (one page): the trap nesting byte, the VM platform's words
 *   0x122000  .text  the PVH entry (first byte), the rest of the stub, the payload
 * </pre>
 * Every address here is below 2 MiB, inside the one region that the page tables map with 4 KiB pages.
 */
public final class MemoryLayout {
    /** The size of a page mapped by a page-table entry (SDM vol. 3, 4.5, "4-Level Paging"). */
    public static final long PAGE_SIZE = 0x1000;
    /** The size of a page mapped by a page-directory entry with PS=1 (SDM vol. 3, 4.5). */
    public static final long LARGE_PAGE_SIZE = 0x20_0000;
    /** The size of a page mapped by a PDPT entry with PS=1 (SDM vol. 3, 4.5; needs CPUID.80000001H:EDX.Page1GB). */
    public static final long HUGE_PAGE_SIZE = 0x4000_0000;

    /** 1 MiB: above the real-mode IVT, BIOS data and option ROMs; QEMU's PVH loader and Linux both accept it (BOOT-FACTS.md). */
    public static final long LOAD_ADDRESS = 0x10_0000;

    // ---------------------------------------------------------------- .data: paging structures
    public static final long PML4 = LOAD_ADDRESS;
    /** The page-directory-pointer tables of PML4 entries 0 and 1, 512 GiB each. */
    public static final long PDPTS = PML4 + PAGE_SIZE;
    public static final int PDPT_COUNT = 2;
    /** Page directories with 2 MiB pages for the first 4 GiB, one per GiB. */
    public static final long PAGE_DIRECTORIES = PDPTS + PDPT_COUNT * PAGE_SIZE;
    public static final int PAGE_DIRECTORY_COUNT = 4;
    /** The page table with 4 KiB pages for [0, 2 MiB): page 0, the image and the guard page live there. */
    public static final long LOW_PAGE_TABLE = PAGE_DIRECTORIES + PAGE_DIRECTORY_COUNT * PAGE_SIZE;
    public static final long PAGE_TABLES_END = LOW_PAGE_TABLE + PAGE_SIZE;

    // ---------------------------------------------------------------- .data: descriptor tables
    public static final long GDT = PAGE_TABLES_END;
    /** The 10-byte limit and base that lgdt reads (SDM vol. 3, "Segment Descriptor Tables"; lgdt in vol. 2). */
    public static final long GDT_POINTER = GDT + 0x40;
    /** The 10-byte limit and base that lidt reads (SDM vol. 3, 6.10, "Interrupt Descriptor Table"). */
    public static final long IDT_POINTER = GDT + 0x50;
    /** The 64-bit TSS, 104 bytes (SDM vol. 3, 8.7, "Task Management in 64-bit Mode"). */
    public static final long TSS = GDT + 0x80;
    /** Room for all 256 gates of 16 bytes (SDM vol. 3, 6.14.1); the IDT limit covers the 32 exception vectors. */
    public static final long IDT = GDT + PAGE_SIZE;
    public static final long DATA_END = IDT + PAGE_SIZE;

    // ---------------------------------------------------------------- .bss
    public static final long BSS_START = DATA_END;
    /** Unmapped, so that a stack overflow faults instead of overwriting the tables below it. */
    public static final long BOOT_STACK_GUARD = BSS_START;
    public static final long BOOT_STACK_BOTTOM = BOOT_STACK_GUARD + PAGE_SIZE;
    public static final long BOOT_STACK_SIZE = 0x1_0000;
    public static final long BOOT_STACK_TOP = BOOT_STACK_BOTTOM + BOOT_STACK_SIZE;
    /** Size of each interrupt stack (IST) of the TSS. */
    public static final long IST_STACK_SIZE = 0x2000;
    /** IST1: page faults, so that a fault on an overflowing stack does not need that stack. */
    public static final long PAGE_FAULT_STACK_TOP = BOOT_STACK_TOP + IST_STACK_SIZE;
    /** IST2: double faults. */
    public static final long DOUBLE_FAULT_STACK_TOP = PAGE_FAULT_STACK_TOP + IST_STACK_SIZE;
    /** IST3: NMI and machine check, which can arrive while any other handler runs. */
    public static final long MACHINE_CHECK_STACK_TOP = DOUBLE_FAULT_STACK_TOP + IST_STACK_SIZE;
    public static final long STUB_VARIABLES = MACHINE_CHECK_STACK_TOP;
    /** A byte set by the first trap: a trap while it is set powers off without a second dump. */
    public static final long TRAP_NESTING = STUB_VARIABLES;
    /** The words of the VM platform routines ({@link VmPlatform}, {@link Clock}), from here on in the same page. */
    public static final long PLATFORM_VARIABLES = STUB_VARIABLES + 0x40;
    public static final long BSS_END = STUB_VARIABLES + PAGE_SIZE;
    /** The stub clears [BSS_CLEAR_START, BSS_END): everything of the BSS but the unmapped guard page. */
    public static final long BSS_CLEAR_START = BOOT_STACK_BOTTOM;

    // ---------------------------------------------------------------- .text
    /** The PVH entry, the first byte of the text. */
    public static final long TEXT_START = BSS_END;
    /** The text must end below 2 MiB, where the 4 KiB page table (and its read-only text pages) ends. */
    public static final long TEXT_LIMIT = LARGE_PAGE_SIZE;

    // ---------------------------------------------------------------- beyond the stub
    /**
     * Where an image puts its compiled code: the first 2 MiB page above the stub's region. The page tables map
     * [2 MiB, 3 GiB) writable and executable with 2 MiB pages ({@link PageTables}), so code and data placed here
     * need no change to the tables (the run-time compiler writes code there too).
     */
    public static final long COMPILED_CODE_START = LARGE_PAGE_SIZE;

    // ---------------------------------------------------------------- physical address space
    /**
     * Start of the MMIO hole below 4 GiB: QEMU's microvm puts at most 3 GiB of RAM below 4 GiB (the rest at
     * 4 GiB and up; hw/i386/microvm.c, microvm_memory_init) and its devices above (virtio-mmio 0xfeb00000,
     * I/O APIC 0xfec00000, local APIC 0xfee00000 as in SDM vol. 3, "Local APIC Status and Location").
     */
    public static final long MMIO_START = 0xC000_0000L;
    public static final long FOUR_GIB = 0x1_0000_0000L;
    /**
     * Everything below this is identity-mapped, whatever {@code -m} says: 1 TiB, the whole physical address
     * space of QEMU's TCG CPUs (40 bits: CPUID 80000008H:EAX[7:0] reads 40 with {@code -cpu max} on QEMU 7.2),
     * so all RAM the machine can have.
     */
    public static final long MAPPED_END = PDPT_COUNT * 512 * HUGE_PAGE_SIZE;

    private MemoryLayout() {
    }
}
