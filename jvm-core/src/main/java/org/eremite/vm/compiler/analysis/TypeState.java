package org.eremite.vm.compiler.analysis;

/**
 * The kinds of every local and every operand-stack slot before one instruction: an immutable snapshot taken from
 * a {@link FrameAnalysis}.
 *
 * <p>Stack slots are numbered from the bottom: slot 0 is the deepest, slot {@code stackDepth() - 1} the top. A
 * long or double takes two slots, locals and stack alike (JVMS 2.6.1, 2.6.2).
 */
public final class TypeState {
    private final short[] locals;
    private final short[] stack;

    TypeState(short[] frames, int at, int maxLocals, int depth) {
        this.locals = new short[maxLocals];
        this.stack = new short[depth];
        System.arraycopy(frames, at, locals, 0, maxLocals);
        System.arraycopy(frames, at + maxLocals, stack, 0, depth);
    }

    /** The number of locals: the method's {@code max_locals}. */
    public int localCount() {
        return locals.length;
    }

    /** The kind of local {@code index}. */
    public SlotKind local(int index) {
        return SlotKind.ofCode(locals[index]);
    }

    /** The number of operand-stack slots in use. */
    public int stackDepth() {
        return stack.length;
    }

    /** The kind of stack slot {@code slot}, counted from the bottom. */
    public SlotKind stack(int slot) {
        return SlotKind.ofCode(stack[slot]);
    }

    /** The kind of the stack slot {@code fromTop} slots below the top: 0 is the top slot. */
    public SlotKind stackFromTop(int fromTop) {
        return SlotKind.ofCode(stack[stack.length - 1 - fromTop]);
    }

    /**
     * The frame as text: {@code [locals | stack]}, one letter per slot: {@code I} int, {@code F} float, {@code J}
     * long, {@code D} double, {@code j} and {@code d} their second halves, {@code R} reference, {@code A} return
     * address, {@code .} top. For example {@code [RIJj. | RI]}.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(locals.length + stack.length + 5);
        text.append('[');
        for (short kind : locals) {
            text.append(letter(kind));
        }
        text.append(" | ");
        for (short kind : stack) {
            text.append(letter(kind));
        }
        return text.append(']').toString();
    }

    static char letter(int code) {
        switch (code) {
            case Kinds.TOP:
                return '.';
            case Kinds.INT:
                return 'I';
            case Kinds.FLOAT:
                return 'F';
            case Kinds.LONG:
                return 'J';
            case Kinds.LONG_2ND:
                return 'j';
            case Kinds.DOUBLE:
                return 'D';
            case Kinds.DOUBLE_2ND:
                return 'd';
            case Kinds.REFERENCE:
                return 'R';
            default:
                return 'A';
        }
    }
}
