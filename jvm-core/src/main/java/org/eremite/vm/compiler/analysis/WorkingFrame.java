package org.eremite.vm.compiler.analysis;

import org.eremite.vm.compiler.bytecode.BytecodeException;
import org.eremite.vm.compiler.bytecode.Instruction;

/**
 * The frame {@link FrameInterpreter} works on: the kinds of the locals and of the operand stack, with every access
 * checked (JVMS 4.10.1.4 and the operand-stack rules of JVMS 6.5): operands have the expected kind, the stack
 * neither underflows nor grows past {@code max_stack}, locals stay below {@code max_locals}, and no instruction
 * splits a long or double.
 *
 * <p>One {@code short[]} of kind codes ({@link Kinds}): locals at {@code [0, maxLocals)}, the operand stack from
 * {@code maxLocals} up, {@code depth} slots deep; the layout of the frames {@link FrameAnalysis} keeps.
 */
final class WorkingFrame {
    private final String method;
    final int maxLocals;
    final int maxStack;
    final short[] slots;
    int depth;
    /** The deepest the stack has been. */
    int maxDepth;
    /** The instruction being executed, for messages. */
    Instruction current;

    WorkingFrame(String method, int maxLocals, int maxStack) {
        this.method = method;
        this.maxLocals = maxLocals;
        this.maxStack = maxStack;
        this.slots = new short[maxLocals + maxStack];
    }

    // ---- the operand stack ----

    void push(short kind) {
        int size = Kinds.isTwoSlot(kind) ? 2 : 1;
        if (depth + size > maxStack) {
            throw error("pushing " + Kinds.name(kind) + " overflows the operand stack (max_stack " + maxStack
                    + ", depth " + depth + ")");
        }
        slots[maxLocals + depth++] = kind;
        if (size == 2) {
            slots[maxLocals + depth++] = Kinds.secondHalf(kind);
        }
        if (depth > maxDepth) {
            maxDepth = depth;
        }
    }

    void pop(short kind) {
        int size = Kinds.isTwoSlot(kind) ? 2 : 1;
        if (depth < size) {
            throw underflow(Kinds.name(kind));
        }
        int top = maxLocals + depth - size;
        if (slots[top] != kind || (size == 2 && slots[top + 1] != Kinds.secondHalf(kind))) {
            throw error("expected " + Kinds.name(kind) + " on the operand stack, found " + describeTop(size));
        }
        depth -= size;
    }

    short popReferenceOrReturnAddress() {
        if (depth < 1) {
            throw underflow("reference");
        }
        short top = slots[maxLocals + depth - 1];
        if (top != Kinds.REFERENCE && !Kinds.isReturnAddress(top)) {
            throw error("expected a reference or a return address on the operand stack, found " + describeTop(1));
        }
        depth--;
        return top;
    }

    /** What occupies the top {@code size} slots, for a message. */
    String describeTop(int size) {
        short top = slots[maxLocals + depth - 1];
        if (Kinds.isSecondHalf(top) && size == 1) {
            return Kinds.name(slots[maxLocals + depth - 2]);
        }
        return Kinds.name(slots[maxLocals + depth - size]);
    }

    BytecodeException underflow(String expected) {
        return error("operand stack underflow: expected " + expected + ", the stack holds " + depth + " slot"
                + (depth == 1 ? "" : "s"));
    }

    void unary(short operand, short result) {
        pop(operand);
        push(result);
    }

    /** Pops {@code right} then {@code left}, pushes {@code result}. */
    void binary(short left, short right, short result) {
        pop(right);
        pop(left);
        push(result);
    }

    void arrayLoad(short element) {
        pop(Kinds.INT);
        pop(Kinds.REFERENCE);
        push(element);
    }

    void arrayStore(short element) {
        pop(element);
        pop(Kinds.INT);
        pop(Kinds.REFERENCE);
    }

    /**
     * Checks that the top {@code count} slots exist and hold whole values: the slot {@code boundary} slots below the
     * top must start a value, not be the second half of a long or double. (The top slot never is a first half.)
     */
    void requireValuesOnTop(int count, int boundary) {
        if (depth < count) {
            throw error("operand stack underflow: " + current.name() + " needs " + count
                    + (count == 1 ? " slot" : " slots") + ", the stack holds " + depth);
        }
        if (Kinds.isSecondHalf(slots[maxLocals + depth - boundary])) {
            int first = depth - boundary - 1;
            throw error(current.name() + " would split the " + Kinds.name(slots[maxLocals + first])
                    + " in stack slots " + first + " and " + (first + 1) + " (JVMS 6.5 " + current.name() + ")");
        }
    }

    /**
     * The {@code dup} family (JVMS 6.5): copies the top {@code count} slots (one value, or two category-1 values or
     * one category-2 value) to below the {@code under} slots beneath them, without splitting a long or double.
     */
    void duplicate(int count, int under) {
        requireValuesOnTop(count + under, count);
        if (under > 0) {
            requireValuesOnTop(count + under, count + under);
        }
        if (depth + count > maxStack) {
            throw error(current.name() + " overflows the operand stack (max_stack " + maxStack + ", depth " + depth
                    + ")");
        }
        int base = maxLocals;
        for (int i = depth - 1; i >= depth - count - under; i--) {
            slots[base + i + count] = slots[base + i];
        }
        for (int j = 0; j < count; j++) {
            slots[base + depth - count - under + j] = slots[base + depth + j];
        }
        depth += count;
        if (depth > maxDepth) {
            maxDepth = depth;
        }
    }

    void swap() {
        requireValuesOnTop(2, 1);
        requireValuesOnTop(2, 2);
        int top = maxLocals + depth - 1;
        short value = slots[top];
        slots[top] = slots[top - 1];
        slots[top - 1] = value;
    }

    // ---- locals ----

    void requireLocal(int local, int size) {
        if (local + size > maxLocals) {
            throw error(current.name() + " uses local " + (size == 2 ? local + " and " + (local + 1) : "" + local)
                    + ", but max_locals is " + maxLocals);
        }
    }

    /** Checks that local {@code local} holds {@code kind} (both halves for a long or double). */
    void checkLocal(int local, short kind) {
        int size = Kinds.isTwoSlot(kind) ? 2 : 1;
        requireLocal(local, size);
        if (slots[local] != kind || (size == 2 && slots[local + 1] != Kinds.secondHalf(kind))) {
            short found = slots[local] == kind ? slots[local + 1] : slots[local];
            throw error(current.name() + " expects " + Kinds.name(kind) + " in local " + local + ", found "
                    + Kinds.name(found));
        }
    }

    void load(int local, short kind) {
        checkLocal(local, kind);
        push(kind);
    }

    /**
     * Stores {@code kind} into {@code local} (and the next local for a long or double). A long or double that the
     * store overwrites half of is no longer usable, so its other half becomes top (JVMS 4.10.1.7, storeIsTypeSafe
     * via modifyLocalVariable).
     */
    void store(int local, short kind) {
        int size = Kinds.isTwoSlot(kind) ? 2 : 1;
        requireLocal(local, size);
        if (local > 0 && Kinds.isFirstHalf(slots[local - 1])) {
            slots[local - 1] = Kinds.TOP;
        }
        int last = local + size - 1;
        if (Kinds.isFirstHalf(slots[last]) && last + 1 < maxLocals) {
            slots[last + 1] = Kinds.TOP;
        }
        slots[local] = kind;
        if (size == 2) {
            slots[local + 1] = Kinds.secondHalf(kind);
        }
    }

    BytecodeException error(String problem) {
        return new BytecodeException(method, current == null ? -1 : current.offset(), problem);
    }
}
