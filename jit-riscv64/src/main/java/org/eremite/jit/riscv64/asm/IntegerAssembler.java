package org.eremite.jit.riscv64.asm;

import static org.eremite.jit.riscv64.asm.Encoding.*;

import java.util.List;
import org.eremite.vm.asm.AbstractAssembler;
import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.Operands;

/**
 * The RV64I base and the M extension: integer arithmetic, loads and stores, jumps and branches, and the
 * label and relocation machinery they share with the rest of the ISA. {@link Assembler} adds the F, D,
 * A, Zicsr and Zifencei extensions and the privileged instructions; use that class.
 *
 * <p>Each method emits exactly one 32-bit instruction and, when the listing is on, records it in GNU as
 * syntax. Immediates are checked against the field they go into; a label is checked when its distance
 * is known (at once for a bound label, at {@link #bind} otherwise).
 */
public abstract class IntegerAssembler extends AbstractAssembler {
    /** Label use kinds: how {@link #patchLabelUse} finds the displacement field at the site. */
    static final int KIND_BRANCH = 0;
    static final int KIND_JAL = 1;
    /** An {@code auipc} at the site and an I-type instruction after it (addi, load, jalr). */
    static final int KIND_PAIR_I = 2;
    /** An {@code auipc} at the site and a store after it. */
    static final int KIND_PAIR_S = 3;
    /** A 32-bit word holding the label's offset from the word itself. */
    static final int KIND_DATA32_PCREL = 4;

    IntegerAssembler() {
    }

    @Override
    protected List<String> listingPreamble() {
        return List.of(".option norvc", ".option norelax");
    }

    /**
     * No-ops, after whatever it takes to reach 4-byte alignment when data left the position unaligned:
     * a zero byte to 2-byte alignment, then the 2-byte {@code c.nop} (0x0001). That is GNU as's filler
     * (even under norvc); it only ever follows data, which execution does not fall through.
     */
    @Override
    protected void emitPadding(int bytes) {
        int end = position() + bytes;
        if ((position() & 1) != 0) {
            code.emit8(0);
        }
        if ((position() & 2) != 0 && position() + 2 <= end) {
            code.emit16(0x0001);
        }
        while (position() + 4 <= end) {
            code.emit32(NOP);
        }
    }

    // ---- Integer register-register operations (section 2.4.2 and chapter 7 for M; 5.3 for the W forms).

    public void add(Register rd, Register rs1, Register rs2) {
        r("add", OP, 0, 0x00, rd, rs1, rs2);
    }

    public void sub(Register rd, Register rs1, Register rs2) {
        r("sub", OP, 0, 0x20, rd, rs1, rs2);
    }

    public void sll(Register rd, Register rs1, Register rs2) {
        r("sll", OP, 1, 0x00, rd, rs1, rs2);
    }

    public void slt(Register rd, Register rs1, Register rs2) {
        r("slt", OP, 2, 0x00, rd, rs1, rs2);
    }

    public void sltu(Register rd, Register rs1, Register rs2) {
        r("sltu", OP, 3, 0x00, rd, rs1, rs2);
    }

    public void xor(Register rd, Register rs1, Register rs2) {
        r("xor", OP, 4, 0x00, rd, rs1, rs2);
    }

    public void srl(Register rd, Register rs1, Register rs2) {
        r("srl", OP, 5, 0x00, rd, rs1, rs2);
    }

    public void sra(Register rd, Register rs1, Register rs2) {
        r("sra", OP, 5, 0x20, rd, rs1, rs2);
    }

    public void or(Register rd, Register rs1, Register rs2) {
        r("or", OP, 6, 0x00, rd, rs1, rs2);
    }

    public void and(Register rd, Register rs1, Register rs2) {
        r("and", OP, 7, 0x00, rd, rs1, rs2);
    }

    public void addw(Register rd, Register rs1, Register rs2) {
        r("addw", OP_32, 0, 0x00, rd, rs1, rs2);
    }

    public void subw(Register rd, Register rs1, Register rs2) {
        r("subw", OP_32, 0, 0x20, rd, rs1, rs2);
    }

    public void sllw(Register rd, Register rs1, Register rs2) {
        r("sllw", OP_32, 1, 0x00, rd, rs1, rs2);
    }

