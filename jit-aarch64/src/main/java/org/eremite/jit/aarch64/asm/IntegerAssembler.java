package org.eremite.jit.aarch64.asm;

import static org.eremite.jit.aarch64.asm.Register.SP;
import static org.eremite.jit.aarch64.asm.Register.ZR;

import org.eremite.vm.asm.Operands;

/**
 * The integer data-processing instructions (ARM ARM C4.1.86 "Data Processing -- Immediate" and C4.1.87
 * "Data Processing -- Register"), with their common aliases ({@code cmp}, {@code mov}, {@code lsl},
 * {@code cset}...). The first argument is the operand size in bits, 32 or 64.
 */
public abstract class IntegerAssembler extends AssemblerBase {
    IntegerAssembler() {
    }

    // ---- add and subtract (immediate): imm12, optionally shifted left by 12

    /** {@code add rd|sp, rn|sp, #imm}: imm in [0, 4095], or a multiple of 4096 up to 0xfff000 (encoded with lsl #12). */
    public void add(int size, Register rd, Register rn, int imm) {
        addSubImmediate("add", 0, 0, size, rd, rn, imm, "add");
    }

    public void adds(int size, Register rd, Register rn, int imm) {
        addSubImmediate("adds", 0, 1, size, rd, rn, imm, "adds");
    }

    public void sub(int size, Register rd, Register rn, int imm) {
        addSubImmediate("sub", 1, 0, size, rd, rn, imm, "sub");
    }

    public void subs(int size, Register rd, Register rn, int imm) {
        addSubImmediate("subs", 1, 1, size, rd, rn, imm, "subs");
    }

    /** {@code cmp rn|sp, #imm}: subs with the zero register as destination. */
    public void cmp(int size, Register rn, int imm) {
        addSubImmediate("cmp", 1, 1, size, ZR, rn, imm, null);
    }

    public void cmn(int size, Register rn, int imm) {
        addSubImmediate("cmn", 0, 1, size, ZR, rn, imm, null);
    }

    /** Whether {@code imm} fits the immediate of {@code add}/{@code sub}. */
    public static boolean isAddSubImmediate(long imm) {
        return imm >= 0 && (imm < 4096 || (imm & 0xFFF) == 0 && imm <= 0xFFF000);
    }

    private void addSubImmediate(String insn, int op, int s, int size, Register rd, Register rn, long imm, String listedAs) {
        int sf = sf(insn, size);
        int d = s == 1 ? zr(insn, "rd", rd) : sp(insn, "rd", rd);
        int n = sp(insn, "rn", rn);
        if (!isAddSubImmediate(imm)) {
            throw Operands.invalid(insn, "immediate", imm, "is not in [0, 4095] or a multiple of 4096 up to 0xfff000");
        }
        int sh = imm < 4096 ? 0 : 1;
        int imm12 = (int) (sh == 0 ? imm : imm >> 12);
        int start = emit(0x11000000 | sf << 31 | op << 30 | s << 29 | sh << 22 | imm12 << 10 | n << 5 | d);
        if (listing() != null) {
            String operands = rn.asmName(size) + ", #" + imm12 + (sh == 1 ? ", lsl #12" : "");
            list(start, listedAs == null ? insn + " " + operands : listedAs + " " + rd.asmName(size) + ", " + operands);
        }
    }

    /** {@code mov rd, rm}: {@code orr rd, zr, rm}, or {@code add rd, rm, #0} when either is sp. */
    public void mov(int size, Register rd, Register rm) {
        int sf = sf("mov", size);
        int start;
        if (rd == SP || rm == SP) {
            int d = sp("mov", "rd", rd);
            int n = sp("mov", "rm", rm);
            start = emit(0x11000000 | sf << 31 | n << 5 | d);
        } else {
            start = emit(0x2A000000 | sf << 31 | rm.encoding() << 16 | 31 << 5 | rd.encoding());
        }
        if (listing() != null) {
            list(start, "mov " + rd.asmName(size) + ", " + rm.asmName(size));
        }
    }

    // ---- add and subtract (shifted and extended register)

    /** {@code add rd, rn, rm}; when rd or rn is sp, the extended-register form (as GNU as does). */
    public void add(int size, Register rd, Register rn, Register rm) {
        addSubRegister("add", 0, 0, size, rd, rn, rm);
    }

    public void adds(int size, Register rd, Register rn, Register rm) {
        addSubRegister("adds", 0, 1, size, rd, rn, rm);
    }

    public void sub(int size, Register rd, Register rn, Register rm) {
        addSubRegister("sub", 1, 0, size, rd, rn, rm);
    }

    public void subs(int size, Register rd, Register rn, Register rm) {
        addSubRegister("subs", 1, 1, size, rd, rn, rm);
    }

    public void cmp(int size, Register rn, Register rm) {
        addSubRegister("cmp", 1, 1, size, ZR, rn, rm);
    }

