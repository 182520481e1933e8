package org.eremite.jit.x86_64.asm;

/**
 * The control registers that {@code mov} can read and write (SDM vol. 2, MOV—Move to/from Control
 * Registers; vol. 3, 2.5). CR8 (the task priority register) needs REX.R and exists only in 64-bit mode.
 */
public enum ControlRegister {
    CR0(0), CR2(2), CR3(3), CR4(4), CR8(8);

    private final int encoding;

    ControlRegister(int encoding) {
        this.encoding = encoding;
    }

    /** The number that goes in the ModRM reg field (and REX.R). */
    public int encoding() {
        return encoding;
    }

    @Override
    public String toString() {
        return "cr" + encoding;
    }
}
