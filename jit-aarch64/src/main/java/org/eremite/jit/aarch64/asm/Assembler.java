package org.eremite.jit.aarch64.asm;

import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.Operands;

/**
 * The A64 assembler: one method per instruction form, each emitting exactly one instruction. Integer
 * instructions come from {@link IntegerAssembler}, loads and stores from {@link MemoryAssembler}; this
 * class adds branches, PC-relative addressing and relocations, floating point and system instructions.
 * Sequences (constants, far calls, literal pool) are in {@link MacroAssembler}.
 *
 * <p>Branch displacements to labels are checked when the label is bound: b/bl reach +-128 MiB,
 * b.cond/cbz/cbnz/ldr literal/adr +-1 MiB, tbz/tbnz +-32 KiB.
 */
public class Assembler extends MemoryAssembler {
    public Assembler() {
    }

    // ---- branches (C4.1.85 "Branches, Exception Generating and System instructions")

    public void b(Label target) {
        int start = branch(0x14000000, LabelUse.B, target);
        if (listing() != null) {
            list(start, "b " + nameOf(target));
        }
    }

    public void bl(Label target) {
        int start = branch(0x94000000, LabelUse.BL, target);
        if (listing() != null) {
            list(start, "bl " + nameOf(target));
        }
    }

    /** {@code b.cond label}. */
    public void b(Condition cond, Label target) {
        int start = branch(0x54000000 | cond.encoding(), LabelUse.B_COND, target);
        if (listing() != null) {
            list(start, "b." + cond.asmName() + " " + nameOf(target));
        }
    }

    /** {@code cbz rt, label}: branch if rt (32 or 64 bits) is zero. */
    public void cbz(int size, Register rt, Label target) {
        compareBranch("cbz", 0x34000000, LabelUse.CBZ, size, rt, target);
    }

    public void cbnz(int size, Register rt, Label target) {
        compareBranch("cbnz", 0x35000000, LabelUse.CBNZ, size, rt, target);
    }

    private void compareBranch(String insn, int opcode, LabelUse use, int size, Register rt, Label target) {
        int start = branch(opcode | sf(insn, size) << 31 | zr(insn, "rt", rt), use, target);
        if (listing() != null) {
            list(start, insn + " " + rt.asmName(size) + ", " + nameOf(target));
        }
    }

    /** {@code tbz rt, #bit, label}: branch if bit (0..63) of rt is zero. */
    public void tbz(Register rt, int bit, Label target) {
        testBranch("tbz", 0x36000000, LabelUse.TBZ, rt, bit, target);
    }

    public void tbnz(Register rt, int bit, Label target) {
        testBranch("tbnz", 0x37000000, LabelUse.TBNZ, rt, bit, target);
    }

    private void testBranch(String insn, int opcode, LabelUse use, Register rt, int bit, Label target) {
        int b = bitIndex(insn, "bit", bit, 64);
        int start = branch(opcode | (b >> 5) << 31 | (b & 31) << 19 | zr(insn, "rt", rt), use, target);
        if (listing() != null) {
            list(start, insn + " " + rt.asmName(b < 32 ? 32 : 64) + ", #" + b + ", " + nameOf(target));
        }
    }

    /** Emits a PC-relative instruction and records (or patches) its reference to the label. */
    private int branch(int word, LabelUse use, Label target) {
        int start = emit(word);
        useLabel(target, start, use.kind());
        return start;
    }

    /** {@code b symbol}: a tail call or jump through an R_AARCH64_JUMP26 relocation. */
    public void b(String symbol) {
        int start = emit(0x14000000);
        addRelocation(start, RelocationType.R_AARCH64_JUMP26, symbol, 0);
        list(start, "b " + symbol);
    }

    /** {@code bl symbol}: a call through an R_AARCH64_CALL26 relocation (+-128 MiB). */
    public void bl(String symbol) {
        int start = emit(0x94000000);
        addRelocation(start, RelocationType.R_AARCH64_CALL26, symbol, 0);
        list(start, "bl " + symbol);
    }

    public void br(Register rn) {
        branchRegister("br", 0xD61F0000, rn);
    }

    public void blr(Register rn) {
        branchRegister("blr", 0xD63F0000, rn);
    }

    /** {@code ret}: returns through x30. */
    public void ret() {
        int start = emit(0xD65F0000 | Register.LR.encoding() << 5);
        list(start, "ret");
    }

