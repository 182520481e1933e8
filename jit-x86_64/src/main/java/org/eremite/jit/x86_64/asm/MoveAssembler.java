package org.eremite.jit.x86_64.asm;

import static org.eremite.jit.x86_64.asm.OperandSize.BYTE;
import static org.eremite.jit.x86_64.asm.OperandSize.DWORD;
import static org.eremite.jit.x86_64.asm.OperandSize.QWORD;
import static org.eremite.jit.x86_64.asm.OperandSize.WORD;

import java.util.Objects;
import org.eremite.vm.asm.Operands;

/**
 * Data movement (SDM vol. 2, MOV, MOVSX/MOVSXD, MOVZX, LEA, XCHG, SETcc, CMOVcc, PUSH, POP). Naming as
 * in {@link IntegerAssembler}: the suffix is the operand size; for the extending moves it is the source
 * size then the destination size ({@code movzxbl}: byte to 32 bits).
 */
public abstract class MoveAssembler extends IntegerAssembler {
    MoveAssembler() {
    }

    // ================================================================ mov

    private void mov(OperandSize size, Register dst, Register src) {
        int start = position();
        emitRR("mov", prefix(size), rexW(size), size == BYTE ? 0x88 : 0x89, src.encoding(), size == BYTE,
                dst.encoding(), size == BYTE);
        if (listing() != null) {
            list(start, "mov " + r(dst, size) + ", " + r(src, size));
        }
    }

    private void load(OperandSize size, Register dst, Address src) {
        int start = position();
        if (isAccumulatorMoffs(dst, src)) {
            emitOp("mov", prefix(size), false, size == BYTE ? 0xA0 : 0xA1);
            emitDisplacement32(src);
        } else {
            emitRM("mov", prefix(size), rexW(size), size == BYTE ? 0x8A : 0x8B, dst.encoding(), size == BYTE, src, 0);
        }
        if (listing() != null) {
            list(start, "mov " + r(dst, size) + ", " + mem(size, src));
        }
    }

    private void store(OperandSize size, Address dst, Register src) {
        int start = position();
        if (isAccumulatorMoffs(src, dst)) {
            emitOp("mov", prefix(size), false, size == BYTE ? 0xA2 : 0xA3);
            emitDisplacement32(dst);
        } else {
            emitRM("mov", prefix(size), rexW(size), size == BYTE ? 0x88 : 0x89, src.encoding(), size == BYTE, dst, 0);
        }
        if (listing() != null) {
            list(start, "mov " + mem(size, dst) + ", " + r(src, size));
        }
    }

    /**
     * In 32-bit mode, GNU as moves between the accumulator and an absolute address with the shorter
     * moffs32 opcodes (A0-A3); in 64-bit mode those take a 64-bit address, and as uses ModRM.
     */
    private boolean isAccumulatorMoffs(Register register, Address a) {
        return mode32() && register == Register.RAX && a.base() == null && a.index() == null && !a.isRipRelative();
    }

    private void storeImmediate(OperandSize size, Address dst, int imm) {
        int start = position();
        int value = immediate("mov", size, imm);
        emitRM("mov", prefix(size), rexW(size), size == BYTE ? 0xC6 : 0xC7, 0, false, dst, immediateBytes(size));
        emitImmediate(size, value);
        if (listing() != null) {
            list(start, "mov " + mem(size, dst) + ", " + imm);
        }
    }

    public final void movq(Register dst, Register src) { mov(QWORD, dst, src); }
    public final void movq(Register dst, Address src) { load(QWORD, dst, src); }
    public final void movq(Address dst, Register src) { store(QWORD, dst, src); }
    /** Stores {@code imm32} sign-extended to 64 bits. */
    public final void movq(Address dst, int imm32) { storeImmediate(QWORD, dst, imm32); }
    public final void movl(Register dst, Register src) { mov(DWORD, dst, src); }
    public final void movl(Register dst, Address src) { load(DWORD, dst, src); }
    public final void movl(Address dst, Register src) { store(DWORD, dst, src); }
    public final void movl(Address dst, int imm32) { storeImmediate(DWORD, dst, imm32); }
    public final void movw(Address dst, Register src) { store(WORD, dst, src); }
    /** Stores a 16-bit value ({@code imm16} signed or unsigned). */
    public final void movw(Address dst, int imm16) { storeImmediate(WORD, dst, imm16); }
    public final void movb(Address dst, Register src) { store(BYTE, dst, src); }
    /** Stores a byte ({@code imm8} signed or unsigned). */
    public final void movb(Address dst, int imm8) { storeImmediate(BYTE, dst, imm8); }

