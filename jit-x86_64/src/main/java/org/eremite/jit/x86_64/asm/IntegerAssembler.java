package org.eremite.jit.x86_64.asm;

import static org.eremite.jit.x86_64.asm.OperandSize.BYTE;
import static org.eremite.jit.x86_64.asm.OperandSize.DWORD;
import static org.eremite.jit.x86_64.asm.OperandSize.QWORD;
import static org.eremite.jit.x86_64.asm.OperandSize.WORD;

import org.eremite.vm.asm.Operands;

/**
 * General-purpose integer instructions (SDM vol. 2A-2C, by mnemonic). The operand size is the method
 * name's suffix, as in GNU as's AT&amp;T syntax: {@code q} 64-bit, {@code l} 32-bit, {@code w} 16-bit,
 * {@code b} 8-bit; the first operand is the destination, as in Intel syntax. Each encoding family (the
 * eight classic ALU operations, the shift group, the F7 unary group, ...) is written once, and each
 * mnemonic is a one-line instance of it.
 */
public abstract class IntegerAssembler extends X86Encoder {
    IntegerAssembler() {
    }

    /**
     * The eight ALU operations of opcode rows 00-3F and of group 1 (80/81/83 /digit): the operation's
     * number is both the /digit and bits 5:3 of its opcodes (SDM vol. 2, Table ).
     */
    enum AluOp {
        ADD, OR, ADC, SBB, AND, SUB, XOR, CMP;

        final String mnemonic = name().toLowerCase();

        int extension() {
            return ordinal();
        }

        int opcodeBase() {
            return ordinal() << 3;
        }
    }

    /** Group 2 (C0/C1/D0/D1/D3 /digit): rotates and shifts (SDM vol. 2, Table A-6). */
    enum ShiftOp {
        ROL(0), ROR(1), SHL(4), SHR(5), SAR(7);

        final int extension;
        final String mnemonic = name().toLowerCase();

        ShiftOp(int extension) {
            this.extension = extension;
        }
    }

    /** Group 3 (F6/F7 /digit) and group 5 (FE/FF /0 /1): one-operand arithmetic. */
    enum UnaryOp {
        INC(0xFF, 0), DEC(0xFF, 1), NOT(0xF7, 2), NEG(0xF7, 3), MUL(0xF7, 4), IMUL(0xF7, 5), DIV(0xF7, 6), IDIV(0xF7, 7);

        final int opcode;
        final int extension;
        final String mnemonic = name().toLowerCase();

        UnaryOp(int opcode, int extension) {
            this.opcode = opcode;
            this.extension = extension;
        }
    }

    // ================================================================ ALU family

    private void alu(AluOp op, OperandSize size, Register dst, Register src) {
        int start = position();
        // GNU as uses the "r/m, reg" direction (01, 09, ...) for register pairs, so Jasm does too.
        emitRR(op.mnemonic, prefix(size), rexW(size), op.opcodeBase() | (size == BYTE ? 0 : 1),
                src.encoding(), size == BYTE, dst.encoding(), size == BYTE);
        if (listing() != null) {
            list(start, op.mnemonic + " " + r(dst, size) + ", " + r(src, size));
        }
    }

    private void alu(AluOp op, OperandSize size, Register dst, Address src) {
        int start = position();
        emitRM(op.mnemonic, prefix(size), rexW(size), op.opcodeBase() | (size == BYTE ? 2 : 3),
                dst.encoding(), size == BYTE, src, 0);
        if (listing() != null) {
            list(start, op.mnemonic + " " + r(dst, size) + ", " + mem(size, src));
        }
    }

    private void alu(AluOp op, OperandSize size, Address dst, Register src) {
        int start = position();
        emitRM(op.mnemonic, prefix(size), rexW(size), op.opcodeBase() | (size == BYTE ? 0 : 1),
                src.encoding(), size == BYTE, dst, 0);
        if (listing() != null) {
            list(start, op.mnemonic + " " + mem(size, dst) + ", " + r(src, size));
        }
    }

