package org.eremite.jit.riscv64.asm;

import static org.eremite.jit.riscv64.asm.Encoding.*;

import org.eremite.vm.asm.Operands;

/**
 * Jasm for riscv64: one method per instruction form of RV64IMAFD, Zicsr, Zifencei and the supervisor and
 * machine instructions. The integer half ({@code add} ... {@code bgeu}, loads, stores, jumps) is
 * inherited from {@link IntegerAssembler}; this class adds floating point, atomics, fences, CSR access
 * and the system instructions. Every method emits exactly one 32-bit instruction.
 *
 * <p>Floating-point methods whose instruction has a rounding-mode field come in two forms: without a
 * {@link RoundingMode} they encode {@link RoundingMode#DYN} (what GNU as does), with one they encode it.
 * Conversions that are always exact ({@code fcvt.d.w}, {@code fcvt.d.wu}, {@code fcvt.d.s}) take none
 * and encode RNE, as GNU as does.
 */
public class Assembler extends IntegerAssembler {
    private static final int S = 0;
    private static final int D = 1;

    public Assembler() {
    }

    // ---- Floating-point loads and stores (sections 11.5, 12.3).

    public void flw(FloatRegister rd, Register base, int offset) {
        load("flw", LOAD_FP, 2, rd.number(), rd.abiName(), base, offset);
    }

    public void fld(FloatRegister rd, Register base, int offset) {
        load("fld", LOAD_FP, 3, rd.number(), rd.abiName(), base, offset);
    }

    public void fsw(FloatRegister src, Register base, int offset) {
        store("fsw", STORE_FP, 2, src.number(), src.abiName(), base, offset);
    }

    public void fsd(FloatRegister src, Register base, int offset) {
        store("fsd", STORE_FP, 3, src.number(), src.abiName(), base, offset);
    }

    // ---- Arithmetic (sections 11.6, 12.4): funct5 in bits 31:27, the format in 26:25.

