package org.eremite.jit.x86_64.asm;

import static org.eremite.jit.x86_64.asm.OperandSize.DWORD;
import static org.eremite.jit.x86_64.asm.OperandSize.QWORD;

import org.eremite.vm.asm.Operands;

/**
 * SSE/SSE2 scalar floating point, plus the SSE4.1 rounds (SDM vol. 2, by mnemonic; the encoding
 * scheme is "mandatory prefix, REX, 0F opcode, ModRM" of 2.2.1 and Table A-4). Java's float and double
 * arithmetic is exactly the scalar single ({@code ss}) and double ({@code sd}) forms.
 */
public abstract class FloatingPointAssembler extends MoveAssembler {
    FloatingPointAssembler() {
    }

    /**
     * The operations of the form {@code op xmm, xmm/mem}: mandatory prefix (none, 66, F3, F2) and
     * opcode, plus the size of a memory operand for the listing (16 bytes for packed operations).
     */
    enum SseOp {
        ADDSS(PREFIX_REP, 0x0F58, 4), ADDSD(PREFIX_REPNE, 0x0F58, 8),
        SUBSS(PREFIX_REP, 0x0F5C, 4), SUBSD(PREFIX_REPNE, 0x0F5C, 8),
        MULSS(PREFIX_REP, 0x0F59, 4), MULSD(PREFIX_REPNE, 0x0F59, 8),
        DIVSS(PREFIX_REP, 0x0F5E, 4), DIVSD(PREFIX_REPNE, 0x0F5E, 8),
        SQRTSS(PREFIX_REP, 0x0F51, 4), SQRTSD(PREFIX_REPNE, 0x0F51, 8),
        MINSS(PREFIX_REP, 0x0F5D, 4), MINSD(PREFIX_REPNE, 0x0F5D, 8),
        MAXSS(PREFIX_REP, 0x0F5F, 4), MAXSD(PREFIX_REPNE, 0x0F5F, 8),
        UCOMISS(0, 0x0F2E, 4), UCOMISD(PREFIX_OPERAND_SIZE, 0x0F2E, 8),
        COMISS(0, 0x0F2F, 4), COMISD(PREFIX_OPERAND_SIZE, 0x0F2F, 8),
        CVTSS2SD(PREFIX_REP, 0x0F5A, 4), CVTSD2SS(PREFIX_REPNE, 0x0F5A, 8),
        MOVSS(PREFIX_REP, 0x0F10, 4), MOVSD(PREFIX_REPNE, 0x0F10, 8),
        MOVAPS(0, 0x0F28, 16), MOVAPD(PREFIX_OPERAND_SIZE, 0x0F28, 16),
        ANDPS(0, 0x0F54, 16), ANDPD(PREFIX_OPERAND_SIZE, 0x0F54, 16),
        ANDNPS(0, 0x0F55, 16), ANDNPD(PREFIX_OPERAND_SIZE, 0x0F55, 16),
        ORPS(0, 0x0F56, 16), ORPD(PREFIX_OPERAND_SIZE, 0x0F56, 16),
        XORPS(0, 0x0F57, 16), XORPD(PREFIX_OPERAND_SIZE, 0x0F57, 16),
        ROUNDSS(PREFIX_OPERAND_SIZE, 0x0F3A0A, 4), ROUNDSD(PREFIX_OPERAND_SIZE, 0x0F3A0B, 8);

        final int prefix;
        final int opcode;
        final String mnemonic = name().toLowerCase();
        final String pointer;

        SseOp(int prefix, int opcode, int memoryBytes) {
            this.prefix = prefix;
            this.opcode = opcode;
            this.pointer = memoryBytes == 4 ? "DWORD PTR " : memoryBytes == 8 ? "QWORD PTR " : "XMMWORD PTR ";
        }
    }