    public void cmn(int size, Register rn, Register rm) {
        addSubRegister("cmn", 0, 1, size, ZR, rn, rm);
    }

    /** {@code add rd, rn, rm, shift #amount}: shift LSL, LSR or ASR, amount in [0, size - 1]; no sp. */
    public void add(int size, Register rd, Register rn, Register rm, ShiftType shift, int amount) {
        addSubShifted("add", 0, 0, size, rd, rn, rm, shift, amount, "add");
    }

    public void adds(int size, Register rd, Register rn, Register rm, ShiftType shift, int amount) {
        addSubShifted("adds", 0, 1, size, rd, rn, rm, shift, amount, "adds");
    }

    public void sub(int size, Register rd, Register rn, Register rm, ShiftType shift, int amount) {
        addSubShifted("sub", 1, 0, size, rd, rn, rm, shift, amount, "sub");
    }

    public void subs(int size, Register rd, Register rn, Register rm, ShiftType shift, int amount) {
        addSubShifted("subs", 1, 1, size, rd, rn, rm, shift, amount, "subs");
    }

    public void cmp(int size, Register rn, Register rm, ShiftType shift, int amount) {
        addSubShifted("cmp", 1, 1, size, ZR, rn, rm, shift, amount, null);
    }

    public void cmn(int size, Register rn, Register rm, ShiftType shift, int amount) {
        addSubShifted("cmn", 0, 1, size, ZR, rn, rm, shift, amount, null);
    }

    /** {@code neg rd, rm}: {@code sub rd, zr, rm}. */
    public void neg(int size, Register rd, Register rm) {
        addSubShifted("neg", 1, 0, size, rd, ZR, rm, ShiftType.LSL, 0, "neg");
    }

    public void neg(int size, Register rd, Register rm, ShiftType shift, int amount) {
        addSubShifted("neg", 1, 0, size, rd, ZR, rm, shift, amount, "neg");
    }

    public void negs(int size, Register rd, Register rm) {
        addSubShifted("negs", 1, 1, size, rd, ZR, rm, ShiftType.LSL, 0, "negs");
    }

    /**
     * {@code add rd|sp, rn|sp, rm, extend #amount}: rm is extended (a {@code w} register unless the
     * extend is UXTX/SXTX of a 64-bit operation), then shifted left by amount in [0, 4].
     */
    public void add(int size, Register rd, Register rn, Register rm, ExtendType extend, int amount) {
        addSubExtended("add", 0, 0, size, rd, rn, rm, extend, amount, true);
    }

    public void adds(int size, Register rd, Register rn, Register rm, ExtendType extend, int amount) {
        addSubExtended("adds", 0, 1, size, rd, rn, rm, extend, amount, true);
    }

    public void sub(int size, Register rd, Register rn, Register rm, ExtendType extend, int amount) {
        addSubExtended("sub", 1, 0, size, rd, rn, rm, extend, amount, true);
    }

    public void subs(int size, Register rd, Register rn, Register rm, ExtendType extend, int amount) {
        addSubExtended("subs", 1, 1, size, rd, rn, rm, extend, amount, true);
    }

    public void cmp(int size, Register rn, Register rm, ExtendType extend, int amount) {
        addSubExtended("cmp", 1, 1, size, ZR, rn, rm, extend, amount, true);
    }

    private void addSubRegister(String insn, int op, int s, int size, Register rd, Register rn, Register rm) {
        boolean flagsOnly = insn.startsWith("cm");
        if (rn == SP || (s == 0 && rd == SP)) {
            ExtendType plain = size == 64 ? ExtendType.UXTX : ExtendType.UXTW;
            addSubExtended(insn, op, s, size, rd, rn, rm, plain, 0, false);
        } else {
            addSubShifted(insn, op, s, size, rd, rn, rm, ShiftType.LSL, 0, flagsOnly ? null : insn);
        }
    }

    private void addSubShifted(String insn, int op, int s, int size, Register rd, Register rn, Register rm,
                               ShiftType shift, int amount, String listedAs) {
        int sf = sf(insn, size);
        int d = zr(insn, "rd", rd);
        int n = zr(insn, "rn", rn);
        int m = zr(insn, "rm", rm);
        if (shift == ShiftType.ROR) {
            throw Operands.invalid(insn, "shift", shift, "is not LSL, LSR or ASR");
        }
        int imm6 = bitIndex(insn, "shift amount", amount, size);
        int start = emit(0x0B000000 | sf << 31 | op << 30 | s << 29 | shift.encoding() << 22 | m << 16 | imm6 << 10 | n << 5 | d);
        if (listing() != null) {
            StringBuilder text = new StringBuilder(insn).append(' ');
            if (listedAs != null) {
                text.append(rd.asmName(size)).append(", ");
            }
            if (!insn.startsWith("neg")) {
                text.append(rn.asmName(size)).append(", ");
            }
            text.append(rm.asmName(size));
            if (amount != 0 || shift != ShiftType.LSL) {
                text.append(", ").append(shift.asmName()).append(" #").append(amount);
            }
            list(start, text.toString());
        }
    }

