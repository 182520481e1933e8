package org.eremite.vm.compiler.bytecode;

/**
 * Walks a code array (the {@code code} of a Code attribute, JVMS 4.7.3) one instruction at a time.
 *
 * <p>Each instruction is checked against the static constraints of JVMS 4.9.1 that it can be checked against
 * on its own: the opcode is defined, the operands lie inside the code, {@code wide} modifies an opcode it may
 * modify, a {@code tableswitch} has {@code low <= high}, a {@code lookupswitch} has {@code npairs >= 0} and its
 * keys sorted strictly increasing, {@code newarray} names a primitive type, {@code multianewarray} has at least
 * one dimension, {@code invokeinterface} has a non-zero count and a zero fourth byte, {@code invokedynamic} zero
 * third and fourth bytes, and every branch target lies inside the code. That a target is the start of an
 * instruction needs the whole method: {@link InstructionList#decode} checks it. The values of the 0 to 3 padding
 * bytes of a switch are not checked: JVMS 6.5 tableswitch only says where the operands start.
 */
public final class BytecodeReader {
    private final String method;
    private final byte[] code;
    private int position;

    /**
     * @param method a description of the method for error messages, e.g. {@code java/lang/String.length()I}
     * @param code   the code array; it is read, never copied or changed
     */
    public BytecodeReader(String method, byte[] code) {
        this.method = method;
        this.code = code;
    }

    /** True while the position is before the end of the code. */
    public boolean hasNext() {
        return position < code.length;
    }

    /** The offset of the instruction {@link #next()} decodes. */
    public int position() {
        return position;
    }

    /** Moves to {@code offset}, which the caller knows to be the start of an instruction. */
    public void seek(int offset) {
        if (offset < 0 || offset > code.length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside code of length " + code.length);
        }
        position = offset;
    }

    /**
     * Decodes the instruction at the position and moves past it.
     *
     * @throws BytecodeException if the instruction is malformed
     */
    public Instruction next() {
        Instruction instruction = decode(method, code, position);
        position = instruction.nextOffset();
        return instruction;
    }

    /**
     * Decodes the instruction that starts at {@code offset} of {@code code}.
     *
     * @throws BytecodeException naming {@code method} and {@code offset} if the instruction is malformed
     */
    public static Instruction decode(String method, byte[] code, int offset) {
        if (offset < 0 || offset >= code.length) {
            throw new IndexOutOfBoundsException("no instruction at offset " + offset + " of code of length "
                    + code.length);
        }
        return new Decoding(method, code, offset).instruction();
    }

    /** The decoding of one instruction: the bounds-checked reads and the constraint checks share its context. */
    private static final class Decoding {
        private final String method;
        private final byte[] code;
        private final int offset;

        Decoding(String method, byte[] code, int offset) {
            this.method = method;
            this.code = code;
            this.offset = offset;
        }