    private void alu(AluOp op, OperandSize size, Register dst, int imm) {
        int start = position();
        int value = immediate(op.mnemonic, size, imm);
        if (size != BYTE && Operands.fitsSigned(value, 8)) {
            emitRR(op.mnemonic, prefix(size), rexW(size), 0x83, op.extension(), false, dst.encoding(), false);
            code.emit8(value);
        } else if (dst == Register.RAX) {
            // The accumulator has a form without ModRM (04/05 + 8*op), one byte shorter.
            emitOp(op.mnemonic, prefix(size), rexW(size), op.opcodeBase() | (size == BYTE ? 4 : 5));
            emitImmediate(size, value);
        } else {
            emitRR(op.mnemonic, prefix(size), rexW(size), size == BYTE ? 0x80 : 0x81, op.extension(), false,
                    dst.encoding(), size == BYTE);
            emitImmediate(size, value);
        }
        if (listing() != null) {
            list(start, op.mnemonic + " " + r(dst, size) + ", " + imm);
        }
    }

    private void alu(AluOp op, OperandSize size, Address dst, int imm) {
        int start = position();
        int value = immediate(op.mnemonic, size, imm);
        if (size != BYTE && Operands.fitsSigned(value, 8)) {
            emitRM(op.mnemonic, prefix(size), rexW(size), 0x83, op.extension(), false, dst, 1);
            code.emit8(value);
        } else {
            emitRM(op.mnemonic, prefix(size), rexW(size), size == BYTE ? 0x80 : 0x81, op.extension(), false, dst,
                    size == BYTE ? 1 : immediateBytes(size));
            emitImmediate(size, value);
        }
        if (listing() != null) {
            list(start, op.mnemonic + " " + mem(size, dst) + ", " + imm);
        }
    }

    public final void addq(Register dst, Register src) { alu(AluOp.ADD, QWORD, dst, src); }
    public final void addq(Register dst, Address src) { alu(AluOp.ADD, QWORD, dst, src); }
    public final void addq(Address dst, Register src) { alu(AluOp.ADD, QWORD, dst, src); }
    public final void addq(Register dst, int imm32) { alu(AluOp.ADD, QWORD, dst, imm32); }
    public final void addq(Address dst, int imm32) { alu(AluOp.ADD, QWORD, dst, imm32); }
    public final void addl(Register dst, Register src) { alu(AluOp.ADD, DWORD, dst, src); }
    public final void addl(Register dst, Address src) { alu(AluOp.ADD, DWORD, dst, src); }
    public final void addl(Address dst, Register src) { alu(AluOp.ADD, DWORD, dst, src); }
    public final void addl(Register dst, int imm32) { alu(AluOp.ADD, DWORD, dst, imm32); }
    public final void addl(Address dst, int imm32) { alu(AluOp.ADD, DWORD, dst, imm32); }

    public final void orq(Register dst, Register src) { alu(AluOp.OR, QWORD, dst, src); }
    public final void orq(Register dst, Address src) { alu(AluOp.OR, QWORD, dst, src); }
    public final void orq(Address dst, Register src) { alu(AluOp.OR, QWORD, dst, src); }
    public final void orq(Register dst, int imm32) { alu(AluOp.OR, QWORD, dst, imm32); }
    public final void orq(Address dst, int imm32) { alu(AluOp.OR, QWORD, dst, imm32); }
    public final void orl(Register dst, Register src) { alu(AluOp.OR, DWORD, dst, src); }
    public final void orl(Register dst, Address src) { alu(AluOp.OR, DWORD, dst, src); }
    public final void orl(Address dst, Register src) { alu(AluOp.OR, DWORD, dst, src); }
    public final void orl(Register dst, int imm32) { alu(AluOp.OR, DWORD, dst, imm32); }
    public final void orl(Address dst, int imm32) { alu(AluOp.OR, DWORD, dst, imm32); }

