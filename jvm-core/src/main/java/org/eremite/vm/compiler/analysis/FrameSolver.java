package org.eremite.vm.compiler.analysis;

import java.util.BitSet;

import org.eremite.vm.compiler.bytecode.BytecodeException;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.InstructionList;
import org.eremite.vm.compiler.bytecode.Opcodes;

/**
 * The data-flow fixpoint over the basic blocks: the frame at each block's entry is the merge of the frames that
 * flow into it, and each block is re-run from its entry frame until nothing changes (JVMS 4.10.2.2, the
 * type-inference verifier's loop, over kinds instead of types).
 *
 * <p>Joins: a local whose kinds differ becomes top; the operand stacks must have the same depth and the same kind
 * in every slot, else the code is rejected. A handler's entry frame has the locals merged from the frame before
 * every instruction its range covers, and one reference on the stack. A {@code jsr} flows into its subroutine
 * with the return address pushed; a {@code ret} flows to the return point of every {@code jsr} of its subroutine
 * with the stack at the {@code ret}, the locals the subroutine accesses as at the {@code ret}, and every other
 * local as before that {@code jsr} (JVMS 4.10.2.4).
 *
 * <p>A block is re-run whenever its entry frame changes, so the frames recorded on its last run are those of
 * its final entry frame. Kinds only move up the lattice (a kind, then top), so the loop ends.
 */
final class FrameSolver {
    private final ControlFlowGraph graph;
    private final InstructionList code;
    private final FrameInterpreter interpreter;
    private final int maxLocals;
    private final int maxStack;
    private final int stride;
    /** The frame before each instruction: locals then stack, {@code stride} slots per instruction. */
    final short[] frames;
    /** The stack depth before each instruction, -1 while (and if) it is unreached. */
    final int[] depths;
    private final short[][] entryFrames;
    private final int[] entryDepths;
    /** Per subroutine, the merge of the frames before its {@code ret}s, or null until one is reached. */
    private final short[][] retFrames;
    private final int[] retDepths;
    private final BitSet pending = new BitSet();
    private final short[] handlerLocals;
    private final short[] scratch;

    FrameSolver(ControlFlowGraph graph, FrameInterpreter interpreter, int maxLocals, int maxStack) {
        this.graph = graph;
        this.code = graph.code();
        this.interpreter = interpreter;
        this.maxLocals = maxLocals;
        this.maxStack = maxStack;
        this.stride = maxLocals + maxStack;
        this.frames = new short[code.size() * stride];
        this.depths = new int[code.size()];
        java.util.Arrays.fill(depths, -1);
        this.entryFrames = new short[graph.blockCount()][];
        this.entryDepths = new int[graph.blockCount()];
        this.retFrames = new short[graph.subroutineCount()][];
        this.retDepths = new int[graph.subroutineCount()];
        this.handlerLocals = new short[maxLocals];
        this.scratch = new short[stride];
    }

    /** Runs to the fixpoint from the entry frame the interpreter holds. */
    void solve() {
        mergeInto(graph.block(0), interpreter.frame.slots, 0, -1);
        for (int b = pending.nextSetBit(0); b >= 0; b = pending.nextSetBit(0)) {
            pending.clear(b);
            run(graph.block(b));
        }
    }

