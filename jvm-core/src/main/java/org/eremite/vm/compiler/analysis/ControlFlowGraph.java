package org.eremite.vm.compiler.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eremite.vm.classfile.ExceptionHandler;
import org.eremite.vm.compiler.bytecode.BytecodeException;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.InstructionList;

/**
 * The basic blocks of one method, their normal and exceptional successors, which blocks are handler entries, and
 * the {@code jsr}/{@code ret} subroutines (see {@link BasicBlock} and {@link Subroutine} for the exact rules).
 *
 * <p>The graph is structural: it covers all the code, reachable or not, and checks only what needs no data flow
 * (the exception table against the code, and that each {@code ret} belongs to at most one subroutine). Whether a
 * block is reachable, and so whether falling off the end of the code is an error, is for {@link FrameAnalysis}.
 */
public final class ControlFlowGraph {
    private final InstructionList code;
    private final ExceptionHandler[] handlers;
    private final BasicBlock[] blocks;
    private final int[] blockOfInstruction;
    private final Subroutine[] subroutines;
    /** The subroutine each {@code ret} belongs to, by instruction index; null elsewhere. */
    private final Subroutine[] retOwners;

    private ControlFlowGraph(InstructionList code, ExceptionHandler[] handlers, BasicBlock[] blocks,
            int[] blockOfInstruction, Subroutine[] subroutines, Subroutine[] retOwners) {
        this.code = code;
        this.handlers = handlers;
        this.blocks = blocks;
        this.blockOfInstruction = blockOfInstruction;
        this.subroutines = subroutines;
        this.retOwners = retOwners;
    }

    /**
     * Builds the graph of {@code code} with its exception table.
     *
     * @throws BytecodeException if the exception table does not fit the code, or a {@code ret} is reachable from
     *                           two subroutines
     */
    public static ControlFlowGraph build(InstructionList code, List<ExceptionHandler> handlers) {
        code.checkExceptionTable(handlers);
        ExceptionHandler[] table = handlers.toArray(new ExceptionHandler[0]);
        int[] blockOfInstruction = new int[code.size()];
        BasicBlock[] blocks = splitIntoBlocks(code, table, blockOfInstruction);
        Subroutine[] subroutines = findSubroutineEntries(code, blocks, blockOfInstruction);
        Subroutine[] retOwners = new Subroutine[code.size()];
        ControlFlowGraph graph = new ControlFlowGraph(code, table, blocks, blockOfInstruction, subroutines, retOwners);
        graph.linkBlocks();
        if (subroutines.length > 0) {
            new SubroutineFinder(graph).run();
        }
        graph.linkPredecessors();
        return graph;
    }