    public final void adcq(Register dst, Register src) { alu(AluOp.ADC, QWORD, dst, src); }
    public final void adcq(Register dst, Address src) { alu(AluOp.ADC, QWORD, dst, src); }
    public final void adcq(Address dst, Register src) { alu(AluOp.ADC, QWORD, dst, src); }
    public final void adcq(Register dst, int imm32) { alu(AluOp.ADC, QWORD, dst, imm32); }
    public final void adcq(Address dst, int imm32) { alu(AluOp.ADC, QWORD, dst, imm32); }
    public final void adcl(Register dst, Register src) { alu(AluOp.ADC, DWORD, dst, src); }
    public final void adcl(Register dst, Address src) { alu(AluOp.ADC, DWORD, dst, src); }
    public final void adcl(Address dst, Register src) { alu(AluOp.ADC, DWORD, dst, src); }
    public final void adcl(Register dst, int imm32) { alu(AluOp.ADC, DWORD, dst, imm32); }
    public final void adcl(Address dst, int imm32) { alu(AluOp.ADC, DWORD, dst, imm32); }

    public final void sbbq(Register dst, Register src) { alu(AluOp.SBB, QWORD, dst, src); }
    public final void sbbq(Register dst, Address src) { alu(AluOp.SBB, QWORD, dst, src); }
    public final void sbbq(Address dst, Register src) { alu(AluOp.SBB, QWORD, dst, src); }
    public final void sbbq(Register dst, int imm32) { alu(AluOp.SBB, QWORD, dst, imm32); }
    public final void sbbq(Address dst, int imm32) { alu(AluOp.SBB, QWORD, dst, imm32); }
    public final void sbbl(Register dst, Register src) { alu(AluOp.SBB, DWORD, dst, src); }
    public final void sbbl(Register dst, Address src) { alu(AluOp.SBB, DWORD, dst, src); }
    public final void sbbl(Address dst, Register src) { alu(AluOp.SBB, DWORD, dst, src); }
    public final void sbbl(Register dst, int imm32) { alu(AluOp.SBB, DWORD, dst, imm32); }
    public final void sbbl(Address dst, int imm32) { alu(AluOp.SBB, DWORD, dst, imm32); }

    public final void andq(Register dst, Register src) { alu(AluOp.AND, QWORD, dst, src); }
    public final void andq(Register dst, Address src) { alu(AluOp.AND, QWORD, dst, src); }
    public final void andq(Address dst, Register src) { alu(AluOp.AND, QWORD, dst, src); }
    public final void andq(Register dst, int imm32) { alu(AluOp.AND, QWORD, dst, imm32); }
    public final void andq(Address dst, int imm32) { alu(AluOp.AND, QWORD, dst, imm32); }
    public final void andl(Register dst, Register src) { alu(AluOp.AND, DWORD, dst, src); }
    public final void andl(Register dst, Address src) { alu(AluOp.AND, DWORD, dst, src); }
    public final void andl(Address dst, Register src) { alu(AluOp.AND, DWORD, dst, src); }
    public final void andl(Register dst, int imm32) { alu(AluOp.AND, DWORD, dst, imm32); }
    public final void andl(Address dst, int imm32) { alu(AluOp.AND, DWORD, dst, imm32); }

    public final void subq(Register dst, Register src) { alu(AluOp.SUB, QWORD, dst, src); }
    public final void subq(Register dst, Address src) { alu(AluOp.SUB, QWORD, dst, src); }
    public final void subq(Address dst, Register src) { alu(AluOp.SUB, QWORD, dst, src); }
    public final void subq(Register dst, int imm32) { alu(AluOp.SUB, QWORD, dst, imm32); }
    public final void subq(Address dst, int imm32) { alu(AluOp.SUB, QWORD, dst, imm32); }
    public final void subl(Register dst, Register src) { alu(AluOp.SUB, DWORD, dst, src); }
    public final void subl(Register dst, Address src) { alu(AluOp.SUB, DWORD, dst, src); }
    public final void subl(Address dst, Register src) { alu(AluOp.SUB, DWORD, dst, src); }
    public final void subl(Register dst, int imm32) { alu(AluOp.SUB, DWORD, dst, imm32); }
    public final void subl(Address dst, int imm32) { alu(AluOp.SUB, DWORD, dst, imm32); }

