package org.eremite.vm.compiler.bytecode;

import org.eremite.vm.classfile.TypeKind;

/**
 * One decoded instruction: its offset in the code array, opcode, encoded length and operands, made explicit.
 *
 * <p>Operands are normalized so that a back end needs no second decoding step:
 * <ul>
 *   <li>{@code wide} is folded into the instruction it modifies: {@code wide iload 300} is one instruction with
 *       opcode {@link Opcodes#ILOAD}, {@link #isWide()} true, its offset the offset of the {@code wide} prefix and
 *       length 4 (6 for {@code wide iinc}).</li>
 *   <li>{@code iload_0} .. {@code astore_3} keep their opcode, but {@link #localIndex()} answers the index the
 *       opcode implies, so a template can treat {@code iload_2} as {@code iload 2}.</li>
 *   <li>Branch targets are absolute bytecode offsets (the operand is relative to the branch's own opcode, JVMS
 *       6.5 goto), for the 16-bit and the 32-bit forms and for every switch target alike.</li>
 * </ul>
 *
 * <p>Each accessor is valid only for the instructions that have that operand; asking an {@code iadd} for its
 * {@link #branchTarget()} throws {@link IllegalStateException}, because it is a bug in the caller.
 */
public final class Instruction {
    private final int offset;
    private final int opcode;
    private final int length;
    private final boolean wide;
    /** The local index, constant pool index, immediate, branch target, default target or atype. */
    private final int operand;
    /** The iinc increment, invokeinterface count, multianewarray dimensions or tableswitch low. */
    private final int secondOperand;
    /** The match values of a lookupswitch; null otherwise. */
    private final int[] keys;
    /** The absolute targets of a tableswitch or lookupswitch (one per key or per index); null otherwise. */
    private final int[] targets;

    Instruction(int offset, int opcode, int length, boolean wide, int operand, int secondOperand, int[] keys,
            int[] targets) {
        this.offset = offset;
        this.opcode = opcode;
        this.length = length;
        this.wide = wide;
        this.operand = operand;
        this.secondOperand = secondOperand;
        this.keys = keys;
        this.targets = targets;
    }

    /** The offset of the instruction's first byte (of the {@code wide} prefix, if any) in the code array. */
    public int offset() {
        return offset;
    }

    /** The opcode; for a {@code wide} instruction the opcode it modifies, never {@link Opcodes#WIDE}. */
    public int opcode() {
        return opcode;
    }

    /** The encoded length in bytes, prefix, padding and operands included. */
    public int length() {
        return length;
    }

    /** The offset just past this instruction: where the next one starts, if any. */
    public int nextOffset() {
        return offset + length;
    }

    /** True if the instruction was prefixed by {@code wide} (JVMS 6.5 wide). */
    public boolean isWide() {
        return wide;
    }

    /** The mnemonic, with {@code "wide "} in front of a widened instruction. */
    public String name() {
        return wide ? "wide " + Opcodes.name(opcode) : Opcodes.name(opcode);
    }

    private int format() {
        return Opcodes.format(opcode);
    }

    /** True for the loads, stores, {@code iinc} and {@code ret}: the instructions with a local variable index. */
    public boolean hasLocalIndex() {
        int format = format();
        return format == Opcodes.FORMAT_LOCAL || format == Opcodes.FORMAT_IMPLICIT_LOCAL
                || format == Opcodes.FORMAT_IINC;
    }

    /** The local variable index of a load, store, {@code iinc} or {@code ret}, implicit ones included. */
    public int localIndex() {
        if (!hasLocalIndex()) {
            throw noOperand("local variable index");
        }
        return operand;
    }

    /** True for the instructions with a constant pool index operand. */
    public boolean hasConstantIndex() {
        int format = format();
        return format == Opcodes.FORMAT_CONSTANT_U1 || format == Opcodes.FORMAT_CONSTANT_U2
                || format == Opcodes.FORMAT_INVOKEINTERFACE || format == Opcodes.FORMAT_INVOKEDYNAMIC
                || format == Opcodes.FORMAT_MULTIANEWARRAY;
    }

