package org.eremite.jit.riscv64.asm;

import static org.eremite.jit.riscv64.asm.Encoding.*;

import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.Operands;

/**
 * Instruction sequences on top of {@link Assembler}: constants of any size, pc-relative addresses,
 * calls and jumps of +-2 GiB, loads and stores at any offset, compare-and-branch near (+-4 KiB) and far
 * (+-1 MiB), conditional set and select. Each emitted instruction is listed on its own.
 *
 * <p>Sequences that need a temporary take a {@code scratch} register explicitly; the far jumps without
 * one use {@code t1}, as GNU as's {@code tail} does. A scratch register may not be {@code zero} nor any
 * register the sequence still has to read after writing the scratch.
 */
public class MacroAssembler extends Assembler {
    public MacroAssembler() {
    }

    // ---- Constants.

    /**
     * Loads any 64-bit constant in at most 8 instructions: {@code lui}/{@code addiw} for 32-bit values,
     * otherwise the value's upper part recursively, shifted and completed with {@code addi} (unprivileged
     * spec section 2.4.1 and 5.2 for the sign extension of {@code lui} and {@code addiw}), or a shifted
     * form followed by {@code srli} when that is shorter.
     */
    public void li(Register rd, long value) {
        if (rd == Register.ZERO) {
            throw Operands.invalid("li", "rd", rd, "cannot hold a constant");
        }
        Sequence best = Sequence.of(value);
        for (int i = 0; i < best.length; i++) {
            int imm = best.imm[i];
            switch (best.op[i]) {
                case Sequence.LUI -> lui(rd, imm);
                case Sequence.ADDI -> addi(rd, i == 0 ? Register.ZERO : rd, imm);
                case Sequence.ADDIW -> addiw(rd, i == 0 ? Register.ZERO : rd, imm);
                case Sequence.SLLI -> slli(rd, rd, imm);
                case Sequence.SRLI -> srli(rd, rd, imm);
                default -> throw new AssertionError(best.op[i]);
            }
        }
    }

    /** The shortest sequence of {@code lui, addi(w), slli, srli} found for a constant. */
    static final class Sequence {
        static final int LUI = 0;
        static final int ADDI = 1;
        static final int ADDIW = 2;
        static final int SLLI = 3;
        static final int SRLI = 4;

        final int[] op = new int[16];
        final int[] imm = new int[16];
        int length;

        static Sequence of(long value) {
            Sequence best = new Sequence();
            best.build(value);
            if (value > 0 && !Operands.fitsSigned(value, 32)) {
                // A value with leading zeros may be a cheaper one shifted left, then shifted back.
                int zeros = Long.numberOfLeadingZeros(value);
                for (long shifted : new long[] {value << zeros, value << zeros | (1L << zeros) - 1}) {
                    Sequence candidate = new Sequence();
                    candidate.build(shifted);
                    candidate.add(SRLI, zeros);
                    if (candidate.length < best.length) {
                        best = candidate;
                    }
                }
            }
            return best;
        }

        private void build(long value) {
            if (Operands.fitsSigned(value, 32)) {
                int hi = hi20(value);
                int lo = lo12(value);
                if (hi != 0) {
                    add(LUI, hi);
                    if (lo != 0) {
                        add(ADDIW, lo);
                    }
                } else {
                    add(ADDI, lo);
                }
                return;
            }
            int lo = lo12(value);
            long upper = (value + 0x800) >>> 12;
            int shift = 12 + Long.numberOfTrailingZeros(upper);
            long rest = upper >>> (shift - 12) << shift >> shift;
            build(rest);
            add(SLLI, shift);
            if (lo != 0) {
                add(ADDI, lo);
            }
        }

        private void add(int operation, int immediate) {
            op[length] = operation;
            imm[length] = immediate;
            length++;
        }
    }

    // ---- Pc-relative addresses, calls and jumps (auipc pairs, reach +-2 GiB).

    /** {@code rd = &target}: {@code auipc} + {@code addi}. */
    public void la(Register rd, Label target) {
        pair(rd, target, Encoding.i(OP_IMM, rd.number(), 0, rd.number(), 0), "addi", rd);
    }

    /** {@code rd = &symbol + addend}, resolved by the linker. */
    public void la(Register rd, String symbol, long addend) {
        pair(rd, symbol, addend, Encoding.i(OP_IMM, rd.number(), 0, rd.number(), 0), "addi", rd,
                RelocationType.R_RISCV_PCREL_HI20_LO12_I);
    }