    public final void xorq(Register dst, Register src) { alu(AluOp.XOR, QWORD, dst, src); }
    public final void xorq(Register dst, Address src) { alu(AluOp.XOR, QWORD, dst, src); }
    public final void xorq(Address dst, Register src) { alu(AluOp.XOR, QWORD, dst, src); }
    public final void xorq(Register dst, int imm32) { alu(AluOp.XOR, QWORD, dst, imm32); }
    public final void xorq(Address dst, int imm32) { alu(AluOp.XOR, QWORD, dst, imm32); }
    public final void xorl(Register dst, Register src) { alu(AluOp.XOR, DWORD, dst, src); }
    public final void xorl(Register dst, Address src) { alu(AluOp.XOR, DWORD, dst, src); }
    public final void xorl(Address dst, Register src) { alu(AluOp.XOR, DWORD, dst, src); }
    public final void xorl(Register dst, int imm32) { alu(AluOp.XOR, DWORD, dst, imm32); }
    public final void xorl(Address dst, int imm32) { alu(AluOp.XOR, DWORD, dst, imm32); }

    public final void cmpq(Register a, Register b) { alu(AluOp.CMP, QWORD, a, b); }
    public final void cmpq(Register a, Address b) { alu(AluOp.CMP, QWORD, a, b); }
    public final void cmpq(Address a, Register b) { alu(AluOp.CMP, QWORD, a, b); }
    public final void cmpq(Register a, int imm32) { alu(AluOp.CMP, QWORD, a, imm32); }
    public final void cmpq(Address a, int imm32) { alu(AluOp.CMP, QWORD, a, imm32); }
    public final void cmpl(Register a, Register b) { alu(AluOp.CMP, DWORD, a, b); }
    public final void cmpl(Register a, Address b) { alu(AluOp.CMP, DWORD, a, b); }
    public final void cmpl(Address a, Register b) { alu(AluOp.CMP, DWORD, a, b); }
    public final void cmpl(Register a, int imm32) { alu(AluOp.CMP, DWORD, a, imm32); }
    public final void cmpl(Address a, int imm32) { alu(AluOp.CMP, DWORD, a, imm32); }
    /** 16-bit compare with memory: {@code imm} is a signed or unsigned 16-bit value. */
    public final void cmpw(Address a, int imm16) { alu(AluOp.CMP, WORD, a, imm16); }
    /** 8-bit compare with memory (a boolean or byte field): {@code imm} is a signed or unsigned byte. */
    public final void cmpb(Address a, int imm8) { alu(AluOp.CMP, BYTE, a, imm8); }
    public final void cmpb(Register a, int imm8) { alu(AluOp.CMP, BYTE, a, imm8); }

    // ================================================================ test

    private void test(OperandSize size, Register a, Register b) {
        int start = position();
        emitRR("test", prefix(size), rexW(size), size == BYTE ? 0x84 : 0x85, b.encoding(), size == BYTE,
                a.encoding(), size == BYTE);
        if (listing() != null) {
            list(start, "test " + r(a, size) + ", " + r(b, size));
        }
    }

    private void test(OperandSize size, Address a, Register b) {
        int start = position();
        emitRM("test", prefix(size), rexW(size), size == BYTE ? 0x84 : 0x85, b.encoding(), size == BYTE, a, 0);
        if (listing() != null) {
            list(start, "test " + mem(size, a) + ", " + r(b, size));
        }
    }

    /** TEST has no sign-extended imm8 form: the immediate is always full width (F6/F7 /0, A8/A9). */
    private void test(OperandSize size, Register a, int imm) {
        int start = position();
        int value = immediate("test", size, imm);
        if (a == Register.RAX) {
            emitOp("test", prefix(size), rexW(size), size == BYTE ? 0xA8 : 0xA9);
        } else {
            emitRR("test", prefix(size), rexW(size), size == BYTE ? 0xF6 : 0xF7, 0, false, a.encoding(), size == BYTE);
        }
        emitImmediate(size, value);
        if (listing() != null) {
            list(start, "test " + r(a, size) + ", " + imm);
        }
    }

    private void test(OperandSize size, Address a, int imm) {
        int start = position();
        int value = immediate("test", size, imm);
        emitRM("test", prefix(size), rexW(size), size == BYTE ? 0xF6 : 0xF7, 0, false, a, immediateBytes(size));
        emitImmediate(size, value);
        if (listing() != null) {
            list(start, "test " + mem(size, a) + ", " + imm);
        }
    }

