package org.eremite.jit.aarch64.asm;

import org.eremite.vm.asm.LittleEndian;
import org.eremite.vm.asm.Operands;
import org.eremite.vm.asm.RelocationKind;

/**
 * The ELF relocations of the aarch64 psABI ("ELF for the Arm 64-bit Architecture", section 5.7) that
 * Jasm emits. In the formulas S + A is the {@code target} and P the {@code place} handed to
 * {@link #apply}; Page(x) is x with its low 12 bits cleared. Each checks the overflow the psABI
 * prescribes; the _NC kinds have none, but the load/store ones still refuse a misaligned target,
 * which the scaled field could not express.
 */
public enum RelocationType implements RelocationKind {
    /** S + A, 64 bits of data. */
    R_AARCH64_ABS64(257, 8),
    /** S + A, 32 bits of data; -2^31 <= X < 2^32. */
    R_AARCH64_ABS32(258, 4),
    /** S + A - P, 64 bits of data. */
    R_AARCH64_PREL64(260, 8),
    /** S + A - P, 32 bits of data; -2^31 <= X < 2^32. */
    R_AARCH64_PREL32(261, 4),
    /** S + A bits 15:0 of {@code movz}/{@code movk}, checked X < 2^16. */
    R_AARCH64_MOVW_UABS_G0(263, 4),
    R_AARCH64_MOVW_UABS_G0_NC(264, 4),
    R_AARCH64_MOVW_UABS_G1(265, 4),
    R_AARCH64_MOVW_UABS_G1_NC(266, 4),
    R_AARCH64_MOVW_UABS_G2(267, 4),
    R_AARCH64_MOVW_UABS_G2_NC(268, 4),
    R_AARCH64_MOVW_UABS_G3(269, 4),
    /** S + A - P into imm19 of {@code ldr (literal)}; +-1 MiB. */
    R_AARCH64_LD_PREL_LO19(273, 4),
    /** S + A - P into immhi:immlo of {@code adr}; +-1 MiB. */
    R_AARCH64_ADR_PREL_LO21(274, 4),
    /** Page(S + A) - Page(P) into {@code adrp}; +-4 GiB. */
    R_AARCH64_ADR_PREL_PG_HI21(275, 4),
    /** (S + A) & 0xfff into imm12 of {@code add}. */
    R_AARCH64_ADD_ABS_LO12_NC(277, 4),
    R_AARCH64_LDST8_ABS_LO12_NC(278, 4),
    /** S + A - P into imm14 of {@code tbz}/{@code tbnz}; +-32 KiB. */
    R_AARCH64_TSTBR14(279, 4),
    /** S + A - P into imm19 of {@code b.cond}/{@code cbz}/{@code cbnz}; +-1 MiB. */
    R_AARCH64_CONDBR19(280, 4),
    /** S + A - P into imm26 of {@code b}; +-128 MiB. */
    R_AARCH64_JUMP26(282, 4),
    /** S + A - P into imm26 of {@code bl}; +-128 MiB. */
    R_AARCH64_CALL26(283, 4),
    /** ((S + A) & 0xfff) >> 1 into imm12 of a halfword load/store. */
    R_AARCH64_LDST16_ABS_LO12_NC(284, 4),
    R_AARCH64_LDST32_ABS_LO12_NC(285, 4),
    R_AARCH64_LDST64_ABS_LO12_NC(286, 4),
    R_AARCH64_LDST128_ABS_LO12_NC(299, 4);

    private final int elfType;
    private final int width;

    RelocationType(int elfType, int width) {
        this.elfType = elfType;
        this.width = width;
    }

