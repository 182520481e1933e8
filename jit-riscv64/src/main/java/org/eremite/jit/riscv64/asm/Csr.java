package org.eremite.jit.riscv64.asm;

/**
 * The control and status registers a kernel and the compiled code use, with their numbers from the
 * privileged spec (section 2.2, tables 2.2 to 2.5) and the F extension (unprivileged spec section 11.2).
 * The listing prints the lowercase name, which GNU as knows.
 */
public enum Csr {
    // Unprivileged floating-point CSRs (unprivileged spec 11.2).
    FFLAGS(0x001), FRM(0x002), FCSR(0x003),
    // Unprivileged counters (Zicntr; read-only).
    CYCLE(0xC00), TIME(0xC01), INSTRET(0xC02),
    // Supervisor CSRs (privileged spec chapter 4; stimecmp from the Sstc extension).
    SSTATUS(0x100), SIE(0x104), STVEC(0x105), SCOUNTEREN(0x106), SENVCFG(0x10A),
    SSCRATCH(0x140), SEPC(0x141), SCAUSE(0x142), STVAL(0x143), SIP(0x144), STIMECMP(0x14D),
    SATP(0x180),
    // Machine information registers (read-only).
    MVENDORID(0xF11), MARCHID(0xF12), MIMPID(0xF13), MHARTID(0xF14),
    // Machine trap setup and handling (privileged spec chapter 3).
    MSTATUS(0x300), MISA(0x301), MEDELEG(0x302), MIDELEG(0x303), MIE(0x304), MTVEC(0x305),
    MCOUNTEREN(0x306), MENVCFG(0x30A),
    MSCRATCH(0x340), MEPC(0x341), MCAUSE(0x342), MTVAL(0x343), MIP(0x344),
    // Physical memory protection, first entry.
    PMPCFG0(0x3A0), PMPADDR0(0x3B0);

    private final int number;
    private final String text = name().toLowerCase(java.util.Locale.ROOT);

    Csr(int number) {
        this.number = number;
    }

    /** The 12-bit CSR address. */
    public int number() {
        return number;
    }

    /** True if writing the CSR raises an illegal-instruction exception: address bits [11:10] are 0b11 (privileged spec 2.1). */
    public boolean isReadOnly() {
        return (number >>> 10) == 0b11;
    }

    @Override
    public String toString() {
        return text;
    }
}