    private void addSubExtended(String insn, int op, int s, int size, Register rd, Register rn, Register rm,
                                ExtendType extend, int amount, boolean listExtend) {
        int sf = sf(insn, size);
        int d = s == 1 ? zr(insn, "rd", rd) : sp(insn, "rd", rd);
        int n = sp(insn, "rn", rn);
        int m = zr(insn, "rm", rm);
        int imm3 = (int) Operands.range(insn, "extend amount", amount, 0, 4);
        int start = emit(0x0B200000 | sf << 31 | op << 30 | s << 29 | m << 16 | extend.encoding() << 13 | imm3 << 10 | n << 5 | d);
        if (listing() != null) {
            StringBuilder text = new StringBuilder(insn).append(' ');
            if (!insn.startsWith("cm")) {
                text.append(rd.asmName(size)).append(", ");
            }
            int mSize = size == 64 && extend.readsX() ? 64 : 32;
            text.append(rn.asmName(size)).append(", ").append(rm.asmName(mSize));
            if (listExtend) {
                text.append(", ").append(extend.asmName());
                if (amount != 0) {
                    text.append(" #").append(amount);
                }
            }
            list(start, text.toString());
        }
    }

    // ---- add and subtract with carry (C6.2.1 ADC)

    public void adc(int size, Register rd, Register rn, Register rm) {
        withCarry("adc", 0, 0, size, rd, rn, rm);
    }

    public void adcs(int size, Register rd, Register rn, Register rm) {
        withCarry("adcs", 0, 1, size, rd, rn, rm);
    }

    public void sbc(int size, Register rd, Register rn, Register rm) {
        withCarry("sbc", 1, 0, size, rd, rn, rm);
    }

    public void sbcs(int size, Register rd, Register rn, Register rm) {
        withCarry("sbcs", 1, 1, size, rd, rn, rm);
    }

    private void withCarry(String insn, int op, int s, int size, Register rd, Register rn, Register rm) {
        int word = 0x1A000000 | sf(insn, size) << 31 | op << 30 | s << 29 | zr(insn, "rm", rm) << 16
                | zr(insn, "rn", rn) << 5 | zr(insn, "rd", rd);
        int start = emit(word);
        if (listing() != null) {
            list(start, insn + " " + rd.asmName(size) + ", " + rn.asmName(size) + ", " + rm.asmName(size));
        }
    }

    // ---- logical (immediate): bitmask immediates, see LogicalImmediate

    /** {@code and rd|sp, rn, #bitmask}. */
    public void and(int size, Register rd, Register rn, long bitmask) {
        logicalImmediate("and", 0, size, rd, rn, bitmask);
    }

    public void orr(int size, Register rd, Register rn, long bitmask) {
        logicalImmediate("orr", 1, size, rd, rn, bitmask);
    }

    public void eor(int size, Register rd, Register rn, long bitmask) {
        logicalImmediate("eor", 2, size, rd, rn, bitmask);
    }

    public void ands(int size, Register rd, Register rn, long bitmask) {
        logicalImmediate("ands", 3, size, rd, rn, bitmask);
    }

    /** {@code tst rn, #bitmask}: ands with the zero register as destination. */
    public void tst(int size, Register rn, long bitmask) {
        logicalImmediate("tst", 3, size, ZR, rn, bitmask);
    }

    private void logicalImmediate(String insn, int opc, int size, Register rd, Register rn, long bitmask) {
        int sf = sf(insn, size);
        int d = opc == 3 ? zr(insn, "rd", rd) : sp(insn, "rd", rd);
        int n = zr(insn, "rn", rn);
        int field = LogicalImmediate.encode(size, bitmask);
        if (field < 0) {
            throw Operands.invalid(insn, "immediate", "0x" + Long.toHexString(bitmask),
                    "is not a bitmask immediate for a " + size + "-bit operation (a replicated, rotated run of ones)");
        }
        int start = emit(0x12000000 | sf << 31 | opc << 29 | field << 10 | n << 5 | d);
        if (listing() != null) {
            String value = hex(size == 32 ? bitmask & 0xFFFF_FFFFL : bitmask);
            list(start, rd == ZR && opc == 3 ? "tst " + rn.asmName(size) + ", " + value
                    : insn + " " + rd.asmName(size) + ", " + rn.asmName(size) + ", " + value);
        }
    }

    // ---- logical (shifted register): opc and N select and/bic/orr/orn/eor/eon/ands/bics

    public void and(int size, Register rd, Register rn, Register rm) {
        logicalShifted("and", 0, 0, size, rd, rn, rm, ShiftType.LSL, 0);
    }

    public void and(int size, Register rd, Register rn, Register rm, ShiftType shift, int amount) {
        logicalShifted("and", 0, 0, size, rd, rn, rm, shift, amount);
    }

