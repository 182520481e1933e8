package org.eremite.jit.aarch64.asm;

import java.util.List;
import org.eremite.vm.asm.AbstractAssembler;
import org.eremite.vm.asm.Operands;

/**
 * What every A64 instruction method shares: emitting one 32-bit word, operand-size and register
 * checks, label patching, padding and the listing preamble. The instruction methods live in the
 * subclasses, one per concern: {@link IntegerAssembler}, {@link MemoryAssembler}, {@link Assembler}.
 */
public abstract class AssemblerBase extends AbstractAssembler {
    /** The NOP hint (ARM ARM C6.2.238), also the code filler for alignment. */
    static final int NOP = 0xD503201F;

    /**
     * The position at or after which {@link #checkpointReached} runs before the next instruction: how the
     * MacroAssembler flushes its literal pool before its loads go out of reach. Integer.MAX_VALUE: never.
     */
    private int checkpoint = Integer.MAX_VALUE;

    AssemblerBase() {
    }

    @Override
    protected List<String> listingPreamble() {
        return List.of("\t.arch armv8.1-a", "\t.text");
    }

    /**
     * Emits one instruction word and returns its offset. Operands are checked before, so that a failed
     * check leaves no partial instruction behind.
     */
    final int emit(int word) {
        if (code.position() >= checkpoint) {
            checkpoint = Integer.MAX_VALUE;
            checkpointReached();
        }
        int start = code.position();
        code.emit32(word);
        return start;
    }

    /** Asks for {@link #checkpointReached} before the first instruction emitted at or after {@code position}. */
    final void setCheckpoint(int position) {
        checkpoint = position;
    }

    /** Called before an instruction once the checkpoint is reached; the checkpoint is cleared first. */
    void checkpointReached() {
    }

    @Override
    protected final void patchLabelUse(int site, int kind, int target) {
        LabelUse.ofKind(kind).patch(code, site, target);
    }

    /**
     * Code is padded with {@code nop}; an unaligned position (after data bytes) is first padded with
     * zero bytes up to the next instruction boundary, which is what GNU as does for {@code .balign} in
     * code, so listings with data round-trip.
     */
    @Override
    protected final void emitPadding(int bytes) {
        int remaining = bytes;
        while (remaining > 0 && (code.position() & 3) != 0) {
            code.emit8(0);
            remaining--;
        }
        if ((remaining & 3) != 0) {
            throw new IllegalArgumentException("align: cannot pad " + bytes + " bytes at offset 0x"
                    + Integer.toHexString(code.position()) + " with 4-byte nops");
        }
        for (; remaining > 0; remaining -= 4) {
            code.emit32(NOP);
        }
    }

    // ---- operand checks

    /** The sf bit for an operand size of 32 or 64 bits. */
    static int sf(String insn, int size) {
        if (size == 64) {
            return 1;
        }
        if (size == 32) {
            return 0;
        }
        throw Operands.invalid(insn, "size", size, "is not 32 or 64");
    }

    /** A register field where 31 means the zero register: rejects SP. */
    static int zr(String insn, String operand, Register r) {
        if (r == Register.SP) {
            throw Operands.invalid(insn, operand, "sp", "is not allowed: this form encodes register 31 as the zero register");
        }
        return r.encoding();
    }

    /** A register field where 31 means the stack pointer: rejects ZR. */
    static int sp(String insn, String operand, Register r) {
        if (r == Register.ZR) {
            throw Operands.invalid(insn, operand, "zr", "is not allowed: this form encodes register 31 as sp");
        }
        return r.encoding();
    }

    static int unsignedField(String insn, String operand, long value, int bits) {
        return (int) Operands.unsigned(insn, operand, value, bits);
    }

    /** A shift or bit position for a {@code size}-bit operation: [0, size - 1]. */
    static int bitIndex(String insn, String operand, int value, int size) {
        return (int) Operands.range(insn, operand, value, 0, size - 1);
    }

    static Condition invertible(String insn, Condition cond) {
        if (cond == Condition.AL || cond == Condition.NV) {
            throw Operands.invalid(insn, "condition", cond, "cannot be inverted (al/nv)");
        }
        return cond.negate();
    }

    // ---- listing text

    static String imm(long value) {
        return "#" + value;
    }

    static String hex(long value) {
        return "#0x" + Long.toHexString(value);
    }

    /** {@code sym}, {@code sym+8} or {@code sym-8}. */
    static String symbol(String name, long addend) {
        return addend == 0 ? name : addend > 0 ? name + "+" + addend : name + addend;
    }
}
