package org.eremite.image.elf;

/** The ISAs Eremite targets, with their ELF {@code e_machine} and {@code e_flags} (the psABIs). */
public enum ElfMachine {
    X86_64(62, 0),
    AARCH64(183, 0),
    /** riscv64: {@code EF_RISCV_FLOAT_ABI_DOUBLE} (0x4), LP64D; no RVC, since Jasm emits no compressed code. */
    RISCV64(243, 0x4);

    private final int machine;
    private final int flags;

    ElfMachine(int machine, int flags) {
        this.machine = machine;
        this.flags = flags;
    }

    /** The ISA's name as the command line and BootImage spell it: {@code x86_64}, {@code aarch64}, {@code riscv64}. */
    public String isa() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The machine of an ISA name. */
    public static ElfMachine forIsa(String isa) {
        for (ElfMachine m : values()) {
            if (m.isa().equals(isa)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown ISA '" + isa + "'");
    }

    public int machine() {
        return machine;
    }

    public int flags() {
        return flags;
    }
}