    /** Marks the leaders (JVMS jump targets, instructions after control transfers, exception-table pcs). */
    private static BasicBlock[] splitIntoBlocks(InstructionList code, ExceptionHandler[] handlers,
            int[] blockOfInstruction) {
        int n = code.size();
        boolean[] leader = new boolean[n];
        leader[0] = true;
        for (int i = 0; i < n; i++) {
            Instruction instruction = code.get(i);
            if (instruction.isBranch()) {
                leader[code.indexOf(instruction.branchTarget())] = true;
            } else if (instruction.isSwitch()) {
                leader[code.indexOf(instruction.defaultTarget())] = true;
                for (int c = 0; c < instruction.caseCount(); c++) {
                    leader[code.indexOf(instruction.caseTarget(c))] = true;
                }
            }
            boolean endsBlock = instruction.isBranch() || instruction.isSwitch() || !instruction.canFallThrough();
            if (endsBlock && i + 1 < n) {
                leader[i + 1] = true;
            }
        }
        for (ExceptionHandler handler : handlers) {
            leader[code.indexOf(handler.startPc())] = true;
            leader[code.indexOf(handler.handlerPc())] = true;
            if (handler.endPc() < code.codeLength()) {
                leader[code.indexOf(handler.endPc())] = true;
            }
        }
        ArrayList<BasicBlock> blocks = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < n; i++) {
            if (i + 1 == n || leader[i + 1]) {
                BasicBlock block = new BasicBlock(blocks.size(), first, i, code.get(first).offset(), code.get(i));
                for (int k = first; k <= i; k++) {
                    blockOfInstruction[k] = block.index();
                }
                blocks.add(block);
                first = i + 1;
            }
        }
        return blocks.toArray(new BasicBlock[0]);
    }

    private static Subroutine[] findSubroutineEntries(InstructionList code, BasicBlock[] blocks,
            int[] blockOfInstruction) {
        ArrayList<Subroutine> subroutines = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            Instruction instruction = code.get(i);
            if (instruction.isJsr()) {
                BasicBlock entry = blocks[blockOfInstruction[code.indexOf(instruction.branchTarget())]];
                entry.subroutineEntry = true;
                if (i + 1 < code.size()) {
                    blocks[blockOfInstruction[i + 1]].returnPoint = true;
                }
            }
        }
        for (BasicBlock block : blocks) {
            if (block.subroutineEntry) {
                subroutines.add(new Subroutine(subroutines.size(), block));
            }
        }
        return subroutines.toArray(new Subroutine[0]);
    }

    /** Sets every block's normal successors (but a {@code ret}'s) and exceptional successors. */
    private void linkBlocks() {
        BlockList targets = new BlockList();
        for (BasicBlock block : blocks) {
            Instruction last = block.terminator();
            targets.clear();
            BasicBlock next = block.index() + 1 < blocks.length ? blocks[block.index() + 1] : null;
            if (last.isJsr()) {
                targets.add(blockAt(last.branchTarget()));
            } else if (last.isBranch()) {
                if (last.isConditionalBranch()) {
                    addFallThrough(block, next, targets);
                }
                targets.add(blockAt(last.branchTarget()));
            } else if (last.isSwitch()) {
                targets.add(blockAt(last.defaultTarget()));
                for (int c = 0; c < last.caseCount(); c++) {
                    targets.add(blockAt(last.caseTarget(c)));
                }
            } else if (last.canFallThrough()) {
                addFallThrough(block, next, targets);
            }
            block.successors = targets.toArray();
            targets.clear();
            for (ExceptionHandler handler : handlers) {
                if (handler.covers(block.startOffset())) {
                    BasicBlock entry = blockAt(handler.handlerPc());
                    entry.handlerEntry = true;
                    targets.add(entry);
                }
            }
            block.handlers = targets.toArray();
        }
    }

    private static void addFallThrough(BasicBlock block, BasicBlock next, BlockList targets) {
        if (next == null) {
            block.fallsOffEnd = true;
        } else {
            targets.add(next);
        }
    }

    private void linkPredecessors() {
        int[] counts = new int[blocks.length];
        for (BasicBlock block : blocks) {
            for (BasicBlock successor : block.successors) {
                counts[successor.index()]++;
            }
            for (BasicBlock handler : block.handlers) {
                if (!block.hasSuccessor(handler)) {
                    counts[handler.index()]++;
                }
            }
        }
        for (BasicBlock block : blocks) {
            block.predecessors = new BasicBlock[counts[block.index()]];
            counts[block.index()] = 0;
        }
        for (BasicBlock block : blocks) {
            for (BasicBlock successor : block.successors) {
                successor.predecessors[counts[successor.index()]++] = block;
            }
            for (BasicBlock handler : block.handlers) {
                if (!block.hasSuccessor(handler)) {
                    handler.predecessors[counts[handler.index()]++] = block;
                }
            }
        }
    }

    /** The decoded code the graph was built from. */
    public InstructionList code() {
        return code;
    }

    /** The number of exception-table entries. */
    public int exceptionHandlerCount() {
        return handlers.length;
    }

    /** Exception-table entry {@code i}, in table order. */
    public ExceptionHandler exceptionHandler(int i) {
        return handlers[i];
    }

    public int blockCount() {
        return blocks.length;
    }

    /** Block {@code index}; block 0 is the entry block. */
    public BasicBlock block(int index) {
        return blocks[index];
    }

    /** The block containing instruction {@code instructionIndex}. */
    public BasicBlock blockOfInstruction(int instructionIndex) {
        return blocks[blockOfInstruction[instructionIndex]];
    }

    /** The block containing the instruction that starts at {@code offset}. */
    public BasicBlock blockAt(int offset) {
        int index = code.indexOf(offset);
        if (index < 0) {
            throw new IllegalArgumentException(code.method() + ": no instruction starts at offset " + offset);
        }
        return blocks[blockOfInstruction[index]];
    }

    public int subroutineCount() {
        return subroutines.length;
    }

    /** Subroutine {@code index}, in order of entry offset. */
    public Subroutine subroutine(int index) {
        return subroutines[index];
    }

    /** The subroutine whose entry is {@code block}, or null if it is none's. */
    public Subroutine subroutineAt(BasicBlock block) {
        for (Subroutine subroutine : subroutines) {
            if (subroutine.entry() == block) {
                return subroutine;
            }
        }
        return null;
    }

    /** The subroutine the {@code ret} at instruction index {@code retIndex} belongs to, or null if none. */
    public Subroutine ownerOfRet(int retIndex) {
        return retOwners[retIndex];
    }

    void setRetOwner(int retIndex, Subroutine owner) {
        retOwners[retIndex] = owner;
    }

    BytecodeException error(int offset, String problem) {
        return new BytecodeException(code.method(), offset, problem);
    }
}