    /** Calls a label at any distance: {@code auipc ra} + {@code jalr ra}. */
    public void call(Label target) {
        jump(Register.RA, Register.RA, target);
    }

    /** Calls a symbol at any distance ({@link RelocationType#R_RISCV_CALL_PLT}). */
    public void call(String symbol, long addend) {
        jump(Register.RA, Register.RA, symbol, addend);
    }

    /** Jumps to a label at any distance through {@code scratch}: {@code auipc scratch} + {@code jalr zero}. */
    public void tail(Label target, Register scratch) {
        jump(scratch, Register.ZERO, target);
    }

    public void tail(Label target) {
        tail(target, Register.T1);
    }

    public void tail(String symbol, long addend, Register scratch) {
        jump(scratch, Register.ZERO, symbol, addend);
    }

    public void tail(String symbol, long addend) {
        tail(symbol, addend, Register.T1);
    }

    private void jump(Register scratch, Register link, Label target) {
        checkScratch("auipc+jalr", scratch);
        pair(scratch, target, Encoding.i(JALR, link.number(), 0, scratch.number(), 0), "jalr", link);
    }

    private void jump(Register scratch, Register link, String symbol, long addend) {
        checkScratch("auipc+jalr", scratch);
        int start = position();
        emit(Encoding.u(AUIPC, scratch.number(), 0), listing() == null ? null
                : ".reloc ., R_RISCV_CALL_PLT, " + symbolText(symbol, addend) + "; auipc " + scratch + ", 0");
        emit(Encoding.i(JALR, link.number(), 0, scratch.number(), 0),
                listing() == null ? null : "jalr " + link + ", 0(" + scratch + ")");
        addRelocation(start, RelocationType.R_RISCV_CALL_PLT, symbol, addend);
    }

    // ---- Loads and stores of pc-relative data (literal pools, statics): auipc + the access.

    public void ld(Register rd, Label target) {
        pair(rd, target, Encoding.i(LOAD, rd.number(), 3, rd.number(), 0), "ld", rd);
    }

    public void lw(Register rd, Label target) {
        pair(rd, target, Encoding.i(LOAD, rd.number(), 2, rd.number(), 0), "lw", rd);
    }

    public void fld(FloatRegister rd, Label target, Register scratch) {
        checkScratch("fld", scratch);
        pair(scratch, target, Encoding.i(LOAD_FP, rd.number(), 3, scratch.number(), 0), "fld", rd);
    }

    public void flw(FloatRegister rd, Label target, Register scratch) {
        checkScratch("flw", scratch);
        pair(scratch, target, Encoding.i(LOAD_FP, rd.number(), 2, scratch.number(), 0), "flw", rd);
    }

    public void sd(Register src, Label target, Register scratch) {
        checkStoreScratch("sd", src, scratch);
        pair(scratch, target, Encoding.s(STORE, 3, scratch.number(), src.number(), 0), "sd", src);
    }

    public void sw(Register src, Label target, Register scratch) {
        checkStoreScratch("sw", src, scratch);
        pair(scratch, target, Encoding.s(STORE, 2, scratch.number(), src.number(), 0), "sw", src);
    }

    public void fsd(FloatRegister src, Label target, Register scratch) {
        checkScratch("fsd", scratch);
        pair(scratch, target, Encoding.s(STORE_FP, 3, scratch.number(), src.number(), 0), "fsd", src);
    }

    public void fsw(FloatRegister src, Label target, Register scratch) {
        checkScratch("fsw", scratch);
        pair(scratch, target, Encoding.s(STORE_FP, 2, scratch.number(), src.number(), 0), "fsw", src);
    }

    public void ld(Register rd, String symbol, long addend) {
        loadSymbol(rd, Encoding.i(LOAD, rd.number(), 3, rd.number(), 0), "ld", rd, symbol, addend);
    }

    public void lw(Register rd, String symbol, long addend) {
        loadSymbol(rd, Encoding.i(LOAD, rd.number(), 2, rd.number(), 0), "lw", rd, symbol, addend);
    }

    public void fld(FloatRegister rd, String symbol, long addend, Register scratch) {
        checkScratch("fld", scratch);
        loadSymbol(scratch, Encoding.i(LOAD_FP, rd.number(), 3, scratch.number(), 0), "fld", rd, symbol, addend);
    }

    public void flw(FloatRegister rd, String symbol, long addend, Register scratch) {
        checkScratch("flw", scratch);
        loadSymbol(scratch, Encoding.i(LOAD_FP, rd.number(), 2, scratch.number(), 0), "flw", rd, symbol, addend);
    }