    private void sse(SseOp op, FloatRegister dst, FloatRegister src) {
        int start = position();
        emitRR(op.mnemonic, op.prefix, false, op.opcode, dst.encoding(), false, src.encoding(), false);
        if (listing() != null) {
            list(start, op.mnemonic + " " + dst + ", " + src);
        }
    }

    private void sse(SseOp op, FloatRegister dst, Address src) {
        int start = position();
        emitRM(op.mnemonic, op.prefix, false, op.opcode, dst.encoding(), false, src, 0);
        if (listing() != null) {
            list(start, op.mnemonic + " " + dst + ", " + op.pointer + addr(src));
        }
    }

    /** The store direction of the moves: opcode + 1 (0F 11, 0F 29), with the register in ModRM.reg. */
    private void sseStore(SseOp op, Address dst, FloatRegister src) {
        int start = position();
        emitRM(op.mnemonic, op.prefix, false, op.opcode + 1, src.encoding(), false, dst, 0);
        if (listing() != null) {
            list(start, op.mnemonic + " " + op.pointer + addr(dst) + ", " + src);
        }
    }

    public final void addss(FloatRegister dst, FloatRegister src) { sse(SseOp.ADDSS, dst, src); }
    public final void addss(FloatRegister dst, Address src) { sse(SseOp.ADDSS, dst, src); }
    public final void addsd(FloatRegister dst, FloatRegister src) { sse(SseOp.ADDSD, dst, src); }
    public final void addsd(FloatRegister dst, Address src) { sse(SseOp.ADDSD, dst, src); }
    public final void subss(FloatRegister dst, FloatRegister src) { sse(SseOp.SUBSS, dst, src); }
    public final void subss(FloatRegister dst, Address src) { sse(SseOp.SUBSS, dst, src); }
    public final void subsd(FloatRegister dst, FloatRegister src) { sse(SseOp.SUBSD, dst, src); }
    public final void subsd(FloatRegister dst, Address src) { sse(SseOp.SUBSD, dst, src); }
    public final void mulss(FloatRegister dst, FloatRegister src) { sse(SseOp.MULSS, dst, src); }
    public final void mulss(FloatRegister dst, Address src) { sse(SseOp.MULSS, dst, src); }
    public final void mulsd(FloatRegister dst, FloatRegister src) { sse(SseOp.MULSD, dst, src); }
    public final void mulsd(FloatRegister dst, Address src) { sse(SseOp.MULSD, dst, src); }
    public final void divss(FloatRegister dst, FloatRegister src) { sse(SseOp.DIVSS, dst, src); }
    public final void divss(FloatRegister dst, Address src) { sse(SseOp.DIVSS, dst, src); }
    public final void divsd(FloatRegister dst, FloatRegister src) { sse(SseOp.DIVSD, dst, src); }
    public final void divsd(FloatRegister dst, Address src) { sse(SseOp.DIVSD, dst, src); }
    public final void sqrtss(FloatRegister dst, FloatRegister src) { sse(SseOp.SQRTSS, dst, src); }
    public final void sqrtss(FloatRegister dst, Address src) { sse(SseOp.SQRTSS, dst, src); }
    public final void sqrtsd(FloatRegister dst, FloatRegister src) { sse(SseOp.SQRTSD, dst, src); }
    public final void sqrtsd(FloatRegister dst, Address src) { sse(SseOp.SQRTSD, dst, src); }
    /** dst = min(dst, src), but src if either is NaN or both are zeros: not Java's Math.min by itself. */
    public final void minss(FloatRegister dst, FloatRegister src) { sse(SseOp.MINSS, dst, src); }
    public final void minss(FloatRegister dst, Address src) { sse(SseOp.MINSS, dst, src); }
    public final void minsd(FloatRegister dst, FloatRegister src) { sse(SseOp.MINSD, dst, src); }
    public final void minsd(FloatRegister dst, Address src) { sse(SseOp.MINSD, dst, src); }
    public final void maxss(FloatRegister dst, FloatRegister src) { sse(SseOp.MAXSS, dst, src); }
    public final void maxss(FloatRegister dst, Address src) { sse(SseOp.MAXSS, dst, src); }
    public final void maxsd(FloatRegister dst, FloatRegister src) { sse(SseOp.MAXSD, dst, src); }
    public final void maxsd(FloatRegister dst, Address src) { sse(SseOp.MAXSD, dst, src); }
    /** Compares, setting ZF, PF, CF (PF=1: unordered); quiet NaNs do not raise invalid. */
    public final void ucomiss(FloatRegister a, FloatRegister b) { sse(SseOp.UCOMISS, a, b); }
    public final void ucomiss(FloatRegister a, Address b) { sse(SseOp.UCOMISS, a, b); }
    public final void ucomisd(FloatRegister a, FloatRegister b) { sse(SseOp.UCOMISD, a, b); }
    public final void ucomisd(FloatRegister a, Address b) { sse(SseOp.UCOMISD, a, b); }
    public final void comiss(FloatRegister a, FloatRegister b) { sse(SseOp.COMISS, a, b); }
    public final void comiss(FloatRegister a, Address b) { sse(SseOp.COMISS, a, b); }
    public final void comisd(FloatRegister a, FloatRegister b) { sse(SseOp.COMISD, a, b); }
    public final void comisd(FloatRegister a, Address b) { sse(SseOp.COMISD, a, b); }
    /** float to double. */
    public final void cvtss2sd(FloatRegister dst, FloatRegister src) { sse(SseOp.CVTSS2SD, dst, src); }
    public final void cvtss2sd(FloatRegister dst, Address src) { sse(SseOp.CVTSS2SD, dst, src); }
    /** double to float (rounding per MXCSR, round-to-nearest by default, as Java). */
    public final void cvtsd2ss(FloatRegister dst, FloatRegister src) { sse(SseOp.CVTSD2SS, dst, src); }
    public final void cvtsd2ss(FloatRegister dst, Address src) { sse(SseOp.CVTSD2SS, dst, src); }
    public final void andps(FloatRegister dst, FloatRegister src) { sse(SseOp.ANDPS, dst, src); }
    public final void andps(FloatRegister dst, Address src) { sse(SseOp.ANDPS, dst, src); }
    public final void andpd(FloatRegister dst, FloatRegister src) { sse(SseOp.ANDPD, dst, src); }
    public final void andpd(FloatRegister dst, Address src) { sse(SseOp.ANDPD, dst, src); }
    public final void andnps(FloatRegister dst, FloatRegister src) { sse(SseOp.ANDNPS, dst, src); }
    public final void andnps(FloatRegister dst, Address src) { sse(SseOp.ANDNPS, dst, src); }
    public final void andnpd(FloatRegister dst, FloatRegister src) { sse(SseOp.ANDNPD, dst, src); }
    public final void andnpd(FloatRegister dst, Address src) { sse(SseOp.ANDNPD, dst, src); }
    public final void orps(FloatRegister dst, FloatRegister src) { sse(SseOp.ORPS, dst, src); }
    public final void orps(FloatRegister dst, Address src) { sse(SseOp.ORPS, dst, src); }
    public final void orpd(FloatRegister dst, FloatRegister src) { sse(SseOp.ORPD, dst, src); }
    public final void orpd(FloatRegister dst, Address src) { sse(SseOp.ORPD, dst, src); }
    public final void xorps(FloatRegister dst, FloatRegister src) { sse(SseOp.XORPS, dst, src); }
    public final void xorps(FloatRegister dst, Address src) { sse(SseOp.XORPS, dst, src); }
    public final void xorpd(FloatRegister dst, FloatRegister src) { sse(SseOp.XORPD, dst, src); }
    public final void xorpd(FloatRegister dst, Address src) { sse(SseOp.XORPD, dst, src); }

