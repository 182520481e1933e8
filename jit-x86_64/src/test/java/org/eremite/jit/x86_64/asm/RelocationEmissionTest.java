package org.eremite.jit.x86_64.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eremite.vm.asm.Relocation;
import org.eremite.vm.asm.testing.GnuBinutils;
import org.junit.jupiter.api.Test;

/** The relocations Jasm records are the ones GNU as writes for the same listing (offset, type, symbol, addend). */
class RelocationEmissionTest {
    @Test
    void relocationsMatchThoseGnuAsWritesForTheSameListing() {
        MacroAssembler a = new MacroAssembler();
        a.enableListing();
        a.call("callee");
        a.jmp("tail_callee");
        a.movq(Register.RAX, Address.rip("global_field"));
        a.movq(Register.R9, Address.rip("global_field", 16));
        a.cmpl(Address.rip("counter"), 7);
        a.cmpl(Address.rip("counter"), 70000);
        a.cmpw(Address.rip("flags", -2), 1000);
        a.roundsd(FloatRegister.XMM9, Address.rip("constant"), 1);
        a.movabs(Register.R11, "far_function", 0);
        a.movabs(Register.RAX, "table", 64);
        a.loadAddress(Register.RDI, "message");
        a.callFar("far_function", Register.R11);
        a.movq(Register.RAX, Address.absolute("kernel_global", 8));
        a.movq(Address.of(Register.R12, "kernel_table", 0), 100000);
        a.movl(Register.RCX, Address.indexed(Register.RBX, Address.Scale.TIMES_4, "jump_table", 0));
        a.lgdt(Address.absolute("gdt_pointer", 0));
        a.movl(Register.R10, "low_symbol", 0);
        a.movq(Register.R10, "kernel_symbol", -64);
        a.code32();
        a.lgdt(Address.absolute("gdt_pointer", 2));
        a.movl(Register.RAX, Address.absolute("boot_info", 0));
        a.movl(Address.absolute("boot_info", 4), Register.RAX);
        a.movl(Register.RBX, Address.absolute("boot_info", 8));
        a.movl(Register.RAX, "page_table", 3);
        a.movl(Address.absolute("page_table", 0), 3);
        a.ljmp(0x08, "long_mode_entry", 0);
        a.ljmp(0x08, "long_mode_entry", 12);
        a.code64();

        List<String> ours = new ArrayList<>();
        for (Relocation r : a.relocations()) {
            ours.add(String.format("%x %s %s %d", r.offset(), r.kind().name(), r.symbol(), r.addend()));
        }
        assertEquals(readRelocations(a.listing().toSource()), ours);
    }

    private static List<String> readRelocations(String source) {
        List<String> result = new ArrayList<>();
        for (GnuBinutils.ElfRelocation r : GnuBinutils.X86_64.assembleObject(source).relocations()) {
            result.add(String.format("%x %s %s %d", r.offset(), r.typeName(), r.symbol(), r.addend()));
        }
        result.sort(Comparator.comparingLong(line -> Long.parseLong(line.substring(0, line.indexOf(' ')), 16)));
        return result;
    }
}