    public void ret(Register rn) {
        branchRegister("ret", 0xD65F0000, rn);
    }

    private void branchRegister(String insn, int opcode, Register rn) {
        int start = emit(opcode | zr(insn, "rn", rn) << 5);
        if (listing() != null) {
            list(start, insn + " " + rn.asmName(64));
        }
    }

    // ---- PC-relative addresses and symbol references

    /** {@code adr xd, label}: +-1 MiB. */
    public void adr(Register rd, Label target) {
        int start = emit(0x10000000 | zr("adr", "rd", rd));
        useLabel(target, start, LabelUse.ADR.kind());
        if (listing() != null) {
            list(start, "adr " + rd.asmName(64) + ", " + nameOf(target));
        }
    }

    /** {@code adr xd, symbol+addend} through R_AARCH64_ADR_PREL_LO21. */
    public void adr(Register rd, String symbol, long addend) {
        int start = emit(0x10000000 | zr("adr", "rd", rd));
        addRelocation(start, RelocationType.R_AARCH64_ADR_PREL_LO21, symbol, addend);
        if (listing() != null) {
            list(start, "adr " + rd.asmName(64) + ", " + symbol(symbol, addend));
        }
    }

    /** {@code adrp xd, symbol+addend}: the 4 KiB page of the target, through R_AARCH64_ADR_PREL_PG_HI21. */
    public void adrp(Register rd, String symbol, long addend) {
        int start = emit(0x90000000 | zr("adrp", "rd", rd));
        addRelocation(start, RelocationType.R_AARCH64_ADR_PREL_PG_HI21, symbol, addend);
        if (listing() != null) {
            list(start, "adrp " + rd.asmName(64) + ", " + symbol(symbol, addend));
        }
    }

    /** {@code add xd, xn, :lo12:symbol+addend}: completes an adrp (R_AARCH64_ADD_ABS_LO12_NC). */
    public void add(Register rd, Register rn, String symbol, long addend) {
        int start = emit(0x91000000 | sp("add", "rn", rn) << 5 | sp("add", "rd", rd));
        addRelocation(start, RelocationType.R_AARCH64_ADD_ABS_LO12_NC, symbol, addend);
        if (listing() != null) {
            list(start, "add " + rd.asmName(64) + ", " + rn.asmName(64) + ", :lo12:" + symbol(symbol, addend));
        }
    }

    /** {@code ldr wt|xt, [xn, :lo12:symbol+addend]}: completes an adrp (R_AARCH64_LDST32/64_ABS_LO12_NC). */
    public void ldr(int size, Register rt, Register base, String symbol, long addend) {
        lo12Access("ldr", size, 1, rt, base, symbol, addend);
    }

    public void str(int size, Register rt, Register base, String symbol, long addend) {
        lo12Access("str", size, 0, rt, base, symbol, addend);
    }

    private void lo12Access(String insn, int size, int load, Register rt, Register base, String symbol, long addend) {
        int sf = sf(insn, size);
        int start = emit(0xB9000000 | sf << 30 | load << 22 | sp(insn, "base", base) << 5 | zr(insn, "rt", rt));
        addRelocation(start, sf == 1 ? RelocationType.R_AARCH64_LDST64_ABS_LO12_NC : RelocationType.R_AARCH64_LDST32_ABS_LO12_NC,
                symbol, addend);
        if (listing() != null) {
            list(start, insn + " " + rt.asmName(size) + ", [" + base.asmName(64) + ", :lo12:" + symbol(symbol, addend) + "]");
        }
    }

    /**
     * {@code movz xd, #:abs_gN:symbol+addend} for shift = 16 * N: bits [shift, shift + 16) of the absolute
     * address, checked to have nothing above (R_AARCH64_MOVW_UABS_G0..G3).
     */
    public void movz(Register rd, String symbol, long addend, int shift) {
        RelocationType[] checked = {RelocationType.R_AARCH64_MOVW_UABS_G0, RelocationType.R_AARCH64_MOVW_UABS_G1,
            RelocationType.R_AARCH64_MOVW_UABS_G2, RelocationType.R_AARCH64_MOVW_UABS_G3};
        moveWideSymbol("movz", 0xD2800000, checked, rd, symbol, addend, shift, "");
    }