    /** Copies the low float; the rest of dst is unchanged. */
    public final void movss(FloatRegister dst, FloatRegister src) { sse(SseOp.MOVSS, dst, src); }
    /** Loads a float, clearing the rest of dst. */
    public final void movss(FloatRegister dst, Address src) { sse(SseOp.MOVSS, dst, src); }
    public final void movss(Address dst, FloatRegister src) { sseStore(SseOp.MOVSS, dst, src); }
    /** Copies the low double; the rest of dst is unchanged (prefer {@link #movapd} between registers). */
    public final void movsd(FloatRegister dst, FloatRegister src) { sse(SseOp.MOVSD, dst, src); }
    public final void movsd(FloatRegister dst, Address src) { sse(SseOp.MOVSD, dst, src); }
    public final void movsd(Address dst, FloatRegister src) { sseStore(SseOp.MOVSD, dst, src); }
    /** Copies the whole register (the address must be 16-byte aligned). */
    public final void movaps(FloatRegister dst, FloatRegister src) { sse(SseOp.MOVAPS, dst, src); }
    public final void movaps(FloatRegister dst, Address src) { sse(SseOp.MOVAPS, dst, src); }
    public final void movaps(Address dst, FloatRegister src) { sseStore(SseOp.MOVAPS, dst, src); }
    public final void movapd(FloatRegister dst, FloatRegister src) { sse(SseOp.MOVAPD, dst, src); }
    public final void movapd(FloatRegister dst, Address src) { sse(SseOp.MOVAPD, dst, src); }
    public final void movapd(Address dst, FloatRegister src) { sseStore(SseOp.MOVAPD, dst, src); }