    public final void testq(Register a, Register b) { test(QWORD, a, b); }
    public final void testq(Address a, Register b) { test(QWORD, a, b); }
    public final void testq(Register a, int imm32) { test(QWORD, a, imm32); }
    public final void testq(Address a, int imm32) { test(QWORD, a, imm32); }
    public final void testl(Register a, Register b) { test(DWORD, a, b); }
    public final void testl(Address a, Register b) { test(DWORD, a, b); }
    public final void testl(Register a, int imm32) { test(DWORD, a, imm32); }
    public final void testl(Address a, int imm32) { test(DWORD, a, imm32); }
    public final void testb(Register a, int imm8) { test(BYTE, a, imm8); }
    public final void testb(Address a, int imm8) { test(BYTE, a, imm8); }

    // ================================================================ multiply, divide, unary

    private void unary(UnaryOp op, OperandSize size, Register operand) {
        int start = position();
        emitRR(op.mnemonic, prefix(size), rexW(size), op.opcode, op.extension, false, operand.encoding(), false);
        if (listing() != null) {
            list(start, op.mnemonic + " " + r(operand, size));
        }
    }

    private void unary(UnaryOp op, OperandSize size, Address operand) {
        int start = position();
        emitRM(op.mnemonic, prefix(size), rexW(size), op.opcode, op.extension, false, operand, 0);
        if (listing() != null) {
            list(start, op.mnemonic + " " + mem(size, operand));
        }
    }

    public final void negq(Register r) { unary(UnaryOp.NEG, QWORD, r); }
    public final void negl(Register r) { unary(UnaryOp.NEG, DWORD, r); }
    public final void notq(Register r) { unary(UnaryOp.NOT, QWORD, r); }
    public final void notl(Register r) { unary(UnaryOp.NOT, DWORD, r); }
    public final void incq(Register r) { unary(UnaryOp.INC, QWORD, r); }
    public final void incl(Register r) { unary(UnaryOp.INC, DWORD, r); }
    public final void decq(Register r) { unary(UnaryOp.DEC, QWORD, r); }
    public final void decl(Register r) { unary(UnaryOp.DEC, DWORD, r); }
    public final void negq(Address a) { unary(UnaryOp.NEG, QWORD, a); }
    public final void negl(Address a) { unary(UnaryOp.NEG, DWORD, a); }
    public final void notq(Address a) { unary(UnaryOp.NOT, QWORD, a); }
    public final void notl(Address a) { unary(UnaryOp.NOT, DWORD, a); }
    public final void incq(Address a) { unary(UnaryOp.INC, QWORD, a); }
    public final void incl(Address a) { unary(UnaryOp.INC, DWORD, a); }
    public final void decq(Address a) { unary(UnaryOp.DEC, QWORD, a); }
    public final void decl(Address a) { unary(UnaryOp.DEC, DWORD, a); }
    /** rdx:rax = rax * src, unsigned. */
    public final void mulq(Register src) { unary(UnaryOp.MUL, QWORD, src); }
    /** edx:eax = eax * src, unsigned. */
    public final void mull(Register src) { unary(UnaryOp.MUL, DWORD, src); }
    /** rdx:rax = rax * src, signed. */
    public final void imulq(Register src) { unary(UnaryOp.IMUL, QWORD, src); }
    public final void imull(Register src) { unary(UnaryOp.IMUL, DWORD, src); }
    /** rax = rdx:rax / divisor, rdx = remainder, unsigned. */
    public final void divq(Register divisor) { unary(UnaryOp.DIV, QWORD, divisor); }
    public final void divl(Register divisor) { unary(UnaryOp.DIV, DWORD, divisor); }
    /** rax = rdx:rax / divisor, rdx = remainder, signed (sign-extend rax into rdx with {@link #cqo} first). */
    public final void idivq(Register divisor) { unary(UnaryOp.IDIV, QWORD, divisor); }
    public final void idivl(Register divisor) { unary(UnaryOp.IDIV, DWORD, divisor); }
    public final void divq(Address divisor) { unary(UnaryOp.DIV, QWORD, divisor); }
    public final void divl(Address divisor) { unary(UnaryOp.DIV, DWORD, divisor); }
    public final void idivq(Address divisor) { unary(UnaryOp.IDIV, QWORD, divisor); }
    public final void idivl(Address divisor) { unary(UnaryOp.IDIV, DWORD, divisor); }

