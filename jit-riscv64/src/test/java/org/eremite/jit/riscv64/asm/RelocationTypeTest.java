package org.eremite.jit.riscv64.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.eremite.vm.asm.LittleEndian;
import org.junit.jupiter.api.Test;

/** Each relocation kind patches the psABI's value (S + A, or S + A - P) and refuses what it cannot reach. */
class RelocationTypeTest {
    private static final long P = 0x8020_1000L;

    @Test
    void elfTypesAreThoseOfThePsAbi() {
        Map<RelocationType, Integer> expected = Map.of(RelocationType.R_RISCV_64, 2, RelocationType.R_RISCV_BRANCH, 16,
                RelocationType.R_RISCV_JAL, 17, RelocationType.R_RISCV_CALL_PLT, 19,
                RelocationType.R_RISCV_PCREL_HI20_LO12_I, 23, RelocationType.R_RISCV_PCREL_HI20_LO12_S, 23,
                RelocationType.R_RISCV_32_PCREL, 57);
        assertEquals(expected.size(), RelocationType.values().length);
        expected.forEach((kind, type) -> assertEquals(type, kind.elfType(), kind.name()));
        assertEquals(24, RelocationType.R_RISCV_PCREL_HI20_LO12_I.secondElfType());
        assertEquals(25, RelocationType.R_RISCV_PCREL_HI20_LO12_S.secondElfType());
        assertEquals(-1, RelocationType.R_RISCV_JAL.secondElfType());
        assertEquals(8, RelocationType.R_RISCV_CALL_PLT.width());
        assertEquals(4, RelocationType.R_RISCV_BRANCH.width());
    }

    /** The instructions {@code a} emitted, with the relocation applied at offset 0 for a target {@code value} away. */
    private static Rv64Machine applied(MacroAssembler a, RelocationType kind, long value) {
        byte[] code = a.finish();
        kind.apply(code, 0, P, P + value);
        return new Rv64Machine(code, P);
    }

    @Test
    void absoluteWordsHoldSymbolPlusAddend() {
        byte[] code = new byte[12];
        RelocationType.R_RISCV_64.apply(code, 2, P, 0x1234_5678_9ABC_DEF0L);
        assertEquals(0x1234_5678_9ABC_DEF0L, LittleEndian.getI64(code, 2));
    }

    @Test
    void pcRelativeWordsHoldTheDistanceAndRejectMoreThan32Bits() {
        byte[] code = new byte[4];
        RelocationType.R_RISCV_32_PCREL.apply(code, 0, P, P - 0x10);
        assertEquals(-0x10, LittleEndian.getI32(code, 0));
        RelocationType.R_RISCV_32_PCREL.apply(code, 0, P, P + Integer.MAX_VALUE);
        assertEquals(Integer.MAX_VALUE, LittleEndian.getI32(code, 0));
        assertThrows(IllegalArgumentException.class, () -> RelocationType.R_RISCV_32_PCREL.apply(code, 0, P, P + (1L << 31)));
    }

    @Test
    void branchesAndJalsLandOnTheTargetAtTheEndsOfTheirReach() {
        for (long value : new long[] {-4096, -4, 0, 8, 4092}) {
            byte[] beq = wordOf(0x0000_0063);
            RelocationType.R_RISCV_BRANCH.apply(beq, 0, P, P + value);
            assertEquals(P + value, stepOnce(new Rv64Machine(beq, P)), "branch " + value);
        }
        for (long value : new long[] {-(1 << 20), -4, 0, 4, (1 << 20) - 4}) {
            MacroAssembler a = new MacroAssembler();
            a.jal(Register.RA, "target", 0);
            Rv64Machine m = applied(a, RelocationType.R_RISCV_JAL, value);
            assertEquals(P + value, stepOnce(m), "jal " + value);
            assertEquals(P + 4, m.get(Register.RA));
        }
    }