    /** {@code movk xd, #:abs_gN_nc:symbol+addend}: the next 16 bits, unchecked (G3 has nothing above anyway). */
    public void movk(Register rd, String symbol, long addend, int shift) {
        RelocationType[] unchecked = {RelocationType.R_AARCH64_MOVW_UABS_G0_NC, RelocationType.R_AARCH64_MOVW_UABS_G1_NC,
            RelocationType.R_AARCH64_MOVW_UABS_G2_NC, RelocationType.R_AARCH64_MOVW_UABS_G3};
        moveWideSymbol("movk", 0xF2800000, unchecked, rd, symbol, addend, shift, "_nc");
    }

    private void moveWideSymbol(String insn, int opcode, RelocationType[] kinds, Register rd, String symbol, long addend,
                                int shift, String suffix) {
        if (shift < 0 || shift > 48 || (shift & 15) != 0) {
            throw Operands.invalid(insn, "shift", shift, "is not 0, 16, 32 or 48");
        }
        int group = shift >> 4;
        int start = emit(opcode | group << 21 | zr(insn, "rd", rd));
        addRelocation(start, kinds[group], symbol, addend);
        if (listing() != null) {
            list(start, insn + " " + rd.asmName(64) + ", #:abs_g" + group + (group == 3 ? "" : suffix) + ":"
                    + symbol(symbol, addend));
        }
    }

    /** A 64-bit datum holding symbol+addend (R_AARCH64_ABS64): pointers in tables and literal pools. */
    public void data64(String symbol, long addend) {
        int start = position();
        code.emit64(0);
        addRelocation(start, RelocationType.R_AARCH64_ABS64, symbol, addend);
        if (listing() != null) {
            list(start, ".8byte " + symbol(symbol, addend));
        }
    }

    /** A 32-bit datum holding symbol+addend minus its own address (R_AARCH64_PREL32). */
    public void data32PcRelative(String symbol, long addend) {
        int start = position();
        code.emit32(0);
        addRelocation(start, RelocationType.R_AARCH64_PREL32, symbol, addend);
        if (listing() != null) {
            list(start, ".4byte " + symbol(symbol, addend) + " - .");
        }
    }

    // ---- floating point (C4.1.90 "Data Processing -- Scalar Floating-Point"): size 32 (s) or 64 (d)

    public void fmul(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm) {
        fpTwoSource("fmul", 0b0000, size, rd, rn, rm);
    }

    public void fdiv(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm) {
        fpTwoSource("fdiv", 0b0001, size, rd, rn, rm);
    }

    public void fadd(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm) {
        fpTwoSource("fadd", 0b0010, size, rd, rn, rm);
    }

    public void fsub(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm) {
        fpTwoSource("fsub", 0b0011, size, rd, rn, rm);
    }

    /** {@code fmax}: NaN if either is NaN (Java's Math.max). */
    public void fmax(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm) {
        fpTwoSource("fmax", 0b0100, size, rd, rn, rm);
    }

    public void fmin(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm) {
        fpTwoSource("fmin", 0b0101, size, rd, rn, rm);
    }

    /** {@code fmaxnm}: the number if only one is a quiet NaN (IEEE 754 maxNum). */
    public void fmaxnm(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm) {
        fpTwoSource("fmaxnm", 0b0110, size, rd, rn, rm);
    }

    public void fminnm(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm) {
        fpTwoSource("fminnm", 0b0111, size, rd, rn, rm);
    }

    public void fnmul(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm) {
        fpTwoSource("fnmul", 0b1000, size, rd, rn, rm);
    }

    private static int ftype(String insn, int size) {
        if (size == 32) {
            return 0;
        }
        if (size == 64) {
            return 1;
        }
        throw Operands.invalid(insn, "size", size, "is not 32 or 64");
    }

    private void fpTwoSource(String insn, int opcode, int size, FloatRegister rd, FloatRegister rn, FloatRegister rm) {
        int start = emit(0x1E200800 | ftype(insn, size) << 22 | rm.encoding() << 16 | opcode << 12 | rn.encoding() << 5 | rd.encoding());
        if (listing() != null) {
            list(start, insn + " " + rd.asmName(size) + ", " + rn.asmName(size) + ", " + rm.asmName(size));
        }
    }