    private void imul(OperandSize size, Register dst, Register src) {
        int start = position();
        emitRR("imul", prefix(size), rexW(size), 0x0FAF, dst.encoding(), false, src.encoding(), false);
        if (listing() != null) {
            list(start, "imul " + r(dst, size) + ", " + r(src, size));
        }
    }

    private void imul(OperandSize size, Register dst, Address src) {
        int start = position();
        emitRM("imul", prefix(size), rexW(size), 0x0FAF, dst.encoding(), false, src, 0);
        if (listing() != null) {
            list(start, "imul " + r(dst, size) + ", " + mem(size, src));
        }
    }

    private void imul(OperandSize size, Register dst, Register src, int imm) {
        int start = position();
        boolean short8 = Operands.fitsSigned(imm, 8);
        emitRR("imul", prefix(size), rexW(size), short8 ? 0x6B : 0x69, dst.encoding(), false, src.encoding(), false);
        emitImmediate(short8 ? BYTE : size, imm);
        if (listing() != null) {
            list(start, "imul " + r(dst, size) + ", " + r(src, size) + ", " + imm);
        }
    }

    private void imul(OperandSize size, Register dst, Address src, int imm) {
        int start = position();
        boolean short8 = Operands.fitsSigned(imm, 8);
        emitRM("imul", prefix(size), rexW(size), short8 ? 0x6B : 0x69, dst.encoding(), false, src, short8 ? 1 : 4);
        emitImmediate(short8 ? BYTE : size, imm);
        if (listing() != null) {
            list(start, "imul " + r(dst, size) + ", " + mem(size, src) + ", " + imm);
        }
    }

    public final void imulq(Register dst, Register src) { imul(QWORD, dst, src); }
    public final void imulq(Register dst, Address src) { imul(QWORD, dst, src); }
    public final void imulq(Register dst, Register src, int imm32) { imul(QWORD, dst, src, imm32); }
    public final void imulq(Register dst, Address src, int imm32) { imul(QWORD, dst, src, imm32); }
    public final void imull(Register dst, Register src) { imul(DWORD, dst, src); }
    public final void imull(Register dst, Address src) { imul(DWORD, dst, src); }
    public final void imull(Register dst, Register src, int imm32) { imul(DWORD, dst, src, imm32); }
    public final void imull(Register dst, Address src, int imm32) { imul(DWORD, dst, src, imm32); }

    private void fixed(String mnemonic, boolean w, int opcode) {
        int start = position();
        emitOp(mnemonic, 0, w, opcode);
        list(start, mnemonic);
    }

    /** Sign-extends rax into rdx:rax (before {@code idivq}). */
    public final void cqo() { fixed("cqo", true, 0x99); }
    /** Sign-extends eax into edx:eax (before {@code idivl}). */
    public final void cdq() { fixed("cdq", false, 0x99); }
    /** Sign-extends eax into rax. */
    public final void cdqe() { fixed("cdqe", true, 0x98); }

    // ================================================================ shifts and rotates

    private void shift(ShiftOp op, OperandSize size, Register dst, int count) {
        int start = position();
        Operands.range(op.mnemonic, "shift count", count, 0, size.bytes() * 8 - 1);
        // GNU as picks the D1 "by 1" form for a count of 1, which saves the immediate byte.
        emitRR(op.mnemonic, prefix(size), rexW(size), count == 1 ? 0xD1 : 0xC1, op.extension, false, dst.encoding(), false);
        if (count != 1) {
            code.emit8(count);
        }
        if (listing() != null) {
            list(start, op.mnemonic + " " + r(dst, size) + ", " + count);
        }
    }

    private void shiftByCl(ShiftOp op, OperandSize size, Register dst) {
        int start = position();
        emitRR(op.mnemonic, prefix(size), rexW(size), 0xD3, op.extension, false, dst.encoding(), false);
        if (listing() != null) {
            list(start, op.mnemonic + " " + r(dst, size) + ", cl");
        }
    }