    public void bic(int size, Register rd, Register rn, Register rm) {
        logicalShifted("bic", 0, 1, size, rd, rn, rm, ShiftType.LSL, 0);
    }

    public void bic(int size, Register rd, Register rn, Register rm, ShiftType shift, int amount) {
        logicalShifted("bic", 0, 1, size, rd, rn, rm, shift, amount);
    }

    public void orr(int size, Register rd, Register rn, Register rm) {
        logicalShifted("orr", 1, 0, size, rd, rn, rm, ShiftType.LSL, 0);
    }

    public void orr(int size, Register rd, Register rn, Register rm, ShiftType shift, int amount) {
        logicalShifted("orr", 1, 0, size, rd, rn, rm, shift, amount);
    }

    public void orn(int size, Register rd, Register rn, Register rm) {
        logicalShifted("orn", 1, 1, size, rd, rn, rm, ShiftType.LSL, 0);
    }

    public void orn(int size, Register rd, Register rn, Register rm, ShiftType shift, int amount) {
        logicalShifted("orn", 1, 1, size, rd, rn, rm, shift, amount);
    }

    public void eor(int size, Register rd, Register rn, Register rm) {
        logicalShifted("eor", 2, 0, size, rd, rn, rm, ShiftType.LSL, 0);
    }

    public void eor(int size, Register rd, Register rn, Register rm, ShiftType shift, int amount) {
        logicalShifted("eor", 2, 0, size, rd, rn, rm, shift, amount);
    }

    public void eon(int size, Register rd, Register rn, Register rm) {
        logicalShifted("eon", 2, 1, size, rd, rn, rm, ShiftType.LSL, 0);
    }

    public void eon(int size, Register rd, Register rn, Register rm, ShiftType shift, int amount) {
        logicalShifted("eon", 2, 1, size, rd, rn, rm, shift, amount);
    }

    public void ands(int size, Register rd, Register rn, Register rm) {
        logicalShifted("ands", 3, 0, size, rd, rn, rm, ShiftType.LSL, 0);
    }

    public void ands(int size, Register rd, Register rn, Register rm, ShiftType shift, int amount) {
        logicalShifted("ands", 3, 0, size, rd, rn, rm, shift, amount);
    }

    public void bics(int size, Register rd, Register rn, Register rm) {
        logicalShifted("bics", 3, 1, size, rd, rn, rm, ShiftType.LSL, 0);
    }

    public void tst(int size, Register rn, Register rm) {
        logicalShifted("tst", 3, 0, size, ZR, rn, rm, ShiftType.LSL, 0);
    }

    public void tst(int size, Register rn, Register rm, ShiftType shift, int amount) {
        logicalShifted("tst", 3, 0, size, ZR, rn, rm, shift, amount);
    }

    /** {@code mvn rd, rm}: {@code orn rd, zr, rm}. */
    public void mvn(int size, Register rd, Register rm) {
        logicalShifted("mvn", 1, 1, size, rd, ZR, rm, ShiftType.LSL, 0);
    }

    public void mvn(int size, Register rd, Register rm, ShiftType shift, int amount) {
        logicalShifted("mvn", 1, 1, size, rd, ZR, rm, shift, amount);
    }

    private void logicalShifted(String insn, int opc, int negate, int size, Register rd, Register rn, Register rm,
                                ShiftType shift, int amount) {
        int sf = sf(insn, size);
        int d = zr(insn, "rd", rd);
        int n = zr(insn, "rn", rn);
        int m = zr(insn, "rm", rm);
        int imm6 = bitIndex(insn, "shift amount", amount, size);
        int start = emit(0x0A000000 | sf << 31 | opc << 29 | shift.encoding() << 22 | negate << 21 | m << 16
                | imm6 << 10 | n << 5 | d);
        if (listing() != null) {
            StringBuilder text = new StringBuilder(insn).append(' ');
            if (!insn.equals("tst")) {
                text.append(rd.asmName(size)).append(", ");
            }
            if (!insn.equals("mvn")) {
                text.append(rn.asmName(size)).append(", ");
            }
            text.append(rm.asmName(size));
            if (amount != 0 || shift != ShiftType.LSL) {
                text.append(", ").append(shift.asmName()).append(" #").append(amount);
            }
            list(start, text.toString());
        }
    }

    // ---- move wide (immediate): movz, movn, movk

    /** {@code movz rd, #imm16, lsl #shift}: shift 0 or 16 (32-bit), or also 32, 48 (64-bit). */
    public void movz(int size, Register rd, int imm16, int shift) {
        moveWide("movz", 2, size, rd, imm16, shift);
    }

    public void movn(int size, Register rd, int imm16, int shift) {
        moveWide("movn", 0, size, rd, imm16, shift);
    }

    public void movk(int size, Register rd, int imm16, int shift) {
        moveWide("movk", 3, size, rd, imm16, shift);
    }

