package org.eremite.vm.compiler.analysis;

import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.InstructionList;
import org.eremite.vm.compiler.bytecode.Opcodes;

/**
 * Finds each subroutine's call sites, {@code ret}s, member blocks and accessed locals, and gives every
 * {@code ret} block its successors (the rules are in {@link Subroutine}'s comment).
 */
final class SubroutineFinder {
    private final ControlFlowGraph graph;
    private final InstructionList code;
    private final int blockCount;

    SubroutineFinder(ControlFlowGraph graph) {
        this.graph = graph;
        this.code = graph.code();
        this.blockCount = graph.blockCount();
    }

    void run() {
        findCallSites();
        for (int s = 0; s < graph.subroutineCount(); s++) {
            findRets(graph.subroutine(s));
        }
        for (int s = 0; s < graph.subroutineCount(); s++) {
            linkRets(graph.subroutine(s));
            findMembers(graph.subroutine(s));
        }
        findAccessedLocals();
    }

    private void findCallSites() {
        int[] counts = new int[graph.subroutineCount()];
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i).isJsr()) {
                counts[callee(i).index()]++;
            }
        }
        for (int s = 0; s < counts.length; s++) {
            Subroutine subroutine = graph.subroutine(s);
            subroutine.callSites = new int[counts[s]];
            subroutine.returnPoints = new BasicBlock[counts[s]];
            counts[s] = 0;
        }
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i).isJsr()) {
                Subroutine subroutine = callee(i);
                int k = counts[subroutine.index()]++;
                subroutine.callSites[k] = i;
                subroutine.returnPoints[k] = i + 1 < code.size() ? graph.blockOfInstruction(i + 1) : null;
            }
        }
    }

    /** The subroutine the {@code jsr} at instruction index {@code jsrIndex} calls. */
    private Subroutine callee(int jsrIndex) {
        return graph.subroutineAt(graph.blockAt(code.get(jsrIndex).branchTarget()));
    }

    /** The block a {@code jsr} at the end of {@code block} returns to, or null. */
    private BasicBlock returnPointOf(BasicBlock block) {
        int next = block.lastInstruction() + 1;
        return next < code.size() ? graph.blockOfInstruction(next) : null;
    }

    /** The {@code ret}s reachable from the entry, stepping over {@code jsr}s and stopping at {@code ret}s. */
    private void findRets(Subroutine subroutine) {
        boolean[] seen = new boolean[blockCount];
        int[] work = new int[blockCount];
        int top = 0;
        work[top++] = subroutine.entry().index();
        seen[subroutine.entry().index()] = true;
        int retCount = 0;
        int[] rets = new int[4];
        while (top > 0) {
            BasicBlock block = graph.block(work[--top]);
            Instruction last = block.terminator();
            if (last.opcode() == Opcodes.RET) {
                Subroutine other = graph.ownerOfRet(block.lastInstruction());
                if (other != null) {
                    throw graph.error(last.offset(), "ret is reachable from the subroutines at "
                            + other.entry().startOffset() + " and " + subroutine.entry().startOffset()
                            + " without a jsr (JVMS 4.10.2.5)");
                }
                graph.setRetOwner(block.lastInstruction(), subroutine);
                if (retCount == rets.length) {
                    int[] larger = new int[retCount * 2];
                    System.arraycopy(rets, 0, larger, 0, retCount);
                    rets = larger;
                }
                rets[retCount++] = block.lastInstruction();
            } else if (last.isJsr()) {
                BasicBlock returnPoint = returnPointOf(block);
                if (returnPoint != null && !seen[returnPoint.index()]) {
                    seen[returnPoint.index()] = true;
                    work[top++] = returnPoint.index();
                }
            } else {
                for (int i = 0; i < block.successorCount(); i++) {
                    int next = block.successor(i).index();
                    if (!seen[next]) {
                        seen[next] = true;
                        work[top++] = next;
                    }
                }
            }
            for (int i = 0; i < block.handlerCount(); i++) {
                int next = block.handler(i).index();
                if (!seen[next]) {
                    seen[next] = true;
                    work[top++] = next;
                }
            }
        }
        int[] sorted = new int[retCount];
        System.arraycopy(rets, 0, sorted, 0, retCount);
        java.util.Arrays.sort(sorted);
        subroutine.rets = sorted;
    }

    /** A {@code ret} block's successors are the return points of its subroutine's call sites. */
    private void linkRets(Subroutine subroutine) {
        BlockList returnPoints = new BlockList();
        for (int i = 0; i < subroutine.callSiteCount(); i++) {
            if (subroutine.returnPoint(i) != null) {
                returnPoints.add(subroutine.returnPoint(i));
            }
        }
        BasicBlock[] successors = returnPoints.toArray();
        for (int i = 0; i < subroutine.retCount(); i++) {
            graph.blockOfInstruction(subroutine.ret(i)).successors = successors;
        }
    }

    /**
     * The member blocks: reachable from the entry and able to reach one of the subroutine's {@code ret}s, where a
     * {@code jsr} leads both into its callee (unless that is this subroutine: a new activation) and to its return
     * point, and a {@code ret} leads nowhere.
     */
    private void findMembers(Subroutine subroutine) {
        boolean[] forward = new boolean[blockCount];
        int[] work = new int[blockCount];
        int top = 0;
        work[top++] = subroutine.entry().index();
        forward[subroutine.entry().index()] = true;
        // Edges within the forward set, as (from, to) pairs, to walk them backwards afterwards.
        int[] edges = new int[16];
        int edgeCount = 0;
        BlockList successors = new BlockList();
        while (top > 0) {
            BasicBlock block = graph.block(work[--top]);
            successorsForMembership(subroutine, block, successors);
            for (BasicBlock next : successors.toArray()) {
                if (edgeCount * 2 + 2 > edges.length) {
                    int[] larger = new int[edges.length * 2];
                    System.arraycopy(edges, 0, larger, 0, edgeCount * 2);
                    edges = larger;
                }
                edges[2 * edgeCount] = block.index();
                edges[2 * edgeCount + 1] = next.index();
                edgeCount++;
                if (!forward[next.index()]) {
                    forward[next.index()] = true;
                    work[top++] = next.index();
                }
            }
        }
        boolean[] members = new boolean[blockCount];
        for (int i = 0; i < subroutine.retCount(); i++) {
            int retBlock = graph.blockOfInstruction(subroutine.ret(i)).index();
            if (forward[retBlock] && !members[retBlock]) {
                members[retBlock] = true;
                work[top++] = retBlock;
            }
        }
        // The edges reversed, grouped by target: the sources of the edges into block b are
        // sources[start[b] .. start[b + 1]).
        int[] start = new int[blockCount + 1];
        for (int e = 0; e < edgeCount; e++) {
            start[edges[2 * e + 1] + 1]++;
        }
        for (int b = 0; b < blockCount; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = new int[blockCount];
        int[] sources = new int[edgeCount];
        for (int e = 0; e < edgeCount; e++) {
            int to = edges[2 * e + 1];
            sources[start[to] + fill[to]++] = edges[2 * e];
        }
        while (top > 0) {
            int block = work[--top];
            for (int k = start[block]; k < start[block + 1]; k++) {
                int from = sources[k];
                if (!members[from]) {
                    members[from] = true;
                    work[top++] = from;
                }
            }
        }
        subroutine.members = members;
    }

    private void successorsForMembership(Subroutine subroutine, BasicBlock block, BlockList successors) {
        successors.clear();
        Instruction last = block.terminator();
        if (last.isJsr()) {
            BasicBlock callee = graph.blockAt(last.branchTarget());
            if (callee != subroutine.entry()) {
                successors.add(callee);
            }
            BasicBlock returnPoint = returnPointOf(block);
            if (returnPoint != null) {
                successors.add(returnPoint);
            }
        } else if (last.opcode() != Opcodes.RET) {
            for (int i = 0; i < block.successorCount(); i++) {
                successors.add(block.successor(i));
            }
        }
        for (int i = 0; i < block.handlerCount(); i++) {
            successors.add(block.handler(i));
        }
    }

    /** The locals each subroutine's members access, then closed over the subroutines they call. */
    private void findAccessedLocals() {
        int localLimit = 0;
        for (int i = 0; i < code.size(); i++) {
            Instruction instruction = code.get(i);
            if (instruction.hasLocalIndex()) {
                localLimit = Math.max(localLimit, instruction.localIndex() + 2);
            }
        }
        int count = graph.subroutineCount();
        boolean[][] calls = new boolean[count][count];
        for (int s = 0; s < count; s++) {
            Subroutine subroutine = graph.subroutine(s);
            boolean[] accessed = new boolean[localLimit];
            for (int b = 0; b < blockCount; b++) {
                if (!subroutine.members[b]) {
                    continue;
                }
                BasicBlock block = graph.block(b);
                for (int i = block.firstInstruction(); i <= block.lastInstruction(); i++) {
                    Instruction instruction = code.get(i);
                    if (instruction.hasLocalIndex()) {
                        accessed[instruction.localIndex()] = true;
                        if (isTwoSlotLocalAccess(instruction.opcode())) {
                            accessed[instruction.localIndex() + 1] = true;
                        }
                    }
                }
                if (block.terminator().isJsr()) {
                    calls[s][callee(block.lastInstruction()).index()] = true;
                }
            }
            subroutine.accessedLocals = accessed;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int s = 0; s < count; s++) {
                boolean[] accessed = graph.subroutine(s).accessedLocals;
                for (int t = 0; t < count; t++) {
                    if (!calls[s][t]) {
                        continue;
                    }
                    boolean[] nested = graph.subroutine(t).accessedLocals;
                    for (int local = 0; local < localLimit; local++) {
                        if (nested[local] && !accessed[local]) {
                            accessed[local] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
    }

    /** True for the loads and stores of a long or double, which access the local and the one after it. */
    static boolean isTwoSlotLocalAccess(int opcode) {
        switch (opcode) {
            case Opcodes.LLOAD:
            case Opcodes.DLOAD:
            case Opcodes.LLOAD_0:
            case Opcodes.LLOAD_1:
            case Opcodes.LLOAD_2:
            case Opcodes.LLOAD_3:
            case Opcodes.DLOAD_0:
            case Opcodes.DLOAD_1:
            case Opcodes.DLOAD_2:
            case Opcodes.DLOAD_3:
            case Opcodes.LSTORE:
            case Opcodes.DSTORE:
            case Opcodes.LSTORE_0:
            case Opcodes.LSTORE_1:
            case Opcodes.LSTORE_2:
            case Opcodes.LSTORE_3:
            case Opcodes.DSTORE_0:
            case Opcodes.DSTORE_1:
            case Opcodes.DSTORE_2:
            case Opcodes.DSTORE_3:
                return true;
            default:
                return false;
        }
    }
}