    /**
     * The constant pool index of {@code ldc}, {@code ldc_w}, {@code ldc2_w}, the field and invoke instructions,
     * {@code new}, {@code anewarray}, {@code checkcast}, {@code instanceof} and {@code multianewarray}.
     */
    public int constantIndex() {
        if (!hasConstantIndex()) {
            throw noOperand("constant pool index");
        }
        return operand;
    }

    /** The sign-extended immediate of {@code bipush} (a byte) or {@code sipush} (a short). */
    public int immediate() {
        if (opcode != Opcodes.BIPUSH && opcode != Opcodes.SIPUSH) {
            throw noOperand("immediate");
        }
        return operand;
    }

    /** The sign-extended increment of {@code iinc} (a byte, or a short for {@code wide iinc}). */
    public int increment() {
        if (opcode != Opcodes.IINC) {
            throw noOperand("increment");
        }
        return secondOperand;
    }

    /**
     * True for the instructions with one branch target: the conditional branches, {@code goto}, {@code jsr},
     * {@code goto_w} and {@code jsr_w}.
     */
    public boolean isBranch() {
        int format = format();
        return format == Opcodes.FORMAT_BRANCH_16 || format == Opcodes.FORMAT_BRANCH_32;
    }

    /** True for {@code ifeq} .. {@code if_acmpne}, {@code ifnull} and {@code ifnonnull}. */
    public boolean isConditionalBranch() {
        return Opcodes.isConditionalBranch(opcode);
    }

    /** True for {@code goto} and {@code goto_w}. */
    public boolean isGoto() {
        return opcode == Opcodes.GOTO || opcode == Opcodes.GOTO_W;
    }

    /** True for {@code jsr} and {@code jsr_w}. */
    public boolean isJsr() {
        return opcode == Opcodes.JSR || opcode == Opcodes.JSR_W;
    }

    /** True for {@code ireturn} .. {@code return}. */
    public boolean isReturn() {
        return Opcodes.isReturn(opcode);
    }

    /** True for {@code tableswitch} and {@code lookupswitch}. */
    public boolean isSwitch() {
        return opcode == Opcodes.TABLESWITCH || opcode == Opcodes.LOOKUPSWITCH;
    }

    /**
     * True if control can continue with the next instruction in the code array. False for {@code goto},
     * {@code goto_w}, the switches, the returns, {@code athrow}, {@code ret}, and also for {@code jsr} and
     * {@code jsr_w}: the instruction after a {@code jsr} is reached only through the subroutine's {@code ret}
     * (JVMS 4.10.2.5).
     */
    public boolean canFallThrough() {
        switch (opcode) {
            case Opcodes.GOTO:
            case Opcodes.GOTO_W:
            case Opcodes.JSR:
            case Opcodes.JSR_W:
            case Opcodes.RET:
            case Opcodes.TABLESWITCH:
            case Opcodes.LOOKUPSWITCH:
            case Opcodes.IRETURN:
            case Opcodes.LRETURN:
            case Opcodes.FRETURN:
            case Opcodes.DRETURN:
            case Opcodes.ARETURN:
            case Opcodes.RETURN:
            case Opcodes.ATHROW:
                return false;
            default:
                return true;
        }
    }

    /** The absolute target offset of a branch ({@link #isBranch()}). */
    public int branchTarget() {
        if (!isBranch()) {
            throw noOperand("branch target");
        }
        return operand;
    }

    /** The absolute offset a {@code tableswitch} or {@code lookupswitch} goes to when no case matches. */
    public int defaultTarget() {
        requireSwitch();
        return operand;
    }

    /** The {@code low} bound of a {@code tableswitch}. */
    public int low() {
        requireOpcode(Opcodes.TABLESWITCH, "low");
        return secondOperand;
    }

    /** The {@code high} bound of a {@code tableswitch}. */
    public int high() {
        requireOpcode(Opcodes.TABLESWITCH, "high");
        return secondOperand + targets.length - 1;
    }

    /** The number of cases of a switch, the default not counted: {@code high - low + 1} or {@code npairs}. */
    public int caseCount() {
        requireSwitch();
        return targets.length;
    }

    /**
     * The match value of case {@code i}: {@code low + i} for a {@code tableswitch}, the i-th key in increasing
     * order for a {@code lookupswitch}.
     */
    public int caseKey(int i) {
        requireSwitch();
        if (i < 0 || i >= targets.length) {
            throw new IndexOutOfBoundsException("case " + i + " of " + this);
        }
        return keys == null ? secondOperand + i : keys[i];
    }

