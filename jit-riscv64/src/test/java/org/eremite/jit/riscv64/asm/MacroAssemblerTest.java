package org.eremite.jit.riscv64.asm;

import static org.eremite.jit.riscv64.asm.GnuAs.assertSameAsGnuAs;
import static org.eremite.jit.riscv64.asm.GnuAs.listingAssembler;
import static org.eremite.jit.riscv64.asm.Register.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.LittleEndian;
import org.eremite.vm.asm.Relocation;
import org.eremite.vm.asm.testing.GnuBinutils;
import org.junit.jupiter.api.Test;

/** The sequences of {@link MacroAssembler}: what they compute (on {@link Rv64Machine}), how long they are, and their listing. */
class MacroAssemblerTest {
    static List<Long> constants() {
        Set<Long> values = new LinkedHashSet<>(List.of(0L, -1L, 1L, Long.MIN_VALUE, Long.MAX_VALUE,
                (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, 0x7FFF_F800L, 0x7FFF_F7FFL, 0x8000_0000L,
                0xFFFF_FFFFL, 0x1_0000_0000L, 0x8000_0000_0000L, 0x1234_5678_9ABC_DEF0L, 0xFFFF_0000_FFFF_0000L,
                0x0000_FFFF_0000_FFFFL, 0x8000_0000_0000_0001L, 0x0101_0101_0101_0101L, 0xDEAD_BEEFL,
                0x0001_0000_0000_0001L, 0x0000_1234_0000_0000L, 0x7FFF_FFFF_FFFF_F800L, 0xFFFF_FFFF_8000_0000L,
                0xFFFF_FFFF_7FFF_F800L, 0x0000_0000_0000_0800L, -2048L, 2047L, 2048L, -2049L, 0x0FFF_FFFF_FFFF_FFFFL,
                0x00FF_00FF_00FF_00FFL, 0x5555_5555_5555_5555L, 0xAAAA_AAAA_AAAA_AAAAL, 0x7FF0_0000_0000_0000L,
                Double.doubleToRawLongBits(Math.PI), Double.doubleToRawLongBits(-0.0)));
        for (int bit = 0; bit < 64; bit++) {
            long p = 1L << bit;
            values.addAll(List.of(p, -p, p - 1, p + 1, ~p));
        }
        Random random = new Random(64);
        for (int i = 0; i < 300; i++) {
            long v = random.nextLong();
            values.add(v);
            values.add(v >> random.nextInt(64));
            values.add(v & random.nextLong() & random.nextLong());
        }
        return new ArrayList<>(values);
    }

    @Test
    void liComputesEveryConstantInAtMostEightInstructionsAndNoMoreThanGnuAsLi() {
        List<Long> values = constants();
        MacroAssembler listed = listingAssembler();
        StringBuilder gnuLi = new StringBuilder(".option norvc\n.option norelax\n");
        for (long value : values) {
            MacroAssembler a = new MacroAssembler();
            a.li(A0, value);
            byte[] code = a.finish();
            int length = code.length / 4;
            assertEquals(value, new Rv64Machine(code).set(A0, 0x5A5A).run().get(A0), () -> "li " + Long.toHexString(value));
            assertTrue(length <= 8, () -> "li " + Long.toHexString(value) + " took " + length);
            if (value == (int) value) {
                assertTrue(length <= 2, () -> "li of the 32-bit " + value + " took " + length);
            }
            listed.li(A0, value);
            listed.ebreak();
            gnuLi.append("\tli a0, ").append(value).append("\n\tebreak\n");
        }
        assertSameAsGnuAs(listed);

        byte[] ours = listed.finish();
        byte[] theirs = GnuBinutils.RISCV64.assemble(gnuLi.toString());
        List<Integer> ourLengths = sequenceLengths(ours);
        List<Integer> theirLengths = sequenceLengths(theirs);
        int saved = 0;
        for (int i = 0; i < values.size(); i++) {
            long value = values.get(i);
            int ourLength = ourLengths.get(i);
            int theirLength = theirLengths.get(i);
            assertTrue(ourLength <= theirLength, () -> "li " + Long.toHexString(value) + ": Jasm " + ourLength + ", as " + theirLength);
            saved += theirLength - ourLength;
        }
        System.out.println("li: " + values.size() + " constants, " + saved + " instructions fewer than GNU as li");
    }

    private static List<Integer> sequenceLengths(byte[] code) {
        List<Integer> lengths = new ArrayList<>();
        int count = 0;
        for (int at = 0; at < code.length; at += 4) {
            if (LittleEndian.getI32(code, at) == 0x0010_0073) {
                lengths.add(count);
                count = 0;
            } else {
                count++;
            }
        }
        return lengths;
    }

    @Test
    void laCallTailAndPcRelativeAccessesReachLabelsBeyondTheJalRange() {
        MacroAssembler a = listingAssembler();
        Label far = new Label("far");
        Label back = new Label("back");
        a.bind(back);
        a.ebreak();
        List<Integer> starts = new ArrayList<>();
        Runnable[] near = {() -> a.la(A0, far), () -> a.la(A1, back), () -> a.call(far), () -> a.tail(back, T0), () -> a.tail(far)};
        for (Runnable sequence : near) {
            starts.add(a.position());
            sequence.run();
            a.ebreak();
        }
        ControlEncodingTest.nops(a, 300_000);
        a.bind(far);
        a.ebreak();
        Runnable[] accesses = {() -> a.ld(A3, back), () -> a.lw(A4, far), () -> a.fld(FloatRegister.FA0, back, T2),
            () -> a.flw(FloatRegister.FA1, far, T2), () -> a.sd(A5, back, T3), () -> a.sw(A6, far, T3),
            () -> a.fsd(FloatRegister.FA2, back, T4), () -> a.fsw(FloatRegister.FA3, far, T4), () -> a.call(back)};
        for (Runnable sequence : accesses) {
            starts.add(a.position());
            sequence.run();
            a.ebreak();
        }
        assertSameAsGnuAs(a);

        long base = 0x8020_0000L;
        long farAddress = base + far.position();
        Rv64Machine m = new Rv64Machine(a.finish(), base);
        assertEquals(farAddress, m.runFrom(base + starts.get(0)).get(A0), "la of a forward label");
        assertEquals(base, m.runFrom(base + starts.get(1)).get(A1), "la of a backward label");
        assertEquals(farAddress, m.runFrom(base + starts.get(2)).pc, "call lands on the far label");
        assertEquals(base + starts.get(2) + 8, m.get(RA), "call links the return address");
        assertEquals(base, m.runFrom(base + starts.get(3)).pc, "tail through t0 lands on the backward label");
        assertEquals(farAddress, m.runFrom(base + starts.get(4)).pc, "tail through t1 lands on the far label");
        for (int i = 0; i < 8; i++) {
            m.runFrom(base + starts.get(5 + i));
            assertEquals(i % 2 == 0 ? base : farAddress, m.lastAccess, "pc-relative access " + i);
        }
        assertEquals(base, m.runFrom(base + starts.get(13)).pc, "call back lands on the backward label");
    }

    @Test
    void symbolPairsRecordOneRelocationThatTheLinkerResolves() {
        MacroAssembler a = listingAssembler();
        a.la(A0, "data", 24);
        a.call("callee", 0);
        a.tail("other", 0, T1);
        a.ld(A1, "global", 8);
        a.lw(A2, "global", -4);
        a.fld(FloatRegister.FT0, "constant", 0, T0);
        a.flw(FloatRegister.FT1, "constant", 8, T0);
        a.sd(A3, "global", 16, T5);
        a.sw(A3, "global", 20, T5);
        a.fsd(FloatRegister.FT2, "global", 32, T6);
        a.fsw(FloatRegister.FT3, "global", 40, T6);
        assertSameAsGnuAs(a);
        List<RelocationType> kinds = a.relocations().stream().map(r -> (RelocationType) r.kind()).toList();
        assertEquals(List.of(RelocationType.R_RISCV_PCREL_HI20_LO12_I, RelocationType.R_RISCV_CALL_PLT,
                RelocationType.R_RISCV_CALL_PLT, RelocationType.R_RISCV_PCREL_HI20_LO12_I,
                RelocationType.R_RISCV_PCREL_HI20_LO12_I, RelocationType.R_RISCV_PCREL_HI20_LO12_I,
                RelocationType.R_RISCV_PCREL_HI20_LO12_I, RelocationType.R_RISCV_PCREL_HI20_LO12_S,
                RelocationType.R_RISCV_PCREL_HI20_LO12_S, RelocationType.R_RISCV_PCREL_HI20_LO12_S,
                RelocationType.R_RISCV_PCREL_HI20_LO12_S), kinds);

        // Link: the code at 0x8000_0000, the symbols up to 2 GiB away in both directions.
        byte[] code = a.finish();
        long base = 0x8000_0000L;
        Map<String, Long> symbols = Map.of("data", base + 0x7FF0_0000L, "callee", base - 0x1234_5678L,
                "other", base + 0x800, "global", 0x1000L, "constant", base + 0x4000_0ABCL);
        for (Relocation r : a.relocations()) {
            r.apply(code, base, symbols.get(r.symbol()));
        }
        Rv64Machine m = new Rv64Machine(java.util.Arrays.copyOf(code, 8), base).run();
        assertEquals(symbols.get("data") + 24, m.get(A0));
        Rv64Machine call = new Rv64Machine(java.util.Arrays.copyOf(code, 16), base);
        call.run();
        assertEquals(symbols.get("callee"), call.pc, "call lands on the callee");
        assertEquals(base + 16, call.get(RA));
        long[] expectedAccesses = {0x1008, 0x0FFC, base + 0x4000_0ABCL, base + 0x4000_0AC4L, 0x1010, 0x1014, 0x1020, 0x1028};
        for (int i = 0; i < expectedAccesses.length; i++) {
            int at = 24 + 8 * i;
            byte[] one = java.util.Arrays.copyOfRange(code, at, at + 8);
            Rv64Machine access = new Rv64Machine(one, base + at).run();
            assertEquals(expectedAccesses[i], access.lastAccess, "access " + i);
        }
    }

    @Test
    void memoryAccessAtAnyOffsetAddressesBasePlusOffset() {
        long[] offsets = {0, 2047, -2048, 2048, -2049, 0x7FFF_F7FFL, -0x8000_0800L, 0x7FFF_F800L, -0x8000_0801L,
                1L << 40, -(1L << 40), 0x1234_5678_9ABCL, Long.MAX_VALUE, Long.MIN_VALUE};
        MacroAssembler listed = listingAssembler();
        long base = 0x40_0000_0000L;
        for (long offset : offsets) {
            for (int form = 0; form < 15; form++) {
                MacroAssembler a = new MacroAssembler();
                emitAccess(a, form, offset);
                emitAccess(listed, form, offset);
                Rv64Machine m = new Rv64Machine(a.finish()).set(A1, base).set(A2, 77).run();
                assertEquals(base + offset, m.lastAccess, "form " + form + " offset " + offset);
                assertEquals(base, m.get(A1), "base survives");
            }
            MacroAssembler add = new MacroAssembler();
            add.addi(A0, A1, offset, T0);
            listed.addi(A0, A1, offset, T0);
            assertEquals(base + offset, new Rv64Machine(add.finish()).set(A1, base).run().get(A0), "addi " + offset);
            MacroAssembler addw = new MacroAssembler();
            addw.addiw(A0, A1, (int) offset, T0);
            listed.addiw(A0, A1, (int) offset, T0);
            assertEquals((long) (int) (base + (int) offset), new Rv64Machine(addw.finish()).set(A1, base).run().get(A0));
        }
        for (long value = -4100; value <= 4100; value += 41) {
            MacroAssembler add = new MacroAssembler();
            add.addi(A0, A1, value, T0);
            assertEquals(base + value, new Rv64Machine(add.finish()).set(A1, base).run().get(A0));
            assertTrue(add.position() <= (value >= -4096 && value <= 4094 ? 8 : 12));
        }
        assertSameAsGnuAs(listed);
    }

    private static void emitAccess(MacroAssembler a, int form, long offset) {
        switch (form) {
            case 0 -> a.lb(A0, A1, offset, T0);
            case 1 -> a.lh(A0, A1, offset, T0);
            case 2 -> a.lw(A0, A1, offset, T0);
            case 3 -> a.ld(A0, A1, offset, A0);
            case 4 -> a.lbu(A0, A1, offset, T0);
            case 5 -> a.lhu(A0, A1, offset, T0);
            case 6 -> a.lwu(A0, A1, offset, T0);
            case 7 -> a.flw(FloatRegister.FA0, A1, offset, T0);
            case 8 -> a.fld(FloatRegister.FA0, A1, offset, T0);
            case 9 -> a.sb(A2, A1, offset, T0);
            case 10 -> a.sh(A2, A1, offset, T0);
            case 11 -> a.sw(A2, A1, offset, T0);
            case 12 -> a.sd(A2, A1, offset, T0);
            case 13 -> a.fsw(FloatRegister.FA0, A1, offset, T0);
            default -> a.fsd(FloatRegister.FA0, A1, offset, T0);
        }
    }

    static boolean holds(Condition cond, long a, long b) {
        return switch (cond) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case GE -> a >= b;
            case LTU -> Long.compareUnsigned(a, b) < 0;
            case GEU -> Long.compareUnsigned(a, b) >= 0;
            case GT -> a > b;
            case LE -> a <= b;
            case GTU -> Long.compareUnsigned(a, b) > 0;
            case LEU -> Long.compareUnsigned(a, b) <= 0;
        };
    }

