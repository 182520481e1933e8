package org.eremite.jit.aarch64.asm;

import java.util.Random;
import org.eremite.vm.asm.testing.GnuBinutils;

/** Shared test helpers: listed assemblers, register spreads and the GNU as check. */
final class Jasm {
    static final int[] SIZES = {32, 64};

    private Jasm() {
    }

    static Assembler listed() {
        Assembler asm = new Assembler();
        asm.enableListing();
        return asm;
    }

    static MacroAssembler listedMacro() {
        MacroAssembler asm = new MacroAssembler();
        asm.enableListing();
        return asm;
    }

    /** Fixed seed: failures reproduce. */
    static Random random() {
        return new Random(0xE4E417EL);
    }

    /** Register i in [0, 31], where 31 is the zero register. */
    static Register zr(int i) {
        i &= 31;
        return i == 31 ? Register.ZR : Register.r(i);
    }

    /** Register i in [0, 31], where 31 is sp. */
    static Register sp(int i) {
        i &= 31;
        return i == 31 ? Register.SP : Register.r(i);
    }

    /** Register i in [0, 30]. */
    static Register gpr(int i) {
        return Register.r(Math.floorMod(i, 31));
    }

    static FloatRegister v(int i) {
        return FloatRegister.v(i & 31);
    }

    /** Requires that GNU as turns the listing into the same bytes; returns how many instructions that checked. */
    static int check(org.eremite.vm.asm.AbstractAssembler asm) {
        GnuBinutils.AARCH64.assertAssemblesIdentically(asm);
        return asm.position() / 4;
    }
}