    /** The absolute target offset of case {@code i}. */
    public int caseTarget(int i) {
        requireSwitch();
        return targets[i];
    }

    /** The match values of a switch in increasing order, as a new array. */
    public int[] caseKeys() {
        requireSwitch();
        int[] result = new int[targets.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = caseKey(i);
        }
        return result;
    }

    /** The absolute case targets of a switch, in the order of {@link #caseKeys()}, as a new array. */
    public int[] caseTargets() {
        requireSwitch();
        return targets.clone();
    }

    /** The {@code count} operand of {@code invokeinterface}: the argument slots, the receiver included. */
    public int count() {
        requireOpcode(Opcodes.INVOKEINTERFACE, "count");
        return secondOperand;
    }

    /** The {@code dimensions} operand of {@code multianewarray}: how many counts it pops. */
    public int dimensions() {
        requireOpcode(Opcodes.MULTIANEWARRAY, "dimensions");
        return secondOperand;
    }

    /** The {@code atype} operand of {@code newarray}, one of {@link Opcodes#T_BOOLEAN} .. {@link Opcodes#T_LONG}. */
    public int arrayType() {
        requireOpcode(Opcodes.NEWARRAY, "atype");
        return operand;
    }

    /** The element kind of the array {@code newarray} creates (JVMS 6.5 newarray, Table 6.5.newarray-A). */
    public TypeKind arrayElementKind() {
        switch (arrayType()) {
            case Opcodes.T_BOOLEAN:
                return TypeKind.BOOLEAN;
            case Opcodes.T_CHAR:
                return TypeKind.CHAR;
            case Opcodes.T_FLOAT:
                return TypeKind.FLOAT;
            case Opcodes.T_DOUBLE:
                return TypeKind.DOUBLE;
            case Opcodes.T_BYTE:
                return TypeKind.BYTE;
            case Opcodes.T_SHORT:
                return TypeKind.SHORT;
            case Opcodes.T_INT:
                return TypeKind.INT;
            default:
                return TypeKind.LONG; // T_LONG: the decoder admits no other atype
        }
    }

    private void requireSwitch() {
        if (!isSwitch()) {
            throw noOperand("switch cases");
        }
    }

    private void requireOpcode(int expected, String what) {
        if (opcode != expected) {
            throw noOperand(what);
        }
    }

    private IllegalStateException noOperand(String what) {
        return new IllegalStateException(this + " has no " + what);
    }

    /** {@code offset: mnemonic operands}, e.g. {@code 12: wide iinc 300 -1} or {@code 7: if_icmpge 40}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append(offset).append(": ").append(name());
        switch (format()) {
            case Opcodes.FORMAT_LOCAL:
            case Opcodes.FORMAT_SIGNED_BYTE:
            case Opcodes.FORMAT_SIGNED_SHORT:
            case Opcodes.FORMAT_BRANCH_16:
            case Opcodes.FORMAT_BRANCH_32:
            case Opcodes.FORMAT_NEWARRAY:
                text.append(' ').append(operand);
                break;
            case Opcodes.FORMAT_CONSTANT_U1:
            case Opcodes.FORMAT_CONSTANT_U2:
            case Opcodes.FORMAT_INVOKEDYNAMIC:
                text.append(" #").append(operand);
                break;
            case Opcodes.FORMAT_INVOKEINTERFACE:
            case Opcodes.FORMAT_MULTIANEWARRAY:
                text.append(" #").append(operand).append(' ').append(secondOperand);
                break;
            case Opcodes.FORMAT_IINC:
                text.append(' ').append(operand).append(' ').append(secondOperand);
                break;
            case Opcodes.FORMAT_TABLESWITCH:
            case Opcodes.FORMAT_LOOKUPSWITCH:
                text.append(" {");
                for (int i = 0; i < targets.length; i++) {
                    text.append(caseKey(i)).append(": ").append(targets[i]).append(", ");
                }
                text.append("default: ").append(operand).append('}');
                break;
            default:
                break;
        }
        return text.toString();
    }
}
