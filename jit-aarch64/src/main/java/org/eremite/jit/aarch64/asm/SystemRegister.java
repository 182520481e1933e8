package org.eremite.jit.aarch64.asm;

/**
 * System registers for {@code mrs}/{@code msr}, with their (op0, op1, CRn, CRm, op2) encodings from the
 * ARM ARM, chapter D19 "AArch64 System Register Descriptions". The set is what a kernel at EL1 (and a
 * boot stub dropping from EL2) needs; read-only registers reject {@code msr}.
 */
public enum SystemRegister {
    // Identification (D19.2): read-only.
    MIDR_EL1(3, 0, 0, 0, 0, true),
    MPIDR_EL1(3, 0, 0, 0, 5, true),
    ID_AA64PFR0_EL1(3, 0, 0, 4, 0, true),
    ID_AA64ISAR0_EL1(3, 0, 0, 6, 0, true),
    ID_AA64MMFR0_EL1(3, 0, 0, 7, 0, true),
    ID_AA64MMFR1_EL1(3, 0, 0, 7, 1, true),
    // System control and memory management at EL1.
    SCTLR_EL1(3, 0, 1, 0, 0, false),
    ACTLR_EL1(3, 0, 1, 0, 1, false),
    CPACR_EL1(3, 0, 1, 0, 2, false),
    TTBR0_EL1(3, 0, 2, 0, 0, false),
    TTBR1_EL1(3, 0, 2, 0, 1, false),
    TCR_EL1(3, 0, 2, 0, 2, false),
    MAIR_EL1(3, 0, 10, 2, 0, false),
    AMAIR_EL1(3, 0, 10, 3, 0, false),
    PAR_EL1(3, 0, 7, 4, 0, false),
    CONTEXTIDR_EL1(3, 0, 13, 0, 1, false),
    TPIDR_EL1(3, 0, 13, 0, 4, false),
    TPIDR_EL0(3, 3, 13, 0, 2, false),
    TPIDRRO_EL0(3, 3, 13, 0, 3, false),
    // Exceptions.
    VBAR_EL1(3, 0, 12, 0, 0, false),
    ISR_EL1(3, 0, 12, 1, 0, true),
    ESR_EL1(3, 0, 5, 2, 0, false),
    FAR_EL1(3, 0, 6, 0, 0, false),
    ELR_EL1(3, 0, 4, 0, 1, false),
    SPSR_EL1(3, 0, 4, 0, 0, false),
    SP_EL0(3, 0, 4, 1, 0, false),
    SPSEL(3, 0, 4, 2, 0, false),
    CURRENTEL(3, 0, 4, 2, 2, true),
    DAIF(3, 3, 4, 2, 1, false),
    NZCV(3, 3, 4, 2, 0, false),
    FPCR(3, 3, 4, 4, 0, false),
    FPSR(3, 3, 4, 4, 1, false),
    // Generic timer (D11).
    CNTFRQ_EL0(3, 3, 14, 0, 0, false),
    CNTPCT_EL0(3, 3, 14, 0, 1, true),
    CNTVCT_EL0(3, 3, 14, 0, 2, true),
    CNTP_TVAL_EL0(3, 3, 14, 2, 0, false),
    CNTP_CTL_EL0(3, 3, 14, 2, 1, false),
    CNTP_CVAL_EL0(3, 3, 14, 2, 2, false),
    CNTV_TVAL_EL0(3, 3, 14, 3, 0, false),
    CNTV_CTL_EL0(3, 3, 14, 3, 1, false),
    CNTV_CVAL_EL0(3, 3, 14, 3, 2, false),
    CNTKCTL_EL1(3, 0, 14, 1, 0, false),
    // EL2, for a boot stub entered at EL2.
    SCTLR_EL2(3, 4, 1, 0, 0, false),
    HCR_EL2(3, 4, 1, 1, 0, false),
    MDCR_EL2(3, 4, 1, 1, 1, false),
    CPTR_EL2(3, 4, 1, 1, 2, false),
    HSTR_EL2(3, 4, 1, 1, 3, false),
    VTTBR_EL2(3, 4, 2, 1, 0, false),
    SPSR_EL2(3, 4, 4, 0, 0, false),
    ELR_EL2(3, 4, 4, 0, 1, false),
    SP_EL1(3, 4, 4, 1, 0, false),
    ESR_EL2(3, 4, 5, 2, 0, false),
    FAR_EL2(3, 4, 6, 0, 0, false),
    VBAR_EL2(3, 4, 12, 0, 0, false),
    CNTHCTL_EL2(3, 4, 14, 1, 0, false),
    CNTVOFF_EL2(3, 4, 14, 0, 3, false),
    VPIDR_EL2(3, 4, 0, 0, 0, false),
    VMPIDR_EL2(3, 4, 0, 0, 5, false);

    private final int op0;
    private final int op1;
    private final int crn;
    private final int crm;
    private final int op2;
    private final boolean readOnly;

    SystemRegister(int op0, int op1, int crn, int crm, int op2, boolean readOnly) {
        this.op0 = op0;
        this.op1 = op1;
        this.crn = crn;
        this.crm = crm;
        this.op2 = op2;
        this.readOnly = readOnly;
    }

    /** The o0:op1:CRn:CRm:op2 field (bits 19:5 of {@code mrs}/{@code msr}). */
    int field() {
        return (op0 & 1) << 14 | op1 << 11 | crn << 7 | crm << 3 | op2;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public String asmName() {
        return name().toLowerCase();
    }
}
