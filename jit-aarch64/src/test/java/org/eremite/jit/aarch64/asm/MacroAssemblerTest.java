package org.eremite.jit.aarch64.asm;

import static org.eremite.jit.aarch64.asm.Jasm.check;
import static org.eremite.jit.aarch64.asm.Jasm.listedMacro;
import static org.eremite.jit.aarch64.asm.Jasm.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eremite.vm.asm.AssemblyListing;
import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.LittleEndian;
import org.eremite.vm.asm.Relocation;
import org.junit.jupiter.api.Test;

class MacroAssemblerTest {
    private static List<Long> interestingLongs() {
        List<Long> values = new ArrayList<>(List.of(0L, -1L, 1L, -2L, Long.MIN_VALUE, Long.MAX_VALUE,
                (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, 0xFFFFL, 0x10000L, 0xFFFF_0000L, 0x1234_5678L,
                0x5555_5555_5555_5555L, 0x0F0F_0F0F_0F0F_0F0FL, 0x0000_FFFF_0000_FFFFL, 0xFFFF_0000_FFFF_0000L,
                0x1234_0000_0000_5678L, 0xFFFF_1234_FFFF_FFFFL, 0x1234_5678_9ABC_DEF0L, 0x0F0F_0F0F_0F0F_1234L,
                0x00FF_00FF_1234_5678L, 0x8000_0000_0000_0001L, 0x4000_0000_0000L, 0xDEAD_BEEFL, 0xFFFF_FFFF_DEAD_BEEFL));
        Random random = random();
        int[] halves = {0, 0xFFFF};
        for (int i = 0; i < 1500; i++) {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 16) {
                int kind = random.nextInt(3);
                long half = kind == 2 ? random.nextInt(0x10000) : halves[kind];
                v |= half << shift;
            }
            values.add(v);
            values.add(random.nextLong());
        }
        return values;
    }

    /** The length the best movz/movn sequence has; the macro must never be longer. */
    private static int moveWideLength(long value, int size) {
        int zeros = 0;
        int ones = 0;
        for (int shift = 0; shift < size; shift += 16) {
            long half = value >>> shift & 0xFFFF;
            zeros += half == 0 ? 1 : 0;
            ones += half == 0xFFFF ? 1 : 0;
        }
        return Math.max(1, Math.min(size / 16 - zeros, size / 16 - ones));
    }

