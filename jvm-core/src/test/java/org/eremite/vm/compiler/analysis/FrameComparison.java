package org.eremite.vm.compiler.analysis;

import java.util.List;

import org.eremite.vm.compiler.bytecode.Opcodes;

import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Compares a {@link FrameAnalysis} with ASM's frames ({@link AsmFrames}) and its graph with the edges ASM followed.
 *
 * <p>One known, deliberate difference: ASM 9.7.1's {@code Analyzer} merges into a handler both the frame before
 * and the frame after each instruction its range covers, while JVMS 4.10.1.6 (an instruction's
 * {@code ExceptionStackFrame} is its incoming frame) and {@link FrameAnalysis} use only the frame before. The two
 * differ only where a range ends with a store: the store's new local cannot reach the handler (a store throws
 * nothing, and the next instruction is outside the range), but ASM merges it in, so ASM has TOP where we have a
 * kind, from the handler on. For methods with such a range, and only for that direction, the comparison counts
 * the local as {@link #morePrecise} instead of failing.
 */
final class FrameComparison {
    private final FrameAnalysis ours;
    private final AsmFrames theirs;
    private final boolean rangeEndsWithStore;
    int comparedSlots;
    int reachable;
    /** Locals where ASM has TOP because of a store ending a try range, and we have the kind. */
    int morePrecise;

    FrameComparison(FrameAnalysis ours, AsmFrames theirs) {
        this.ours = ours;
        this.theirs = theirs;
        this.rangeEndsWithStore = rangeEndsWithStore(ours.graph());
    }

    private static boolean rangeEndsWithStore(ControlFlowGraph graph) {
        for (int h = 0; h < graph.exceptionHandlerCount(); h++) {
            int end = graph.exceptionHandler(h).endPc();
            int last = end == graph.code().codeLength() ? graph.code().size() - 1 : graph.code().indexOf(end) - 1;
            int opcode = graph.code().get(last).opcode();
            if ((opcode >= Opcodes.ISTORE && opcode <= Opcodes.ASTORE_3)) {
                return true;
            }
        }
        return false;
    }

    /** The first difference in the frames, as text, or null. */
    String firstFrameDifference() {
        int count = ours.code().size();
        if (count != theirs.instructions.size()) {
            return count + " instructions, ASM has " + theirs.instructions.size();
        }
        for (int i = 0; i < count; i++) {
            int offset = ours.code().get(i).offset();
            Frame<BasicValue> frame = theirs.frames.get(i);
            TypeState state = ours.stateAt(offset);
            if ((frame == null) != (state == null)) {
                return "at " + ours.code().get(i) + ": reachable " + (state != null) + ", ASM says " + (frame != null);
            }
            if (frame == null) {
                continue;
            }
            reachable++;
            for (int l = 0; l < ours.maxLocals(); l++) {
                SlotKind expected = AsmFrames.local(frame, l);
                if (state.local(l) != expected && expected == SlotKind.TOP && rangeEndsWithStore) {
                    morePrecise++;
                } else if (state.local(l) != expected) {
                    return "at " + ours.code().get(i) + ": local " + l + " is " + state.local(l) + ", ASM has "
                            + expected + "; frame " + state + ", ASM " + frame;
                }
            }
            List<SlotKind> stack = AsmFrames.stack(frame);
            if (stack.size() != state.stackDepth()) {
                return "at " + ours.code().get(i) + ": stack depth " + state.stackDepth() + ", ASM has "
                        + stack.size() + "; frame " + state + ", ASM " + frame;
            }
            for (int s = 0; s < stack.size(); s++) {
                if (state.stack(s) != stack.get(s)) {
                    return "at " + ours.code().get(i) + ": stack slot " + s + " is " + state.stack(s) + ", ASM has "
                            + stack.get(s) + "; frame " + state + ", ASM " + frame;
                }
            }
            comparedSlots += ours.maxLocals() + stack.size();
        }
        return null;
    }

    /**
     * The first difference between the graph's edges from reachable blocks and the edges ASM followed, or null:
     * every edge ASM followed is in the graph, and every edge of the graph from a reachable block ASM followed.
     */
    String firstEdgeDifference() {
        ControlFlowGraph graph = ours.graph();
        for (long edge : theirs.normalEdges) {
            int from = (int) (edge >>> 32);
            int to = (int) edge;
            BasicBlock block = graph.blockOfInstruction(from);
            boolean inGraph = from != block.lastInstruction() ? to == from + 1
                    : graph.blockOfInstruction(to).firstInstruction() == to
                            && block.hasSuccessor(graph.blockOfInstruction(to));
            if (!inGraph) {
                return "ASM's edge " + ours.code().get(from) + " -> " + ours.code().get(to) + " is not in the graph";
            }
        }
        for (long edge : theirs.exceptionEdges) {
            int from = (int) (edge >>> 32);
            int to = (int) edge;
            BasicBlock handler = graph.blockOfInstruction(to);
            if (handler.firstInstruction() != to || !handler.isHandlerEntry()
                    || !hasHandler(graph.blockOfInstruction(from), handler)) {
                return "ASM's exception edge " + ours.code().get(from) + " -> " + ours.code().get(to)
                        + " is not in the graph";
            }
        }
        for (int b = 0; b < graph.blockCount(); b++) {
            BasicBlock block = graph.block(b);
            if (!ours.isReachable(block.startOffset())) {
                continue;
            }
            for (int i = block.firstInstruction(); i < block.lastInstruction(); i++) {
                if (!theirs.normalEdges.contains(AsmFrames.edge(i, i + 1))) {
                    return "ASM has no edge " + ours.code().get(i) + " -> " + ours.code().get(i + 1);
                }
            }
            for (int s = 0; s < block.successorCount(); s++) {
                long edge = AsmFrames.edge(block.lastInstruction(), block.successor(s).firstInstruction());
                if (!theirs.normalEdges.contains(edge)) {
                    return "ASM has no edge " + block + " -> " + block.successor(s);
                }
            }
            for (int h = 0; h < block.handlerCount(); h++) {
                for (int i = block.firstInstruction(); i <= block.lastInstruction(); i++) {
                    if (!theirs.exceptionEdges.contains(AsmFrames.edge(i, block.handler(h).firstInstruction()))) {
                        return "ASM has no exception edge " + ours.code().get(i) + " -> " + block.handler(h);
                    }
                }
            }
        }
        return null;
    }

    private static boolean hasHandler(BasicBlock block, BasicBlock handler) {
        for (int h = 0; h < block.handlerCount(); h++) {
            if (block.handler(h) == handler) {
                return true;
            }
        }
        return false;
    }
}
