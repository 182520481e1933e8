package org.eremite.boot.riscv64;

/**
 * Where the riscv64 image and everything the stub needs live in physical memory, which the identity
 * map makes virtual memory too. All regions are page-aligned, in this order from the load address:
 * <pre>
 * 0x80200000  text     code, then read-only constants (strings, tables)    R X
 * DATA_BASE   data     the five Sv39 page tables, then the data variables  R W
 * BSS_BASE    bss      zero-initialized variables, cleared by the stub     R W
 * STACKS_BASE stacks   trap stack guard | trap stack | boot stack guard | boot stack
 * </pre>
 * The guard pages are unmapped, so running off the bottom of either stack faults. The stacks are not
 * part of the cleared BSS (clearing would touch the guard pages, and a stack needs no zeroes).
 * Everything fits in the 2 MiB megapage at the load address, the one region the page tables split
 * into 4 KiB pages.
 */
public final class MemoryLayout {
    public static final long PAGE_SIZE = 4096;
    /** Sv39 superpage sizes (priv 4.4.1): a level-1 leaf maps 2 MiB, a level-2 leaf 1 GiB. */
    public static final long MEGAPAGE_SIZE = 2L << 20;
    public static final long GIGAPAGE_SIZE = 1L << 30;

    /** Start of RAM on QEMU virt ({@code VIRT_DRAM} in hw/riscv/virt.c). */
    public static final long RAM_BASE = 0x8000_0000L;
    /**
     * The end of what an Sv39 identity map can reach: virtual addresses must sign-extend bit 38
     * (priv 4.4.1), so non-negative ones end at 256 GiB. RAM is mapped up to here whatever {@code -m} says.
     */
    public static final long IDENTITY_MAP_END = 1L << 38;
    /** [0, RAM_BASE) holds only devices on QEMU virt (test device, UART, PLIC, CLINT, PCIe windows...). */
    public static final long DEVICE_WINDOW_END = RAM_BASE;
    /**
     * The first 2 MiB of RAM belong to OpenSBI, protected by PMP: mapping them is harmless, touching them
     * faults. The image is loaded right after (BOOT-FACTS.md; OpenSBI's FW_JUMP_ADDR on virt).
     */
    public static final long KERNEL_BASE = RAM_BASE + MEGAPAGE_SIZE;
    /** The megapage holding the whole image, mapped with 4 KiB pages so that guard pages can be holes. */
    public static final long IMAGE_MEGAPAGE = KERNEL_BASE & -MEGAPAGE_SIZE;

    public static final long TEXT_BASE = KERNEL_BASE;
    /** Room for code and constants; SmokeImage checks the text fits. */
    public static final long TEXT_LIMIT = 256 << 10;

    public static final long DATA_BASE = TEXT_BASE + TEXT_LIMIT;
    /** Sv39's root table (level 2): 512 entries of 1 GiB. satp points here. */
    public static final long ROOT_TABLE = DATA_BASE;
    /** Level 1 for [0, 1 GiB): devices, its first 2 MiB through {@link #LOW_TABLE}. */
    public static final long DEVICE_TABLE = ROOT_TABLE + PAGE_SIZE;
    /** Level 0 for [0, 2 MiB): 4 KiB pages, so that page 0 stays unmapped and null dereferences trap. */
    public static final long LOW_TABLE = DEVICE_TABLE + PAGE_SIZE;
    /** Level 1 for [2 GiB, 3 GiB): RAM megapages, the image's megapage through {@link #IMAGE_TABLE}. */
    public static final long RAM_TABLE = LOW_TABLE + PAGE_SIZE;
    /** Level 0 for the image's megapage. */
    public static final long IMAGE_TABLE = RAM_TABLE + PAGE_SIZE;
    public static final int PAGE_TABLE_COUNT = 5;
    /** Initialized variables after the tables. */
    public static final long DATA_VARIABLES = DATA_BASE + PAGE_TABLE_COUNT * PAGE_SIZE;
    /** Nesting depth of the trap handler (a 64-bit word, 0 at boot: initialized data, valid before BSS is cleared). */
    public static final long TRAP_DEPTH = DATA_VARIABLES;
    public static final long DATA_SIZE = (PAGE_TABLE_COUNT + 1) * PAGE_SIZE;

    public static final long BSS_BASE = DATA_BASE + DATA_SIZE;
    /** The hart id OpenSBI passed in a0 (64-bit word). */
    public static final long BOOT_HART_ID = BSS_BASE;
    /** The device tree address OpenSBI passed in a1 (64-bit word). */
    public static final long BOOT_DTB = BSS_BASE + 8;
    public static final long BSS_SIZE = PAGE_SIZE;

    public static final long STACKS_BASE = BSS_BASE + BSS_SIZE;
    public static final long TRAP_STACK_GUARD = STACKS_BASE;
    public static final long TRAP_STACK = TRAP_STACK_GUARD + PAGE_SIZE;
    public static final long TRAP_STACK_SIZE = 16 << 10;
    /** Where sp starts in the trap handler; kept in sscratch while the kernel runs. */
    public static final long TRAP_STACK_TOP = TRAP_STACK + TRAP_STACK_SIZE;
    public static final long BOOT_STACK_GUARD = TRAP_STACK_TOP;
    public static final long BOOT_STACK = BOOT_STACK_GUARD + PAGE_SIZE;
    public static final long BOOT_STACK_SIZE = 64 << 10;
    public static final long BOOT_STACK_TOP = BOOT_STACK + BOOT_STACK_SIZE;
    public static final long STACKS_SIZE = BOOT_STACK_TOP - STACKS_BASE;

    public static final long IMAGE_END = BOOT_STACK_TOP;

    static {
        if (IMAGE_END > IMAGE_MEGAPAGE + MEGAPAGE_SIZE) {
            throw new ExceptionInInitializerError("the riscv64 image layout ends at 0x" + Long.toHexString(IMAGE_END)
                    + ", beyond the megapage at 0x" + Long.toHexString(IMAGE_MEGAPAGE) + " that PageTables splits");
        }
    }

    private MemoryLayout() {
    }

    /** True for the unmapped pages: page 0 and the two stack guards. */
    public static boolean isGuardPage(long address) {
        long page = address & -PAGE_SIZE;
        return page == 0 || page == TRAP_STACK_GUARD || page == BOOT_STACK_GUARD;
    }
}
