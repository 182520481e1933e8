package org.eremite.jit.riscv64.asm;

import org.eremite.vm.asm.AbstractAssembler;
import org.eremite.vm.asm.testing.GnuBinutils;

/** The encoding tests' access to GNU as: an assembler with the listing on, and the round-trip check. */
final class GnuAs {
    private GnuAs() {
    }

    static MacroAssembler listingAssembler() {
        MacroAssembler a = new MacroAssembler();
        a.enableListing();
        return a;
    }

    /** Requires as to assemble the listing into the same bytes; returns the number of instructions and data checked. */
    static int assertSameAsGnuAs(AbstractAssembler a) {
        GnuBinutils.RISCV64.assertAssemblesIdentically(a);
        int checked = (int) a.listing().entries().stream().filter(e -> !e.isLabel()).count();
        System.out.println(Thread.currentThread().getStackTrace()[2].getMethodName() + ": " + checked
                + " listing entries assemble identically");
        return checked;
    }
}