    /** dst = imm32 sign-extended to 64 bits (C7 /0, 7 bytes). */
    public final void movq(Register dst, int imm32) {
        int start = position();
        emitRR("mov", 0, true, 0xC7, 0, false, dst.encoding(), false);
        code.emit32(imm32);
        if (listing() != null) {
            list(start, "mov " + r(dst, QWORD) + ", " + imm32);
        }
    }

    /** dst = imm32, which also clears the upper half of the 64-bit register (B8+r, 5 or 6 bytes). */
    public final void movl(Register dst, int imm32) {
        int start = position();
        emitOpReg("mov", 0, false, 0xB8, dst.encoding(), false);
        code.emit32(imm32);
        if (listing() != null) {
            list(start, "mov " + r(dst, DWORD) + ", " + imm32);
        }
    }

    /**
     * dst = the address {@code symbol + addend}, which must lie below 4 GB (B8+r, R_X86_64_32): the way
     * 32-bit boot code names a page table or a stack.
     */
    public final void movl(Register dst, String symbol, int addend) {
        Objects.requireNonNull(symbol, "symbol");
        int start = position();
        emitOpReg("mov", 0, false, 0xB8, dst.encoding(), false);
        addRelocation(position(), RelocationType.R_X86_64_32, symbol, addend);
        code.emit32(0);
        if (listing() != null) {
            list(start, "mov " + r(dst, DWORD) + ", OFFSET " + Address.quote(symbol) + signed(addend));
        }
    }

    /** dst = the address {@code symbol + addend}, in the low or top 2 GB (C7 /0, R_X86_64_32S). */
    public final void movq(Register dst, String symbol, int addend) {
        Objects.requireNonNull(symbol, "symbol");
        int start = position();
        emitRR("mov", 0, true, 0xC7, 0, false, dst.encoding(), false);
        addRelocation(position(), RelocationType.R_X86_64_32S, symbol, addend);
        code.emit32(0);
        if (listing() != null) {
            list(start, "mov " + r(dst, QWORD) + ", OFFSET " + Address.quote(symbol) + signed(addend));
        }
    }

    /** dst = imm64 (REX.W B8+r, 10 bytes). */
    public final void movabs(Register dst, long imm64) {
        int start = position();
        emitOpReg("movabs", 0, true, 0xB8, dst.encoding(), false);
        code.emit64(imm64);
        if (listing() != null) {
            list(start, "movabs " + r(dst, QWORD) + ", " + hex(imm64));
        }
    }

    /** dst = the absolute address {@code symbol + addend}, filled in by the linker (R_X86_64_64). */
    public final void movabs(Register dst, String symbol, long addend) {
        Objects.requireNonNull(symbol, "symbol");
        int start = position();
        emitOpReg("movabs", 0, true, 0xB8, dst.encoding(), false);
        addRelocation(position(), RelocationType.R_X86_64_64, symbol, addend);
        code.emit64(0);
        if (listing() != null) {
            list(start, "movabs " + r(dst, QWORD) + ", OFFSET " + Address.quote(symbol) + signed(addend));
        }
    }

    // ================================================================ sign and zero extension

    private void extend(String mnemonic, int opcode, OperandSize dstSize, OperandSize srcSize, Register dst, Register src) {
        int start = position();
        emitRR(mnemonic, 0, rexW(dstSize), opcode, dst.encoding(), false, src.encoding(), srcSize == BYTE);
        if (listing() != null) {
            list(start, mnemonic + " " + r(dst, dstSize) + ", " + r(src, srcSize));
        }
    }

    private void extend(String mnemonic, int opcode, OperandSize dstSize, OperandSize srcSize, Register dst, Address src) {
        int start = position();
        emitRM(mnemonic, 0, rexW(dstSize), opcode, dst.encoding(), false, src, 0);
        if (listing() != null) {
            list(start, mnemonic + " " + r(dst, dstSize) + ", " + mem(srcSize, src));
        }
    }

