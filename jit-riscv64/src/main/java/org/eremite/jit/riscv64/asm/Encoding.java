package org.eremite.jit.riscv64.asm;

/**
 * The six base instruction formats (unprivileged spec section 2.2, figure 2.2, and 2.3 for the
 * immediates) and the major opcodes (chapter 24, table 24.1). Shared by the assemblers, which build
 * instructions, and by {@link RelocationType}, which rewrites the immediates of emitted ones.
 */
final class Encoding {
    static final int LOAD = 0x03;
    static final int LOAD_FP = 0x07;
    static final int MISC_MEM = 0x0F;
    static final int OP_IMM = 0x13;
    static final int AUIPC = 0x17;
    static final int OP_IMM_32 = 0x1B;
    static final int STORE = 0x23;
    static final int STORE_FP = 0x27;
    static final int AMO = 0x2F;
    static final int OP = 0x33;
    static final int LUI = 0x37;
    static final int OP_32 = 0x3B;
    static final int MADD = 0x43;
    static final int MSUB = 0x47;
    static final int NMSUB = 0x4B;
    static final int NMADD = 0x4F;
    static final int OP_FP = 0x53;
    static final int BRANCH = 0x63;
    static final int JALR = 0x67;
    static final int JAL = 0x6F;
    static final int SYSTEM = 0x73;

    /** The canonical no-op, {@code addi zero, zero, 0} (section 2.4). */
    static final int NOP = 0x00000013;

    /** Reach of an auipc-based pair: the offset's upper part must be a signed 20-bit value after rounding by 0x800. */
    static final long PAIR_MIN = -(1L << 31) - 0x800;
    static final long PAIR_MAX = (1L << 31) - 0x800 - 1;

    private Encoding() {
    }

    static int r(int opcode, int rd, int funct3, int rs1, int rs2, int funct7) {
        return funct7 << 25 | rs2 << 20 | rs1 << 15 | funct3 << 12 | rd << 7 | opcode;
    }

    static int r4(int opcode, int rd, int rm, int rs1, int rs2, int fmt, int rs3) {
        return rs3 << 27 | fmt << 25 | rs2 << 20 | rs1 << 15 | rm << 12 | rd << 7 | opcode;
    }

    static int i(int opcode, int rd, int funct3, int rs1, int imm12) {
        return (imm12 & 0xFFF) << 20 | rs1 << 15 | funct3 << 12 | rd << 7 | opcode;
    }

    static int s(int opcode, int funct3, int rs1, int rs2, int imm12) {
        return sImmediate(imm12) | rs2 << 20 | rs1 << 15 | funct3 << 12 | opcode;
    }

    static int b(int funct3, int rs1, int rs2, int offset) {
        return bImmediate(offset) | rs2 << 20 | rs1 << 15 | funct3 << 12 | BRANCH;
    }

    static int u(int opcode, int rd, int imm20) {
        return imm20 << 12 | rd << 7 | opcode;
    }

    static int j(int rd, int offset) {
        return jImmediate(offset) | rd << 7 | JAL;
    }

    /** imm[11:5] in bits 31:25, imm[4:0] in bits 11:7. */
    static int sImmediate(int imm) {
        return (imm >> 5 & 0x7F) << 25 | (imm & 0x1F) << 7;
    }

    /** imm[12|10:5] in bits 31:25, imm[4:1|11] in bits 11:7. */
    static int bImmediate(int offset) {
        return (offset >> 12 & 1) << 31 | (offset >> 5 & 0x3F) << 25 | (offset >> 1 & 0xF) << 8 | (offset >> 11 & 1) << 7;
    }

    /** imm[20|10:1|11|19:12] in bits 31:12. */
    static int jImmediate(int offset) {
        return (offset >> 20 & 1) << 31 | (offset >> 1 & 0x3FF) << 21 | (offset >> 11 & 1) << 20 | (offset >> 12 & 0xFF) << 12;
    }

    static final int I_IMMEDIATE_MASK = 0xFFF0_0000;
    static final int S_IMMEDIATE_MASK = 0xFE00_0F80;
    static final int B_IMMEDIATE_MASK = 0xFE00_0F80;
    static final int J_IMMEDIATE_MASK = 0xFFFF_F000;
    static final int U_IMMEDIATE_MASK = 0xFFFF_F000;

    /** The upper 20 bits of a pc-relative or absolute 32-bit value, rounded so that the signed low 12 bits add back. */
    static int hi20(long value) {
        return (int) ((value + 0x800) >> 12) & 0xFFFFF;
    }

    /** The low 12 bits of a value, as the sign-extended immediate that complements {@link #hi20}. */
    static int lo12(long value) {
        return (int) (value << 52 >> 52);
    }

    static int opcode(int word) {
        return word & 0x7F;
    }

    static int funct3(int word) {
        return word >>> 12 & 7;
    }
}