    private void run(BasicBlock block) {
        short[] slots = interpreter.frame.slots;
        System.arraycopy(entryFrames[block.index()], 0, slots, 0, stride);
        interpreter.frame.depth = entryDepths[block.index()];
        boolean covered = block.handlerCount() > 0;
        if (covered) {
            System.arraycopy(slots, 0, handlerLocals, 0, maxLocals);
        }
        for (int i = block.firstInstruction(); i <= block.lastInstruction(); i++) {
            System.arraycopy(slots, 0, frames, i * stride, maxLocals + interpreter.frame.depth);
            depths[i] = interpreter.frame.depth;
            if (covered) {
                mergeLocals(handlerLocals, slots);
            }
            interpreter.execute(code.get(i), i);
        }
        Instruction last = block.terminator();
        if (covered) {
            flowToHandlers(block, last);
        }
        if (last.opcode() == Opcodes.RET) {
            flowFromRet(graph.ownerOfRet(block.lastInstruction()), block.lastInstruction());
        } else if (last.isJsr()) {
            BasicBlock entry = graph.blockAt(last.branchTarget());
            mergeInto(entry, slots, interpreter.frame.depth, last.offset());
            Subroutine subroutine = graph.subroutineAt(entry);
            if (retFrames[subroutine.index()] != null) {
                for (int k = 0; k < subroutine.callSiteCount(); k++) {
                    if (subroutine.callSite(k) == block.lastInstruction()) {
                        flowReturn(subroutine, k);
                    }
                }
            }
        } else {
            for (int s = 0; s < block.successorCount(); s++) {
                mergeInto(block.successor(s), slots, interpreter.frame.depth, last.offset());
            }
        }
        if (block.fallsOffEnd()) {
            throw new BytecodeException(code.method(), last.offset(), "execution can fall off the end of the code"
                    + " after " + last.name() + " (JVMS 4.9.2)");
        }
    }

    /** Each handler covering the block starts with the merged locals and the caught exception on the stack. */
    private void flowToHandlers(BasicBlock block, Instruction last) {
        if (maxStack < 1) {
            throw new BytecodeException(code.method(), block.startOffset(), "an exception handler covers this code,"
                    + " but max_stack is 0 and the handler needs one slot for the exception (JVMS 4.10.2.2)");
        }
        System.arraycopy(handlerLocals, 0, scratch, 0, maxLocals);
        scratch[maxLocals] = Kinds.REFERENCE;
        interpreter.frame.maxDepth = Math.max(interpreter.frame.maxDepth, 1);
        for (int h = 0; h < block.handlerCount(); h++) {
            mergeInto(block.handler(h), scratch, 1, last.offset());
        }
    }

    /** Merges the frame before a {@code ret} into its subroutine's, and flows any change to the return points. */
    private void flowFromRet(Subroutine subroutine, int retIndex) {
        // The interpreter has checked that the ret has an owner and uses the owner's return address.
        int s = subroutine.index();
        int at = retIndex * stride;
        int depth = depths[retIndex];
        boolean changed;
        if (retFrames[s] == null) {
            retFrames[s] = new short[stride];
            System.arraycopy(frames, at, retFrames[s], 0, maxLocals + depth);
            retDepths[s] = depth;
            changed = true;
        } else {
            short[] merged = retFrames[s];
            int offset = code.get(retIndex).offset();
            if (retDepths[s] != depth) {
                throw new BytecodeException(code.method(), offset, "the operand stack has depth " + depth
                        + " here but depth " + retDepths[s] + " at another ret of " + subroutine);
            }
            for (int k = 0; k < depth; k++) {
                if (merged[maxLocals + k] != frames[at + maxLocals + k]) {
                    throw new BytecodeException(code.method(), offset, "stack slot " + k + " holds "
                            + Kinds.name(frames[at + maxLocals + k]) + " here but " + Kinds.name(merged[maxLocals + k])
                            + " at another ret of " + subroutine);
                }
            }
            changed = false;
            for (int l = 0; l < maxLocals; l++) {
                if (merged[l] != frames[at + l] && merged[l] != Kinds.TOP) {
                    merged[l] = Kinds.TOP;
                    changed = true;
                }
            }
        }
        if (changed) {
            for (int k = 0; k < subroutine.callSiteCount(); k++) {
                if (depths[subroutine.callSite(k)] >= 0) {
                    flowReturn(subroutine, k);
                }
            }
        }
    }