    public void fadd_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, RoundingMode rm) {
        fp("fadd.s", 0x00, S, rd, rs1, rs2, rm);
    }

    public void fsub_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, RoundingMode rm) {
        fp("fsub.s", 0x01, S, rd, rs1, rs2, rm);
    }

    public void fmul_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, RoundingMode rm) {
        fp("fmul.s", 0x02, S, rd, rs1, rs2, rm);
    }

    public void fdiv_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, RoundingMode rm) {
        fp("fdiv.s", 0x03, S, rd, rs1, rs2, rm);
    }

    public void fadd_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, RoundingMode rm) {
        fp("fadd.d", 0x00, D, rd, rs1, rs2, rm);
    }

    public void fsub_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, RoundingMode rm) {
        fp("fsub.d", 0x01, D, rd, rs1, rs2, rm);
    }

    public void fmul_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, RoundingMode rm) {
        fp("fmul.d", 0x02, D, rd, rs1, rs2, rm);
    }

    public void fdiv_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, RoundingMode rm) {
        fp("fdiv.d", 0x03, D, rd, rs1, rs2, rm);
    }

    public void fadd_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fadd_s(rd, rs1, rs2, RoundingMode.DYN);
    }

    public void fsub_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fsub_s(rd, rs1, rs2, RoundingMode.DYN);
    }

    public void fmul_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fmul_s(rd, rs1, rs2, RoundingMode.DYN);
    }

    public void fdiv_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fdiv_s(rd, rs1, rs2, RoundingMode.DYN);
    }

    public void fadd_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fadd_d(rd, rs1, rs2, RoundingMode.DYN);
    }

    public void fsub_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fsub_d(rd, rs1, rs2, RoundingMode.DYN);
    }

    public void fmul_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fmul_d(rd, rs1, rs2, RoundingMode.DYN);
    }

    public void fdiv_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fdiv_d(rd, rs1, rs2, RoundingMode.DYN);
    }

    public void fsqrt_s(FloatRegister rd, FloatRegister rs1, RoundingMode rm) {
        fpUnary("fsqrt.s", 0x0B, S, 0, rd.number(), rd.abiName(), rs1.number(), rs1.abiName(), rm);
    }

    public void fsqrt_d(FloatRegister rd, FloatRegister rs1, RoundingMode rm) {
        fpUnary("fsqrt.d", 0x0B, D, 0, rd.number(), rd.abiName(), rs1.number(), rs1.abiName(), rm);
    }

    public void fsqrt_s(FloatRegister rd, FloatRegister rs1) {
        fsqrt_s(rd, rs1, RoundingMode.DYN);
    }

    public void fsqrt_d(FloatRegister rd, FloatRegister rs1) {
        fsqrt_d(rd, rs1, RoundingMode.DYN);
    }

    /** IEEE 754-2008 minNum: a NaN operand yields the other operand (not Java's Math.min). */
    public void fmin_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fpFixed("fmin.s", 0x05, S, 0, rd, rs1, rs2);
    }

    public void fmax_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fpFixed("fmax.s", 0x05, S, 1, rd, rs1, rs2);
    }

    public void fmin_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fpFixed("fmin.d", 0x05, D, 0, rd, rs1, rs2);
    }

    public void fmax_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fpFixed("fmax.d", 0x05, D, 1, rd, rs1, rs2);
    }

    /** Sign injection (sections 11.7, 12.5): the magnitude of rs1 with the sign of rs2. */
    public void fsgnj_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fpFixed("fsgnj.s", 0x04, S, 0, rd, rs1, rs2);
    }

    public void fsgnjn_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fpFixed("fsgnjn.s", 0x04, S, 1, rd, rs1, rs2);
    }

    public void fsgnjx_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fpFixed("fsgnjx.s", 0x04, S, 2, rd, rs1, rs2);
    }

    public void fsgnj_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fpFixed("fsgnj.d", 0x04, D, 0, rd, rs1, rs2);
    }

    public void fsgnjn_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fpFixed("fsgnjn.d", 0x04, D, 1, rd, rs1, rs2);
    }

    public void fsgnjx_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        fpFixed("fsgnjx.d", 0x04, D, 2, rd, rs1, rs2);
    }

    /** {@code fsgnj.s rd, rs, rs}. */
    public void fmv_s(FloatRegister rd, FloatRegister rs) {
        fpPseudo("fmv.s", 0x04, S, 0, rd, rs);
    }

    /** {@code fsgnjn.s rd, rs, rs}. */
    public void fneg_s(FloatRegister rd, FloatRegister rs) {
        fpPseudo("fneg.s", 0x04, S, 1, rd, rs);
    }

    /** {@code fsgnjx.s rd, rs, rs}. */
    public void fabs_s(FloatRegister rd, FloatRegister rs) {
        fpPseudo("fabs.s", 0x04, S, 2, rd, rs);
    }

    public void fmv_d(FloatRegister rd, FloatRegister rs) {
        fpPseudo("fmv.d", 0x04, D, 0, rd, rs);
    }

    public void fneg_d(FloatRegister rd, FloatRegister rs) {
        fpPseudo("fneg.d", 0x04, D, 1, rd, rs);
    }

    public void fabs_d(FloatRegister rd, FloatRegister rs) {
        fpPseudo("fabs.d", 0x04, D, 2, rd, rs);
    }

    // ---- Fused multiply-add (R4 format): rd = +-(rs1 * rs2) +- rs3.

    public void fmadd_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3, RoundingMode rm) {
        fused("fmadd.s", MADD, S, rd, rs1, rs2, rs3, rm);
    }

    public void fmsub_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3, RoundingMode rm) {
        fused("fmsub.s", MSUB, S, rd, rs1, rs2, rs3, rm);
    }

    public void fnmsub_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3, RoundingMode rm) {
        fused("fnmsub.s", NMSUB, S, rd, rs1, rs2, rs3, rm);
    }

    public void fnmadd_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3, RoundingMode rm) {
        fused("fnmadd.s", NMADD, S, rd, rs1, rs2, rs3, rm);
    }

    public void fmadd_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3, RoundingMode rm) {
        fused("fmadd.d", MADD, D, rd, rs1, rs2, rs3, rm);
    }

    public void fmsub_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3, RoundingMode rm) {
        fused("fmsub.d", MSUB, D, rd, rs1, rs2, rs3, rm);
    }

    public void fnmsub_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3, RoundingMode rm) {
        fused("fnmsub.d", NMSUB, D, rd, rs1, rs2, rs3, rm);
    }

    public void fnmadd_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3, RoundingMode rm) {
        fused("fnmadd.d", NMADD, D, rd, rs1, rs2, rs3, rm);
    }

    public void fmadd_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3) {
        fmadd_s(rd, rs1, rs2, rs3, RoundingMode.DYN);
    }

    public void fmsub_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3) {
        fmsub_s(rd, rs1, rs2, rs3, RoundingMode.DYN);
    }

    public void fnmsub_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3) {
        fnmsub_s(rd, rs1, rs2, rs3, RoundingMode.DYN);
    }

    public void fnmadd_s(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3) {
        fnmadd_s(rd, rs1, rs2, rs3, RoundingMode.DYN);
    }

    public void fmadd_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3) {
        fmadd_d(rd, rs1, rs2, rs3, RoundingMode.DYN);
    }

    public void fmsub_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3) {
        fmsub_d(rd, rs1, rs2, rs3, RoundingMode.DYN);
    }

    public void fnmsub_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3) {
        fnmsub_d(rd, rs1, rs2, rs3, RoundingMode.DYN);
    }

    public void fnmadd_d(FloatRegister rd, FloatRegister rs1, FloatRegister rs2, FloatRegister rs3) {
        fnmadd_d(rd, rs1, rs2, rs3, RoundingMode.DYN);
    }

    // ---- Comparisons and classification (sections 11.8, 11.9): the result goes to an integer register.

    public void feq_s(Register rd, FloatRegister rs1, FloatRegister rs2) {
        compare("feq.s", S, 2, rd, rs1, rs2);
    }

    public void flt_s(Register rd, FloatRegister rs1, FloatRegister rs2) {
        compare("flt.s", S, 1, rd, rs1, rs2);
    }

    public void fle_s(Register rd, FloatRegister rs1, FloatRegister rs2) {
        compare("fle.s", S, 0, rd, rs1, rs2);
    }

    public void feq_d(Register rd, FloatRegister rs1, FloatRegister rs2) {
        compare("feq.d", D, 2, rd, rs1, rs2);
    }

    public void flt_d(Register rd, FloatRegister rs1, FloatRegister rs2) {
        compare("flt.d", D, 1, rd, rs1, rs2);
    }

    public void fle_d(Register rd, FloatRegister rs1, FloatRegister rs2) {
        compare("fle.d", D, 0, rd, rs1, rs2);
    }

    public void fclass_s(Register rd, FloatRegister rs1) {
        fpFixedUnary("fclass.s", 0x1C, S, 1, rd.number(), rd.abiName(), rs1.number(), rs1.abiName());
    }

    public void fclass_d(Register rd, FloatRegister rs1) {
        fpFixedUnary("fclass.d", 0x1C, D, 1, rd.number(), rd.abiName(), rs1.number(), rs1.abiName());
    }

    // ---- Bit-pattern moves between register files (sections 11.7, 12.5).

    public void fmv_x_w(Register rd, FloatRegister rs1) {
        fpFixedUnary("fmv.x.w", 0x1C, S, 0, rd.number(), rd.abiName(), rs1.number(), rs1.abiName());
    }

    public void fmv_w_x(FloatRegister rd, Register rs1) {
        fpFixedUnary("fmv.w.x", 0x1E, S, 0, rd.number(), rd.abiName(), rs1.number(), rs1.abiName());
    }

    public void fmv_x_d(Register rd, FloatRegister rs1) {
        fpFixedUnary("fmv.x.d", 0x1C, D, 0, rd.number(), rd.abiName(), rs1.number(), rs1.abiName());
    }

    public void fmv_d_x(FloatRegister rd, Register rs1) {
        fpFixedUnary("fmv.d.x", 0x1E, D, 0, rd.number(), rd.abiName(), rs1.number(), rs1.abiName());
    }

    // ---- Conversions (sections 11.7, 12.5). Floating to integer saturates, NaN converting to the maximum.

    public void fcvt_w_s(Register rd, FloatRegister rs1, RoundingMode rm) {
        toInt("fcvt.w.s", S, 0, rd, rs1, rm);
    }

    public void fcvt_wu_s(Register rd, FloatRegister rs1, RoundingMode rm) {
        toInt("fcvt.wu.s", S, 1, rd, rs1, rm);
    }

    public void fcvt_l_s(Register rd, FloatRegister rs1, RoundingMode rm) {
        toInt("fcvt.l.s", S, 2, rd, rs1, rm);
    }

    public void fcvt_lu_s(Register rd, FloatRegister rs1, RoundingMode rm) {
        toInt("fcvt.lu.s", S, 3, rd, rs1, rm);
    }

    public void fcvt_w_d(Register rd, FloatRegister rs1, RoundingMode rm) {
        toInt("fcvt.w.d", D, 0, rd, rs1, rm);
    }

    public void fcvt_wu_d(Register rd, FloatRegister rs1, RoundingMode rm) {
        toInt("fcvt.wu.d", D, 1, rd, rs1, rm);
    }

    public void fcvt_l_d(Register rd, FloatRegister rs1, RoundingMode rm) {
        toInt("fcvt.l.d", D, 2, rd, rs1, rm);
    }

    public void fcvt_lu_d(Register rd, FloatRegister rs1, RoundingMode rm) {
        toInt("fcvt.lu.d", D, 3, rd, rs1, rm);
    }

    public void fcvt_s_w(FloatRegister rd, Register rs1, RoundingMode rm) {
        fromInt("fcvt.s.w", S, 0, rd, rs1, rm);
    }

    public void fcvt_s_wu(FloatRegister rd, Register rs1, RoundingMode rm) {
        fromInt("fcvt.s.wu", S, 1, rd, rs1, rm);
    }

    public void fcvt_s_l(FloatRegister rd, Register rs1, RoundingMode rm) {
        fromInt("fcvt.s.l", S, 2, rd, rs1, rm);
    }

    public void fcvt_s_lu(FloatRegister rd, Register rs1, RoundingMode rm) {
        fromInt("fcvt.s.lu", S, 3, rd, rs1, rm);
    }

    public void fcvt_d_l(FloatRegister rd, Register rs1, RoundingMode rm) {
        fromInt("fcvt.d.l", D, 2, rd, rs1, rm);
    }

    public void fcvt_d_lu(FloatRegister rd, Register rs1, RoundingMode rm) {
        fromInt("fcvt.d.lu", D, 3, rd, rs1, rm);
    }

    /** Exact: every int is a double. */
    public void fcvt_d_w(FloatRegister rd, Register rs1) {
        fromInt("fcvt.d.w", D, 0, rd, rs1, null);
    }

    public void fcvt_d_wu(FloatRegister rd, Register rs1) {
        fromInt("fcvt.d.wu", D, 1, rd, rs1, null);
    }

    public void fcvt_s_d(FloatRegister rd, FloatRegister rs1, RoundingMode rm) {
        fpUnary("fcvt.s.d", 0x08, S, 1, rd.number(), rd.abiName(), rs1.number(), rs1.abiName(), rm);
    }

    /** Exact: every float is a double. */
    public void fcvt_d_s(FloatRegister rd, FloatRegister rs1) {
        fpUnary("fcvt.d.s", 0x08, D, 0, rd.number(), rd.abiName(), rs1.number(), rs1.abiName(), null);
    }

    // ---- Encoding families of the F and D extensions.

    private void fp(String m, int funct5, int fmt, FloatRegister rd, FloatRegister rs1, FloatRegister rs2, RoundingMode rm) {
        int word = Encoding.r(OP_FP, rd.number(), rm.encoding(), rs1.number(), rs2.number(), funct5 << 2 | fmt);
        emit(word, listing() == null ? null : m + " " + rd + ", " + rs1 + ", " + rs2 + rmText(rm));
    }

    private void fpFixed(String m, int funct5, int fmt, int funct3, FloatRegister rd, FloatRegister rs1, FloatRegister rs2) {
        int word = Encoding.r(OP_FP, rd.number(), funct3, rs1.number(), rs2.number(), funct5 << 2 | fmt);
        emit(word, listing() == null ? null : m + " " + rd + ", " + rs1 + ", " + rs2);
    }

    private void fpPseudo(String m, int funct5, int fmt, int funct3, FloatRegister rd, FloatRegister rs) {
        int word = Encoding.r(OP_FP, rd.number(), funct3, rs.number(), rs.number(), funct5 << 2 | fmt);
        emit(word, listing() == null ? null : m + " " + rd + ", " + rs);
    }

    /**
     * Single-source operations with a rounding mode; {@code rs2} is part of the opcode. A null {@code rm}
     * marks an exact conversion: GNU as accepts no rounding mode for it and encodes RNE.
     */
    private void fpUnary(String m, int funct5, int fmt, int rs2, int rd, String rdName, int rs1, String rs1Name, RoundingMode rm) {
        int word = Encoding.r(OP_FP, rd, rm == null ? RoundingMode.RNE.encoding() : rm.encoding(), rs1, rs2, funct5 << 2 | fmt);
        emit(word, listing() == null ? null : m + " " + rdName + ", " + rs1Name + (rm == null ? "" : rmText(rm)));
    }

    private void fpFixedUnary(String m, int funct5, int fmt, int funct3, int rd, String rdName, int rs1, String rs1Name) {
        int word = Encoding.r(OP_FP, rd, funct3, rs1, 0, funct5 << 2 | fmt);
        emit(word, listing() == null ? null : m + " " + rdName + ", " + rs1Name);
    }

    private void compare(String m, int fmt, int funct3, Register rd, FloatRegister rs1, FloatRegister rs2) {
        int word = Encoding.r(OP_FP, rd.number(), funct3, rs1.number(), rs2.number(), 0x14 << 2 | fmt);
        emit(word, listing() == null ? null : m + " " + rd + ", " + rs1 + ", " + rs2);
    }

    private void toInt(String m, int fmt, int type, Register rd, FloatRegister rs1, RoundingMode rm) {
        fpUnary(m, 0x18, fmt, type, rd.number(), rd.abiName(), rs1.number(), rs1.abiName(), rm);
    }

    private void fromInt(String m, int fmt, int type, FloatRegister rd, Register rs1, RoundingMode rm) {
        fpUnary(m, 0x1A, fmt, type, rd.number(), rd.abiName(), rs1.number(), rs1.abiName(), rm);
    }

    private void fused(String m, int opcode, int fmt, FloatRegister rd, FloatRegister rs1, FloatRegister rs2,
            FloatRegister rs3, RoundingMode rm) {
        int word = Encoding.r4(opcode, rd.number(), rm.encoding(), rs1.number(), rs2.number(), fmt, rs3.number());
        emit(word, listing() == null ? null : m + " " + rd + ", " + rs1 + ", " + rs2 + ", " + rs3 + rmText(rm));
    }

    /** GNU as assumes dyn when no rounding mode is written, so dyn is left out. */
    private static String rmText(RoundingMode rm) {
        return rm == RoundingMode.DYN ? "" : ", " + rm;
    }

    // ---- Atomics (chapter 8): operands as GNU as writes them, (rd, rs2, (rs1)).

    public void lr_w(Register rd, Register address, Ordering ordering) {
        amo("lr.w", 0x02, 2, rd, Register.ZERO, address, ordering);
    }

    public void lr_d(Register rd, Register address, Ordering ordering) {
        amo("lr.d", 0x02, 3, rd, Register.ZERO, address, ordering);
    }

    /** Writes 0 to {@code rd} if the store succeeded, nonzero otherwise. */
    public void sc_w(Register rd, Register value, Register address, Ordering ordering) {
        amo("sc.w", 0x03, 2, rd, value, address, ordering);
    }

    public void sc_d(Register rd, Register value, Register address, Ordering ordering) {
        amo("sc.d", 0x03, 3, rd, value, address, ordering);
    }

    public void amoswap_w(Register rd, Register value, Register address, Ordering ordering) {
        amo("amoswap.w", 0x01, 2, rd, value, address, ordering);
    }

    public void amoadd_w(Register rd, Register value, Register address, Ordering ordering) {
        amo("amoadd.w", 0x00, 2, rd, value, address, ordering);
    }

    public void amoxor_w(Register rd, Register value, Register address, Ordering ordering) {
        amo("amoxor.w", 0x04, 2, rd, value, address, ordering);
    }

    public void amoand_w(Register rd, Register value, Register address, Ordering ordering) {
        amo("amoand.w", 0x0C, 2, rd, value, address, ordering);
    }

    public void amoor_w(Register rd, Register value, Register address, Ordering ordering) {
        amo("amoor.w", 0x08, 2, rd, value, address, ordering);
    }

    public void amomin_w(Register rd, Register value, Register address, Ordering ordering) {
        amo("amomin.w", 0x10, 2, rd, value, address, ordering);
    }

    public void amomax_w(Register rd, Register value, Register address, Ordering ordering) {
        amo("amomax.w", 0x14, 2, rd, value, address, ordering);
    }

    public void amominu_w(Register rd, Register value, Register address, Ordering ordering) {
        amo("amominu.w", 0x18, 2, rd, value, address, ordering);
    }

    public void amomaxu_w(Register rd, Register value, Register address, Ordering ordering) {
        amo("amomaxu.w", 0x1C, 2, rd, value, address, ordering);
    }

    public void amoswap_d(Register rd, Register value, Register address, Ordering ordering) {
        amo("amoswap.d", 0x01, 3, rd, value, address, ordering);
    }

    public void amoadd_d(Register rd, Register value, Register address, Ordering ordering) {
        amo("amoadd.d", 0x00, 3, rd, value, address, ordering);
    }

    public void amoxor_d(Register rd, Register value, Register address, Ordering ordering) {
        amo("amoxor.d", 0x04, 3, rd, value, address, ordering);
    }

    public void amoand_d(Register rd, Register value, Register address, Ordering ordering) {
        amo("amoand.d", 0x0C, 3, rd, value, address, ordering);
    }

    public void amoor_d(Register rd, Register value, Register address, Ordering ordering) {
        amo("amoor.d", 0x08, 3, rd, value, address, ordering);
    }

    public void amomin_d(Register rd, Register value, Register address, Ordering ordering) {
        amo("amomin.d", 0x10, 3, rd, value, address, ordering);
    }

    public void amomax_d(Register rd, Register value, Register address, Ordering ordering) {
        amo("amomax.d", 0x14, 3, rd, value, address, ordering);
    }

    public void amominu_d(Register rd, Register value, Register address, Ordering ordering) {
        amo("amominu.d", 0x18, 3, rd, value, address, ordering);
    }

    public void amomaxu_d(Register rd, Register value, Register address, Ordering ordering) {
        amo("amomaxu.d", 0x1C, 3, rd, value, address, ordering);
    }

    private void amo(String m, int funct5, int width, Register rd, Register rs2, Register rs1, Ordering ordering) {
        int word = Encoding.r(AMO, rd.number(), width, rs1.number(), rs2.number(), funct5 << 2 | ordering.bits());
        if (listing() != null) {
            boolean lr = funct5 == 0x02;
            emit(word, m + ordering.suffix() + " " + rd + ", " + (lr ? "" : rs2 + ", ") + "(" + rs1 + ")");
        } else {
            emit(word, null);
        }
    }

    // ---- Ordering (sections 2.7 and 3): fence, fence.tso, fence.i.

    /** Orders the {@link Fence} accesses in {@code predecessors} before those in {@code successors}; both non-empty. */
    public void fence(int predecessors, int successors) {
        Operands.range("fence", "predecessor set", predecessors, 1, Fence.IORW);
        Operands.range("fence", "successor set", successors, 1, Fence.IORW);
        int word = predecessors << 24 | successors << 20 | MISC_MEM;
        emit(word, listing() == null ? null : "fence " + Fence.toString(predecessors) + ", " + Fence.toString(successors));
    }

    /** {@code fence iorw, iorw}: a full barrier. */
    public void fence() {
        fence(Fence.IORW, Fence.IORW);
    }

    /** Total store ordering: {@code fm=1000} with rw, rw (section 2.7). */
    public void fence_tso() {
        emit(0b1000 << 28 | Fence.RW << 24 | Fence.RW << 20 | MISC_MEM, "fence.tso");
    }

    /** Synchronizes instruction fetch with earlier stores of this hart (chapter 3, Zifencei). */
    public void fence_i() {
        emit(1 << 12 | MISC_MEM, "fence.i");
    }

    // ---- CSR access (chapter 9, Zicsr). Writing a read-only CSR is rejected.

    public void csrrw(Register rd, Csr csr, Register rs1) {
        csr("csrrw", 1, rd, csr, rs1.number(), rs1.abiName(), true);
    }

    public void csrrs(Register rd, Csr csr, Register rs1) {
        csr("csrrs", 2, rd, csr, rs1.number(), rs1.abiName(), rs1 != Register.ZERO);
    }

    public void csrrc(Register rd, Csr csr, Register rs1) {
        csr("csrrc", 3, rd, csr, rs1.number(), rs1.abiName(), rs1 != Register.ZERO);
    }

    /** The immediate forms take a 5-bit unsigned value in place of rs1. */
    public void csrrwi(Register rd, Csr csr, int uimm) {
        csr("csrrwi", 5, rd, csr, csrImmediate("csrrwi", uimm), Integer.toString(uimm), true);
    }

    public void csrrsi(Register rd, Csr csr, int uimm) {
        csr("csrrsi", 6, rd, csr, csrImmediate("csrrsi", uimm), Integer.toString(uimm), uimm != 0);
    }

    public void csrrci(Register rd, Csr csr, int uimm) {
        csr("csrrci", 7, rd, csr, csrImmediate("csrrci", uimm), Integer.toString(uimm), uimm != 0);
    }

    /** {@code csrrs rd, csr, zero}. */
    public void csrr(Register rd, Csr csr) {
        csrPseudo("csrr", 2, rd, csr, 0, null, false);
    }

    /** {@code csrrw zero, csr, rs}. */
    public void csrw(Csr csr, Register rs) {
        csrPseudo("csrw", 1, Register.ZERO, csr, rs.number(), rs.abiName(), true);
    }

    /** {@code csrrs zero, csr, rs}: sets the bits of rs. */
    public void csrs(Csr csr, Register rs) {
        csrPseudo("csrs", 2, Register.ZERO, csr, rs.number(), rs.abiName(), rs != Register.ZERO);
    }

    /** {@code csrrc zero, csr, rs}: clears the bits of rs. */
    public void csrc(Csr csr, Register rs) {
        csrPseudo("csrc", 3, Register.ZERO, csr, rs.number(), rs.abiName(), rs != Register.ZERO);
    }

    public void csrwi(Csr csr, int uimm) {
        csrPseudo("csrwi", 5, Register.ZERO, csr, csrImmediate("csrwi", uimm), Integer.toString(uimm), true);
    }

    public void csrsi(Csr csr, int uimm) {
        csrPseudo("csrsi", 6, Register.ZERO, csr, csrImmediate("csrsi", uimm), Integer.toString(uimm), uimm != 0);
    }

    public void csrci(Csr csr, int uimm) {
        csrPseudo("csrci", 7, Register.ZERO, csr, csrImmediate("csrci", uimm), Integer.toString(uimm), uimm != 0);
    }

    private static int csrImmediate(String m, int uimm) {
        return (int) Operands.unsigned(m, "immediate", uimm, 5);
    }

    private void csr(String m, int funct3, Register rd, Csr csr, int source, String sourceText, boolean writes) {
        checkWritable(m, csr, writes);
        int word = Encoding.i(SYSTEM, rd.number(), funct3, source, csr.number());
        emit(word, listing() == null ? null : m + " " + rd + ", " + csr + ", " + sourceText);
    }

    private void csrPseudo(String m, int funct3, Register rd, Csr csr, int source, String sourceText, boolean writes) {
        checkWritable(m, csr, writes);
        int word = Encoding.i(SYSTEM, rd.number(), funct3, source, csr.number());
        if (listing() != null) {
            emit(word, m + " " + (sourceText == null ? rd + ", " + csr : csr + ", " + sourceText));
        } else {
            emit(word, null);
        }
    }

    private static void checkWritable(String m, Csr csr, boolean writes) {
        if (writes && csr.isReadOnly()) {
            throw Operands.invalid(m, "csr", csr, "is read-only: writing it raises an illegal-instruction exception");
        }
    }

    // ---- System instructions (section 2.8; privileged spec 3.3 and 4.2.1).

    public void ecall() {
        emit(0x0000_0073, "ecall");
    }

    public void ebreak() {
        emit(0x0010_0073, "ebreak");
    }

    /** Returns from a supervisor trap. */
    public void sret() {
        emit(0x1020_0073, "sret");
    }

    /** Returns from a machine trap. */
    public void mret() {
        emit(0x3020_0073, "mret");
    }

    /** Waits for an interrupt. */
    public void wfi() {
        emit(0x1050_0073, "wfi");
    }

    /** Flushes all address translations of all address spaces. */
    public void sfence_vma() {
        emit(0x1200_0073, "sfence.vma");
    }

    /** Flushes the translations of {@code vaddr} ({@code zero}: all) in address space {@code asid} ({@code zero}: all). */
    public void sfence_vma(Register vaddr, Register asid) {
        int word = Encoding.r(SYSTEM, 0, 0, vaddr.number(), asid.number(), 0x09);
        emit(word, listing() == null ? null : "sfence.vma " + vaddr + ", " + asid);
    }
}