    public final void shlq(Register dst, int count) { shift(ShiftOp.SHL, QWORD, dst, count); }
    public final void shrq(Register dst, int count) { shift(ShiftOp.SHR, QWORD, dst, count); }
    public final void sarq(Register dst, int count) { shift(ShiftOp.SAR, QWORD, dst, count); }
    public final void rolq(Register dst, int count) { shift(ShiftOp.ROL, QWORD, dst, count); }
    public final void rorq(Register dst, int count) { shift(ShiftOp.ROR, QWORD, dst, count); }
    public final void shll(Register dst, int count) { shift(ShiftOp.SHL, DWORD, dst, count); }
    public final void shrl(Register dst, int count) { shift(ShiftOp.SHR, DWORD, dst, count); }
    public final void sarl(Register dst, int count) { shift(ShiftOp.SAR, DWORD, dst, count); }
    public final void roll(Register dst, int count) { shift(ShiftOp.ROL, DWORD, dst, count); }
    public final void rorl(Register dst, int count) { shift(ShiftOp.ROR, DWORD, dst, count); }
    /** Shift by cl (the count is masked by the CPU to 6 bits, as Java's {@code <<} on long). */
    public final void shlq(Register dst) { shiftByCl(ShiftOp.SHL, QWORD, dst); }
    public final void shrq(Register dst) { shiftByCl(ShiftOp.SHR, QWORD, dst); }
    public final void sarq(Register dst) { shiftByCl(ShiftOp.SAR, QWORD, dst); }
    public final void rolq(Register dst) { shiftByCl(ShiftOp.ROL, QWORD, dst); }
    public final void rorq(Register dst) { shiftByCl(ShiftOp.ROR, QWORD, dst); }
    /** Shift by cl (masked by the CPU to 5 bits, as Java's {@code <<} on int). */
    public final void shll(Register dst) { shiftByCl(ShiftOp.SHL, DWORD, dst); }
    public final void shrl(Register dst) { shiftByCl(ShiftOp.SHR, DWORD, dst); }
    public final void sarl(Register dst) { shiftByCl(ShiftOp.SAR, DWORD, dst); }
    public final void roll(Register dst) { shiftByCl(ShiftOp.ROL, DWORD, dst); }
    public final void rorl(Register dst) { shiftByCl(ShiftOp.ROR, DWORD, dst); }

    // ================================================================ bit operations

    /** dst = bit-scan/count of src: the F3-prefixed lzcnt/tzcnt/popcnt and the plain bsf/bsr (reg = dst). */
    private void bitScan(String mnemonic, int prefix, int opcode, OperandSize size, Register dst, Register src) {
        int start = position();
        // The mandatory F3 prefix goes before REX (SDM vol. 2, 2.2.1).
        emitRR(mnemonic, prefix, rexW(size), opcode, dst.encoding(), false, src.encoding(), false);
        if (listing() != null) {
            list(start, mnemonic + " " + r(dst, size) + ", " + r(src, size));
        }
    }

    private void bitScan(String mnemonic, int prefix, int opcode, OperandSize size, Register dst, Address src) {
        int start = position();
        emitRM(mnemonic, prefix, rexW(size), opcode, dst.encoding(), false, src, 0);
        if (listing() != null) {
            list(start, mnemonic + " " + r(dst, size) + ", " + mem(size, src));
        }
    }

