package org.eremite.jit.aarch64.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.eremite.vm.asm.LittleEndian;
import org.eremite.vm.asm.Relocation;
import org.eremite.vm.asm.testing.GnuBinutils;
import org.junit.jupiter.api.Test;

/** Relocation kinds: psABI numbers, formulas (checked against GNU ld) and overflow checks. */
class RelocationTypeTest {
    private static final long TEXT = 0x40080000L;
    private static final String[] SYMBOLS = {"near=0x40081230", "far=0x45678910", "small=0x1234"};

    /** One instance of every relocation type, in GNU as syntax, against symbols at known addresses. */
    private static final String EVERY_KIND = String.join("\n",
            "\t.arch armv8.1-a",
            "\t.text",
            "\t.8byte far+16",
            "\t.4byte near",
            "\t.8byte far - .",
            "\t.4byte near+8 - .",
            "\tmovz x0, #:abs_g0:small",
            "\tmovk x0, #:abs_g0_nc:far",
            "\tmovz x0, #:abs_g1:far",
            "\tmovk x0, #:abs_g1_nc:far",
            "\tmovz x0, #:abs_g2:far",
            "\tmovk x0, #:abs_g2_nc:far",
            "\tmovk x0, #:abs_g3:far",
            "\tldr x0, near",
            "\tadr x0, near+3",
            "\tadrp x0, far",
            "\tadd x0, x0, :lo12:far+5",
            "\tldrb w0, [x1, :lo12:far+1]",
            "\ttbz x0, #1, near",
            "\tb.eq near",
            "\tb far",
            "\tbl far",
            "\tldrh w0, [x1, :lo12:far+2]",
            "\tldr w0, [x1, :lo12:far+4]",
            "\tldr x0, [x1, :lo12:far+8]",
            "\tldr q0, [x1, :lo12:far]",
            "");

    @Test
    void everyTypeHasItsPsAbiNumberAndAppliesAsGnuLdDoes() {
        GnuBinutils.ObjectFile object = GnuBinutils.AARCH64.assembleObject(EVERY_KIND);
        byte[] expected = GnuBinutils.AARCH64.link(EVERY_KIND, TEXT, SYMBOLS);
        byte[] code = object.text().clone();
        Set<RelocationType> seen = EnumSet.noneOf(RelocationType.class);
        for (GnuBinutils.ElfRelocation r : object.relocations()) {
            RelocationType type = RelocationType.valueOf(r.typeName());
            assertEquals(r.type(), type.elfType(), type + " r_type");
            seen.add(type);
            new Relocation((int) r.offset(), type, r.symbol(), r.addend()).apply(code, TEXT, symbolAddress(r.symbol()));
        }
        assertEquals(EnumSet.allOf(RelocationType.class), seen, "every type is exercised");
        assertArrayEquals(expected, code, () -> "Jasm " + HexFormat.of().formatHex(code) + "\nld   " + HexFormat.of().formatHex(expected));
    }