    public void srlw(Register rd, Register rs1, Register rs2) {
        r("srlw", OP_32, 5, 0x00, rd, rs1, rs2);
    }

    public void sraw(Register rd, Register rs1, Register rs2) {
        r("sraw", OP_32, 5, 0x20, rd, rs1, rs2);
    }

    public void mul(Register rd, Register rs1, Register rs2) {
        r("mul", OP, 0, 0x01, rd, rs1, rs2);
    }

    public void mulh(Register rd, Register rs1, Register rs2) {
        r("mulh", OP, 1, 0x01, rd, rs1, rs2);
    }

    public void mulhsu(Register rd, Register rs1, Register rs2) {
        r("mulhsu", OP, 2, 0x01, rd, rs1, rs2);
    }

    public void mulhu(Register rd, Register rs1, Register rs2) {
        r("mulhu", OP, 3, 0x01, rd, rs1, rs2);
    }

    /** Signed division; x / 0 gives -1 and MIN / -1 gives MIN without trapping (section 7.2). */
    public void div(Register rd, Register rs1, Register rs2) {
        r("div", OP, 4, 0x01, rd, rs1, rs2);
    }

    public void divu(Register rd, Register rs1, Register rs2) {
        r("divu", OP, 5, 0x01, rd, rs1, rs2);
    }

    /** Signed remainder; x % 0 gives x and MIN % -1 gives 0 (section 7.2). */
    public void rem(Register rd, Register rs1, Register rs2) {
        r("rem", OP, 6, 0x01, rd, rs1, rs2);
    }

    public void remu(Register rd, Register rs1, Register rs2) {
        r("remu", OP, 7, 0x01, rd, rs1, rs2);
    }

    public void mulw(Register rd, Register rs1, Register rs2) {
        r("mulw", OP_32, 0, 0x01, rd, rs1, rs2);
    }

    public void divw(Register rd, Register rs1, Register rs2) {
        r("divw", OP_32, 4, 0x01, rd, rs1, rs2);
    }

    public void divuw(Register rd, Register rs1, Register rs2) {
        r("divuw", OP_32, 5, 0x01, rd, rs1, rs2);
    }

    public void remw(Register rd, Register rs1, Register rs2) {
        r("remw", OP_32, 6, 0x01, rd, rs1, rs2);
    }

    public void remuw(Register rd, Register rs1, Register rs2) {
        r("remuw", OP_32, 7, 0x01, rd, rs1, rs2);
    }

    // ---- Integer register-immediate operations (section 2.4.1, 5.2); immediates are signed 12-bit.

    public void addi(Register rd, Register rs1, int imm) {
        i("addi", OP_IMM, 0, rd, rs1, imm);
    }

    public void slti(Register rd, Register rs1, int imm) {
        i("slti", OP_IMM, 2, rd, rs1, imm);
    }

    /** Unsigned compare against the sign-extended immediate. */
    public void sltiu(Register rd, Register rs1, int imm) {
        i("sltiu", OP_IMM, 3, rd, rs1, imm);
    }

    public void xori(Register rd, Register rs1, int imm) {
        i("xori", OP_IMM, 4, rd, rs1, imm);
    }

    public void ori(Register rd, Register rs1, int imm) {
        i("ori", OP_IMM, 6, rd, rs1, imm);
    }

    public void andi(Register rd, Register rs1, int imm) {
        i("andi", OP_IMM, 7, rd, rs1, imm);
    }

    public void addiw(Register rd, Register rs1, int imm) {
        i("addiw", OP_IMM_32, 0, rd, rs1, imm);
    }

    /** Shift amounts are 0..63; the W forms take 0..31. */
    public void slli(Register rd, Register rs1, int shamt) {
        shift("slli", OP_IMM, 1, 0x000, rd, rs1, shamt, 6);
    }

    public void srli(Register rd, Register rs1, int shamt) {
        shift("srli", OP_IMM, 5, 0x000, rd, rs1, shamt, 6);
    }

    public void srai(Register rd, Register rs1, int shamt) {
        shift("srai", OP_IMM, 5, 0x400, rd, rs1, shamt, 6);
    }

    public void slliw(Register rd, Register rs1, int shamt) {
        shift("slliw", OP_IMM_32, 1, 0x000, rd, rs1, shamt, 5);
    }