    public final void movsxbl(Register dst, Register src) { extend("movsx", 0x0FBE, DWORD, BYTE, dst, src); }
    public final void movsxbl(Register dst, Address src) { extend("movsx", 0x0FBE, DWORD, BYTE, dst, src); }
    public final void movsxbq(Register dst, Register src) { extend("movsx", 0x0FBE, QWORD, BYTE, dst, src); }
    public final void movsxbq(Register dst, Address src) { extend("movsx", 0x0FBE, QWORD, BYTE, dst, src); }
    public final void movsxwl(Register dst, Register src) { extend("movsx", 0x0FBF, DWORD, WORD, dst, src); }
    public final void movsxwl(Register dst, Address src) { extend("movsx", 0x0FBF, DWORD, WORD, dst, src); }
    public final void movsxwq(Register dst, Register src) { extend("movsx", 0x0FBF, QWORD, WORD, dst, src); }
    public final void movsxwq(Register dst, Address src) { extend("movsx", 0x0FBF, QWORD, WORD, dst, src); }
    /** Sign-extends 32 to 64 bits (MOVSXD, Java's int-to-long). */
    public final void movsxd(Register dst, Register src) { extend("movsxd", 0x63, QWORD, DWORD, dst, src); }
    public final void movsxd(Register dst, Address src) { extend("movsxd", 0x63, QWORD, DWORD, dst, src); }
    public final void movzxbl(Register dst, Register src) { extend("movzx", 0x0FB6, DWORD, BYTE, dst, src); }
    public final void movzxbl(Register dst, Address src) { extend("movzx", 0x0FB6, DWORD, BYTE, dst, src); }
    public final void movzxbq(Register dst, Register src) { extend("movzx", 0x0FB6, QWORD, BYTE, dst, src); }
    public final void movzxbq(Register dst, Address src) { extend("movzx", 0x0FB6, QWORD, BYTE, dst, src); }
    public final void movzxwl(Register dst, Register src) { extend("movzx", 0x0FB7, DWORD, WORD, dst, src); }
    public final void movzxwl(Register dst, Address src) { extend("movzx", 0x0FB7, DWORD, WORD, dst, src); }
    public final void movzxwq(Register dst, Register src) { extend("movzx", 0x0FB7, QWORD, WORD, dst, src); }
    public final void movzxwq(Register dst, Address src) { extend("movzx", 0x0FB7, QWORD, WORD, dst, src); }

    // ================================================================ lea, xchg

    private void lea(OperandSize size, Register dst, Address src) {
        int start = position();
        emitRM("lea", 0, rexW(size), 0x8D, dst.encoding(), false, src, 0);
        if (listing() != null) {
            list(start, "lea " + r(dst, size) + ", " + addr(src));
        }
    }

    /** dst = the address {@code src} computes (no memory access). */
    public final void leaq(Register dst, Address src) { lea(QWORD, dst, src); }
    /** dst = the low 32 bits of the address {@code src} computes, zero-extended. */
    public final void leal(Register dst, Address src) { lea(DWORD, dst, src); }

    private void xchg(OperandSize size, Register a, Register b) {
        int start = position();
        if (a == Register.RAX && b == Register.RAX) {
            // xchg rax, rax is 90 (GNU as drops the useless REX.W); xchg eax, eax is not a no-op
            // (it clears the upper half), and 90 would be, so it takes the ModRM form.
            if (size == QWORD) {
                emitOp("xchg", 0, false, 0x90);
            } else {
                emitRR("xchg", 0, false, 0x87, 0, false, 0, false);
            }
        } else if (a == Register.RAX || b == Register.RAX) {
            emitOpReg("xchg", 0, rexW(size), 0x90, (a == Register.RAX ? b : a).encoding(), false);
        } else {
            emitRR("xchg", 0, rexW(size), 0x87, b.encoding(), false, a.encoding(), false);
        }
        if (listing() != null) {
            list(start, "xchg " + r(a, size) + ", " + r(b, size));
        }
    }

    private void xchg(OperandSize size, Register a, Address b) {
        int start = position();
        emitRM("xchg", 0, rexW(size), 0x87, a.encoding(), false, b, 0);
        if (listing() != null) {
            list(start, "xchg " + r(a, size) + ", " + mem(size, b));
        }
    }