    public void sd(Register src, String symbol, long addend, Register scratch) {
        checkStoreScratch("sd", src, scratch);
        storeSymbol(scratch, Encoding.s(STORE, 3, scratch.number(), src.number(), 0), "sd", src, symbol, addend);
    }

    public void sw(Register src, String symbol, long addend, Register scratch) {
        checkStoreScratch("sw", src, scratch);
        storeSymbol(scratch, Encoding.s(STORE, 2, scratch.number(), src.number(), 0), "sw", src, symbol, addend);
    }

    public void fsd(FloatRegister src, String symbol, long addend, Register scratch) {
        checkScratch("fsd", scratch);
        storeSymbol(scratch, Encoding.s(STORE_FP, 3, scratch.number(), src.number(), 0), "fsd", src, symbol, addend);
    }

    public void fsw(FloatRegister src, String symbol, long addend, Register scratch) {
        checkScratch("fsw", scratch);
        storeSymbol(scratch, Encoding.s(STORE_FP, 2, scratch.number(), src.number(), 0), "fsw", src, symbol, addend);
    }

    // ---- Arithmetic and memory access with offsets of any size.

    /** {@code rd = rs + value}: one or two {@code addi}, or the constant through {@code scratch} ({@code != rs}). */
    public void addi(Register rd, Register rs, long value, Register scratch) {
        if (Operands.fitsSigned(value, 12)) {
            addi(rd, rs, (int) value);
        } else if (value >= -4096 && value <= 4094) {
            int half = value < 0 ? -2048 : 2047;
            addi(rd, rs, half);
            addi(rd, rd, (int) (value - half));
        } else {
            checkScratch("addi", scratch);
            checkDistinct("addi", scratch, rs, "rs");
            li(scratch, value);
            add(rd, rs, scratch);
        }
    }

    /** {@code rd = sext32(rs + value)} for Java int arithmetic with any int constant. */
    public void addiw(Register rd, Register rs, int value, Register scratch) {
        if (Operands.fitsSigned(value, 12)) {
            addiw(rd, rs, value);
        } else {
            checkScratch("addiw", scratch);
            checkDistinct("addiw", scratch, rs, "rs");
            li(scratch, value);
            addw(rd, rs, scratch);
        }
    }

    /** Memory accesses at {@code base + offset} for any 64-bit offset, through {@code scratch} ({@code != base}, {@code != src}). */
    public void lb(Register rd, Register base, long offset, Register scratch) {
        access("lb", base, offset, scratch, null, (b, o) -> lb(rd, b, o));
    }

    public void lh(Register rd, Register base, long offset, Register scratch) {
        access("lh", base, offset, scratch, null, (b, o) -> lh(rd, b, o));
    }

    public void lw(Register rd, Register base, long offset, Register scratch) {
        access("lw", base, offset, scratch, null, (b, o) -> lw(rd, b, o));
    }

    public void ld(Register rd, Register base, long offset, Register scratch) {
        access("ld", base, offset, scratch, null, (b, o) -> ld(rd, b, o));
    }

    public void lbu(Register rd, Register base, long offset, Register scratch) {
        access("lbu", base, offset, scratch, null, (b, o) -> lbu(rd, b, o));
    }

    public void lhu(Register rd, Register base, long offset, Register scratch) {
        access("lhu", base, offset, scratch, null, (b, o) -> lhu(rd, b, o));
    }

    public void lwu(Register rd, Register base, long offset, Register scratch) {
        access("lwu", base, offset, scratch, null, (b, o) -> lwu(rd, b, o));
    }

    public void flw(FloatRegister rd, Register base, long offset, Register scratch) {
        access("flw", base, offset, scratch, null, (b, o) -> flw(rd, b, o));
    }

    public void fld(FloatRegister rd, Register base, long offset, Register scratch) {
        access("fld", base, offset, scratch, null, (b, o) -> fld(rd, b, o));
    }

    public void sb(Register src, Register base, long offset, Register scratch) {
        access("sb", base, offset, scratch, src, (b, o) -> sb(src, b, o));
    }

    public void sh(Register src, Register base, long offset, Register scratch) {
        access("sh", base, offset, scratch, src, (b, o) -> sh(src, b, o));
    }

    public void sw(Register src, Register base, long offset, Register scratch) {
        access("sw", base, offset, scratch, src, (b, o) -> sw(src, b, o));
    }

    public void sd(Register src, Register base, long offset, Register scratch) {
        access("sd", base, offset, scratch, src, (b, o) -> sd(src, b, o));
    }