    /** {@code fmov rd, rn} between FP registers of the same size. */
    public void fmov(int size, FloatRegister rd, FloatRegister rn) {
        fpOneSource("fmov", 0b000000, size, size, rd, rn);
    }

    public void fabs(int size, FloatRegister rd, FloatRegister rn) {
        fpOneSource("fabs", 0b000001, size, size, rd, rn);
    }

    public void fneg(int size, FloatRegister rd, FloatRegister rn) {
        fpOneSource("fneg", 0b000010, size, size, rd, rn);
    }

    public void fsqrt(int size, FloatRegister rd, FloatRegister rn) {
        fpOneSource("fsqrt", 0b000011, size, size, rd, rn);
    }

    /** {@code frintn}: round to nearest, ties to even (Math.rint). */
    public void frintn(int size, FloatRegister rd, FloatRegister rn) {
        fpOneSource("frintn", 0b001000, size, size, rd, rn);
    }

    /** {@code frintp}: round towards +infinity (Math.ceil). */
    public void frintp(int size, FloatRegister rd, FloatRegister rn) {
        fpOneSource("frintp", 0b001001, size, size, rd, rn);
    }

    /** {@code frintm}: round towards -infinity (Math.floor). */
    public void frintm(int size, FloatRegister rd, FloatRegister rn) {
        fpOneSource("frintm", 0b001010, size, size, rd, rn);
    }

    /** {@code frintz}: round towards zero. */
    public void frintz(int size, FloatRegister rd, FloatRegister rn) {
        fpOneSource("frintz", 0b001011, size, size, rd, rn);
    }

    /** {@code frinta}: round to nearest, ties away from zero. */
    public void frinta(int size, FloatRegister rd, FloatRegister rn) {
        fpOneSource("frinta", 0b001100, size, size, rd, rn);
    }

    /** {@code fcvt rd, rn}: float to double (dstSize 64, srcSize 32) or double to float. */
    public void fcvt(int dstSize, int srcSize, FloatRegister rd, FloatRegister rn) {
        if (dstSize == srcSize) {
            throw Operands.invalid("fcvt", "dstSize", dstSize, "equals srcSize: fcvt converts between precisions");
        }
        fpOneSource("fcvt", 0b000100 | ftype("fcvt", dstSize), srcSize, dstSize, rd, rn);
    }

    private void fpOneSource(String insn, int opcode, int size, int dstSize, FloatRegister rd, FloatRegister rn) {
        int start = emit(0x1E204000 | ftype(insn, size) << 22 | opcode << 15 | rn.encoding() << 5 | rd.encoding());
        if (listing() != null) {
            list(start, insn + " " + rd.asmName(dstSize) + ", " + rn.asmName(size));
        }
    }

    /** {@code fcmp rn, rm}: sets NZCV; unordered (a NaN) gives C and V set. */
    public void fcmp(int size, FloatRegister rn, FloatRegister rm) {
        fpCompare("fcmp", 0b00000, size, rn, rm);
    }

    /** {@code fcmp rn, #0.0}. */
    public void fcmp(int size, FloatRegister rn) {
        fpCompare("fcmp", 0b01000, size, rn, null);
    }

    /** {@code fcmpe}: like fcmp, but signals Invalid Operation on quiet NaNs too. */
    public void fcmpe(int size, FloatRegister rn, FloatRegister rm) {
        fpCompare("fcmpe", 0b10000, size, rn, rm);
    }

    public void fcmpe(int size, FloatRegister rn) {
        fpCompare("fcmpe", 0b11000, size, rn, null);
    }

    private void fpCompare(String insn, int opc, int size, FloatRegister rn, FloatRegister rm) {
        int m = rm == null ? 0 : rm.encoding();
        int start = emit(0x1E202000 | ftype(insn, size) << 22 | m << 16 | rn.encoding() << 5 | opc);
        if (listing() != null) {
            list(start, insn + " " + rn.asmName(size) + ", " + (rm == null ? "#0.0" : rm.asmName(size)));
        }
    }

    /** {@code fcsel rd, rn, rm, cond}: rd = cond ? rn : rm. */
    public void fcsel(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm, Condition cond) {
        int start = emit(0x1E200C00 | ftype("fcsel", size) << 22 | rm.encoding() << 16 | cond.encoding() << 12
                | rn.encoding() << 5 | rd.encoding());
        if (listing() != null) {
            list(start, "fcsel " + rd.asmName(size) + ", " + rn.asmName(size) + ", " + rm.asmName(size) + ", " + cond.asmName());
        }
    }

