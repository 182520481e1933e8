package org.eremite.jit.x86_64.asm;

/**
 * The segment registers that {@code mov} can read and write, in their encoding order (SDM vol. 2,
 * 3.1.1.1, MOV—Move, "Sreg"; ModRM.reg of opcodes 8C and 8E). In 64-bit mode only the selectors of
 * SS (and the bases of FS and GS) still matter, but a boot stub must load selectors of its own GDT.
 */
public enum SegmentRegister {
    ES, CS, SS, DS, FS, GS;

    /** The number that goes in the ModRM reg field. */
    public int encoding() {
        return ordinal();
    }

    @Override
    public String toString() {
        return name().toLowerCase();
    }
}