    @Test
    void sixtyFourBitConstantsAreComputedExactlyInFewInstructions() {
        MacroAssembler asm = listedMacro();
        List<Long> values = interestingLongs();
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            int start = asm.position();
            asm.mov(64, Register.r(i % 31), values.get(i));
            ranges.add(new int[] {start, asm.position()});
        }
        byte[] code = asm.code().toByteArray();
        for (int i = 0; i < values.size(); i++) {
            long value = values.get(i);
            Evaluator cpu = new Evaluator();
            cpu.set(Register.r(i % 31), 0x5A5A_5A5A_5A5A_5A5AL); // garbage that the sequence must overwrite
            cpu.run(code, ranges.get(i)[0], ranges.get(i)[1]);
            assertEquals(value, cpu.get(Register.r(i % 31)), () -> "mov of 0x" + Long.toHexString(value));
            int length = (ranges.get(i)[1] - ranges.get(i)[0]) / 4;
            assertTrue(length <= moveWideLength(value, 64), "0x" + Long.toHexString(value) + " took " + length);
            if (LogicalImmediate.isEncodable(64, value)) {
                assertEquals(1, length, "a bitmask immediate is one orr: 0x" + Long.toHexString(value));
            }
        }
        check(asm);
    }

    @Test
    void knownConstantsTakeTheShortestSequence() {
        assertEquals(1, MacroAssembler.movLength(0));
        assertEquals(1, MacroAssembler.movLength(-1));
        assertEquals(1, MacroAssembler.movLength(Long.MIN_VALUE));
        assertEquals(1, MacroAssembler.movLength(Long.MAX_VALUE));
        assertEquals(1, MacroAssembler.movLength(0x5555_5555_5555_5555L));
        assertEquals(1, MacroAssembler.movLength(0xFFFF_FFFF_FFFF_1234L));
        assertEquals(2, MacroAssembler.movLength(0x1234_5678L));
        assertEquals(2, MacroAssembler.movLength(0x0F0F_0F0F_0F0F_1234L), "orr + movk");
        assertEquals(3, MacroAssembler.movLength(0x00FF_00FF_1234_5678L), "orr + 2 movk");
        assertEquals(4, MacroAssembler.movLength(0x1234_5678_9ABC_DEF0L));
    }

    @Test
    void thirtyTwoBitConstantsAreComputedExactly() {
        MacroAssembler asm = listedMacro();
        Random random = random();
        List<Integer> values = new ArrayList<>(List.of(0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xFFFF, 0x10000,
                0xFFFF0000, 0x0000FFFF, 0x12345678, 0x55555555, 0xF0F0F0F0, 0xFFFF1234, 0x1234FFFF));
        for (int i = 0; i < 500; i++) {
            values.add(random.nextInt());
        }
        for (int i = 0; i < values.size(); i++) {
            int start = asm.position();
            asm.mov(32, Register.R3, values.get(i));
            Evaluator cpu = new Evaluator();
            cpu.set(Register.R3, -1);
            cpu.run(asm.code().toByteArray(), start, asm.position());
            assertEquals(values.get(i) & 0xFFFF_FFFFL, cpu.get(Register.R3), "mov w3, " + values.get(i));
            assertTrue(asm.position() - start <= 8);
        }
        asm.mov(32, Register.R3, 0xFFFF_FFFFL);
        check(asm);
    }

    @Test
    void addAndSubtractOfAnyImmediateComputeTheSum() {
        MacroAssembler asm = listedMacro();
        long[] immediates = {0, 1, -1, 4095, -4095, 4096, 0x123000, 0x123456, -0x123456, 0xFFFFFF, 0x1000000, -0x1000000,
            0x1234_5678_9ABCL, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE};
        Register[][] operands = {{Register.R0, Register.R1}, {Register.SP, Register.SP}, {Register.R2, Register.SP},
            {Register.SP, Register.R3}, {Register.R4, Register.R4}};
        long base = 0x0123_4567_89AB_CDEFL;
        for (int size : Jasm.SIZES) {
            for (Register[] ops : operands) {
                for (long imm : immediates) {
                    for (boolean subtract : new boolean[] {false, true}) {
                        int start = asm.position();
                        if (subtract) {
                            asm.subConstant(size, ops[0], ops[1], imm);
                        } else {
                            asm.addConstant(size, ops[0], ops[1], imm);
                        }
                        Evaluator cpu = new Evaluator();
                        cpu.set(ops[1], base);
                        cpu.run(asm.code().toByteArray(), start, asm.position());
                        long expected = subtract ? base - imm : base + imm;
                        if (size == 32) {
                            expected &= 0xFFFF_FFFFL;
                        }
                        String what = (subtract ? "sub" : "add") + size + " " + ops[0] + ", " + ops[1] + ", " + imm;
                        assertEquals(expected, cpu.get(ops[0]), what);
                    }
                }
            }
        }
        check(asm);
    }

    @Test
    void logicalAndCompareWithAnyImmediateMatchGnuAs() {
        MacroAssembler asm = listedMacro();
        for (long imm : new long[] {0xFF, 0x12345, -1, 0, 0xFFFF_0000_FFFFL}) {
            asm.andConstant(64, Register.R0, Register.R1, imm);
            asm.orrConstant(64, Register.R0, Register.R1, imm);
            asm.eorConstant(32, Register.R0, Register.R1, imm);
            asm.cmpConstant(64, Register.R1, imm);
            asm.cmpConstant(32, Register.R1, -imm);
        }
        check(asm);
        int before = asm.position();
        asm.andConstant(64, Register.R0, Register.R1, 0xFF);
        assertEquals(4, asm.position() - before, "an encodable mask needs no scratch register");
    }

    @Test
    void literalPoolLoadsTheirConstantsAndSharesIdenticalOnes() {
        MacroAssembler asm = listedMacro();
        long[] values = {0x1122_3344_5566_7788L, -1, 0x1122_3344_5566_7788L, 42};
        for (int i = 0; i < values.length; i++) {
            asm.ldrLiteral(Register.r(i), values[i]);
        }
        asm.ldrLiteral(64, FloatRegister.V1, Double.doubleToRawLongBits(Math.PI));
        asm.ldrLiteral(32, FloatRegister.V2, Float.floatToRawIntBits(1.1f));
        assertEquals(5, asm.pendingLiterals(), "the repeated constant shares a slot");
        asm.ret();
        check(asm);
        byte[] code = asm.finish();
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], literalLoadedAt(code, 4 * i));
        }
        assertEquals(Double.doubleToRawLongBits(Math.PI), literalLoadedAt(code, 16));
        assertEquals(Float.floatToRawIntBits(1.1f), (int) literalLoadedAt(code, 20));
    }

    /** The 8 bytes that the ldr literal at {@code at} reads. */
    private static long literalLoadedAt(byte[] code, int at) {
        int word = LittleEndian.getI32(code, at);
        assertEquals(0x18000000, word & 0x3B000000, "ldr literal at 0x" + Integer.toHexString(at));
        int offset = (word << 8 >> 13) * 4;
        assertEquals(0, (at + offset) % 4);
        return LittleEndian.getI64(code, at + offset);
    }

    @Test
    void literalPoolIsFlushedOnDemandBehindABranch() {
        MacroAssembler asm = listedMacro();
        asm.ldrLiteral(Register.R0, 7);
        asm.flushLiteralPool();
        assertEquals(0, asm.pendingLiterals());
        asm.ret();
        check(asm);
        byte[] code = asm.finish();
        assertEquals(7, literalLoadedAt(code, 0));
        int branch = LittleEndian.getI32(code, 4);
        assertEquals(0x14000000, branch & 0xFC000000, "a b around the pool");
        int over = 4 + (branch & 0x3FFFFFF) * 4;
        assertEquals(0xD65F03C0, LittleEndian.getI32(code, over), "the branch lands on the next instruction");
    }

    @Test
    void literalPoolIsEmittedBeforeItsOldestLoadGoesOutOfReach() {
        MacroAssembler asm = listedMacro();
        List<Integer> loads = new ArrayList<>();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            if (i % 10_000 == 0) {
                loads.add(asm.position());
                expected.add(0x1000L + i);
                asm.ldrLiteral(Register.R1, 0x1000L + i);
            } else {
                asm.add(64, Register.R2, Register.R2, 1);
            }
        }
        assertTrue(asm.pendingLiterals() < 30, "some pool was flushed on the way");
        check(asm);
        byte[] code = asm.finish();
        for (int i = 0; i < loads.size(); i++) {
            assertEquals(expected.get(i), literalLoadedAt(code, loads.get(i)));
        }
    }

    @Test
    void compareAndBranchUsesTheShortestTestForZero() {
        MacroAssembler asm = listedMacro();
        Label target = new Label("target");
        asm.bind(target);
        asm.compareAndBranch(64, Condition.EQ, Register.R0, 0, target);
        asm.compareAndBranch(32, Condition.NE, Register.R1, 0, target);
        asm.compareAndBranch(64, Condition.LT, Register.R2, 0, target);
        asm.compareAndBranch(32, Condition.GE, Register.R3, 0, target);
        assertEquals(16, asm.position(), "cbz, cbnz, tbnz, tbz: one instruction each");
        asm.compareAndBranch(64, Condition.GT, Register.R4, 0, target);
        asm.compareAndBranch(64, Condition.LO, Register.R4, -5, target);
        asm.compareAndBranch(64, Condition.HI, Register.R4, 0x1234_5678L, target);
        asm.compareAndBranch(32, Condition.LE, Register.R4, Register.R5, target);
        asm.branchFar(Condition.VS, target);
        check(asm);
        List<String> text = texts(asm.listing());
        assertEquals(List.of("cbz x0, target", "cbnz w1, target", "tbnz x2, #63, target", "tbz w3, #31, target",
                "cmp x4, #0", "b.gt target", "cmn x4, #5", "b.lo target"), text.subList(0, 8));
    }

    @Test
    void farCallsAndSymbolAddressesUseAdrpAndAdd() {
        MacroAssembler asm = listedMacro();
        asm.farCall("callee");
        asm.farJump("elsewhere");
        asm.loadAddress(Register.R0, "table", 16);
        asm.callAbsolute(0x4008_0000L);
        check(asm);
        List<Relocation> relocations = asm.relocations();
        assertEquals(6, relocations.size());
        assertEquals(RelocationType.R_AARCH64_ADR_PREL_PG_HI21, relocations.get(0).kind());
        assertEquals(RelocationType.R_AARCH64_ADD_ABS_LO12_NC, relocations.get(1).kind());
        assertEquals("callee", relocations.get(1).symbol());
        assertEquals(List.of("adrp x16, callee", "add x16, x16, :lo12:callee", "blr x16"), texts(asm.listing()).subList(0, 3));
    }

    @Test
    void addressesAtAnyOffsetFitTheAccess() {
        MacroAssembler asm = listedMacro();
        long[] offsets = {0, 8, -8, 32760, 32768, -257, 1 << 20, -(1L << 33), 3};
        for (long offset : offsets) {
            asm.ldr(64, Register.R0, asm.address(8, Register.R1, offset));
            asm.str(32, Register.R0, asm.address(4, Register.SP, offset));
            asm.ldrb(Register.R0, asm.address(1, Register.R16, offset));
            asm.ldr(128, FloatRegister.V0, asm.address(16, Register.R2, offset));
        }
        check(asm);
        assertTrue(texts(asm.listing()).contains("ldrb w0, [x16, x17]"), "x17 when the base is x16");
    }

    @Test
    void remainderAndFloatConstantsMatchGnuAs() {
        MacroAssembler asm = listedMacro();
        asm.srem(64, Register.R0, Register.R1, Register.R2);
        asm.urem(32, Register.R3, Register.R3, Register.R4);
        asm.fmovConstant(64, FloatRegister.V0, 0.0);
        asm.fmovConstant(64, FloatRegister.V1, 1.5);
        asm.fmovConstant(64, FloatRegister.V2, 0.1);
        asm.fmovConstant(32, FloatRegister.V3, 0.1f);
        asm.fmovConstant(32, FloatRegister.V4, -2.0);
        check(asm);
        assertEquals(List.of("sdiv x16, x1, x2", "msub x0, x16, x2, x1", "udiv w16, w3, w4", "msub w3, w16, w4, w3",
                "fmov d0, xzr", "fmov d1, #1.5"), texts(asm.listing()).subList(0, 6));
    }

    private static List<String> texts(AssemblyListing listing) {
        List<String> result = new ArrayList<>();
        for (AssemblyListing.Entry e : listing.entries()) {
            if (!e.isLabel()) {
                result.add(e.text());
            }
        }
        return result;
    }
}