    public final void xchgq(Register a, Register b) { xchg(QWORD, a, b); }
    public final void xchgl(Register a, Register b) { xchg(DWORD, a, b); }
    /** Swaps a register with memory; with a memory operand the CPU locks the bus without a lock prefix. */
    public final void xchgq(Register a, Address b) { xchg(QWORD, a, b); }
    public final void xchgl(Register a, Address b) { xchg(DWORD, a, b); }

    // ================================================================ setcc, cmovcc

    /** dst (its low byte) = 1 if {@code cc} holds, else 0; the upper bits are unchanged. */
    public final void setcc(Condition cc, Register dst) {
        int start = position();
        emitRR("setcc", 0, false, 0x0F90 + cc.encoding(), 0, false, dst.encoding(), true);
        if (listing() != null) {
            list(start, "set" + cc.suffix() + " " + r(dst, BYTE));
        }
    }

    public final void setcc(Condition cc, Address dst) {
        int start = position();
        emitRM("setcc", 0, false, 0x0F90 + cc.encoding(), 0, false, dst, 0);
        if (listing() != null) {
            list(start, "set" + cc.suffix() + " " + mem(BYTE, dst));
        }
    }

    private void cmov(Condition cc, OperandSize size, Register dst, Register src) {
        int start = position();
        emitRR("cmovcc", 0, rexW(size), 0x0F40 + cc.encoding(), dst.encoding(), false, src.encoding(), false);
        if (listing() != null) {
            list(start, "cmov" + cc.suffix() + " " + r(dst, size) + ", " + r(src, size));
        }
    }

    private void cmov(Condition cc, OperandSize size, Register dst, Address src) {
        int start = position();
        emitRM("cmovcc", 0, rexW(size), 0x0F40 + cc.encoding(), dst.encoding(), false, src, 0);
        if (listing() != null) {
            list(start, "cmov" + cc.suffix() + " " + r(dst, size) + ", " + mem(size, src));
        }
    }

    /** dst = src if {@code cc} holds. */
    public final void cmovq(Condition cc, Register dst, Register src) { cmov(cc, QWORD, dst, src); }
    public final void cmovq(Condition cc, Register dst, Address src) { cmov(cc, QWORD, dst, src); }
    /** dst = src if {@code cc} holds; the upper half of dst is cleared either way. */
    public final void cmovl(Condition cc, Register dst, Register src) { cmov(cc, DWORD, dst, src); }
    public final void cmovl(Condition cc, Register dst, Address src) { cmov(cc, DWORD, dst, src); }

    // ================================================================ push, pop

    /** Pushes a register (64-bit in long mode, 32-bit in 32-bit mode). */
    public final void push(Register src) {
        int start = position();
        emitOpReg("push", 0, false, 0x50, src.encoding(), false);
        if (listing() != null) {
            list(start, "push " + r(src, addressSize()));
        }
    }

    public final void pop(Register dst) {
        int start = position();
        emitOpReg("pop", 0, false, 0x58, dst.encoding(), false);
        if (listing() != null) {
            list(start, "pop " + r(dst, addressSize()));
        }
    }

    /** Pushes {@code imm32} sign-extended to the stack width (6A ib when it fits a byte, else 68 id). */
    public final void push(int imm32) {
        int start = position();
        boolean short8 = Operands.fitsSigned(imm32, 8);
        emitOp("push", 0, false, short8 ? 0x6A : 0x68);
        emitImmediate(short8 ? BYTE : DWORD, imm32);
        if (listing() != null) {
            list(start, "push " + imm32);
        }
    }

    public final void push(Address src) {
        int start = position();
        emitRM("push", 0, false, 0xFF, 6, false, src, 0);
        if (listing() != null) {
            list(start, "push " + mem(addressSize(), src));
        }
    }

    public final void pop(Address dst) {
        int start = position();
        emitRM("pop", 0, false, 0x8F, 0, false, dst, 0);
        if (listing() != null) {
            list(start, "pop " + mem(addressSize(), dst));
        }
    }

    /** Pushes RFLAGS (EFLAGS in 32-bit mode). */
    public final void pushf() {
        int start = position();
        emitOp("pushf", 0, false, 0x9C);
        list(start, "pushf");
    }

    public final void popf() {
        int start = position();
        emitOp("popf", 0, false, 0x9D);
        list(start, "popf");
    }
}