        Instruction instruction() {
            int opcode = u1(offset, "opcode");
            switch (Opcodes.format(opcode)) {
                case Opcodes.FORMAT_NONE:
                    return simple(opcode, 1, 0, 0);
                case Opcodes.FORMAT_IMPLICIT_LOCAL:
                    return simple(opcode, 1, Opcodes.implicitLocal(opcode), 0);
                case Opcodes.FORMAT_LOCAL:
                case Opcodes.FORMAT_CONSTANT_U1:
                    return simple(opcode, 2, u1(offset + 1, opcode), 0);
                case Opcodes.FORMAT_SIGNED_BYTE:
                    return simple(opcode, 2, (byte) u1(offset + 1, opcode), 0);
                case Opcodes.FORMAT_SIGNED_SHORT:
                    return simple(opcode, 3, (short) u2(offset + 1, opcode), 0);
                case Opcodes.FORMAT_CONSTANT_U2:
                    return simple(opcode, 3, u2(offset + 1, opcode), 0);
                case Opcodes.FORMAT_IINC:
                    return simple(opcode, 3, u1(offset + 1, opcode), (byte) u1(offset + 2, opcode));
                case Opcodes.FORMAT_BRANCH_16:
                    return simple(opcode, 3, target((short) u2(offset + 1, opcode), opcode), 0);
                case Opcodes.FORMAT_BRANCH_32:
                    return simple(opcode, 5, target(s4(offset + 1, opcode), opcode), 0);
                case Opcodes.FORMAT_TABLESWITCH:
                    return tableswitch();
                case Opcodes.FORMAT_LOOKUPSWITCH:
                    return lookupswitch();
                case Opcodes.FORMAT_INVOKEINTERFACE:
                    return invokeinterface();
                case Opcodes.FORMAT_INVOKEDYNAMIC:
                    return invokedynamic();
                case Opcodes.FORMAT_NEWARRAY:
                    return newarray();
                case Opcodes.FORMAT_MULTIANEWARRAY:
                    return multianewarray();
                case Opcodes.FORMAT_WIDE:
                    return wide();
                default:
                    throw error(opcode == Opcodes.BREAKPOINT || opcode == Opcodes.IMPDEP1 || opcode == Opcodes.IMPDEP2
                            ? "reserved opcode 0x" + Integer.toHexString(opcode) + " (" + Opcodes.name(opcode)
                                    + ") must not appear in a class file (JVMS 6.2)"
                            : "unknown opcode 0x" + Integer.toHexString(opcode));
            }
        }

        private Instruction simple(int opcode, int length, int operand, int secondOperand) {
            return new Instruction(offset, opcode, length, false, operand, secondOperand, null, null);
        }

        private Instruction wide() {
            int opcode = u1(offset + 1, "opcode after wide");
            if (!Opcodes.isWidenable(opcode)) {
                throw error("wide modifies " + Opcodes.name(opcode)
                        + ", which is not a load, store, iinc or ret (JVMS 6.5 wide)");
            }
            int local = u2(offset + 2, "wide " + Opcodes.name(opcode));
            if (opcode == Opcodes.IINC) {
                return new Instruction(offset, opcode, 6, true, local, (short) u2(offset + 4, "wide iinc"), null, null);
            }
            return new Instruction(offset, opcode, 4, true, local, 0, null, null);
        }

        /** The operands of both switches start at the next multiple of 4 from the start of the code. */
        private int alignedOperands() {
            return (offset + 4) & ~3;
        }

        private Instruction tableswitch() {
            int at = alignedOperands();
            int defaultTarget = target(s4(at, Opcodes.TABLESWITCH), Opcodes.TABLESWITCH);
            int low = s4(at + 4, Opcodes.TABLESWITCH);
            int high = s4(at + 8, Opcodes.TABLESWITCH);
            if (low > high) {
                throw error("tableswitch has low " + low + " > high " + high + " (JVMS 6.5 tableswitch)");
            }
            long cases = (long) high - low + 1;
            requireBytes(at + 12, cases * 4, Opcodes.TABLESWITCH);
            int[] targets = new int[(int) cases];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(s4(at + 12 + 4 * i, Opcodes.TABLESWITCH), Opcodes.TABLESWITCH);
            }
            int length = at + 12 + 4 * targets.length - offset;
            return new Instruction(offset, Opcodes.TABLESWITCH, length, false, defaultTarget, low, null, targets);
        }

        private Instruction lookupswitch() {
            int at = alignedOperands();
            int defaultTarget = target(s4(at, Opcodes.LOOKUPSWITCH), Opcodes.LOOKUPSWITCH);
            int pairs = s4(at + 4, Opcodes.LOOKUPSWITCH);
            if (pairs < 0) {
                throw error("lookupswitch has npairs " + pairs + " < 0 (JVMS 6.5 lookupswitch)");
            }
            requireBytes(at + 8, (long) pairs * 8, Opcodes.LOOKUPSWITCH);
            int[] keys = new int[pairs];
            int[] targets = new int[pairs];
            for (int i = 0; i < pairs; i++) {
                keys[i] = s4(at + 8 + 8 * i, Opcodes.LOOKUPSWITCH);
                targets[i] = target(s4(at + 12 + 8 * i, Opcodes.LOOKUPSWITCH), Opcodes.LOOKUPSWITCH);
                if (i > 0 && keys[i] <= keys[i - 1]) {
                    throw error("lookupswitch keys are not sorted in increasing order: " + keys[i - 1] + " then "
                            + keys[i] + " (JVMS 6.5 lookupswitch)");
                }
            }
            int length = at + 8 + 8 * pairs - offset;
            return new Instruction(offset, Opcodes.LOOKUPSWITCH, length, false, defaultTarget, 0, keys, targets);
        }