    public void srliw(Register rd, Register rs1, int shamt) {
        shift("srliw", OP_IMM_32, 5, 0x000, rd, rs1, shamt, 5);
    }

    public void sraiw(Register rd, Register rs1, int shamt) {
        shift("sraiw", OP_IMM_32, 5, 0x400, rd, rs1, shamt, 5);
    }

    /**
     * {@code rd = sext(imm20 << 12)}. The immediate is the 20-bit field, written either unsigned
     * (0..0xFFFFF, as GNU as prints it) or signed (-0x80000..-1 for the upper half).
     */
    public void lui(Register rd, int imm20) {
        upper("lui", LUI, rd, imm20);
    }

    /** {@code rd = pc + sext(imm20 << 12)}; the immediate as for {@link #lui}. */
    public void auipc(Register rd, int imm20) {
        upper("auipc", AUIPC, rd, imm20);
    }

    // ---- Single-instruction pseudo-instructions (chapter 25, table 25.2).

    public void nop() {
        emit(NOP, "nop");
    }

    public void mv(Register rd, Register rs) {
        int word = Encoding.i(OP_IMM, rd.number(), 0, rs.number(), 0);
        emit(word, listing() == null ? null : "mv " + rd + ", " + rs);
    }

    public void not(Register rd, Register rs) {
        int word = Encoding.i(OP_IMM, rd.number(), 4, rs.number(), -1);
        emit(word, listing() == null ? null : "not " + rd + ", " + rs);
    }

    public void neg(Register rd, Register rs) {
        int word = Encoding.r(OP, rd.number(), 0, 0, rs.number(), 0x20);
        emit(word, listing() == null ? null : "neg " + rd + ", " + rs);
    }

    public void negw(Register rd, Register rs) {
        int word = Encoding.r(OP_32, rd.number(), 0, 0, rs.number(), 0x20);
        emit(word, listing() == null ? null : "negw " + rd + ", " + rs);
    }

    /** Sign-extends the low 32 bits: {@code addiw rd, rs, 0}. */
    public void sext_w(Register rd, Register rs) {
        int word = Encoding.i(OP_IMM_32, rd.number(), 0, rs.number(), 0);
        emit(word, listing() == null ? null : "sext.w " + rd + ", " + rs);
    }

    /** Zero-extends the low 8 bits: {@code andi rd, rs, 255}. */
    public void zext_b(Register rd, Register rs) {
        andi(rd, rs, 0xFF);
    }

    public void seqz(Register rd, Register rs) {
        int word = Encoding.i(OP_IMM, rd.number(), 3, rs.number(), 1);
        emit(word, listing() == null ? null : "seqz " + rd + ", " + rs);
    }

    public void snez(Register rd, Register rs) {
        int word = Encoding.r(OP, rd.number(), 3, 0, rs.number(), 0);
        emit(word, listing() == null ? null : "snez " + rd + ", " + rs);
    }

    public void sltz(Register rd, Register rs) {
        int word = Encoding.r(OP, rd.number(), 2, rs.number(), 0, 0);
        emit(word, listing() == null ? null : "sltz " + rd + ", " + rs);
    }

    public void sgtz(Register rd, Register rs) {
        int word = Encoding.r(OP, rd.number(), 2, 0, rs.number(), 0);
        emit(word, listing() == null ? null : "sgtz " + rd + ", " + rs);
    }

    // ---- Loads and stores (section 2.6, 5.3): base register plus signed 12-bit offset.

    public void lb(Register rd, Register base, int offset) {
        load("lb", LOAD, 0, rd.number(), rd.abiName(), base, offset);
    }

    public void lh(Register rd, Register base, int offset) {
        load("lh", LOAD, 1, rd.number(), rd.abiName(), base, offset);
    }

    public void lw(Register rd, Register base, int offset) {
        load("lw", LOAD, 2, rd.number(), rd.abiName(), base, offset);
    }

    public void ld(Register rd, Register base, int offset) {
        load("ld", LOAD, 3, rd.number(), rd.abiName(), base, offset);
    }

    public void lbu(Register rd, Register base, int offset) {
        load("lbu", LOAD, 4, rd.number(), rd.abiName(), base, offset);
    }