    /** {@code fmadd rd, rn, rm, ra}: ra + rn * rm, fused. */
    public void fmadd(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm, FloatRegister ra) {
        fpThreeSource("fmadd", 0, 0, size, rd, rn, rm, ra);
    }

    /** {@code fmsub rd, rn, rm, ra}: ra - rn * rm, fused. */
    public void fmsub(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm, FloatRegister ra) {
        fpThreeSource("fmsub", 0, 1, size, rd, rn, rm, ra);
    }

    public void fnmadd(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm, FloatRegister ra) {
        fpThreeSource("fnmadd", 1, 0, size, rd, rn, rm, ra);
    }

    public void fnmsub(int size, FloatRegister rd, FloatRegister rn, FloatRegister rm, FloatRegister ra) {
        fpThreeSource("fnmsub", 1, 1, size, rd, rn, rm, ra);
    }

    private void fpThreeSource(String insn, int o1, int o0, int size, FloatRegister rd, FloatRegister rn, FloatRegister rm,
                               FloatRegister ra) {
        int start = emit(0x1F000000 | ftype(insn, size) << 22 | o1 << 21 | rm.encoding() << 16 | o0 << 15
                | ra.encoding() << 10 | rn.encoding() << 5 | rd.encoding());
        if (listing() != null) {
            list(start, insn + " " + rd.asmName(size) + ", " + rn.asmName(size) + ", " + rm.asmName(size) + ", " + ra.asmName(size));
        }
    }

    /**
     * {@code fmov rd, #value}: value must be +-(16..31)/16 * 2^(-3..4), the 8-bit FP immediate of
     * C2.2.3 (VFPExpandImm). Zero is not among them; the MacroAssembler moves it from xzr.
     */
    public void fmov(int size, FloatRegister rd, double value) {
        int imm8 = fpImmediate(value);
        if (imm8 < 0) {
            throw Operands.invalid("fmov", "immediate", value, "is not +-n/16 * 2^e with n in [16, 31] and e in [-3, 4]");
        }
        int start = emit(0x1E201000 | ftype("fmov", size) << 22 | imm8 << 13 | rd.encoding());
        if (listing() != null) {
            list(start, "fmov " + rd.asmName(size) + ", #" + value);
        }
    }

    /** The imm8 encoding of {@code value} for {@code fmov}, or -1. */
    public static int fpImmediate(double value) {
        long bits = Double.doubleToRawLongBits(value);
        if ((bits & 0x0000_FFFF_FFFF_FFFFL) != 0) {
            return -1;
        }
        int exponent = (int) (bits >>> 52) & 0x7FF;
        // The exponent must be NOT(b):b:b:b:b:b:b:b:b:c:d.
        int b = exponent >> 8 & 1;
        int expected = (b ^ 1) << 10 | (b == 1 ? 0xFF : 0) << 2;
        if ((exponent & ~3) != expected) {
            return -1;
        }
        int sign = (int) (bits >>> 63);
        return sign << 7 | b << 6 | (exponent & 3) << 4 | (int) (bits >>> 48) & 0xF;
    }

    /** {@code fmov wd|xd, sn|dn}: the raw bits, size 32 (w, s) or 64 (x, d). */
    public void fmov(int size, Register rd, FloatRegister rn) {
        int sf = sf("fmov", size);
        int start = emit(0x1E260000 | sf << 31 | sf << 22 | rn.encoding() << 5 | zr("fmov", "rd", rd));
        if (listing() != null) {
            list(start, "fmov " + rd.asmName(size) + ", " + rn.asmName(size));
        }
    }

    /** {@code fmov sd|dd, wn|xn}: the raw bits. */
    public void fmov(int size, FloatRegister rd, Register rn) {
        int sf = sf("fmov", size);
        int start = emit(0x1E270000 | sf << 31 | sf << 22 | zr("fmov", "rn", rn) << 5 | rd.encoding());
        if (listing() != null) {
            list(start, "fmov " + rd.asmName(size) + ", " + rn.asmName(size));
        }
    }