    public void fsw(FloatRegister src, Register base, long offset, Register scratch) {
        access("fsw", base, offset, scratch, null, (b, o) -> fsw(src, b, o));
    }

    public void fsd(FloatRegister src, Register base, long offset, Register scratch) {
        access("fsd", base, offset, scratch, null, (b, o) -> fsd(src, b, o));
    }

    private interface Access {
        void emit(Register base, int offset);
    }

    /** Short offsets go straight in; others as lui+add (32-bit reach) or li+add, the low 12 bits in the access. */
    private void access(String m, Register base, long offset, Register scratch, Register src, Access access) {
        if (Operands.fitsSigned(offset, 12)) {
            access.emit(base, (int) offset);
            return;
        }
        checkScratch(m, scratch);
        checkDistinct(m, scratch, base, "base");
        if (src != null) {
            checkDistinct(m, scratch, src, "src");
        }
        if (offset >= PAIR_MIN && offset <= PAIR_MAX) {
            lui(scratch, hi20(offset));
            add(scratch, scratch, base);
            access.emit(scratch, lo12(offset));
        } else {
            li(scratch, offset);
            add(scratch, scratch, base);
            access.emit(scratch, 0);
        }
    }

    // ---- Sign and zero extension (the B extension's single instructions, as two shifts).

    public void sext_b(Register rd, Register rs) {
        slli(rd, rs, 56);
        srai(rd, rd, 56);
    }

    public void sext_h(Register rd, Register rs) {
        slli(rd, rs, 48);
        srai(rd, rd, 48);
    }

    public void zext_h(Register rd, Register rs) {
        slli(rd, rs, 48);
        srli(rd, rd, 48);
    }

    public void zext_w(Register rd, Register rs) {
        slli(rd, rs, 32);
        srli(rd, rd, 32);
    }

    // ---- Compare and branch, conditional set and select.

    /** Branches to a label within +-4 KiB if {@code rs1 cond rs2}. */
    public void branch(Condition cond, Register rs1, Register rs2, Label target) {
        switch (cond) {
            case EQ -> beq(rs1, rs2, target);
            case NE -> bne(rs1, rs2, target);
            case LT -> blt(rs1, rs2, target);
            case GE -> bge(rs1, rs2, target);
            case LTU -> bltu(rs1, rs2, target);
            case GEU -> bgeu(rs1, rs2, target);
            default -> branch(cond.swap(), rs2, rs1, target);
        }
    }

    /** Branches to a label within +-1 MiB: the inverted branch over a {@code jal}. */
    public void branchFar(Condition cond, Register rs1, Register rs2, Label target) {
        Label skip = new Label();
        branch(cond.negate(), rs1, rs2, skip);
        j(target);
        bind(skip);
    }

    /** Branches if {@code rs1 cond value}; a nonzero value goes through {@code scratch} ({@code != rs1}). */
    public void branch(Condition cond, Register rs1, long value, Register scratch, Label target) {
        if (value == 0) {
            branch(cond, rs1, Register.ZERO, target);
            return;
        }
        checkScratch("branch", scratch);
        checkDistinct("branch", scratch, rs1, "rs1");
        li(scratch, value);
        branch(cond, rs1, scratch, target);
    }

    /** {@code rd = (rs1 cond rs2) ? 1 : 0} in one or two instructions. */
    public void set(Condition cond, Register rd, Register rs1, Register rs2) {
        switch (cond) {
            case EQ, NE -> {
                Register diff = rs1;
                if (rs2 != Register.ZERO) {
                    xor(rd, rs1, rs2);
                    diff = rd;
                }
                if (cond == Condition.EQ) {
                    seqz(rd, diff);
                } else {
                    snez(rd, diff);
                }
            }
            case LT -> slt(rd, rs1, rs2);
            case LTU -> sltu(rd, rs1, rs2);
            case GT -> slt(rd, rs2, rs1);
            case GTU -> sltu(rd, rs2, rs1);
            default -> {
                set(cond.negate(), rd, rs1, rs2);
                xori(rd, rd, 1);
            }
        }
    }

    /** {@code rd = (rs1 cond rs2) ? ifTrue : ifFalse}, with a branch (RV64G has no conditional move). */
    public void select(Condition cond, Register rd, Register rs1, Register rs2, Register ifTrue, Register ifFalse) {
        Label done = new Label();
        if (rd == ifFalse) {
            branch(cond.negate(), rs1, rs2, done);
            mv(rd, ifTrue);
        } else if (rd == ifTrue) {
            branch(cond, rs1, rs2, done);
            mv(rd, ifFalse);
        } else if (rd != rs1 && rd != rs2) {
            mv(rd, ifTrue);
            branch(cond, rs1, rs2, done);
            mv(rd, ifFalse);
        } else {
            Label taken = new Label();
            branch(cond, rs1, rs2, taken);
            mv(rd, ifFalse);
            j(done);
            bind(taken);
            mv(rd, ifTrue);
        }
        bind(done);
    }

