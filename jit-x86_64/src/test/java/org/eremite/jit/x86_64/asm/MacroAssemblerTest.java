package org.eremite.jit.x86_64.asm;

import static org.eremite.jit.x86_64.asm.EncodingTestSupport.REGISTERS;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.check;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.listedMacro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.LittleEndian;
import org.eremite.vm.asm.Relocation;
import org.junit.jupiter.api.Test;

class MacroAssemblerTest {
    /** The four constant-loading forms load64 may emit, interpreted from their bytes (SDM vol. 2, MOV and XOR). */
    private static long[] evaluate(byte[] code) {
        long[] registers = new long[16];
        Arrays.fill(registers, 0xDEAD_BEEF_DEAD_BEEFL);
        int at = 0;
        while (at < code.length) {
            int rex = 0;
            if ((code[at] & 0xF0) == 0x40) {
                rex = code[at++] & 0xF;
            }
            boolean w = (rex & 8) != 0;
            int opcode = code[at++] & 0xFF;
            if (opcode == 0x31) {                          // xor r/m32, r32
                int modrm = code[at++] & 0xFF;
                int reg = (modrm >> 3 & 7) | (rex & 4) << 1;
                int rm = (modrm & 7) | (rex & 1) << 3;
                assertEquals(0xC0, modrm & 0xC0);
                long value = (registers[rm] ^ registers[reg]) & 0xFFFF_FFFFL;
                registers[rm] = w ? registers[rm] ^ registers[reg] : value;
            } else if (opcode >= 0xB8 && opcode <= 0xBF) { // mov r32, imm32 / movabs r64, imm64
                int reg = (opcode & 7) | (rex & 1) << 3;
                if (w) {
                    registers[reg] = LittleEndian.getI64(code, at);
                    at += 8;
                } else {
                    registers[reg] = LittleEndian.getI32(code, at) & 0xFFFF_FFFFL;
                    at += 4;
                }
            } else if (opcode == 0xC7 && w) {              // mov r/m64, simm32
                int modrm = code[at++] & 0xFF;
                assertEquals(0xC0, modrm & 0xF8);
                registers[(modrm & 7) | (rex & 1) << 3] = LittleEndian.getI32(code, at);
                at += 4;
            } else {
                throw new AssertionError("unexpected opcode 0x" + Integer.toHexString(opcode) + " at " + (at - 1));
            }
        }
        return registers;
    }

    private static List<Long> constants() {
        List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0xFFFF_FFFFL,
                0x8000_0000L, -0x8000_0000L, -0x8000_0001L, 0x7FFF_FFFFL, 0x1_0000_0000L, 0xFFFF_0000_0000L,
                0x1234_0000_0000_5678L, 0x0000_FFFF_0000_FFFFL, 0xFFFF_FFFF_0000_0000L, 0x5555_5555_5555_5555L,
                (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE));
        Random random = new Random(51);
        for (int i = 0; i < 40; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        return values;
    }

    /** The shortest length any x86 sequence can load {@code value} with, by the rules of the encodings. */
    private static int shortestLength(Register r, long value, boolean mayClobberFlags) {
        int rex = r.encoding() >= 8 ? 1 : 0;
        if (value == 0 && mayClobberFlags) {
            return 2 + rex;
        }
        if (value >>> 32 == 0) {
            return 5 + rex;
        }
        if (value == (int) value) {
            return 7;
        }
        return 10;
    }

    @Test
    void load64ComputesEveryValueInTheShortestSequence() {
        for (Register r : REGISTERS) {
            for (long value : constants()) {
                MacroAssembler a = listedMacro();
                a.load64(r, value);
                byte[] code = a.code().toByteArray();
                assertEquals(value, evaluate(code)[r.encoding()], () -> r + " = 0x" + Long.toHexString(value));
                assertEquals(shortestLength(r, value, true), code.length, () -> "length of loading 0x" + Long.toHexString(value));

                MacroAssembler keeping = listedMacro();
                keeping.load64KeepingFlags(r, value);
                byte[] keepingCode = keeping.code().toByteArray();
                assertEquals(value, evaluate(keepingCode)[r.encoding()]);
                assertEquals(shortestLength(r, value, false), keepingCode.length);
                assertTrue(keeping.listing().entries().stream().noneMatch(e -> e.text().startsWith("xor")),
                        "load64KeepingFlags leaves the flags alone");
            }
        }
    }

    @Test
    void constantLoadsAndHelpersMatchGnuAs() {
        MacroAssembler a = listedMacro();
        for (Register r : REGISTERS) {
            for (long value : constants()) {
                a.load64(r, value);
                a.load64KeepingFlags(r, value);
                a.load32(r, (int) value);
            }
        }
        Label here = new Label("here");
        a.bind(here);
        a.loadAddress(Register.RAX, here);
        a.loadAddress(Register.R15, "some_symbol");
        a.loadAbsoluteAddress(Register.RBX, "some_symbol");
        a.callFar("far_function", Register.R11);
        a.jumpFar("far_function", Register.RAX);
        a.enterFrame(32);
        a.enterFrame(0);
        a.leaveFrame();
        check(a);
    }

    @Test
    void compareAndBranchUsesTestForZeroAndMatchesGnuAs() {
        MacroAssembler a = listedMacro();
        Label back = new Label("back");
        Label forward = new Label("forward");
        a.bind(back);
        int start = a.position();
        a.cmpqAndJcc(Condition.E, Register.RAX, 0, back);
        assertEquals(3 + 2, a.position() - start, "test rax, rax; je back (short)");
        for (Condition cc : Condition.values()) {
            a.cmpqAndJcc(cc, Register.R8, Register.RBX, back);
            a.cmpqAndJcc(cc, Register.RCX, 100000, forward);
            a.cmpqAndJcc(cc, Register.RCX, Address.of(Register.RSP, 16), forward);
            a.cmplAndJcc(cc, Register.RDX, Register.R10, forward);
            a.cmplAndJcc(cc, Register.RDX, 0, back);
            a.cmplAndJcc(cc, Register.R13, -5, back);
            a.cmplAndJcc(cc, Register.RDX, Address.rip(forward), back);
            a.testqAndJcc(cc, Register.RSI, 0x40, forward);
        }
        a.jump(back);
        a.jump(forward);
        a.bind(forward);
        a.ret();
        check(a);
    }

    @Test
    void farCallsGoThroughAnAbsoluteRelocation() {
        MacroAssembler a = new MacroAssembler();
        a.callFar("far_function", Register.R11);
        byte[] code = a.finish();
        assertEquals(13, code.length);
        Relocation r = a.relocations().get(0);
        assertEquals(RelocationType.R_X86_64_64, r.kind());
        assertEquals(2, r.offset());
        assertEquals("far_function", r.symbol());
        r.apply(code, 0x1000, 0x7FFF_0000_1234L);
        assertEquals(0x7FFF_0000_1234L, evaluate(Arrays.copyOf(code, 10))[Register.R11.encoding()]);
        assertEquals(List.of((byte) 0x41, (byte) 0xFF, (byte) 0xD3),
                List.of(code[10], code[11], code[12]), "call r11");
    }
}