    private void round(SseOp op, FloatRegister dst, FloatRegister src, int mode) {
        int start = position();
        Operands.unsigned(op.mnemonic, "rounding mode", mode, 4);
        emitRR(op.mnemonic, op.prefix, false, op.opcode, dst.encoding(), false, src.encoding(), false);
        code.emit8(mode);
        if (listing() != null) {
            list(start, op.mnemonic + " " + dst + ", " + src + ", " + mode);
        }
    }

    private void round(SseOp op, FloatRegister dst, Address src, int mode) {
        int start = position();
        Operands.unsigned(op.mnemonic, "rounding mode", mode, 4);
        emitRM(op.mnemonic, op.prefix, false, op.opcode, dst.encoding(), false, src, 1);
        code.emit8(mode);
        if (listing() != null) {
            list(start, op.mnemonic + " " + dst + ", " + op.pointer + addr(src) + ", " + mode);
        }
    }

    /** Rounding mode of {@code roundss}/{@code roundsd}: Math.rint. */
    public static final int ROUND_TO_NEAREST = 0;
    /** Math.floor. */
    public static final int ROUND_DOWN = 1;
    /** Math.ceil. */
    public static final int ROUND_UP = 2;
    /** Toward zero. */
    public static final int ROUND_TRUNCATE = 3;

    /** Rounds a float to an integral value by {@code mode} (0-3, bit 3 suppresses the inexact exception); SSE4.1. */
    public final void roundss(FloatRegister dst, FloatRegister src, int mode) { round(SseOp.ROUNDSS, dst, src, mode); }
    public final void roundss(FloatRegister dst, Address src, int mode) { round(SseOp.ROUNDSS, dst, src, mode); }
    public final void roundsd(FloatRegister dst, FloatRegister src, int mode) { round(SseOp.ROUNDSD, dst, src, mode); }
    public final void roundsd(FloatRegister dst, Address src, int mode) { round(SseOp.ROUNDSD, dst, src, mode); }

    // ================================================================ moves and conversions with GPRs