    @Override
    public int elfType() {
        return elfType;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void apply(byte[] code, int offset, long place, long target) {
        String what = name();
        long pcRelative = target - place;
        switch (this) {
            case R_AARCH64_ABS64:
                LittleEndian.putI64(code, offset, target);
                break;
            case R_AARCH64_PREL64:
                LittleEndian.putI64(code, offset, pcRelative);
                break;
            case R_AARCH64_ABS32:
                LittleEndian.putI32(code, offset, (int) Operands.range(what, "value", target, Integer.MIN_VALUE, 0xFFFF_FFFFL));
                break;
            case R_AARCH64_PREL32:
                LittleEndian.putI32(code, offset, (int) Operands.range(what, "displacement", pcRelative, Integer.MIN_VALUE, 0xFFFF_FFFFL));
                break;
            case R_AARCH64_MOVW_UABS_G0:
            case R_AARCH64_MOVW_UABS_G1:
            case R_AARCH64_MOVW_UABS_G2:
                movw(code, offset, target, (ordinal() - R_AARCH64_MOVW_UABS_G0.ordinal()) / 2, true);
                break;
            case R_AARCH64_MOVW_UABS_G0_NC:
            case R_AARCH64_MOVW_UABS_G1_NC:
            case R_AARCH64_MOVW_UABS_G2_NC:
                movw(code, offset, target, (ordinal() - R_AARCH64_MOVW_UABS_G0_NC.ordinal()) / 2, false);
                break;
            case R_AARCH64_MOVW_UABS_G3:
                movw(code, offset, target, 3, false);
                break;
            case R_AARCH64_LD_PREL_LO19:
            case R_AARCH64_CONDBR19:
                field(code, offset, wordDisplacement(pcRelative, 21), 5, 19);
                break;
            case R_AARCH64_TSTBR14:
                field(code, offset, wordDisplacement(pcRelative, 16), 5, 14);
                break;
            case R_AARCH64_JUMP26:
            case R_AARCH64_CALL26:
                field(code, offset, wordDisplacement(pcRelative, 28), 0, 26);
                break;
            case R_AARCH64_ADR_PREL_LO21:
                adr(code, offset, Operands.signed(what, "displacement", pcRelative, 21));
                break;
            case R_AARCH64_ADR_PREL_PG_HI21:
                long pages = (target & ~0xFFFL) - (place & ~0xFFFL);
                adr(code, offset, Operands.signed(what, "page displacement", pages, 33) >> 12);
                break;
            case R_AARCH64_ADD_ABS_LO12_NC:
            case R_AARCH64_LDST8_ABS_LO12_NC:
                field(code, offset, target & 0xFFF, 10, 12);
                break;
            case R_AARCH64_LDST16_ABS_LO12_NC:
                field(code, offset, scaledLow12(target, 2), 10, 12);
                break;
            case R_AARCH64_LDST32_ABS_LO12_NC:
                field(code, offset, scaledLow12(target, 4), 10, 12);
                break;
            case R_AARCH64_LDST64_ABS_LO12_NC:
                field(code, offset, scaledLow12(target, 8), 10, 12);
                break;
            case R_AARCH64_LDST128_ABS_LO12_NC:
                field(code, offset, scaledLow12(target, 16), 10, 12);
                break;
            default:
                throw new IllegalStateException(what);
        }
    }

    private long wordDisplacement(long displacement, int bits) {
        Operands.aligned(name(), "displacement", displacement, 4);
        return Operands.signed(name(), "displacement", displacement, bits) >> 2;
    }

    private long scaledLow12(long target, int scale) {
        Operands.aligned(name(), "target", target, scale);
        return (target & 0xFFF) / scale;
    }

    private void movw(byte[] code, int offset, long target, int group, boolean checked) {
        if (checked && group < 3) {
            Operands.unsigned(name(), "value", target, 16 * (group + 1));
        }
        field(code, offset, target >>> (16 * group) & 0xFFFF, 5, 16);
    }

    private static void field(byte[] code, int offset, long value, int lsb, int bits) {
        int mask = (int) ((1L << bits) - 1) << lsb;
        int word = LittleEndian.getI32(code, offset);
        LittleEndian.putI32(code, offset, word & ~mask | ((int) value << lsb) & mask);
    }

    private static void adr(byte[] code, int offset, long immediate) {
        int word = LittleEndian.getI32(code, offset);
        word = word & ~(3 << 29 | 0x7FFFF << 5) | ((int) immediate & 3) << 29 | ((int) (immediate >> 2) & 0x7FFFF) << 5;
        LittleEndian.putI32(code, offset, word);
    }
}