    public void lhu(Register rd, Register base, int offset) {
        load("lhu", LOAD, 5, rd.number(), rd.abiName(), base, offset);
    }

    public void lwu(Register rd, Register base, int offset) {
        load("lwu", LOAD, 6, rd.number(), rd.abiName(), base, offset);
    }

    /** Stores take the value first, as GNU as writes them: {@code sb src, offset(base)}. */
    public void sb(Register src, Register base, int offset) {
        store("sb", STORE, 0, src.number(), src.abiName(), base, offset);
    }

    public void sh(Register src, Register base, int offset) {
        store("sh", STORE, 1, src.number(), src.abiName(), base, offset);
    }

    public void sw(Register src, Register base, int offset) {
        store("sw", STORE, 2, src.number(), src.abiName(), base, offset);
    }

    public void sd(Register src, Register base, int offset) {
        store("sd", STORE, 3, src.number(), src.abiName(), base, offset);
    }

    // ---- Control transfer (section 2.5). Label targets must be 4-byte aligned (no compressed code).

    /** Jumps to the label (reach +-1 MiB), writing the return address to {@code rd}. */
    public void jal(Register rd, Label target) {
        checkBoundLabel("jal", target, KIND_JAL, true);
        int start = position();
        code.emit32(Encoding.j(rd.number(), 0));
        useLabel(target, start, KIND_JAL);
        if (listing() != null) {
            list(start, "jal " + rd + ", " + nameOf(target));
        }
    }

    /** {@code jal ra, target}: a near call. */
    public void jal(Label target) {
        jal(Register.RA, target);
    }

    /** {@code jal zero, target}: a near unconditional jump. */
    public void j(Label target) {
        checkBoundLabel("jal", target, KIND_JAL, true);
        int start = position();
        code.emit32(Encoding.j(0, 0));
        useLabel(target, start, KIND_JAL);
        if (listing() != null) {
            list(start, "j " + nameOf(target));
        }
    }

    /** A near call or jump to a symbol, resolved by the linker ({@link RelocationType#R_RISCV_JAL}). */
    public void jal(Register rd, String symbol, long addend) {
        int start = position();
        code.emit32(Encoding.j(rd.number(), 0));
        addRelocation(start, RelocationType.R_RISCV_JAL, symbol, addend);
        if (listing() != null) {
            list(start, ".reloc ., R_RISCV_JAL, " + symbolText(symbol, addend) + "; jal " + rd + ", .");
        }
    }

    /** Jumps to {@code rs1 + offset} (bit 0 cleared), writing the return address to {@code rd}. */
    public void jalr(Register rd, Register rs1, int offset) {
        Operands.signed("jalr", "offset", offset, 12);
        int word = Encoding.i(JALR, rd.number(), 0, rs1.number(), offset);
        emit(word, listing() == null ? null : "jalr " + rd + ", " + offset + "(" + rs1 + ")");
    }

    /** {@code jalr ra, 0(rs1)}: an indirect call. */
    public void jalr(Register rs1) {
        jalr(Register.RA, rs1, 0);
    }

    /** {@code jalr zero, 0(rs1)}: an indirect jump. */
    public void jr(Register rs1) {
        emit(Encoding.i(JALR, 0, 0, rs1.number(), 0), listing() == null ? null : "jr " + rs1);
    }

    /** {@code jalr zero, 0(ra)}. */
    public void ret() {
        emit(Encoding.i(JALR, 0, 0, Register.RA.number(), 0), "ret");
    }

    /** Branches reach +-4 KiB. */
    public void beq(Register rs1, Register rs2, Label target) {
        branch("beq", 0, rs1, rs2, target);
    }

    public void bne(Register rs1, Register rs2, Label target) {
        branch("bne", 1, rs1, rs2, target);
    }

    public void blt(Register rs1, Register rs2, Label target) {
        branch("blt", 4, rs1, rs2, target);
    }

    public void bge(Register rs1, Register rs2, Label target) {
        branch("bge", 5, rs1, rs2, target);
    }

    public void bltu(Register rs1, Register rs2, Label target) {
        branch("bltu", 6, rs1, rs2, target);
    }

    public void bgeu(Register rs1, Register rs2, Label target) {
        branch("bgeu", 7, rs1, rs2, target);
    }

