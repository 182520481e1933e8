package org.eremite.boot.aarch64;

/**
 * Where everything of the aarch64 image lives, in physical (= virtual: the map is an identity map)
 * addresses on QEMU's {@code virt} machine.
 *
 * <pre>
 * 0x4000_0000  RAM_BASE        start of RAM; QEMU puts the device tree here (DTB_ADDRESS)
 * 0x4020_0000  TEXT_BASE       text: boot stub (the entry is its first byte), vectors, routines, strings
 * 0x4024_0000  DATA_BASE       the four page tables, built at build time
 * 0x4024_4000  BSS_BASE        zero-initialized variables (cleared by the stub)
 * 0x4024_5000  BOOT_STACK_GUARD  unmapped page: a boot-stack overflow traps here
 * 0x4024_6000  BOOT_STACK      64 KiB, grows down from BOOT_STACK_TOP (SP_EL0)
 * 0x4025_6000  TRAP_STACK_GUARD  unmapped page below the trap stack
 * 0x4025_7000  TRAP_STACK      16 KiB, grows down from TRAP_STACK_TOP (SP_EL1)
 * 0x4025_b000  IMAGE_END
 * </pre>
 *
 * The whole image lies inside the one 2 MiB block at {@link #IMAGE_BLOCK} that {@link PageTables} maps
 * with 4 KiB pages, so that guard pages can be left out of the map.
 */
public final class MemoryLayout {
    /** The translation granule: 4 KiB pages (TCR_EL1.TG0 = 0b00). */
    public static final long PAGE_SIZE = 4096;
    /** A level 2 block: 2 MiB with the 4 KiB granule (ARM ARM D8, "Translation table descriptor formats"). */
    public static final long BLOCK_2M = 2L << 20;
    /** A level 1 block: 1 GiB with the 4 KiB granule. */
    public static final long BLOCK_1G = 1L << 30;

    /** Start of RAM on virt (QEMU hw/arm/virt.c, memory map entry VIRT_MEM). */
    public static final long RAM_BASE = 0x4000_0000L;
    /**
     * End of virt's RAM window in its classic memory map: RAM_BASE plus 255 GiB (LEGACY_RAMLIMIT_GB in QEMU
     * hw/arm/virt.c), i.e. 256 GiB, where the high MMIO region begins. Everything in [RAM_BASE, RAM_LIMIT)
     * is mapped as normal memory whatever -m says. (virt accepts more RAM with highmem and moves the high
     * MMIO region above it; that needs a larger address space than 39 bits and is not supported.)
     */
    public static final long RAM_LIMIT = 256 * BLOCK_1G;
    /** The 39-bit virtual address space (TCR_EL1.T0SZ = 25): 512 GiB, the reach of one level 1 table. */
    public static final long VA_LIMIT = 1L << 39;
    /**
     * Where QEMU places the device tree for an ELF kernel: the start of RAM, provided the image is loaded
     * at least 2 MiB above it (BOOT-FACTS.md; x0 is 0 for ELF kernels, so the stub must know this address).
     */
    public static final long DTB_ADDRESS = RAM_BASE;

    /** The load address and entry point: 2 MiB into RAM, see DTB_ADDRESS. */
    public static final long TEXT_BASE = RAM_BASE + BLOCK_2M;
    public static final long LOAD_ADDRESS = TEXT_BASE;
    /** Room reserved for text; the build fails if the code outgrows it. */
    public static final long TEXT_LIMIT = 256 << 10;

    /** The level 1 (root) table, loaded into TTBR0_EL1. Tables must be 4 KiB aligned. */
    public static final long DATA_BASE = TEXT_BASE + TEXT_LIMIT;
    public static final long L1_TABLE = DATA_BASE;
    /** Level 2 table for [0, 1 GiB): devices, with the block holding address 0 left out. */
    public static final long LOW_L2_TABLE = L1_TABLE + PAGE_SIZE;
    /** Level 2 table for [1 GiB, 2 GiB): the first GiB of RAM, which holds the image. */
    public static final long RAM_L2_TABLE = LOW_L2_TABLE + PAGE_SIZE;
    /** Level 3 table for the 2 MiB block that holds the image, page by page. */
    public static final long IMAGE_L3_TABLE = RAM_L2_TABLE + PAGE_SIZE;
    public static final int PAGE_TABLE_COUNT = 4;
    public static final long DATA_SIZE = PAGE_TABLE_COUNT * PAGE_SIZE;

    /** Zero-initialized variables; the stub clears [BSS_BASE, BSS_BASE + BSS_SIZE). */
    public static final long BSS_BASE = DATA_BASE + DATA_SIZE;
    public static final long BSS_SIZE = PAGE_SIZE;
    /** How many traps are being reported (TrapEntry): 0, then 1 while the first is dumped. */
    public static final long TRAP_DEPTH = BSS_BASE;

    public static final long BOOT_STACK_GUARD = BSS_BASE + BSS_SIZE;
    public static final long BOOT_STACK = BOOT_STACK_GUARD + PAGE_SIZE;
    public static final long BOOT_STACK_SIZE = 64 << 10;
    public static final long BOOT_STACK_TOP = BOOT_STACK + BOOT_STACK_SIZE;
    public static final long TRAP_STACK_GUARD = BOOT_STACK_TOP;
    public static final long TRAP_STACK = TRAP_STACK_GUARD + PAGE_SIZE;
    public static final long TRAP_STACK_SIZE = 16 << 10;
    public static final long TRAP_STACK_TOP = TRAP_STACK + TRAP_STACK_SIZE;
    public static final long IMAGE_END = TRAP_STACK_TOP;

    /** The 2 MiB block that the level 3 table maps. */
    public static final long IMAGE_BLOCK = TEXT_BASE & -BLOCK_2M;

    static {
        if (IMAGE_END > IMAGE_BLOCK + BLOCK_2M || IMAGE_BLOCK < RAM_BASE + BLOCK_2M
                || IMAGE_BLOCK >= RAM_BASE + BLOCK_1G) {
            throw new AssertionError("the image must lie in one 2 MiB block of the first GiB of RAM, above the DTB");
        }
    }

    private MemoryLayout() {
    }

    /** Whether {@code address} is in one of the two unmapped guard pages. */
    public static boolean isGuardPage(long address) {
        return address >= BOOT_STACK_GUARD && address < BOOT_STACK_GUARD + PAGE_SIZE
                || address >= TRAP_STACK_GUARD && address < TRAP_STACK_GUARD + PAGE_SIZE;
    }
}
