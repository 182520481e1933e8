package org.eremite.jit.aarch64.asm;

import org.eremite.vm.asm.CodeBuffer;
import org.eremite.vm.asm.Operands;

/**
 * How an instruction refers to a label: the width and position of its PC-relative field (ARM ARM C4.1:
 * imm26 of b/bl, imm19 of b.cond/cbz/ldr literal, imm14 of tbz, immhi:immlo of adr). The ordinal is the
 * "kind" recorded with each use.
 */
enum LabelUse {
    B("b", 26, 0, true),
    BL("bl", 26, 0, true),
    B_COND("b.cond", 19, 5, true),
    CBZ("cbz", 19, 5, true),
    CBNZ("cbnz", 19, 5, true),
    TBZ("tbz", 14, 5, true),
    TBNZ("tbnz", 14, 5, true),
    LDR_LITERAL("ldr (literal)", 19, 5, true),
    ADR("adr", 21, 5, false);

    private static final LabelUse[] BY_KIND = values();

    private final String mnemonic;
    private final int bits;
    private final int lsb;
    private final boolean wordScaled;

    LabelUse(String mnemonic, int bits, int lsb, boolean wordScaled) {
        this.mnemonic = mnemonic;
        this.bits = bits;
        this.lsb = lsb;
        this.wordScaled = wordScaled;
    }

    static LabelUse ofKind(int kind) {
        return BY_KIND[kind];
    }

    int kind() {
        return ordinal();
    }

    /** The byte range the field reaches, for messages and for the literal pool's deadline. */
    long reach() {
        return 1L << (bits - 1 + (wordScaled ? 2 : 0));
    }

    /** Encodes {@code target - site} into the instruction at {@code site}. */
    void patch(CodeBuffer code, int site, int target) {
        long delta = (long) target - site;
        long field;
        if (wordScaled) {
            Operands.aligned(mnemonic, "displacement", delta, 4);
            field = Operands.signed(mnemonic, "displacement", delta, bits + 2) >> 2;
        } else {
            field = Operands.signed(mnemonic, "displacement", delta, bits);
        }
        int word = code.read32(site);
        if (this == ADR) {
            word = word & ~(3 << 29 | 0x7FFFF << 5) | ((int) field & 3) << 29 | ((int) (field >> 2) & 0x7FFFF) << 5;
        } else {
            int mask = ((1 << bits) - 1) << lsb;
            word = word & ~mask | ((int) field << lsb) & mask;
        }
        code.patch32(site, word);
    }
}