    private static final long[] OPERANDS = {0, 1, -1, 5, Long.MIN_VALUE, Long.MAX_VALUE};

    @Test
    void setGivesOneExactlyWhenTheConditionHolds() {
        MacroAssembler listed = listingAssembler();
        for (Condition cond : Condition.values()) {
            MacroAssembler a = new MacroAssembler();
            a.set(cond, A0, A1, A2);
            listed.set(cond, A0, A1, A2);
            listed.set(cond, A3, A3, ZERO);
            assertTrue(a.position() <= 8);
            byte[] code = a.finish();
            for (long x : OPERANDS) {
                for (long y : OPERANDS) {
                    long result = new Rv64Machine(code).set(A1, x).set(A2, y).run().get(A0);
                    assertEquals(holds(cond, x, y) ? 1 : 0, result, cond + " " + x + " " + y);
                }
            }
        }
        assertSameAsGnuAs(listed);
    }

    @Test
    void selectPicksTheOperandTheConditionChoosesForEveryAliasing() {
        MacroAssembler listed = listingAssembler();
        Register[][] shapes = {{A0, A1, A2, A3, A4}, {A3, A1, A2, A3, A4}, {A4, A1, A2, A3, A4}, {A1, A1, A2, A3, A4},
            {A2, A1, A2, A3, A4}};
        for (Condition cond : Condition.values()) {
            for (Register[] s : shapes) {
                MacroAssembler a = new MacroAssembler();
                a.select(cond, s[0], s[1], s[2], s[3], s[4]);
                listed.select(cond, s[0], s[1], s[2], s[3], s[4]);
                byte[] code = a.finish();
                for (long x : OPERANDS) {
                    for (long y : OPERANDS) {
                        long result = new Rv64Machine(code).set(A1, x).set(A2, y).set(A3, 333).set(A4, 444).run().get(s[0]);
                        assertEquals(holds(cond, x, y) ? 333 : 444, result, cond + " " + List.of(s) + " " + x + " " + y);
                    }
                }
            }
        }
        assertSameAsGnuAs(listed);
    }