    @Test
    void branchesAndJalsRejectTargetsOutOfReachOrMisaligned() {
        byte[] branch = wordOf(0x0000_0063);
        assertThrows(IllegalArgumentException.class, () -> RelocationType.R_RISCV_BRANCH.apply(branch, 0, P, P + 4096));
        assertThrows(IllegalArgumentException.class, () -> RelocationType.R_RISCV_BRANCH.apply(branch, 0, P, P - 4100));
        assertThrows(IllegalArgumentException.class, () -> RelocationType.R_RISCV_BRANCH.apply(branch, 0, P, P + 6));
        byte[] jal = wordOf(0x0000_00EF);
        assertThrows(IllegalArgumentException.class, () -> RelocationType.R_RISCV_JAL.apply(jal, 0, P, P + (1 << 20)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RelocationType.R_RISCV_JAL.apply(jal, 0, P, P - (1 << 20) - 4));
        assertTrue(e.getMessage().startsWith("R_RISCV_JAL: offset S+A-P"), e.getMessage());
    }

    @Test
    void aRelocationOfTheWrongInstructionIsRejected() {
        byte[] add = wordOf(0x00C5_8533);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RelocationType.R_RISCV_JAL.apply(add, 0, P, P));
        assertTrue(e.getMessage().contains("is not a jal"), e.getMessage());
        byte[] pairWithStore = new byte[8];
        LittleEndian.putI32(pairWithStore, 0, 0x0000_0297);
        LittleEndian.putI32(pairWithStore, 4, 0x00A2_B023);
        assertThrows(IllegalArgumentException.class, () -> RelocationType.R_RISCV_CALL_PLT.apply(pairWithStore, 0, P, P));
        assertThrows(IllegalArgumentException.class, () -> RelocationType.R_RISCV_PCREL_HI20_LO12_I.apply(pairWithStore, 0, P, P));
    }

    @Test
    void auipcPairsReachPlusMinusTwoGibibytesAcrossTheLowHalfsSignCarry() {
        long[] values = {0, 4, 0x7FC, 0x7FF, 0x800, 0x801, 0xFFF, 0x1000, -0x800, -0x801, -4, 0x1234_5678,
            Encoding.PAIR_MAX, Encoding.PAIR_MIN, Encoding.PAIR_MAX - 3, Encoding.PAIR_MIN + 4};
        for (long value : values) {
            MacroAssembler la = new MacroAssembler();
            la.la(Register.A0, "s", 0);
            assertEquals(P + value, applied(la, RelocationType.R_RISCV_PCREL_HI20_LO12_I, value).steps(2).get(Register.A0), "la " + value);

            MacroAssembler load = new MacroAssembler();
            load.ld(Register.A0, "s", 0);
            assertEquals(P + value, applied(load, RelocationType.R_RISCV_PCREL_HI20_LO12_I, value).steps(2).lastAccess, "ld " + value);

            MacroAssembler store = new MacroAssembler();
            store.sd(Register.A0, "s", 0, Register.T0);
            assertEquals(P + value, applied(store, RelocationType.R_RISCV_PCREL_HI20_LO12_S, value).steps(2).lastAccess, "sd " + value);

            if (value % 4 == 0) {
                MacroAssembler call = new MacroAssembler();
                call.call("s", 0);
                Rv64Machine m = applied(call, RelocationType.R_RISCV_CALL_PLT, value).steps(2);
                assertEquals(P + value, m.pc, "call " + value);
                assertEquals(P + 8, m.get(Register.RA), "call " + value + " links");
            }
        }
    }

    @Test
    void auipcPairsRejectTargetsBeyondTheirReach() {
        for (RelocationType kind : new RelocationType[] {RelocationType.R_RISCV_CALL_PLT, RelocationType.R_RISCV_PCREL_HI20_LO12_I}) {
            MacroAssembler a = new MacroAssembler();
            a.call("s", 0);
            byte[] code = a.finish();
            assertThrows(IllegalArgumentException.class, () -> kind.apply(code, 0, P, P + Encoding.PAIR_MAX + 1));
            assertThrows(IllegalArgumentException.class, () -> kind.apply(code, 0, P, P + Encoding.PAIR_MIN - 1));
        }
        MacroAssembler a = new MacroAssembler();
        a.call("s", 0);
        byte[] code = a.finish();
        assertThrows(IllegalArgumentException.class, () -> RelocationType.R_RISCV_CALL_PLT.apply(code, 0, P, P + 2));
    }

    private static byte[] wordOf(int word) {
        byte[] b = new byte[4];
        LittleEndian.putI32(b, 0, word);
        return b;
    }

    /** Executes the one instruction at P and returns where it went. */
    private static long stepOnce(Rv64Machine m) {
        return m.steps(1).pc;
    }
}
