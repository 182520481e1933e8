package org.eremite.jit.x86_64.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.testing.GnuBinutils;

/** Operand spreads and the GNU as round trip shared by the encoding tests. */
final class EncodingTestSupport {
    static final Register[] REGISTERS = Register.values();
    static final FloatRegister[] FLOAT_REGISTERS = FloatRegister.values();
    static final Condition[] CONDITIONS = Condition.values();

    private EncodingTestSupport() {
    }

    interface RR { void emit(Assembler a, Register x, Register y); }
    interface RI { void emit(Assembler a, Register x, int imm); }
    interface RM { void emit(Assembler a, Register x, Address m); }
    interface MR { void emit(Assembler a, Address m, Register x); }
    interface MI { void emit(Assembler a, Address m, int imm); }
    interface R { void emit(Assembler a, Register x); }
    interface M { void emit(Assembler a, Address m); }
    interface FF { void emit(Assembler a, FloatRegister x, FloatRegister y); }
    interface FM { void emit(Assembler a, FloatRegister x, Address m); }
    interface MF { void emit(Assembler a, Address m, FloatRegister x); }
    interface FR { void emit(Assembler a, FloatRegister x, Register y); }
    interface RF { void emit(Assembler a, Register x, FloatRegister y); }

    static Assembler listed() {
        Assembler a = new Assembler();
        a.enableListing();
        return a;
    }

    static MacroAssembler listedMacro() {
        MacroAssembler a = new MacroAssembler();
        a.enableListing();
        return a;
    }

    /** Assembles the listing with GNU as and requires the same bytes; returns the instruction count checked. */
    static int check(Assembler a) {
        GnuBinutils.X86_64.assertAssemblesIdentically(a);
        return (int) a.listing().entries().stream().filter(e -> !e.isLabel()).count();
    }

    /** Boundary immediates of the imm8/imm32 choice and a few random ones (fixed seed). */
    static int[] immediates32(long seed) {
        Random random = new Random(seed);
        int[] fixed = {0, 1, -1, 2, 127, -128, 128, -129, 255, 256, 32767, -32768, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE};
        int[] result = new int[fixed.length + 5];
        System.arraycopy(fixed, 0, result, 0, fixed.length);
        for (int i = fixed.length; i < result.length; i++) {
            result[i] = random.nextInt();
        }
        return result;
    }

    /**
     * Memory operands covering every ModRM/SIB special case: every base (rsp/r12 need a SIB, rbp/r13 a
     * displacement) with no, 8-bit and 32-bit displacements of both signs; every index with every scale;
     * no base; absolute; RIP-relative to a label (bound by the caller) and to a symbol.
     */
    static List<Address> addresses(Label ripLabel, long seed) {
        Random random = new Random(seed);
        List<Address> result = new ArrayList<>();
        int[] displacements = {0, 1, -1, 127, -128, 128, -129, 0x12345678, Integer.MIN_VALUE};
        for (Register base : REGISTERS) {
            result.add(Address.of(base));
            for (int disp : displacements) {
                result.add(Address.of(base, disp));
            }
        }
        Address.Scale[] scales = Address.Scale.values();
        int i = 0;
        for (Register index : REGISTERS) {
            if (index == Register.RSP) {
                continue;
            }
            for (Address.Scale scale : scales) {
                Register base = REGISTERS[i++ % REGISTERS.length];
                result.add(Address.of(base, index, scale, displacements[i % displacements.length]));
            }
            result.add(Address.indexed(index, scales[i % 4], random.nextInt(1 << 16) - (1 << 15)));
        }
        for (Register base : new Register[] {Register.RSP, Register.R12, Register.RBP, Register.R13}) {
            result.add(Address.of(base, Register.R13, Address.Scale.TIMES_8));
            result.add(Address.of(base, Register.RBP, Address.Scale.TIMES_1, -8));
        }
        result.add(Address.absolute(0x1000));
        result.add(Address.absolute(-8));
        result.add(Address.rip(ripLabel));
        result.add(Address.rip("external_symbol"));
        result.add(Address.rip("external_symbol", 24));
        result.add(Address.absolute("external_symbol", 0));
        result.add(Address.absolute("external_symbol", -16));
        result.add(Address.of(Register.RBX, "external_table", 8));
        result.add(Address.of(Register.R12, "external_table", 0));
        result.add(Address.of(Register.R13, "external_table", 0));
        result.add(Address.indexed(Register.R9, Address.Scale.TIMES_8, "external_table", -8));
        return result;
    }

    static Register reg(int i) {
        return REGISTERS[Math.floorMod(i, 16)];
    }

    static FloatRegister xmm(int i) {
        return FLOAT_REGISTERS[Math.floorMod(i, 16)];
    }
}
