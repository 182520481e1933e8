package org.eremite.jit.aarch64.asm;

/** The PSTATE fields that {@code msr (immediate)} writes (ARM ARM C6.2.230): op1 and op2 of the encoding. */
public enum PStateField {
    /** Sets the D, A, I, F mask bits given by the 4-bit immediate (bit 1 = IRQ). */
    DAIFSET(3, 6),
    /** Clears the D, A, I, F mask bits given by the 4-bit immediate. */
    DAIFCLR(3, 7),
    /** Selects SP_EL0 (0) or SP_ELx (1). */
    SPSEL(0, 5);

    private final int op1;
    private final int op2;

    PStateField(int op1, int op2) {
        this.op1 = op1;
        this.op2 = op2;
    }

    int op1() {
        return op1;
    }

    int op2() {
        return op2;
    }

    public String asmName() {
        return name().toLowerCase();
    }
}
