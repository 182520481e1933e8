package org.eremite.jit.riscv64.asm;

import org.eremite.vm.asm.LittleEndian;
import org.eremite.vm.asm.Operands;
import org.eremite.vm.asm.RelocationKind;

/**
 * The riscv64 relocations Jasm records, with their {@code r_type} from the RISC-V ELF psABI (chapter
 * "ELF Object Files", table "Relocation types"). S + A is the {@code target} handed to {@link #apply},
 * P the {@code place}.
 *
 * <p>A pc-relative pair ({@code auipc} followed by an instruction that adds the low 12 bits) is one
 * relocation of 8 bytes here. In ELF the low half's relocation names a label at the {@code auipc}, not
 * the target, so it cannot be resolved on its own by a linker that applies each relocation in isolation;
 * patching the pair as one unit, with the place of the {@code auipc}, gives the psABI's result.
 * {@link #R_RISCV_CALL_PLT} is such a pair in the psABI already; {@link #R_RISCV_PCREL_HI20_LO12_I} and
 * {@link #R_RISCV_PCREL_HI20_LO12_S} are Jasm's names for {@code R_RISCV_PCREL_HI20} (23) at the
 * {@code auipc} plus {@code R_RISCV_PCREL_LO12_I} (24) or {@code _S} (25) at the next instruction:
 * {@link #elfType} is that of the first half, {@link #secondElfType} that of the second.
 *
 * <p>Every kind checks, before patching, that the site holds the instruction it expects, that the value
 * is in reach and that a code target is 4-byte aligned (Jasm emits no compressed instructions, so
 * IALIGN is 32); otherwise {@link #apply} throws {@link IllegalArgumentException}.
 */
public enum RelocationType implements RelocationKind {
    /** S + A as a 64-bit word (absolute addresses in data). */
    R_RISCV_64(2, -1, 8) {
        @Override
        public void apply(byte[] code, int offset, long place, long target) {
            LittleEndian.putI64(code, offset, target);
        }
    },
    /** S + A - P in the 13-bit immediate of a conditional branch. */
    R_RISCV_BRANCH(16, -1, 4) {
        @Override
        public void apply(byte[] code, int offset, long place, long target) {
            int word = expect(code, offset, Encoding.BRANCH, "a branch");
            int value = (int) codeOffset(target - place, 13);
            LittleEndian.putI32(code, offset, word & ~Encoding.B_IMMEDIATE_MASK | Encoding.bImmediate(value));
        }
    },
    /** S + A - P in the 21-bit immediate of {@code jal}. */
    R_RISCV_JAL(17, -1, 4) {
        @Override
        public void apply(byte[] code, int offset, long place, long target) {
            int word = expect(code, offset, Encoding.JAL, "a jal");
            int value = (int) codeOffset(target - place, 21);
            LittleEndian.putI32(code, offset, word & ~Encoding.J_IMMEDIATE_MASK | Encoding.jImmediate(value));
        }
    },
    /** S + A - P split over {@code auipc} and {@code jalr} (a call or tail call through the PLT, which Eremite never needs). */
    R_RISCV_CALL_PLT(19, -1, 8) {
        @Override
        public void apply(byte[] code, int offset, long place, long target) {
            patchPair(code, offset, target - place, false);
        }
    },
    /** S + A - P split over {@code auipc} and the I-type instruction after it ({@code addi}, a load, {@code jalr}). */
    R_RISCV_PCREL_HI20_LO12_I(23, 24, 8) {
        @Override
        public void apply(byte[] code, int offset, long place, long target) {
            patchPair(code, offset, target - place, false);
        }
    },
    /** S + A - P split over {@code auipc} and the store after it. */
    R_RISCV_PCREL_HI20_LO12_S(23, 25, 8) {
        @Override
        public void apply(byte[] code, int offset, long place, long target) {
            patchPair(code, offset, target - place, true);
        }
    },
    /** S + A - P as a signed 32-bit word (pc-relative tables). */
    R_RISCV_32_PCREL(57, -1, 4) {
        @Override
        public void apply(byte[] code, int offset, long place, long target) {
            LittleEndian.putI32(code, offset, (int) Operands.signed(name(), "value S+A-P", target - place, 32));
        }
    };

    private final int elfType;
    private final int secondElfType;
    private final int width;

    RelocationType(int elfType, int secondElfType, int width) {
        this.elfType = elfType;
        this.secondElfType = secondElfType;
        this.width = width;
    }

    @Override
    public int elfType() {
        return elfType;
    }

    /** For a pair, the ELF {@code r_type} of the relocation at {@code offset + 4}; -1 for a single relocation. */
    public int secondElfType() {
        return secondElfType;
    }

    @Override
    public int width() {
        return width;
    }

    int expect(byte[] code, int offset, int opcode, String what) {
        int word = LittleEndian.getI32(code, offset);
        if (Encoding.opcode(word) != opcode) {
            throw new IllegalArgumentException(name() + ": instruction 0x" + Integer.toHexString(word)
                    + " at offset 0x" + Integer.toHexString(offset) + " is not " + what);
        }
        return word;
    }

    long codeOffset(long value, int bits) {
        Operands.aligned(name(), "offset S+A-P", value, 4);
        return Operands.signed(name(), "offset S+A-P", value, bits);
    }

    void patchPair(byte[] code, int offset, long value, boolean store) {
        int auipc = expect(code, offset, Encoding.AUIPC, "an auipc");
        int second = LittleEndian.getI32(code, offset + 4);
        int op = Encoding.opcode(second);
        boolean ok = store ? op == Encoding.STORE || op == Encoding.STORE_FP
                : this == R_RISCV_CALL_PLT ? op == Encoding.JALR
                : op == Encoding.OP_IMM || op == Encoding.OP_IMM_32 || op == Encoding.LOAD || op == Encoding.LOAD_FP
                        || op == Encoding.JALR;
        if (!ok) {
            throw new IllegalArgumentException(name() + ": instruction 0x" + Integer.toHexString(second)
                    + " at offset 0x" + Integer.toHexString(offset + 4) + " cannot take the low 12 bits of the pair");
        }
        if (op == Encoding.JALR) {
            Operands.aligned(name(), "offset S+A-P", value, 4);
        }
        Operands.range(name(), "offset S+A-P", value, Encoding.PAIR_MIN, Encoding.PAIR_MAX);
        int lo = Encoding.lo12(value);
        LittleEndian.putI32(code, offset, auipc & ~Encoding.U_IMMEDIATE_MASK | Encoding.hi20(value) << 12);
        LittleEndian.putI32(code, offset + 4, store
                ? second & ~Encoding.S_IMMEDIATE_MASK | Encoding.sImmediate(lo)
                : second & ~Encoding.I_IMMEDIATE_MASK | lo << 20);
    }
}
