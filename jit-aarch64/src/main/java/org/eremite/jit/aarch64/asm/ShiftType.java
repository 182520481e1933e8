package org.eremite.jit.aarch64.asm;

/** The shift applied to the second register of shifted-register forms (field {@code shift}, bits 23:22). */
public enum ShiftType {
    LSL, LSR, ASR, ROR;

    public int encoding() {
        return ordinal();
    }

    public String asmName() {
        return name().toLowerCase();
    }
}