    private void moveWide(String insn, int opc, int size, Register rd, int imm16, int shift) {
        int sf = sf(insn, size);
        int d = zr(insn, "rd", rd);
        int imm = unsignedField(insn, "immediate", imm16, 16);
        if (shift < 0 || shift >= size || (shift & 15) != 0) {
            throw Operands.invalid(insn, "shift", shift, "is not " + (size == 64 ? "0, 16, 32 or 48" : "0 or 16"));
        }
        int start = emit(0x12800000 | sf << 31 | opc << 29 | (shift >> 4) << 21 | imm << 5 | d);
        if (listing() != null) {
            list(start, insn + " " + rd.asmName(size) + ", " + hex(imm) + (shift == 0 ? "" : ", lsl #" + shift));
        }
    }

    // ---- bitfield (C6.2.29 BFM, SBFM, UBFM) and extract, with their shift and extension aliases

    public void sbfm(int size, Register rd, Register rn, int immr, int imms) {
        bitfield("sbfm", 0, size, rd, rn, immr, imms, -1, -1);
    }

    public void bfm(int size, Register rd, Register rn, int immr, int imms) {
        bitfield("bfm", 1, size, rd, rn, immr, imms, -1, -1);
    }

    public void ubfm(int size, Register rd, Register rn, int immr, int imms) {
        bitfield("ubfm", 2, size, rd, rn, immr, imms, -1, -1);
    }

    /** {@code lsl rd, rn, #shift}: {@code ubfm rd, rn, #(-shift mod size), #(size - 1 - shift)}. */
    public void lsl(int size, Register rd, Register rn, int shift) {
        int s = bitIndex("lsl", "shift", shift, sizeOf("lsl", size));
        bitfield("lsl", 2, size, rd, rn, (size - s) % size, size - 1 - s, s, -1);
    }

    public void lsr(int size, Register rd, Register rn, int shift) {
        int s = bitIndex("lsr", "shift", shift, sizeOf("lsr", size));
        bitfield("lsr", 2, size, rd, rn, s, size - 1, s, -1);
    }

    public void asr(int size, Register rd, Register rn, int shift) {
        int s = bitIndex("asr", "shift", shift, sizeOf("asr", size));
        bitfield("asr", 0, size, rd, rn, s, size - 1, s, -1);
    }

    /** {@code ubfx rd, rn, #lsb, #width}: extracts width bits at lsb, zero-extended. */
    public void ubfx(int size, Register rd, Register rn, int lsb, int width) {
        checkField("ubfx", size, lsb, width);
        bitfield("ubfx", 2, size, rd, rn, lsb, lsb + width - 1, lsb, width);
    }

    public void sbfx(int size, Register rd, Register rn, int lsb, int width) {
        checkField("sbfx", size, lsb, width);
        bitfield("sbfx", 0, size, rd, rn, lsb, lsb + width - 1, lsb, width);
    }

    /** {@code bfxil rd, rn, #lsb, #width}: copies width bits at lsb of rn to the bottom of rd. */
    public void bfxil(int size, Register rd, Register rn, int lsb, int width) {
        checkField("bfxil", size, lsb, width);
        bitfield("bfxil", 1, size, rd, rn, lsb, lsb + width - 1, lsb, width);
    }

    /** {@code bfi rd, rn, #lsb, #width}: inserts the low width bits of rn at lsb of rd. */
    public void bfi(int size, Register rd, Register rn, int lsb, int width) {
        checkField("bfi", size, lsb, width);
        bitfield("bfi", 1, size, rd, rn, (size - lsb) % size, width - 1, lsb, width);
    }

    public void ubfiz(int size, Register rd, Register rn, int lsb, int width) {
        checkField("ubfiz", size, lsb, width);
        bitfield("ubfiz", 2, size, rd, rn, (size - lsb) % size, width - 1, lsb, width);
    }

    public void sbfiz(int size, Register rd, Register rn, int lsb, int width) {
        checkField("sbfiz", size, lsb, width);
        bitfield("sbfiz", 0, size, rd, rn, (size - lsb) % size, width - 1, lsb, width);
    }

    /** {@code sxtb rd, wn}: sign-extends the low byte into a 32- or 64-bit rd. */
    public void sxtb(int size, Register rd, Register rn) {
        extend("sxtb", 0, size, rd, rn, 7);
    }

    public void sxth(int size, Register rd, Register rn) {
        extend("sxth", 0, size, rd, rn, 15);
    }

    /** {@code sxtw xd, wn}: Java's int-to-long conversion. */
    public void sxtw(Register rd, Register rn) {
        extend("sxtw", 0, 64, rd, rn, 31);
    }

    /** {@code uxtb wd, wn}: the 32-bit result is also the zero-extended 64-bit one. */
    public void uxtb(Register rd, Register rn) {
        extend("uxtb", 2, 32, rd, rn, 7);
    }