    private static void checkScratch(String m, Register scratch) {
        if (scratch == Register.ZERO) {
            throw Operands.invalid(m, "scratch", scratch, "cannot hold a value");
        }
    }

    private static void checkStoreScratch(String m, Register src, Register scratch) {
        checkScratch(m, scratch);
        checkDistinct(m, scratch, src, "src");
    }

    private static void checkDistinct(String m, Register scratch, Register other, String otherName) {
        if (scratch == other) {
            throw Operands.invalid(m, "scratch", scratch, "is also " + otherName + ", which the sequence reads after writing scratch");
        }
    }

    private void loadSymbol(Register hi, int second, String mnemonic, Object first, String symbol, long addend) {
        pair(hi, symbol, addend, second, mnemonic, first, RelocationType.R_RISCV_PCREL_HI20_LO12_I);
    }

    private void storeSymbol(Register hi, int second, String mnemonic, Object first, String symbol, long addend) {
        pair(hi, symbol, addend, second, mnemonic, first, RelocationType.R_RISCV_PCREL_HI20_LO12_S);
    }

    /**
     * auipc {@code hi} + {@code second} (which uses {@code hi} as its base) to a label. GNU as keeps
     * {@code %pcrel_hi} of a local label as a relocation even with norelax, so the listing writes both
     * words as {@code .4byte} expressions that as evaluates, with the instruction in a comment.
     */
    private void pair(Register hi, Label target, int second, String mnemonic, Object first) {
        checkPairBase(hi);
        boolean store = isStore(second);
        checkBoundLabel("auipc+" + mnemonic, target, KIND_PAIR_I, opcode(second) == JALR);
        int start = position();
        int auipc = Encoding.u(AUIPC, hi.number(), 0);
        if (listing() == null) {
            code.emit32(auipc);
            code.emit32(second);
        } else {
            String name = nameOf(target);
            emit(auipc, String.format(".4byte 0x%08x + (((((%s - .) + 0x800) >> 12) & 0xfffff) << 12) # auipc %s, %%pcrel_hi(%s)",
                    auipc, name, hi, name));
            String d = "(" + name + " - (. - 4))";
            String field = store ? "(((" + d + " & 0x1f) << 7) + (((" + d + " >> 5) & 0x7f) << 25))"
                    : "((" + d + " & 0xfff) << 20)";
            emit(second, String.format(".4byte 0x%08x + %s # %s", second, field, lowText(second, mnemonic, first, hi, name)));
        }
        useLabel(target, start, store ? KIND_PAIR_S : KIND_PAIR_I);
    }

    /** auipc {@code hi} + {@code second} to a symbol, one relocation of {@code kind} for both. */
    private void pair(Register hi, String symbol, long addend, int second, String mnemonic, Object first, RelocationType kind) {
        checkPairBase(hi);
        int start = position();
        if (listing() == null) {
            code.emit32(Encoding.u(AUIPC, hi.number(), 0));
            code.emit32(second);
        } else {
            // %pcrel_lo names the auipc's label, as the psABI pairs them.
            Label here = new Label();
            bind(here);
            emit(Encoding.u(AUIPC, hi.number(), 0), "auipc " + hi + ", %pcrel_hi(" + symbolText(symbol, addend) + ")");
            emit(second, lowText(second, mnemonic, first, hi, nameOf(here)));
        }
        addRelocation(start, kind, symbol, addend);
    }

    /** The second instruction of a pair in GNU as syntax, its immediate written as {@code %pcrel_lo(label)}. */
    private static String lowText(int second, String mnemonic, Object first, Register hi, String label) {
        String lo = "%pcrel_lo(" + label + ")";
        return opcode(second) == OP_IMM ? mnemonic + " " + first + ", " + hi + ", " + lo
                : mnemonic + " " + first + ", " + lo + "(" + hi + ")";
    }

    private static boolean isStore(int word) {
        return opcode(word) == STORE || opcode(word) == STORE_FP;
    }

    private static void checkPairBase(Register hi) {
        if (hi == Register.ZERO) {
            throw Operands.invalid("auipc", "rd", hi, "cannot hold the address");
        }
    }
}