    /** Count of leading zero bits (LZCNT, 64 for zero); needs the ABM/LZCNT feature. */
    public final void lzcntq(Register dst, Register src) { bitScan("lzcnt", PREFIX_REP, 0x0FBD, QWORD, dst, src); }
    public final void lzcntq(Register dst, Address src) { bitScan("lzcnt", PREFIX_REP, 0x0FBD, QWORD, dst, src); }
    public final void lzcntl(Register dst, Register src) { bitScan("lzcnt", PREFIX_REP, 0x0FBD, DWORD, dst, src); }
    public final void lzcntl(Register dst, Address src) { bitScan("lzcnt", PREFIX_REP, 0x0FBD, DWORD, dst, src); }
    /** Count of trailing zero bits (TZCNT, 64 for zero); needs BMI1. */
    public final void tzcntq(Register dst, Register src) { bitScan("tzcnt", PREFIX_REP, 0x0FBC, QWORD, dst, src); }
    public final void tzcntq(Register dst, Address src) { bitScan("tzcnt", PREFIX_REP, 0x0FBC, QWORD, dst, src); }
    public final void tzcntl(Register dst, Register src) { bitScan("tzcnt", PREFIX_REP, 0x0FBC, DWORD, dst, src); }
    public final void tzcntl(Register dst, Address src) { bitScan("tzcnt", PREFIX_REP, 0x0FBC, DWORD, dst, src); }
    /** Population count (POPCNT). */
    public final void popcntq(Register dst, Register src) { bitScan("popcnt", PREFIX_REP, 0x0FB8, QWORD, dst, src); }
    public final void popcntq(Register dst, Address src) { bitScan("popcnt", PREFIX_REP, 0x0FB8, QWORD, dst, src); }
    public final void popcntl(Register dst, Register src) { bitScan("popcnt", PREFIX_REP, 0x0FB8, DWORD, dst, src); }
    public final void popcntl(Register dst, Address src) { bitScan("popcnt", PREFIX_REP, 0x0FB8, DWORD, dst, src); }
    /** Index of the lowest set bit (BSF; dst undefined and ZF set when src is zero). */
    public final void bsfq(Register dst, Register src) { bitScan("bsf", 0, 0x0FBC, QWORD, dst, src); }
    public final void bsfq(Register dst, Address src) { bitScan("bsf", 0, 0x0FBC, QWORD, dst, src); }
    public final void bsfl(Register dst, Register src) { bitScan("bsf", 0, 0x0FBC, DWORD, dst, src); }
    public final void bsfl(Register dst, Address src) { bitScan("bsf", 0, 0x0FBC, DWORD, dst, src); }
    /** Index of the highest set bit (BSR). */
    public final void bsrq(Register dst, Register src) { bitScan("bsr", 0, 0x0FBD, QWORD, dst, src); }
    public final void bsrq(Register dst, Address src) { bitScan("bsr", 0, 0x0FBD, QWORD, dst, src); }
    public final void bsrl(Register dst, Register src) { bitScan("bsr", 0, 0x0FBD, DWORD, dst, src); }
    public final void bsrl(Register dst, Address src) { bitScan("bsr", 0, 0x0FBD, DWORD, dst, src); }

    private void bt(OperandSize size, Register base, Register bit) {
        int start = position();
        emitRR("bt", prefix(size), rexW(size), 0x0FA3, bit.encoding(), false, base.encoding(), false);
        if (listing() != null) {
            list(start, "bt " + r(base, size) + ", " + r(bit, size));
        }
    }

    private void bt(OperandSize size, Register base, int bit) {
        int start = position();
        Operands.range("bt", "bit index", bit, 0, size.bytes() * 8 - 1);
        emitRR("bt", prefix(size), rexW(size), 0x0FBA, 4, false, base.encoding(), false);
        code.emit8(bit);
        if (listing() != null) {
            list(start, "bt " + r(base, size) + ", " + bit);
        }
    }

    /** CF = bit {@code bit} of {@code base} (bit index taken modulo the operand width). */
    public final void btq(Register base, Register bit) { bt(QWORD, base, bit); }
    public final void btq(Register base, int bit) { bt(QWORD, base, bit); }
    public final void btl(Register base, Register bit) { bt(DWORD, base, bit); }
    public final void btl(Register base, int bit) { bt(DWORD, base, bit); }

    private void bswap(OperandSize size, Register r) {
        int start = position();
        emitOpReg("bswap", 0, rexW(size), 0x0FC8, r.encoding(), false);
        if (listing() != null) {
            list(start, "bswap " + r(r, size));
        }
    }

    /** Reverses the byte order (Long.reverseBytes). */
    public final void bswapq(Register r) { bswap(QWORD, r); }
    /** Reverses the byte order (Integer.reverseBytes). */
    public final void bswapl(Register r) { bswap(DWORD, r); }
}