    /** {@code blt rs2, rs1, target}. */
    public void bgt(Register rs1, Register rs2, Label target) {
        blt(rs2, rs1, target);
    }

    /** {@code bge rs2, rs1, target}. */
    public void ble(Register rs1, Register rs2, Label target) {
        bge(rs2, rs1, target);
    }

    public void bgtu(Register rs1, Register rs2, Label target) {
        bltu(rs2, rs1, target);
    }

    public void bleu(Register rs1, Register rs2, Label target) {
        bgeu(rs2, rs1, target);
    }

    public void beqz(Register rs, Label target) {
        beq(rs, Register.ZERO, target);
    }

    public void bnez(Register rs, Label target) {
        bne(rs, Register.ZERO, target);
    }

    // ---- Data referring to labels and symbols.

    /** A 64-bit word holding the address {@code symbol + addend} ({@link RelocationType#R_RISCV_64}). */
    public void data64(String symbol, long addend) {
        int start = position();
        code.emit64(0);
        addRelocation(start, RelocationType.R_RISCV_64, symbol, addend);
        if (listing() != null) {
            list(start, ".8byte " + symbolText(symbol, addend));
        }
    }

    /** A 32-bit word holding {@code symbol + addend} minus its own address ({@link RelocationType#R_RISCV_32_PCREL}). */
    public void data32PcRel(String symbol, long addend) {
        int start = position();
        code.emit32(0);
        addRelocation(start, RelocationType.R_RISCV_32_PCREL, symbol, addend);
        if (listing() != null) {
            list(start, ".reloc ., R_RISCV_32_PCREL, " + symbolText(symbol, addend) + "; .4byte 0");
        }
    }

    /**
     * A 32-bit word holding the label's offset from the word (for jump tables). The listing masks the
     * difference, which makes GNU as resolve it instead of emitting an ADD32/SUB32 relocation pair.
     */
    public void data32PcRel(Label target) {
        int start = position();
        code.emit32(0);
        useLabel(target, start, KIND_DATA32_PCREL);
        if (listing() != null) {
            list(start, ".4byte (" + nameOf(target) + " - .) & 0xffffffff");
        }
    }

    // ---- Label patching.

    @Override
    protected void patchLabelUse(int site, int kind, int target) {
        int offset = target - site;
        int word = code.read32(site);
        switch (kind) {
            case KIND_BRANCH -> {
                String insn = BRANCH_NAMES[funct3(word)];
                checkLabelOffset(insn, site, offset, 13);
                code.patch32(site, word & ~B_IMMEDIATE_MASK | bImmediate(offset));
            }
            case KIND_JAL -> {
                checkLabelOffset("jal", site, offset, 21);
                code.patch32(site, word & ~J_IMMEDIATE_MASK | jImmediate(offset));
            }
            case KIND_PAIR_I, KIND_PAIR_S -> {
                int second = code.read32(site + 4);
                checkPairOffset("auipc+" + pairName(second), site, offset, opcode(second) == JALR);
                code.patch32(site, word & ~U_IMMEDIATE_MASK | hi20(offset) << 12);
                code.patch32(site + 4, kind == KIND_PAIR_S
                        ? second & ~S_IMMEDIATE_MASK | sImmediate(lo12(offset))
                        : second & ~I_IMMEDIATE_MASK | lo12(offset) << 20);
            }
            case KIND_DATA32_PCREL -> code.patch32(site, offset);
            default -> throw new IllegalStateException("unknown label use kind " + kind + " at 0x" + Integer.toHexString(site));
        }
    }

    private static final String[] BRANCH_NAMES = {"beq", "bne", "b?2", "b?3", "blt", "bge", "bltu", "bgeu"};

    private static String pairName(int second) {
        return switch (opcode(second)) {
            case JALR -> "jalr";
            case OP_IMM -> "addi";
            case STORE, STORE_FP -> "store";
            default -> "load";
        };
    }

    /**
     * Runs the reach checks of {@link #patchLabelUse} before an instruction to a bound label is emitted,
     * so that a rejected instruction leaves no bytes behind. {@code aligned}: the target must be code.
     */
    final void checkBoundLabel(String insn, Label target, int kind, boolean aligned) {
        if (!target.isBound()) {
            return;
        }
        int site = position();
        int offset = target.position() - site;
        switch (kind) {
            case KIND_BRANCH -> checkLabelOffset(insn, site, offset, 13);
            case KIND_JAL -> checkLabelOffset(insn, site, offset, 21);
            default -> checkPairOffset(insn, site, offset, aligned);
        }
    }