    public void uxth(Register rd, Register rn) {
        extend("uxth", 2, 32, rd, rn, 15);
    }

    private void extend(String insn, int opc, int size, Register rd, Register rn, int imms) {
        int sf = sf(insn, size);
        int word = 0x13000000 | sf << 31 | opc << 29 | sf << 22 | imms << 10 | zr(insn, "rn", rn) << 5 | zr(insn, "rd", rd);
        int start = emit(word);
        if (listing() != null) {
            list(start, insn + " " + rd.asmName(size) + ", " + rn.asmName(32));
        }
    }

    private static int sizeOf(String insn, int size) {
        sf(insn, size);
        return size;
    }

    private static void checkField(String insn, int size, int lsb, int width) {
        bitIndex(insn, "lsb", lsb, sizeOf(insn, size));
        Operands.range(insn, "width", width, 1, size - lsb);
    }

    /** {@code aliasFirst}, {@code aliasSecond}: the alias's immediates for the listing, -1 when absent. */
    private void bitfield(String insn, int opc, int size, Register rd, Register rn, int immr, int imms,
                          int aliasFirst, int aliasSecond) {
        int sf = sf(insn, size);
        int d = zr(insn, "rd", rd);
        int n = zr(insn, "rn", rn);
        int r = bitIndex(insn, "immr", immr, size);
        int s = bitIndex(insn, "imms", imms, size);
        int start = emit(0x13000000 | sf << 31 | opc << 29 | sf << 22 | r << 16 | s << 10 | n << 5 | d);
        if (listing() != null) {
            String operands = aliasFirst < 0 ? imm(r) + ", " + imm(s)
                    : aliasSecond < 0 ? imm(aliasFirst) : imm(aliasFirst) + ", " + imm(aliasSecond);
            list(start, insn + " " + rd.asmName(size) + ", " + rn.asmName(size) + ", " + operands);
        }
    }

    /** {@code extr rd, rn, rm, #lsb}: bits lsb.. of the concatenation rn:rm. */
    public void extr(int size, Register rd, Register rn, Register rm, int lsb) {
        extract("extr", size, rd, rn, rm, lsb);
    }

    /** {@code ror rd, rs, #shift}: {@code extr rd, rs, rs, #shift}. */
    public void ror(int size, Register rd, Register rs, int shift) {
        extract("ror", size, rd, rs, rs, shift);
    }

    private void extract(String insn, int size, Register rd, Register rn, Register rm, int lsb) {
        int sf = sf(insn, size);
        int word = 0x13800000 | sf << 31 | sf << 22 | zr(insn, "rm", rm) << 16 | bitIndex(insn, "lsb", lsb, size) << 10
                | zr(insn, "rn", rn) << 5 | zr(insn, "rd", rd);
        int start = emit(word);
        if (listing() != null) {
            String sources = insn.equals("ror") ? rn.asmName(size) : rn.asmName(size) + ", " + rm.asmName(size);
            list(start, insn + " " + rd.asmName(size) + ", " + sources + ", " + imm(lsb));
        }
    }

    // ---- data processing, two sources (C4.1.87): divide and variable shifts

    public void udiv(int size, Register rd, Register rn, Register rm) {
        twoSource("udiv", 0b000010, size, rd, rn, rm);
    }

    public void sdiv(int size, Register rd, Register rn, Register rm) {
        twoSource("sdiv", 0b000011, size, rd, rn, rm);
    }

    /** {@code lslv rd, rn, rm}: shifts by rm modulo the size (Java's shift semantics). */
    public void lslv(int size, Register rd, Register rn, Register rm) {
        twoSource("lslv", 0b001000, size, rd, rn, rm);
    }

    public void lsrv(int size, Register rd, Register rn, Register rm) {
        twoSource("lsrv", 0b001001, size, rd, rn, rm);
    }

    public void asrv(int size, Register rd, Register rn, Register rm) {
        twoSource("asrv", 0b001010, size, rd, rn, rm);
    }

    public void rorv(int size, Register rd, Register rn, Register rm) {
        twoSource("rorv", 0b001011, size, rd, rn, rm);
    }

    /** {@code lsl rd, rn, rm}: the alias of {@link #lslv}. */
    public void lsl(int size, Register rd, Register rn, Register rm) {
        twoSource("lsl", 0b001000, size, rd, rn, rm);
    }

    public void lsr(int size, Register rd, Register rn, Register rm) {
        twoSource("lsr", 0b001001, size, rd, rn, rm);
    }

    public void asr(int size, Register rd, Register rn, Register rm) {
        twoSource("asr", 0b001010, size, rd, rn, rm);
    }

    public void ror(int size, Register rd, Register rn, Register rm) {
        twoSource("ror", 0b001011, size, rd, rn, rm);
    }

