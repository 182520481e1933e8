package org.eremite.vm.compiler.analysis;

import org.eremite.vm.compiler.bytecode.Instruction;

/**
 * A maximal run of instructions that control enters only at the first and leaves only after the last.
 *
 * <p>Blocks also start at every {@code start_pc}, {@code end_pc} and {@code handler_pc} of the exception table, so
 * each block is either wholly inside or wholly outside every protected range, and its exception successors hold
 * for each of its instructions.
 *
 * <p>Successors:
 * <ul>
 *   <li>normal: the branch targets, the fall-through, the switch targets (each once, default first); for a
 *       {@code jsr} the subroutine's entry only; for a {@code ret} the return points of every {@code jsr} that
 *       calls the subroutine the {@code ret} belongs to;</li>
 *   <li>exceptional: the entry of every handler whose range covers the block, in exception-table order, each
 *       once.</li>
 * </ul>
 * Predecessors are the blocks that have this one as a normal or an exceptional successor.
 */
public final class BasicBlock {
    private final int index;
    private final int firstInstruction;
    private final int lastInstruction;
    private final int startOffset;
    private final int endOffset;
    private final Instruction last;
    BasicBlock[] successors = new BasicBlock[0];
    BasicBlock[] handlers = new BasicBlock[0];
    BasicBlock[] predecessors = new BasicBlock[0];
    boolean handlerEntry;
    boolean subroutineEntry;
    boolean returnPoint;
    boolean fallsOffEnd;

    BasicBlock(int index, int firstInstruction, int lastInstruction, int startOffset, Instruction last) {
        this.index = index;
        this.firstInstruction = firstInstruction;
        this.lastInstruction = lastInstruction;
        this.startOffset = startOffset;
        this.endOffset = last.nextOffset();
        this.last = last;
    }

    /** The block's number: blocks are numbered from 0 in code order, block 0 starting at offset 0. */
    public int index() {
        return index;
    }

    /** The index (in the {@link org.eremite.vm.compiler.bytecode.InstructionList}) of the first instruction. */
    public int firstInstruction() {
        return firstInstruction;
    }

    /** The index of the last instruction. */
    public int lastInstruction() {
        return lastInstruction;
    }

    /** The offset of the first instruction. */
    public int startOffset() {
        return startOffset;
    }

    /** The offset just past the last instruction. */
    public int endOffset() {
        return endOffset;
    }

    /** The last instruction, which decides the normal successors. */
    public Instruction terminator() {
        return last;
    }

    public int successorCount() {
        return successors.length;
    }

    /** Normal successor {@code i} (see the class comment for the order). */
    public BasicBlock successor(int i) {
        return successors[i];
    }

    /** The number of distinct handler blocks an exception in this block may go to. */
    public int handlerCount() {
        return handlers.length;
    }

    /** Exceptional successor {@code i}: a handler entry, in exception-table order. */
    public BasicBlock handler(int i) {
        return handlers[i];
    }

    public int predecessorCount() {
        return predecessors.length;
    }

    /** Predecessor {@code i}, normal or exceptional, in block order. */
    public BasicBlock predecessor(int i) {
        return predecessors[i];
    }

    /** True if some exception-table entry's {@code handler_pc} is this block's start. */
    public boolean isHandlerEntry() {
        return handlerEntry;
    }

    /** True if some {@code jsr} or {@code jsr_w} targets this block. */
    public boolean isSubroutineEntry() {
        return subroutineEntry;
    }

    /** True if this block starts right after a {@code jsr}: a {@code ret} may return here. */
    public boolean isReturnPoint() {
        return returnPoint;
    }

    /**
     * True if control may continue past the end of the code from this block (its last instruction is the last of
     * the code and can fall through). That is an error if the block is reachable (JVMS 4.9.2).
     */
    public boolean fallsOffEnd() {
        return fallsOffEnd;
    }

    boolean hasSuccessor(BasicBlock block) {
        for (BasicBlock successor : successors) {
            if (successor == block) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "B" + index + "[" + startOffset + ", " + endOffset + ")";
    }
}
