package org.eremite.vm.compiler.npe;

/**
 * The operand stack before one instruction as {@link StackSimulation} sees it: for each slot, the offset of the
 * instruction that pushed its value, or {@link #UNKNOWN} where paths that join disagree; and which locals have
 * been stored to on some path from the method's entry (or from a handler's start). A long or double takes two
 * slots with the same pusher. Mutable; the simulation copies it per instruction.
 */
final class SimulatedStack {
    /** The pusher of a slot whose value comes from different instructions on different paths. */
    static final int UNKNOWN = -1;
    /** Locals past this one count as written always (HotSpot keeps one 64-bit mask). */
    private static final int TRACKED_LOCALS = 64;

    private int[] pushers;
    private int size;
    private long writtenLocals;

    SimulatedStack() {
        pushers = new int[4];
    }

    private SimulatedStack(SimulatedStack other) {
        pushers = new int[Math.max(4, other.size)];
        System.arraycopy(other.pushers, 0, pushers, 0, other.size);
        size = other.size;
        writtenLocals = other.writtenLocals;
    }

    SimulatedStack copy() {
        return new SimulatedStack(this);
    }

    int size() {
        return size;
    }

    /** Pushes {@code slots} (0, 1 or 2) slots that {@code pusher} pushed. */
    void push(int pusher, int slots) {
        for (int i = 0; i < slots; i++) {
            pushRaw(pusher);
        }
    }

    void pushRaw(int pusher) {
        if (size == pushers.length) {
            int[] larger = new int[size * 2];
            System.arraycopy(pushers, 0, larger, 0, size);
            pushers = larger;
        }
        pushers[size++] = pusher;
    }

    /**
     * Pops {@code slots} slots. Verified code never pops an empty stack; code HotSpot's simulation gets wrong
     * (see {@link StackSimulation}) might, and then the stack just stays empty.
     */
    void pop(int slots) {
        size = Math.max(0, size - slots);
    }

    /** The pusher of slot {@code fromTop} (0 is the top), or {@link #UNKNOWN} if the stack is not that deep. */
    int pusher(int fromTop) {
        if (fromTop < 0 || fromTop >= size) {
            return UNKNOWN;
        }
        return pushers[size - 1 - fromTop];
    }

    /** True if the stack holds slot {@code fromTop} (0 is the top). */
    boolean hasSlot(int fromTop) {
        return fromTop >= 0 && fromTop < size;
    }

    /**
     * Joins {@code other} into this stack: a slot keeps its pusher where both agree, else becomes
     * {@link #UNKNOWN}; a local is written if it is written in either. Stacks of verified code agree in depth
     * where paths join; if not, only the slots both have are joined (HotSpot's result is undefined there).
     */
    void join(SimulatedStack other) {
        int common = Math.min(size, other.size);
        for (int i = 0; i < common; i++) {
            if (pushers[i] != other.pushers[i]) {
                pushers[i] = UNKNOWN;
            }
        }
        writtenLocals |= other.writtenLocals;
    }

    void markWritten(int local) {
        if (local < TRACKED_LOCALS) {
            writtenLocals |= 1L << local;
        }
    }

    /** True if some path to here stored to {@code local}; always true past the 64 tracked locals. */
    boolean wasWritten(int local) {
        return local >= TRACKED_LOCALS || (writtenLocals & (1L << local)) != 0;
    }
}