    private void twoSource(String insn, int opcode, int size, Register rd, Register rn, Register rm) {
        int word = 0x1AC00000 | sf(insn, size) << 31 | zr(insn, "rm", rm) << 16 | opcode << 10
                | zr(insn, "rn", rn) << 5 | zr(insn, "rd", rd);
        int start = emit(word);
        if (listing() != null) {
            list(start, insn + " " + rd.asmName(size) + ", " + rn.asmName(size) + ", " + rm.asmName(size));
        }
    }

    // ---- data processing, one source: bit and byte reversal, leading zeros

    public void rbit(int size, Register rd, Register rn) {
        oneSource("rbit", 0b000000, size, rd, rn);
    }

    public void rev16(int size, Register rd, Register rn) {
        oneSource("rev16", 0b000001, size, rd, rn);
    }

    /** {@code rev32 xd, xn}: reverses the bytes in each 32-bit half. */
    public void rev32(Register rd, Register rn) {
        oneSource("rev32", 0b000010, 64, rd, rn);
    }

    public void rev(int size, Register rd, Register rn) {
        oneSource("rev", size == 64 ? 0b000011 : 0b000010, size, rd, rn);
    }

    public void clz(int size, Register rd, Register rn) {
        oneSource("clz", 0b000100, size, rd, rn);
    }

    public void cls(int size, Register rd, Register rn) {
        oneSource("cls", 0b000101, size, rd, rn);
    }

    private void oneSource(String insn, int opcode, int size, Register rd, Register rn) {
        int word = 0x5AC00000 | sf(insn, size) << 31 | opcode << 10 | zr(insn, "rn", rn) << 5 | zr(insn, "rd", rd);
        int start = emit(word);
        if (listing() != null) {
            list(start, insn + " " + rd.asmName(size) + ", " + rn.asmName(size));
        }
    }

    // ---- data processing, three sources: multiply

    /** {@code madd rd, rn, rm, ra}: ra + rn * rm. */
    public void madd(int size, Register rd, Register rn, Register rm, Register ra) {
        threeSource("madd", 0, 0, size, rd, rn, rm, ra);
    }

    /** {@code msub rd, rn, rm, ra}: ra - rn * rm (the remainder step after a divide). */
    public void msub(int size, Register rd, Register rn, Register rm, Register ra) {
        threeSource("msub", 0, 1, size, rd, rn, rm, ra);
    }

    public void mul(int size, Register rd, Register rn, Register rm) {
        threeSource("mul", 0, 0, size, rd, rn, rm, ZR);
    }

    public void mneg(int size, Register rd, Register rn, Register rm) {
        threeSource("mneg", 0, 1, size, rd, rn, rm, ZR);
    }

    /** {@code smaddl xd, wn, wm, xa}: xa + wn * wm, signed 32x32 to 64. */
    public void smaddl(Register rd, Register rn, Register rm, Register ra) {
        threeSource("smaddl", 0b001, 0, 64, rd, rn, rm, ra);
    }

    public void smsubl(Register rd, Register rn, Register rm, Register ra) {
        threeSource("smsubl", 0b001, 1, 64, rd, rn, rm, ra);
    }

    public void umaddl(Register rd, Register rn, Register rm, Register ra) {
        threeSource("umaddl", 0b101, 0, 64, rd, rn, rm, ra);
    }

    public void umsubl(Register rd, Register rn, Register rm, Register ra) {
        threeSource("umsubl", 0b101, 1, 64, rd, rn, rm, ra);
    }

    /** {@code smull xd, wn, wm}. */
    public void smull(Register rd, Register rn, Register rm) {
        threeSource("smull", 0b001, 0, 64, rd, rn, rm, ZR);
    }

    public void umull(Register rd, Register rn, Register rm) {
        threeSource("umull", 0b101, 0, 64, rd, rn, rm, ZR);
    }

    /** {@code smulh xd, xn, xm}: the high 64 bits of the signed 128-bit product. */
    public void smulh(Register rd, Register rn, Register rm) {
        threeSource("smulh", 0b010, 0, 64, rd, rn, rm, ZR);
    }

    public void umulh(Register rd, Register rn, Register rm) {
        threeSource("umulh", 0b110, 0, 64, rd, rn, rm, ZR);
    }

    private void threeSource(String insn, int op31, int o0, int size, Register rd, Register rn, Register rm, Register ra) {
        int word = 0x1B000000 | sf(insn, size) << 31 | op31 << 21 | zr(insn, "rm", rm) << 16 | o0 << 15
                | zr(insn, "ra", ra) << 10 | zr(insn, "rn", rn) << 5 | zr(insn, "rd", rd);
        int start = emit(word);
        if (listing() != null) {
            boolean widening = op31 == 0b001 || op31 == 0b101;
            int sourceSize = widening ? 32 : size;
            String text = insn + " " + rd.asmName(size) + ", " + rn.asmName(sourceSize) + ", " + rm.asmName(sourceSize);
            boolean hasAccumulator = insn.endsWith("add") || insn.endsWith("sub") || insn.endsWith("addl") || insn.endsWith("subl");
            list(start, hasAccumulator ? text + ", " + ra.asmName(size) : text);
        }
    }

