package org.eremite.jit.x86_64.asm;

import static org.eremite.jit.x86_64.asm.OperandSize.BYTE;
import static org.eremite.jit.x86_64.asm.OperandSize.DWORD;
import static org.eremite.jit.x86_64.asm.OperandSize.QWORD;
import static org.eremite.jit.x86_64.asm.OperandSize.WORD;

import java.util.Objects;
import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.Operands;

/**
 * Jasm for x86_64: one method per instruction form, each emitting exactly one instruction (SDM vol. 2).
 * This class adds control flow, atomics and ordering, system instructions and 32-bit mode to the
 * integer, move and floating-point forms it inherits. Sequences live in {@link MacroAssembler}.
 */
public class Assembler extends FloatingPointAssembler {
    /**
     * GNU as's filler for code alignment and {@code .nops} in 64-bit mode, which the listing's
     * {@code .balign} must reproduce: the recommended multi-byte NOPs of SDM vol. 2, NOP, Table 4-12,
     * stretched to 10 and 11 bytes with 66 and CS prefixes; NOPS[n] is n bytes long.
     */
    private static final byte[][] NOPS = {
        {},
        {(byte) 0x90},
        {0x66, (byte) 0x90},
        {0x0F, 0x1F, 0x00},
        {0x0F, 0x1F, 0x40, 0x00},
        {0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x0F, 0x1F, (byte) 0x80, 0x00, 0x00, 0x00, 0x00},
        {0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x66, 0x2E, 0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x66, 0x66, 0x2E, 0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    };
    /** From this much padding on, GNU as jumps over the no-ops (with a rel8, then a rel32 jump). */
    private static final int PADDING_JUMP_REL8 = 88;
    private static final int PADDING_JUMP_REL32 = 130;

    public Assembler() {
    }

    @Override
    protected void emitPadding(int bytes) {
        int left = bytes;
        if (left >= PADDING_JUMP_REL32) {
            code.emit8(0xE9);
            code.emit32(left - 5);
            left -= 5;
        } else if (left >= PADDING_JUMP_REL8) {
            code.emit8(0xEB);
            code.emit8(left - 2);
            left -= 2;
        }
        for (; left > 11; left -= 11) {
            code.emitBytes(NOPS[11]);
        }
        code.emitBytes(NOPS[left]);
    }

    // ================================================================ modes

    /**
     * Emits what follows as 32-bit protected-mode code (for a boot stub entered by a 32-bit loader):
     * 32-bit operations and addresses, no REX, no RIP-relative addressing, no 64-bit operand size.
     */
    public final void code32() {
        setMode32(true);
        list(position(), ".code32");
    }

    /** Back to 64-bit mode, the default. */
    public final void code64() {
        setMode32(false);
        list(position(), ".code64");
    }

    // ================================================================ jumps and calls

    /**
     * Jumps to {@code target}: rel8 if it is already bound and in reach, else rel32. Only jmpShort
     * commits a forward jump to rel8.
     */
    public final void jmp(Label target) {
        int start = position();
        if (target.isBound() && Operands.fitsSigned(target.position() - (start + 2), 8)) {
            jmpShort(target);
            return;
        }
        code.emit8(0xE9);
        code.emit32(0);
        useLabel(target, start + 1, USE_REL32);
        if (listing() != null) {
            list(start, "{disp32} jmp " + nameOf(target));
        }
    }

    /**
     * Jumps to {@code target} with rel32 whatever the distance (E9, 5 bytes): for tables of jumps, whose entries
     * must all have one size.
     */
    public final void jmpNear(Label target) {
        int start = position();
        code.emit8(0xE9);
        code.emit32(0);
        useLabel(target, start + 1, USE_REL32);
        if (listing() != null) {
            list(start, "{disp32} jmp " + nameOf(target));
        }
    }

    /** Jumps to {@code target} with rel8; fails, naming the label, if it ends up more than ±127 bytes away. */
    public final void jmpShort(Label target) {
        int start = position();
        requireShortReach(0xEB, target, start);
        code.emit8(0xEB);
        code.emit8(0);
        useLabelRel8(target, start + 1);
        if (listing() != null) {
            list(start, "{disp8} jmp " + nameOf(target));
        }
    }

    /** Jumps to {@code target} if {@code cc} holds: rel8 if bound and in reach, else rel32. */
    public final void jcc(Condition cc, Label target) {
        int start = position();
        if (target.isBound() && Operands.fitsSigned(target.position() - (start + 2), 8)) {
            jccShort(cc, target);
            return;
        }
        code.emit8(0x0F);
        code.emit8(0x80 + cc.encoding());
        code.emit32(0);
        useLabel(target, start + 2, USE_REL32);
        if (listing() != null) {
            list(start, "{disp32} j" + cc.suffix() + " " + nameOf(target));
        }
    }

    public final void jccShort(Condition cc, Label target) {
        int start = position();
        requireShortReach(0x70 + cc.encoding(), target, start);
        code.emit8(0x70 + cc.encoding());
        code.emit8(0);
        useLabelRel8(target, start + 1);
        if (listing() != null) {
            list(start, "{disp8} j" + cc.suffix() + " " + nameOf(target));
        }
    }

    /** Calls {@code target} (rel32). */
    public final void call(Label target) {
        int start = position();
        code.emit8(0xE8);
        code.emit32(0);
        useLabel(target, start + 1, USE_REL32);
        if (listing() != null) {
            list(start, "call " + nameOf(target));
        }
    }

    /** Calls {@code symbol} (rel32, R_X86_64_PLT32): in reach if the image's code spans at most 2 GB. */
    public final void call(String symbol) {
        relativeToSymbol("call", 0xE8, symbol);
    }

    /** Jumps to {@code symbol} (rel32, R_X86_64_PLT32), e.g. a tail call. */
    public final void jmp(String symbol) {
        relativeToSymbol("jmp", 0xE9, symbol);
    }

    private void relativeToSymbol(String mnemonic, int opcode, String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        requireMode64(mnemonic + " to a symbol");
        int start = position();
        code.emit8(opcode);
        addRelocation(start + 1, RelocationType.R_X86_64_PLT32, symbol, -4);
        code.emit32(0);
        if (listing() != null) {
            list(start, mnemonic + " " + Address.quote(symbol));
        }
    }

    private void indirect(String mnemonic, int extension, Register target) {
        int start = position();
        emitRR(mnemonic, 0, false, 0xFF, extension, false, target.encoding(), false);
        if (listing() != null) {
            list(start, mnemonic + " " + r(target, addressSize()));
        }
    }

    private void indirect(String mnemonic, int extension, Address target) {
        int start = position();
        emitRM(mnemonic, 0, false, 0xFF, extension, false, target, 0);
        if (listing() != null) {
            list(start, mnemonic + " " + mem(addressSize(), target));
        }
    }

    public final void jmp(Register target) { indirect("jmp", 4, target); }
    public final void jmp(Address target) { indirect("jmp", 4, target); }
    public final void call(Register target) { indirect("call", 2, target); }
    public final void call(Address target) { indirect("call", 2, target); }

    private void simple(String mnemonic, int prefix, boolean w, int opcode) {
        int start = position();
        emitOp(mnemonic, prefix, w, opcode);
        list(start, mnemonic);
    }

    public final void ret() { simple("ret", 0, false, 0xC3); }

    /** Returns and pops {@code bytes} more bytes of arguments. */
    public final void ret(int bytes) {
        int start = position();
        Operands.unsigned("ret", "byte count", bytes, 16);
        emitOp("ret", 0, false, 0xC2);
        code.emit16(bytes);
        if (listing() != null) {
            list(start, "ret " + bytes);
        }
    }

    /** rsp = rbp; pop rbp. */
    public final void leave() { simple("leave", 0, false, 0xC9); }

    public final void nop() { simple("nop", 0, false, 0x90); }

    /** {@code bytes} bytes of no-ops, in as few instructions as GNU as's {@code .nops} uses. */
    public final void nop(int bytes) {
        int start = position();
        Operands.range("nop", "byte count", bytes, 0, Integer.MAX_VALUE);
        emitPadding(bytes);
        if (listing() != null && bytes > 0) {
            list(start, ".nops " + bytes);
        }
    }

    // ================================================================ atomics and ordering

    /** The LOCK prefix, for the instruction that follows (cmpxchg, xadd, add/sub/inc/... to memory). */
    public final void lock() {
        int start = position();
        code.emit8(0xF0);
        list(start, "lock");
    }

    private void atomic(String mnemonic, int opcode, OperandSize size, Address a, Register src) {
        int start = position();
        emitRM(mnemonic, 0, rexW(size), opcode, src.encoding(), false, a, 0);
        if (listing() != null) {
            list(start, mnemonic + " " + mem(size, a) + ", " + r(src, size));
        }
    }

    /** If rax == [a] then [a] = src, else rax = [a]; ZF = success. Atomic with {@link #lock()} first. */
    public final void cmpxchgq(Address a, Register src) { atomic("cmpxchg", 0x0FB1, QWORD, a, src); }
    /** If eax == [a] then [a] = src, else eax = [a]. */
    public final void cmpxchgl(Address a, Register src) { atomic("cmpxchg", 0x0FB1, DWORD, a, src); }
    /** (src, [a]) = ([a], [a] + src). Atomic with {@link #lock()} first. */
    public final void xaddq(Address a, Register src) { atomic("xadd", 0x0FC1, QWORD, a, src); }
    public final void xaddl(Address a, Register src) { atomic("xadd", 0x0FC1, DWORD, a, src); }

    public final void mfence() { simple("mfence", 0, false, 0x0FAEF0); }
    public final void lfence() { simple("lfence", 0, false, 0x0FAEE8); }
    public final void sfence() { simple("sfence", 0, false, 0x0FAEF8); }
    /** Spin-wait hint. */
    public final void pause() { simple("pause", PREFIX_REP, false, 0x90); }

    // ================================================================ system

    public final void cli() { simple("cli", 0, false, 0xFA); }
    /** Clears the direction flag: string instructions count up, as the System V ABI requires at calls. */
    public final void cld() { simple("cld", 0, false, 0xFC); }
    public final void std() { simple("std", 0, false, 0xFD); }
    public final void sti() { simple("sti", 0, false, 0xFB); }
    public final void hlt() { simple("hlt", 0, false, 0xF4); }
    /** ecx = MSR number; edx:eax = value. */
    public final void rdmsr() { simple("rdmsr", 0, false, 0x0F32); }
    public final void wrmsr() { simple("wrmsr", 0, false, 0x0F30); }
    public final void rdtsc() { simple("rdtsc", 0, false, 0x0F31); }
    public final void rdtscp() { simple("rdtscp", 0, false, 0x0F01F9); }
    public final void cpuid() { simple("cpuid", 0, false, 0x0FA2); }
    /** Returns from an interrupt to 64-bit code (REX.W CF). */
    public final void iretq() { simple("iretq", 0, true, 0xCF); }
    public final void int3() { simple("int3", 0, false, 0xCC); }
    public final void ud2() { simple("ud2", 0, false, 0x0F0B); }
    public final void swapgs() { simple("swapgs", 0, false, 0x0F01F8); }
    public final void wbinvd() { simple("wbinvd", 0, false, 0x0F09); }
    /** Far return to 64-bit code: pops rip, then cs (REX.W CB); how 64-bit code reloads cs. */
    public final void retfq() { simple("retfq", 0, true, 0xCB); }

    /** Software interrupt {@code vector} (CD ib; for vector 3 this is not {@link #int3}, which is CC). */
    public final void intn(int vector) {
        int start = position();
        Operands.unsigned("int", "vector", vector, 8);
        emitOp("int", 0, false, 0xCD);
        code.emit8(vector);
        if (listing() != null) {
            // GNU as turns "int 3" into int3 (CC), so the two-byte form is listed as data.
            list(start, vector == 3 ? ".byte 0xcd, 0x3" : "int " + vector);
        }
    }

    private void descriptorTable(String mnemonic, int extension, Address a) {
        int start = position();
        emitRM(mnemonic, 0, false, 0x0F01, extension, false, a, 0);
        if (listing() != null) {
            list(start, mnemonic + " " + addr(a));
        }
    }

    /** Loads the GDT register from the 10-byte (6 in 32-bit mode) limit-and-base at {@code a}. */
    public final void lgdt(Address a) { descriptorTable("lgdt", 2, a); }
    public final void lidt(Address a) { descriptorTable("lidt", 3, a); }
    /** Invalidates the TLB entry for the page containing {@code a}. */
    public final void invlpg(Address a) { descriptorTable("invlpg", 7, a); }

    /** Loads the task register with the selector in the low 16 bits of {@code selector}. */
    public final void ltr(Register selector) {
        int start = position();
        emitRR("ltr", 0, false, 0x0F00, 3, false, selector.encoding(), false);
        if (listing() != null) {
            list(start, "ltr " + r(selector, WORD));
        }
    }

    /** cr = src (the full 64-bit register, or 32-bit in 32-bit mode; no REX.W needed). */
    public final void mov(ControlRegister cr, Register src) {
        int start = position();
        emitRR("mov", 0, false, 0x0F22, cr.encoding(), false, src.encoding(), false);
        if (listing() != null) {
            list(start, "mov " + cr + ", " + r(src, addressSize()));
        }
    }

    /** dst = cr. */
    public final void mov(Register dst, ControlRegister cr) {
        int start = position();
        emitRR("mov", 0, false, 0x0F20, cr.encoding(), false, dst.encoding(), false);
        if (listing() != null) {
            list(start, "mov " + r(dst, addressSize()) + ", " + cr);
        }
    }

    /**
     * sreg = the low 16 bits of {@code src} (8E /r). CS cannot be loaded this way (a far jump or
     * {@link #retfq} does it), so it is refused.
     */
    public final void mov(SegmentRegister sreg, Register src) {
        if (sreg == SegmentRegister.CS) {
            throw new IllegalArgumentException("mov: cs is not a valid destination (mov to cs is #UD); use a far jump or retfq");
        }
        int start = position();
        emitRR("mov", 0, false, 0x8E, sreg.encoding(), false, src.encoding(), false);
        if (listing() != null) {
            list(start, "mov " + sreg + ", " + r(src, DWORD));
        }
    }

    /** dst = the selector in {@code sreg}, zero-extended (8C /r with a 32-bit register). */
    public final void mov(Register dst, SegmentRegister sreg) {
        int start = position();
        emitRR("mov", 0, false, 0x8C, sreg.encoding(), false, dst.encoding(), false);
        if (listing() != null) {
            list(start, "mov " + r(dst, DWORD) + ", " + sreg);
        }
    }

    /** Initializes the x87 FPU without checking for pending exceptions (DB E3): control word 0x37F. */
    public final void fninit() { simple("fninit", 0, false, 0xDBE3); }

    // The few x87 instructions the compiler needs for frem and drem: FPREM computes the exact truncating
    // remainder that SSE has no instruction for (SDM vol. 2, FPREM). Names follow GNU as's AT&T suffixes:
    // s for a 32-bit float, l for a 64-bit double.

    private void x87Memory(String mnemonic, int opcode, int extension, OperandSize size, Address a) {
        int start = position();
        emitRM(mnemonic, 0, false, opcode, extension, false, a, 0);
        if (listing() != null) {
            list(start, mnemonic + " " + mem(size, a));
        }
    }

    /** Pushes the float at {@code a} onto the x87 stack (D9 /0). */
    public final void flds(Address a) { x87Memory("fld", 0xD9, 0, DWORD, a); }
    /** Pushes the double at {@code a} onto the x87 stack (DD /0). */
    public final void fldl(Address a) { x87Memory("fld", 0xDD, 0, QWORD, a); }
    /** Stores st(0) at {@code a} as a float, rounding, and pops (D9 /3). */
    public final void fstps(Address a) { x87Memory("fstp", 0xD9, 3, DWORD, a); }
    /** Stores st(0) at {@code a} as a double, rounding, and pops (DD /3). */
    public final void fstpl(Address a) { x87Memory("fstp", 0xDD, 3, QWORD, a); }
    /** st(0) = the partial remainder of st(0) / st(1), truncating; C2 = 1 while incomplete (D9 F8). */
    public final void fprem() { simple("fprem", 0, false, 0xD9F8); }
    /** ax = the x87 status word, without checking for pending exceptions (DF E0). */
    public final void fnstswAx() { simple("fnstsw ax", 0, false, 0xDFE0); }

    /** Stores st(0) into st(i) and pops (DD D8+i); {@code fstp st(0)} just pops. */
    public final void fstp(int i) {
        Operands.range("fstp", "st(i)", i, 0, 7);
        int start = position();
        emitOpcode(0xDDD8 + i);
        list(start, "fstp st(" + i + ")");
    }

    // ---------------------------------------------------------------- port I/O

    private void port(String mnemonic, int opcode, OperandSize size, int port) {
        int start = position();
        Operands.unsigned(mnemonic, "port", port, 8);
        emitOp(mnemonic, prefix(size), false, opcode | (size == BYTE ? 0 : 1));
        code.emit8(port);
        if (listing() != null) {
            String accumulator = r(Register.RAX, size);
            list(start, mnemonic.equals("in") ? "in " + accumulator + ", " + port : "out " + port + ", " + accumulator);
        }
    }

    private void portDx(String mnemonic, int opcode, OperandSize size, Register port) {
        if (port != Register.RDX) {
            throw Operands.invalid(mnemonic, "port register", port, "is not rdx (the only register port operand is dx)");
        }
        int start = position();
        emitOp(mnemonic, prefix(size), false, opcode | (size == BYTE ? 0 : 1));
        if (listing() != null) {
            String accumulator = r(Register.RAX, size);
            list(start, mnemonic.equals("in") ? "in " + accumulator + ", dx" : "out dx, " + accumulator);
        }
    }

    /** al = byte from {@code port} (0-255). */
    public final void inb(int port) { port("in", 0xE4, BYTE, port); }
    public final void inw(int port) { port("in", 0xE4, WORD, port); }
    public final void inl(int port) { port("in", 0xE4, DWORD, port); }
    /** al = byte from the port in dx; {@code port} must be {@link Register#RDX}. */
    public final void inb(Register port) { portDx("in", 0xEC, BYTE, port); }
    public final void inw(Register port) { portDx("in", 0xEC, WORD, port); }
    public final void inl(Register port) { portDx("in", 0xEC, DWORD, port); }
    /** Writes al to {@code port}. */
    public final void outb(int port) { port("out", 0xE6, BYTE, port); }
    public final void outw(int port) { port("out", 0xE6, WORD, port); }
    public final void outl(int port) { port("out", 0xE6, DWORD, port); }
    /** Writes al to the port in dx; {@code port} must be {@link Register#RDX}. */
    public final void outb(Register port) { portDx("out", 0xEE, BYTE, port); }
    public final void outw(Register port) { portDx("out", 0xEE, WORD, port); }
    public final void outl(Register port) { portDx("out", 0xEE, DWORD, port); }

    // ---------------------------------------------------------------- far jumps

    /**
     * Far jump to {@code selector:offset} (EA, ptr16:32), 32-bit mode only: how a 32-bit boot stub
     * enters long mode once paging and EFER.LME are set.
     */
    public final void ljmp(int selector, int offset) {
        int start = position();
        farJumpPrefix(selector);
        code.emit32(offset);
        code.emit16(selector);
        if (listing() != null) {
            list(start, "ljmp " + hex(selector) + ", " + hex(offset & 0xFFFF_FFFFL));
        }
    }

    /** Far jump to {@code selector:symbol+addend}, the offset filled in by the linker (R_X86_64_32). */
    public final void ljmp(int selector, String symbol, int addend) {
        Objects.requireNonNull(symbol, "symbol");
        int start = position();
        farJumpPrefix(selector);
        addRelocation(position(), RelocationType.R_X86_64_32, symbol, addend);
        code.emit32(0);
        code.emit16(selector);
        if (listing() != null) {
            list(start, "ljmp " + hex(selector) + ", OFFSET " + Address.quote(symbol) + signed(addend));
        }
    }

    private void farJumpPrefix(int selector) {
        if (!mode32()) {
            throw new IllegalArgumentException("ljmp: the direct far jump (ptr16:32) is not encodable in 64-bit mode;"
                    + " use retfq or ljmp through memory");
        }
        Operands.unsigned("ljmp", "selector", selector, 16);
        emitOp("ljmp", 0, false, 0xEA);
    }

    /** Far jump through the 6-byte {@code offset32, selector16} at {@code a} (FF /5, m16:32). */
    public final void ljmp(Address a) {
        int start = position();
        emitRM("ljmp", 0, false, 0xFF, 5, false, a, 0);
        if (listing() != null) {
            list(start, "jmp FWORD PTR " + addr(a));
        }
    }
}