    private static void checkPairOffset(String insn, int site, int offset, boolean aligned) {
        String operand = "label offset from 0x" + Integer.toHexString(site);
        if (aligned) {
            Operands.aligned(insn, operand, offset, 4);
        }
        Operands.range(insn, operand, offset, PAIR_MIN, PAIR_MAX);
    }

    private static void checkLabelOffset(String insn, int site, int offset, int bits) {
        String operand = "label offset from 0x" + Integer.toHexString(site);
        Operands.aligned(insn, operand, offset, 4);
        Operands.signed(insn, operand, offset, bits);
    }

    // ---- Encoding families, each with its listing text.

    /** Emits one instruction; {@code text} is only built (and may only be non-null) while listing. */
    final void emit(int word, String text) {
        int start = position();
        code.emit32(word);
        if (text != null) {
            list(start, text);
        }
    }

    private void r(String mnemonic, int opcode, int funct3, int funct7, Register rd, Register rs1, Register rs2) {
        int word = Encoding.r(opcode, rd.number(), funct3, rs1.number(), rs2.number(), funct7);
        emit(word, listing() == null ? null : mnemonic + " " + rd + ", " + rs1 + ", " + rs2);
    }

    private void i(String mnemonic, int opcode, int funct3, Register rd, Register rs1, int imm) {
        Operands.signed(mnemonic, "immediate", imm, 12);
        int word = Encoding.i(opcode, rd.number(), funct3, rs1.number(), imm);
        emit(word, listing() == null ? null : mnemonic + " " + rd + ", " + rs1 + ", " + imm);
    }

    private void shift(String mnemonic, int opcode, int funct3, int high, Register rd, Register rs1, int shamt, int bits) {
        Operands.unsigned(mnemonic, "shift amount", shamt, bits);
        int word = Encoding.i(opcode, rd.number(), funct3, rs1.number(), high | shamt);
        emit(word, listing() == null ? null : mnemonic + " " + rd + ", " + rs1 + ", " + shamt);
    }

    private void upper(String mnemonic, int opcode, Register rd, int imm20) {
        Operands.range(mnemonic, "immediate", imm20, -(1 << 19), (1 << 20) - 1);
        int field = imm20 & 0xFFFFF;
        emit(Encoding.u(opcode, rd.number(), field),
                listing() == null ? null : mnemonic + " " + rd + ", 0x" + Integer.toHexString(field));
    }

    final void load(String mnemonic, int opcode, int funct3, int rd, String rdName, Register base, int offset) {
        Operands.signed(mnemonic, "offset", offset, 12);
        int word = Encoding.i(opcode, rd, funct3, base.number(), offset);
        emit(word, listing() == null ? null : mnemonic + " " + rdName + ", " + offset + "(" + base + ")");
    }

    final void store(String mnemonic, int opcode, int funct3, int src, String srcName, Register base, int offset) {
        Operands.signed(mnemonic, "offset", offset, 12);
        int word = Encoding.s(opcode, funct3, base.number(), src, offset);
        emit(word, listing() == null ? null : mnemonic + " " + srcName + ", " + offset + "(" + base + ")");
    }

    private void branch(String mnemonic, int funct3, Register rs1, Register rs2, Label target) {
        checkBoundLabel(mnemonic, target, KIND_BRANCH, true);
        int start = position();
        code.emit32(Encoding.b(funct3, rs1.number(), rs2.number(), 0));
        useLabel(target, start, KIND_BRANCH);
        if (listing() != null) {
            list(start, mnemonic + " " + rs1 + ", " + rs2 + ", " + nameOf(target));
        }
    }

    /** A symbol reference in GNU as syntax; names that are not plain identifiers are quoted. */
    static String symbolText(String symbol, long addend) {
        String name = symbol.matches("[A-Za-z_.$][A-Za-z0-9_.$]*") ? symbol
                : "\"" + symbol.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return addend == 0 ? name : addend > 0 ? name + "+" + addend : name + addend;
    }
}
