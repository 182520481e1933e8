package org.eremite.jit.x86_64.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eremite.vm.asm.LittleEndian;
import org.eremite.vm.asm.Relocation;
import org.junit.jupiter.api.Test;

class RelocationTypeTest {
    @Test
    void elfTypeNumbersAndWidthsAreThoseOfThePsAbi() {
        assertEquals(1, RelocationType.R_X86_64_64.elfType());
        assertEquals(2, RelocationType.R_X86_64_PC32.elfType());
        assertEquals(4, RelocationType.R_X86_64_PLT32.elfType());
        assertEquals(10, RelocationType.R_X86_64_32.elfType());
        assertEquals(11, RelocationType.R_X86_64_32S.elfType());
        assertEquals(8, RelocationType.R_X86_64_64.width());
        for (RelocationType t : new RelocationType[] {RelocationType.R_X86_64_PC32, RelocationType.R_X86_64_PLT32,
            RelocationType.R_X86_64_32, RelocationType.R_X86_64_32S}) {
            assertEquals(4, t.width());
        }
    }

    @Test
    void absolute64StoresSPlusA() {
        byte[] code = new byte[16];
        RelocationType.R_X86_64_64.apply(code, 4, 0x1000, 0xFFFF_8000_1234_5678L);
        assertEquals(0xFFFF_8000_1234_5678L, LittleEndian.getI64(code, 4));
        assertEquals(0, code[3]);
        assertEquals(0, code[12]);
    }

    @Test
    void pcRelativeKindsStoreSPlusAMinusP() {
        for (RelocationType t : new RelocationType[] {RelocationType.R_X86_64_PC32, RelocationType.R_X86_64_PLT32}) {
            byte[] code = new byte[8];
            t.apply(code, 2, 0x40_0000, 0x40_0000 + 0x7FFF_FFFFL);
            assertEquals(Integer.MAX_VALUE, LittleEndian.getI32(code, 2));
            t.apply(code, 2, 0x9000_0000L, 0x9000_0000L - 0x8000_0000L);
            assertEquals(Integer.MIN_VALUE, LittleEndian.getI32(code, 2));
            t.apply(code, 2, 0xFFFF_FFFF_8000_1000L, 0xFFFF_FFFF_8000_0000L);
            assertEquals(-0x1000, LittleEndian.getI32(code, 2));
        }
    }

    @Test
    void pcRelativeTargetsBeyond2GbAreRejected() {
        for (RelocationType t : new RelocationType[] {RelocationType.R_X86_64_PC32, RelocationType.R_X86_64_PLT32}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> t.apply(new byte[8], 0, 0x1000, 0x1000 + 0x8000_0000L));
            assertTrue(e.getMessage().contains(t.name()));
            assertThrows(IllegalArgumentException.class, () -> t.apply(new byte[8], 0, 0x8000_1000L, 0x1000 - 1));
        }
    }

    @Test
    void absolute32KindsStoreSPlusAWithTheirOwnRange() {
        byte[] code = new byte[4];
        RelocationType.R_X86_64_32.apply(code, 0, 0, 0xFFFF_FFFFL);
        assertEquals(-1, LittleEndian.getI32(code, 0));
        assertThrows(IllegalArgumentException.class, () -> RelocationType.R_X86_64_32.apply(new byte[4], 0, 0, 0x1_0000_0000L));
        assertThrows(IllegalArgumentException.class, () -> RelocationType.R_X86_64_32.apply(new byte[4], 0, 0, -1));

        RelocationType.R_X86_64_32S.apply(code, 0, 0, 0xFFFF_FFFF_8000_0000L);
        assertEquals(Integer.MIN_VALUE, LittleEndian.getI32(code, 0));
        RelocationType.R_X86_64_32S.apply(code, 0, 0, 0x7FFF_FFFFL);
        assertEquals(Integer.MAX_VALUE, LittleEndian.getI32(code, 0));
        assertThrows(IllegalArgumentException.class, () -> RelocationType.R_X86_64_32S.apply(new byte[4], 0, 0, 0x8000_0000L));
    }

    @Test
    void anEmittedCallResolvesToTheSymbolThroughRelocationApply() {
        Assembler a = new Assembler();
        a.nop(3);
        a.call("target");
        Relocation r = a.relocations().get(0);
        byte[] code = a.finish();
        long base = 0x20_0000;
        long symbol = 0x20_1000;
        r.apply(code, base, symbol);
        // The CPU adds rel32 to the address of the next instruction.
        assertEquals(symbol, base + 8 + LittleEndian.getI32(code, 4));
    }
}