    /** {@code scvtf sd|dd, wn|xn}: signed integer (intSize bits) to FP (fpSize bits). */
    public void scvtf(int fpSize, int intSize, FloatRegister rd, Register rn) {
        intToFp("scvtf", 0b010, fpSize, intSize, rd, rn);
    }

    public void ucvtf(int fpSize, int intSize, FloatRegister rd, Register rn) {
        intToFp("ucvtf", 0b011, fpSize, intSize, rd, rn);
    }

    private void intToFp(String insn, int opcode, int fpSize, int intSize, FloatRegister rd, Register rn) {
        int word = 0x1E200000 | sf(insn, intSize) << 31 | ftype(insn, fpSize) << 22 | opcode << 16
                | zr(insn, "rn", rn) << 5 | rd.encoding();
        int start = emit(word);
        if (listing() != null) {
            list(start, insn + " " + rd.asmName(fpSize) + ", " + rn.asmName(intSize));
        }
    }

    /**
     * {@code fcvtzs wd|xd, sn|dn}: FP to signed integer, rounding towards zero and saturating, NaN to 0,
     * which is exactly Java's (int)/(long) cast.
     */
    public void fcvtzs(int intSize, int fpSize, Register rd, FloatRegister rn) {
        fpToInt("fcvtzs", 0b11, 0b000, intSize, fpSize, rd, rn);
    }

    public void fcvtzu(int intSize, int fpSize, Register rd, FloatRegister rn) {
        fpToInt("fcvtzu", 0b11, 0b001, intSize, fpSize, rd, rn);
    }

    /** {@code fcvtns}: to signed integer, nearest with ties to even. */
    public void fcvtns(int intSize, int fpSize, Register rd, FloatRegister rn) {
        fpToInt("fcvtns", 0b00, 0b000, intSize, fpSize, rd, rn);
    }

    /** {@code fcvtas}: to signed integer, nearest with ties away from zero. */
    public void fcvtas(int intSize, int fpSize, Register rd, FloatRegister rn) {
        fpToInt("fcvtas", 0b00, 0b100, intSize, fpSize, rd, rn);
    }

    /** {@code fcvtms}: to signed integer, towards -infinity. */
    public void fcvtms(int intSize, int fpSize, Register rd, FloatRegister rn) {
        fpToInt("fcvtms", 0b10, 0b000, intSize, fpSize, rd, rn);
    }

    /** {@code fcvtps}: to signed integer, towards +infinity. */
    public void fcvtps(int intSize, int fpSize, Register rd, FloatRegister rn) {
        fpToInt("fcvtps", 0b01, 0b000, intSize, fpSize, rd, rn);
    }

    private void fpToInt(String insn, int rmode, int opcode, int intSize, int fpSize, Register rd, FloatRegister rn) {
        int word = 0x1E200000 | sf(insn, intSize) << 31 | ftype(insn, fpSize) << 22 | rmode << 19 | opcode << 16
                | rn.encoding() << 5 | zr(insn, "rd", rd);
        int start = emit(word);
        if (listing() != null) {
            list(start, insn + " " + rd.asmName(intSize) + ", " + rn.asmName(fpSize));
        }
    }

    // ---- system instructions (C5: barriers, hints, exceptions, system registers, maintenance)

    public void nop() {
        hint("nop", NOP);
    }

    public void yield() {
        hint("yield", 0xD503203F);
    }

    public void wfe() {
        hint("wfe", 0xD503205F);
    }

    public void wfi() {
        hint("wfi", 0xD503207F);
    }

    public void sev() {
        hint("sev", 0xD503209F);
    }

    public void sevl() {
        hint("sevl", 0xD50320BF);
    }

    /** {@code isb}: the full-system instruction barrier. */
    public void isb() {
        hint("isb", 0xD5033FDF);
    }

    public void clrex() {
        hint("clrex", 0xD5033F5F);
    }

    /** {@code eret}: return from exception to ELR_ELx with SPSR_ELx. */
    public void eret() {
        hint("eret", 0xD69F03E0);
    }

    private void hint(String insn, int word) {
        int start = emit(word);
        list(start, insn);
    }

    public void dmb(BarrierOption option) {
        barrier("dmb", 0xD50330BF, option);
    }

    public void dsb(BarrierOption option) {
        barrier("dsb", 0xD503309F, option);
    }

    private void barrier(String insn, int opcode, BarrierOption option) {
        int start = emit(opcode | option.encoding() << 8);
        if (listing() != null) {
            list(start, insn + " " + option.asmName());
        }
    }