    @Test
    void compareAndBranchTakesTheBranchExactlyWhenTheConditionHoldsNearAndFar() {
        MacroAssembler listed = listingAssembler();
        for (Condition cond : Condition.values()) {
            for (int shape = 0; shape < 3; shape++) {
                MacroAssembler a = new MacroAssembler();
                Label taken = new Label();
                for (MacroAssembler m : List.of(a, listed)) {
                    Label target = m == a ? taken : new Label();
                    switch (shape) {
                        case 0 -> m.branch(cond, A1, A2, target);
                        case 1 -> m.branchFar(cond, A1, A2, target);
                        default -> m.branch(cond, A1, 5, T0, target);
                    }
                    m.addi(A0, ZERO, 0);
                    m.ebreak();
                    ControlEncodingTest.nops(m, shape == 1 ? 3000 : 1);
                    m.bind(target);
                    m.addi(A0, ZERO, 1);
                    m.ebreak();
                }
                byte[] code = a.finish();
                for (long x : OPERANDS) {
                    for (long y : OPERANDS) {
                        long expected = holds(cond, x, shape == 2 ? 5 : y) ? 1 : 0;
                        long result = new Rv64Machine(code).set(A1, x).set(A2, y).run().get(A0);
                        assertEquals(expected, result, cond + " shape " + shape + " " + x + " " + y);
                    }
                }
            }
        }
        assertSameAsGnuAs(listed);
    }

    @Test
    void signAndZeroExtensionsKeepTheLowBits() {
        MacroAssembler listed = listingAssembler();
        long[] inputs = {0, 0x80, 0x7F, 0xFFFF_8000_8081L, -1, 0x1234_5678_9ABC_DEF0L};
        for (int form = 0; form < 5; form++) {
            MacroAssembler a = new MacroAssembler();
            for (MacroAssembler m : List.of(a, listed)) {
                switch (form) {
                    case 0 -> m.sext_b(A0, A1);
                    case 1 -> m.sext_h(A0, A1);
                    case 2 -> m.zext_h(A0, A1);
                    case 3 -> m.zext_w(A0, A1);
                    default -> m.sext_w(A0, A1);
                }
            }
            byte[] code = a.finish();
            for (long v : inputs) {
                long expected = switch (form) {
                    case 0 -> (byte) v;
                    case 1 -> (short) v;
                    case 2 -> v & 0xFFFF;
                    case 3 -> v & 0xFFFF_FFFFL;
                    default -> (int) v;
                };
                assertEquals(expected, new Rv64Machine(code).set(A1, v).run().get(A0), "form " + form + " of " + v);
            }
        }
        assertSameAsGnuAs(listed);
    }
}
