package org.eremite.jit.aarch64.asm;

/**
 * The extension applied to the second register of extended-register forms and of register-offset
 * addresses (field {@code option}, ARM ARM C6.2.4 "ADD (extended register)").
 */
public enum ExtendType {
    UXTB, UXTH, UXTW, UXTX, SXTB, SXTH, SXTW, SXTX;

    public int encoding() {
        return ordinal();
    }

    /** Whether the extended register is read as 64 bits ({@code x}) rather than 32 ({@code w}). */
    public boolean readsX() {
        return this == UXTX || this == SXTX;
    }

    public String asmName() {
        return name().toLowerCase();
    }
}