    // ---- conditional select and compare

    public void csel(int size, Register rd, Register rn, Register rm, Condition cond) {
        conditionalSelect("csel", 0, 0, size, rd, rn, rm, cond, null);
    }

    public void csinc(int size, Register rd, Register rn, Register rm, Condition cond) {
        conditionalSelect("csinc", 0, 1, size, rd, rn, rm, cond, null);
    }

    public void csinv(int size, Register rd, Register rn, Register rm, Condition cond) {
        conditionalSelect("csinv", 1, 0, size, rd, rn, rm, cond, null);
    }

    public void csneg(int size, Register rd, Register rn, Register rm, Condition cond) {
        conditionalSelect("csneg", 1, 1, size, rd, rn, rm, cond, null);
    }

    /** {@code cset rd, cond}: rd = cond ? 1 : 0. */
    public void cset(int size, Register rd, Condition cond) {
        conditionalSelect("cset", 0, 1, size, rd, ZR, ZR, invertible("cset", cond), cond);
    }

    /** {@code csetm rd, cond}: rd = cond ? -1 : 0. */
    public void csetm(int size, Register rd, Condition cond) {
        conditionalSelect("csetm", 1, 0, size, rd, ZR, ZR, invertible("csetm", cond), cond);
    }

    /** {@code cinc rd, rn, cond}: rd = cond ? rn + 1 : rn. */
    public void cinc(int size, Register rd, Register rn, Condition cond) {
        conditionalSelect("cinc", 0, 1, size, rd, rn, rn, invertible("cinc", cond), cond);
    }

    public void cinv(int size, Register rd, Register rn, Condition cond) {
        conditionalSelect("cinv", 1, 0, size, rd, rn, rn, invertible("cinv", cond), cond);
    }

    public void cneg(int size, Register rd, Register rn, Condition cond) {
        conditionalSelect("cneg", 1, 1, size, rd, rn, rn, invertible("cneg", cond), cond);
    }

    private void conditionalSelect(String insn, int op, int op2, int size, Register rd, Register rn, Register rm,
                                   Condition cond, Condition aliasCond) {
        int word = 0x1A800000 | sf(insn, size) << 31 | op << 30 | zr(insn, "rm", rm) << 16 | cond.encoding() << 12
                | op2 << 10 | zr(insn, "rn", rn) << 5 | zr(insn, "rd", rd);
        int start = emit(word);
        if (listing() != null) {
            String text;
            if (aliasCond == null) {
                text = insn + " " + rd.asmName(size) + ", " + rn.asmName(size) + ", " + rm.asmName(size) + ", " + cond.asmName();
            } else if (rn == ZR && insn.startsWith("cset")) {
                text = insn + " " + rd.asmName(size) + ", " + aliasCond.asmName();
            } else {
                text = insn + " " + rd.asmName(size) + ", " + rn.asmName(size) + ", " + aliasCond.asmName();
            }
            list(start, text);
        }
    }

    /** {@code ccmp rn, rm, #nzcv, cond}: flags = cond ? compare(rn, rm) : nzcv. */
    public void ccmp(int size, Register rn, Register rm, int nzcv, Condition cond) {
        conditionalCompare("ccmp", 1, size, rn, rm, 0, nzcv, cond);
    }

    /** {@code ccmp rn, #imm5, #nzcv, cond}: imm5 in [0, 31]. */
    public void ccmp(int size, Register rn, int imm5, int nzcv, Condition cond) {
        conditionalCompare("ccmp", 1, size, rn, null, imm5, nzcv, cond);
    }

    public void ccmn(int size, Register rn, Register rm, int nzcv, Condition cond) {
        conditionalCompare("ccmn", 0, size, rn, rm, 0, nzcv, cond);
    }

    public void ccmn(int size, Register rn, int imm5, int nzcv, Condition cond) {
        conditionalCompare("ccmn", 0, size, rn, null, imm5, nzcv, cond);
    }

    /** Compares rn with rm, or with imm5 when rm is null. */
    private void conditionalCompare(String insn, int op, int size, Register rn, Register rm, int imm5, int nzcv,
                                    Condition cond) {
        int second = rm != null ? zr(insn, "rm", rm) : unsignedField(insn, "immediate", imm5, 5);
        int word = 0x3A400000 | sf(insn, size) << 31 | op << 30 | second << 16 | cond.encoding() << 12
                | (rm == null ? 1 << 11 : 0) | zr(insn, "rn", rn) << 5 | unsignedField(insn, "nzcv", nzcv, 4);
        int start = emit(word);
        if (listing() != null) {
            String secondText = rm != null ? rm.asmName(size) : imm(imm5);
            list(start, insn + " " + rn.asmName(size) + ", " + secondText + ", " + imm(nzcv) + ", " + cond.asmName());
        }
    }
}