    /**
     * Flows the subroutine's merged {@code ret} frame to the return point of call site {@code k}: the stack and the
     * accessed locals from the {@code ret}, every other local from before the {@code jsr} (JVMS 4.10.2.4).
     */
    private void flowReturn(Subroutine subroutine, int k) {
        int jsr = subroutine.callSite(k);
        BasicBlock returnPoint = subroutine.returnPoint(k);
        int jsrOffset = code.get(jsr).offset();
        if (returnPoint == null) {
            throw new BytecodeException(code.method(), jsrOffset, "the jsr is the last instruction, but "
                    + subroutine + " returns: execution would fall off the end of the code (JVMS 4.9.2)");
        }
        short[] ret = retFrames[subroutine.index()];
        int depth = retDepths[subroutine.index()];
        short[] combined = new short[stride];
        System.arraycopy(frames, jsr * stride, combined, 0, maxLocals);
        for (int l = 0; l < maxLocals; l++) {
            if (subroutine.accessesLocal(l)) {
                combined[l] = ret[l];
            }
        }
        dropBrokenHalves(combined);
        System.arraycopy(ret, maxLocals, combined, maxLocals, depth);
        mergeInto(returnPoint, combined, depth, jsrOffset);
    }

    /**
     * Where locals from before a jsr meet locals from a ret, a long or double may have lost one half (the
     * subroutine stored over the other): such a lone half is top.
     */
    private void dropBrokenHalves(short[] locals) {
        for (int l = 0; l < maxLocals; l++) {
            if (Kinds.isFirstHalf(locals[l]) && (l + 1 == maxLocals || locals[l + 1] != Kinds.secondHalf(locals[l]))) {
                locals[l] = Kinds.TOP;
            }
        }
        for (int l = 0; l < maxLocals; l++) {
            if (Kinds.isSecondHalf(locals[l]) && (l == 0 || !Kinds.isFirstHalf(locals[l - 1])
                    || Kinds.secondHalf(locals[l - 1]) != locals[l])) {
                locals[l] = Kinds.TOP;
            }
        }
    }

    /** Merges into {@code accumulated} the locals of {@code frame}: kinds that differ become top. */
    private void mergeLocals(short[] accumulated, short[] frame) {
        for (int l = 0; l < maxLocals; l++) {
            if (accumulated[l] != frame[l]) {
                accumulated[l] = Kinds.TOP;
            }
        }
    }

    /**
     * Merges a frame flowing from the instruction at {@code sourceOffset} into {@code block}'s entry frame, and
     * schedules the block if the entry frame changed.
     */
    private void mergeInto(BasicBlock block, short[] frame, int depth, int sourceOffset) {
        int b = block.index();
        short[] entry = entryFrames[b];
        if (entry == null) {
            entry = new short[stride];
            System.arraycopy(frame, 0, entry, 0, maxLocals + depth);
            entryFrames[b] = entry;
            entryDepths[b] = depth;
            pending.set(b);
            return;
        }
        if (entryDepths[b] != depth) {
            throw new BytecodeException(code.method(), sourceOffset, "the operand stack has depth " + depth
                    + " here but depth " + entryDepths[b] + " on another path to offset " + block.startOffset()
                    + ", where they join (JVMS 4.10.2.2)");
        }
        for (int k = 0; k < depth; k++) {
            if (entry[maxLocals + k] != frame[maxLocals + k]) {
                throw new BytecodeException(code.method(), sourceOffset, "stack slot " + k + " holds "
                        + Kinds.name(frame[maxLocals + k]) + " here but " + Kinds.name(entry[maxLocals + k])
                        + " on another path to offset " + block.startOffset() + ", where they join (JVMS 4.10.2.2)");
            }
        }
        boolean changed = false;
        for (int l = 0; l < maxLocals; l++) {
            if (entry[l] != frame[l] && entry[l] != Kinds.TOP) {
                entry[l] = Kinds.TOP;
                changed = true;
            }
        }
        if (changed) {
            pending.set(b);
        }
    }
}