    /** {@code svc #imm16}: supervisor call. */
    public void svc(int imm16) {
        exception("svc", 0xD4000001, imm16);
    }

    public void hvc(int imm16) {
        exception("hvc", 0xD4000002, imm16);
    }

    public void smc(int imm16) {
        exception("smc", 0xD4000003, imm16);
    }

    public void brk(int imm16) {
        exception("brk", 0xD4200000, imm16);
    }

    /** {@code hlt #imm16}: {@code hlt #0xf000} is the A64 semihosting call. */
    public void hlt(int imm16) {
        exception("hlt", 0xD4400000, imm16);
    }

    /**
     * {@code udf #imm16}: permanently undefined (ARM ARM C6.2 "UDF"); always raises an Undefined Instruction
     * exception (ESR_ELx.EC 0x00), which is how a program asks for one on purpose. Unlike the exception
     * generating instructions, its imm16 sits in bits 15:0.
     */
    public void udf(int imm16) {
        int start = emit(unsignedField("udf", "immediate", imm16, 16));
        if (listing() != null) {
            list(start, "udf " + hex(imm16));
        }
    }

    private void exception(String insn, int opcode, int imm16) {
        int start = emit(opcode | unsignedField(insn, "immediate", imm16, 16) << 5);
        if (listing() != null) {
            list(start, insn + " " + hex(imm16));
        }
    }

    /** {@code mrs xt, sysreg}. */
    public void mrs(Register rt, SystemRegister register) {
        int start = emit(0xD5300000 | register.field() << 5 | zr("mrs", "rt", rt));
        if (listing() != null) {
            list(start, "mrs " + rt.asmName(64) + ", " + register.asmName());
        }
    }

    /** {@code msr sysreg, xt}. */
    public void msr(SystemRegister register, Register rt) {
        if (register.isReadOnly()) {
            throw Operands.invalid("msr", "register", register, "is read-only");
        }
        int start = emit(0xD5100000 | register.field() << 5 | zr("msr", "rt", rt));
        if (listing() != null) {
            list(start, "msr " + register.asmName() + ", " + rt.asmName(64));
        }
    }

    /** {@code msr daifset|daifclr|spsel, #imm}: imm in [0, 15] (DAIF bits D=8, A=4, I=2, F=1) or [0, 1] for spsel. */
    public void msr(PStateField field, int imm) {
        int bits = field == PStateField.SPSEL ? 1 : 4;
        int crm = unsignedField("msr", "immediate", imm, bits);
        int start = emit(0xD500401F | field.op1() << 16 | crm << 8 | field.op2() << 5);
        if (listing() != null) {
            list(start, "msr " + field.asmName() + ", #" + imm);
        }
    }

    /** {@code tlbi op} for the operations without a register (vmalle1, vmalle1is, alle2). */
    public void tlbi(SystemOperation operation) {
        systemOperation("tlbi", operation, null);
    }

    /** {@code tlbi op, xt}: xt holds the page number and ASID (or the ASID alone) as the op defines. */
    public void tlbi(SystemOperation operation, Register rt) {
        systemOperation("tlbi", operation, rt);
    }

    /** {@code dc op, xt}: data cache maintenance by virtual address. */
    public void dc(SystemOperation operation, Register rt) {
        systemOperation("dc", operation, rt);
    }

    public void ic(SystemOperation operation) {
        systemOperation("ic", operation, null);
    }

    public void ic(SystemOperation operation, Register rt) {
        systemOperation("ic", operation, rt);
    }

    private void systemOperation(String insn, SystemOperation operation, Register rt) {
        if (!operation.mnemonic().equals(insn)) {
            throw Operands.invalid(insn, "operation", operation, "is a " + operation.mnemonic() + " operation");
        }
        if (operation.takesRegister() != (rt != null)) {
            throw Operands.invalid(insn, "operation", operation,
                    operation.takesRegister() ? "needs a register operand" : "takes no register operand");
        }
        int t = rt == null ? 31 : zr(insn, "rt", rt);
        int start = emit(0xD5080000 | operation.field() << 5 | t);
        if (listing() != null) {
            list(start, insn + " " + operation.operation() + (rt == null ? "" : ", " + rt.asmName(64)));
        }
    }
}