        private Instruction invokeinterface() {
            int index = u2(offset + 1, Opcodes.INVOKEINTERFACE);
            int count = u1(offset + 3, Opcodes.INVOKEINTERFACE);
            if (count == 0) {
                throw error("invokeinterface has count 0 (JVMS 4.9.1)");
            }
            if (u1(offset + 4, Opcodes.INVOKEINTERFACE) != 0) {
                throw error("the fourth operand byte of invokeinterface is not zero (JVMS 4.9.1)");
            }
            return new Instruction(offset, Opcodes.INVOKEINTERFACE, 5, false, index, count, null, null);
        }

        private Instruction invokedynamic() {
            int index = u2(offset + 1, Opcodes.INVOKEDYNAMIC);
            if (u2(offset + 3, Opcodes.INVOKEDYNAMIC) != 0) {
                throw error("the third and fourth operand bytes of invokedynamic are not zero (JVMS 4.9.1)");
            }
            return simple(Opcodes.INVOKEDYNAMIC, 5, index, 0);
        }

        private Instruction newarray() {
            int atype = u1(offset + 1, Opcodes.NEWARRAY);
            if (atype < Opcodes.T_BOOLEAN || atype > Opcodes.T_LONG) {
                throw error("newarray has atype " + atype + ", not one of 4 .. 11 (JVMS 6.5 newarray)");
            }
            return simple(Opcodes.NEWARRAY, 2, atype, 0);
        }

        private Instruction multianewarray() {
            int index = u2(offset + 1, Opcodes.MULTIANEWARRAY);
            int dimensions = u1(offset + 3, Opcodes.MULTIANEWARRAY);
            if (dimensions == 0) {
                throw error("multianewarray has 0 dimensions (JVMS 4.9.1)");
            }
            return simple(Opcodes.MULTIANEWARRAY, 4, index, dimensions);
        }

        /** The absolute target of a branch offset relative to this instruction's opcode; it must be in the code. */
        private int target(int relative, int opcode) {
            long target = (long) offset + relative;
            if (target < 0 || target >= code.length) {
                throw error(Opcodes.name(opcode) + " targets offset " + target + ", outside the code (length "
                        + code.length + ")");
            }
            return (int) target;
        }

        private void requireBytes(int at, long count, int opcode) {
            if (at + count > code.length) {
                throw truncated(Opcodes.name(opcode));
            }
        }

        private int u1(int at, int opcode) {
            return u1(at, Opcodes.name(opcode));
        }

        private int u1(int at, String what) {
            if (at >= code.length) {
                throw truncated(what);
            }
            return code[at] & 0xFF;
        }

        private int u2(int at, int opcode) {
            return u2(at, Opcodes.name(opcode));
        }

        private int u2(int at, String what) {
            if (at + 2 > code.length) {
                throw truncated(what);
            }
            return ((code[at] & 0xFF) << 8) | (code[at + 1] & 0xFF);
        }

        private int s4(int at, int opcode) {
            if (at + 4 > code.length) {
                throw truncated(Opcodes.name(opcode));
            }
            return (code[at] << 24) | ((code[at + 1] & 0xFF) << 16) | ((code[at + 2] & 0xFF) << 8)
                    | (code[at + 3] & 0xFF);
        }

        private BytecodeException truncated(String what) {
            return error("the operands of " + what + " run past the end of the code (length " + code.length + ")");
        }

        private BytecodeException error(String problem) {
            return new BytecodeException(method, offset, problem);
        }
    }
}