    /** xmm (reg) and GPR (rm) operands: 66 0F 6E (to xmm), 66 0F 7E (from xmm), F3/F2 0F 2A / 0F 2C. */
    private void gprToXmm(String mnemonic, int prefix, int opcode, OperandSize size, FloatRegister dst, Register src) {
        int start = position();
        emitRR(mnemonic, prefix, rexW(size), opcode, dst.encoding(), false, src.encoding(), false);
        if (listing() != null) {
            list(start, mnemonic + " " + dst + ", " + r(src, size));
        }
    }

    private void xmmToGpr(String mnemonic, int prefix, int opcode, OperandSize size, Register dst, FloatRegister src,
            boolean xmmInReg) {
        int start = position();
        if (xmmInReg) {
            emitRR(mnemonic, prefix, rexW(size), opcode, src.encoding(), false, dst.encoding(), false);
        } else {
            emitRR(mnemonic, prefix, rexW(size), opcode, dst.encoding(), false, src.encoding(), false);
        }
        if (listing() != null) {
            list(start, mnemonic + " " + r(dst, size) + ", " + src);
        }
    }

    /** Moves 32 bits from a GPR into the low lane of an xmm register, clearing the rest (Float.intBitsToFloat). */
    public final void movd(FloatRegister dst, Register src) { gprToXmm("movd", PREFIX_OPERAND_SIZE, 0x0F6E, DWORD, dst, src); }
    /** Moves the low 32 bits of an xmm register into a GPR (Float.floatToRawIntBits). */
    public final void movd(Register dst, FloatRegister src) { xmmToGpr("movd", PREFIX_OPERAND_SIZE, 0x0F7E, DWORD, dst, src, true); }
    /** Moves 64 bits from a GPR into an xmm register (Double.longBitsToDouble). */
    public final void movq(FloatRegister dst, Register src) { gprToXmm("movq", PREFIX_OPERAND_SIZE, 0x0F6E, QWORD, dst, src); }
    /** Moves the low 64 bits of an xmm register into a GPR (Double.doubleToRawLongBits). */
    public final void movq(Register dst, FloatRegister src) { xmmToGpr("movq", PREFIX_OPERAND_SIZE, 0x0F7E, QWORD, dst, src, true); }

    /** int to float. */
    public final void cvtsi2ssl(FloatRegister dst, Register src) { gprToXmm("cvtsi2ss", PREFIX_REP, 0x0F2A, DWORD, dst, src); }
    /** long to float. */
    public final void cvtsi2ssq(FloatRegister dst, Register src) { gprToXmm("cvtsi2ss", PREFIX_REP, 0x0F2A, QWORD, dst, src); }
    /** int to double. */
    public final void cvtsi2sdl(FloatRegister dst, Register src) { gprToXmm("cvtsi2sd", PREFIX_REPNE, 0x0F2A, DWORD, dst, src); }
    /** long to double. */
    public final void cvtsi2sdq(FloatRegister dst, Register src) { gprToXmm("cvtsi2sd", PREFIX_REPNE, 0x0F2A, QWORD, dst, src); }
    /**
     * float to int, truncating; NaN and out-of-range give 0x80000000 (the "integer indefinite"), so
     * Java's semantics need a fix-up for those.
     */
    public final void cvttss2sil(Register dst, FloatRegister src) { xmmToGpr("cvttss2si", PREFIX_REP, 0x0F2C, DWORD, dst, src, false); }
    /** float to long, truncating (indefinite 0x8000000000000000). */
    public final void cvttss2siq(Register dst, FloatRegister src) { xmmToGpr("cvttss2si", PREFIX_REP, 0x0F2C, QWORD, dst, src, false); }
    /** double to int, truncating. */
    public final void cvttsd2sil(Register dst, FloatRegister src) { xmmToGpr("cvttsd2si", PREFIX_REPNE, 0x0F2C, DWORD, dst, src, false); }
    /** double to long, truncating. */
    public final void cvttsd2siq(Register dst, FloatRegister src) { xmmToGpr("cvttsd2si", PREFIX_REPNE, 0x0F2C, QWORD, dst, src, false); }
}