    private static long symbolAddress(String name) {
        for (String definition : SYMBOLS) {
            if (definition.startsWith(name + "=")) {
                return Long.decode(definition.substring(name.length() + 1));
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void assemblerRecordsTheSameRelocationsAsGnuAs() {
        Assembler asm = Jasm.listed();
        asm.data64("table", 24);
        asm.data32PcRelative("table", -4);
        asm.b("tail");
        asm.bl("callee");
        asm.adr(Register.R1, "near", 2);
        asm.adrp(Register.R2, "data", 0x1000);
        asm.add(Register.R2, Register.R2, "data", 0x1000);
        asm.add(Register.SP, Register.R3, "data", 8);
        asm.ldr(64, Register.R3, Register.R2, "data", 16);
        asm.ldr(32, Register.R3, Register.SP, "data", 20);
        asm.str(64, Register.ZR, Register.R2, "data", 24);
        asm.str(32, Register.R4, Register.R2, "data", 28);
        for (int shift = 0; shift < 64; shift += 16) {
            asm.movz(Register.R5, "absolute", 0, shift);
            asm.movk(Register.R5, "absolute", -8, shift);
        }
        Jasm.check(asm);
        GnuBinutils.ObjectFile object = GnuBinutils.AARCH64.assembleObject(asm.listing().toSource());
        List<Relocation> ours = asm.relocations();
        assertEquals(object.relocations().size(), ours.size());
        for (int i = 0; i < ours.size(); i++) {
            Relocation r = ours.get(i);
            GnuBinutils.ElfRelocation theirs = object.relocations().get(i);
            String what = "relocation " + i + ": " + r;
            assertEquals(theirs.offset(), r.offset(), what);
            assertEquals(theirs.typeName(), r.kind().name(), what);
            assertEquals(theirs.type(), r.kind().elfType(), what);
            assertEquals(theirs.symbol(), r.symbol(), what);
            assertEquals(theirs.addend(), r.addend(), what);
        }
    }

    @Test
    void branchRelocationsComputeSPlusAMinusPInWords() {
        byte[] code = new byte[4];
        LittleEndian.putI32(code, 0, 0x94000000);
        RelocationType.R_AARCH64_CALL26.apply(code, 0, 0x1000, 0x1000 - (1 << 27));
        assertEquals(0x96000000, LittleEndian.getI32(code, 0));
        RelocationType.R_AARCH64_CALL26.apply(code, 0, 0x1000, 0x1000 + (1 << 27) - 4);
        assertEquals(0x95FFFFFF, LittleEndian.getI32(code, 0));
        LittleEndian.putI32(code, 0, 0x54000000);
        RelocationType.R_AARCH64_CONDBR19.apply(code, 0, 0x2000, 0x1FF8);
        assertEquals(0x54FFFFC0, LittleEndian.getI32(code, 0));
    }

    @Test
    void adrpComputesThePageDifference() {
        byte[] code = new byte[4];
        LittleEndian.putI32(code, 0, 0x90000000);
        // Page(0x12345FFF) - Page(0x10000004) = 0x2345000: 0x2345 pages, immlo = 1, immhi = 0x8D1.
        RelocationType.R_AARCH64_ADR_PREL_PG_HI21.apply(code, 0, 0x10000004L, 0x12345FFFL);
        assertEquals(0x90000000 | 1 << 29 | 0x8D1 << 5, LittleEndian.getI32(code, 0));
    }

    @Test
    void outOfRangeTargetsThrowNamingTheRelocation() {
        byte[] code = new byte[8];
        assertOutOfRange(() -> RelocationType.R_AARCH64_CALL26.apply(code, 0, 0, 1 << 27), "R_AARCH64_CALL26: displacement");
        assertOutOfRange(() -> RelocationType.R_AARCH64_JUMP26.apply(code, 0, 1 << 27, -4), "R_AARCH64_JUMP26: displacement");
        assertOutOfRange(() -> RelocationType.R_AARCH64_JUMP26.apply(code, 0, 0, 2), "R_AARCH64_JUMP26: displacement 2");
        assertOutOfRange(() -> RelocationType.R_AARCH64_CONDBR19.apply(code, 0, 0, 1 << 20), "R_AARCH64_CONDBR19");
        assertOutOfRange(() -> RelocationType.R_AARCH64_TSTBR14.apply(code, 0, 1 << 15, -4), "R_AARCH64_TSTBR14");
        assertOutOfRange(() -> RelocationType.R_AARCH64_LD_PREL_LO19.apply(code, 0, 0, -(1 << 20) - 4), "R_AARCH64_LD_PREL_LO19");
        assertOutOfRange(() -> RelocationType.R_AARCH64_ADR_PREL_LO21.apply(code, 0, 0, 1 << 20), "R_AARCH64_ADR_PREL_LO21");
        assertOutOfRange(() -> RelocationType.R_AARCH64_ADR_PREL_PG_HI21.apply(code, 0, 0, 1L << 32), "R_AARCH64_ADR_PREL_PG_HI21");
        assertOutOfRange(() -> RelocationType.R_AARCH64_PREL32.apply(code, 0, 0, 1L << 32), "R_AARCH64_PREL32");
        assertOutOfRange(() -> RelocationType.R_AARCH64_PREL32.apply(code, 0, 1L << 32, 0), "R_AARCH64_PREL32");
        assertOutOfRange(() -> RelocationType.R_AARCH64_ABS32.apply(code, 0, 0, 1L << 32), "R_AARCH64_ABS32");
        assertOutOfRange(() -> RelocationType.R_AARCH64_MOVW_UABS_G0.apply(code, 0, 0, 0x10000), "R_AARCH64_MOVW_UABS_G0");
        assertOutOfRange(() -> RelocationType.R_AARCH64_MOVW_UABS_G1.apply(code, 0, 0, 1L << 32), "R_AARCH64_MOVW_UABS_G1");
        assertOutOfRange(() -> RelocationType.R_AARCH64_MOVW_UABS_G2.apply(code, 0, 0, 1L << 48), "R_AARCH64_MOVW_UABS_G2");
        assertOutOfRange(() -> RelocationType.R_AARCH64_LDST64_ABS_LO12_NC.apply(code, 0, 0, 0x1004), "R_AARCH64_LDST64_ABS_LO12_NC: target");
    }

    private static void assertOutOfRange(org.junit.jupiter.api.function.Executable apply, String prefix) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, apply);
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }
}
