package org.eremite.jit.aarch64.asm;

/**
 * The cache and TLB maintenance operations a kernel uses, all aliases of {@code sys} (ARM ARM C5.3):
 * {@code tlbi} (CRn 8), {@code dc} and {@code ic} (CRn 7). Each knows whether it takes a register operand
 * (an address or an ASID); the assembler checks the call matches.
 */
public enum SystemOperation {
    TLBI_VMALLE1("tlbi", "vmalle1", 0, 8, 7, 0, false),
    TLBI_VMALLE1IS("tlbi", "vmalle1is", 0, 8, 3, 0, false),
    TLBI_VAE1("tlbi", "vae1", 0, 8, 7, 1, true),
    TLBI_VAE1IS("tlbi", "vae1is", 0, 8, 3, 1, true),
    TLBI_ASIDE1("tlbi", "aside1", 0, 8, 7, 2, true),
    TLBI_ASIDE1IS("tlbi", "aside1is", 0, 8, 3, 2, true),
    TLBI_VAAE1("tlbi", "vaae1", 0, 8, 7, 3, true),
    TLBI_VAAE1IS("tlbi", "vaae1is", 0, 8, 3, 3, true),
    TLBI_VALE1("tlbi", "vale1", 0, 8, 7, 5, true),
    TLBI_VALE1IS("tlbi", "vale1is", 0, 8, 3, 5, true),
    TLBI_ALLE2("tlbi", "alle2", 4, 8, 7, 0, false),
    DC_IVAC("dc", "ivac", 0, 7, 6, 1, true),
    DC_CVAC("dc", "cvac", 3, 7, 10, 1, true),
    DC_CVAU("dc", "cvau", 3, 7, 11, 1, true),
    DC_CIVAC("dc", "civac", 3, 7, 14, 1, true),
    DC_ZVA("dc", "zva", 3, 7, 4, 1, true),
    IC_IALLUIS("ic", "ialluis", 0, 7, 1, 0, false),
    IC_IALLU("ic", "iallu", 0, 7, 5, 0, false),
    IC_IVAU("ic", "ivau", 3, 7, 5, 1, true);

    private final String mnemonic;
    private final String operation;
    private final int op1;
    private final int crn;
    private final int crm;
    private final int op2;
    private final boolean takesRegister;

    SystemOperation(String mnemonic, String operation, int op1, int crn, int crm, int op2, boolean takesRegister) {
        this.mnemonic = mnemonic;
        this.operation = operation;
        this.op1 = op1;
        this.crn = crn;
        this.crm = crm;
        this.op2 = op2;
        this.takesRegister = takesRegister;
    }

    /** {@code tlbi}, {@code dc} or {@code ic}. */
    public String mnemonic() {
        return mnemonic;
    }

    /** The operation's name in GNU as syntax ({@code vae1is}, {@code civac}). */
    public String operation() {
        return operation;
    }

    public boolean takesRegister() {
        return takesRegister;
    }

    /** The op1:CRn:CRm:op2 field (bits 18:5 of {@code sys}). */
    int field() {
        return op1 << 11 | crn << 7 | crm << 3 | op2;
    }
}
