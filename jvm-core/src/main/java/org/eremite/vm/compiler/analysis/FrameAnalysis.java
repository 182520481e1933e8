package org.eremite.vm.compiler.analysis;

import java.util.List;

import org.eremite.vm.classfile.ConstantPool;
import org.eremite.vm.classfile.ExceptionHandler;
import org.eremite.vm.compiler.bytecode.BytecodeException;
import org.eremite.vm.compiler.bytecode.InstructionList;

/**
 * The kinds ({@link SlotKind}) of every local and operand-stack slot before every reachable instruction of one
 * method, with the stack depths and the deepest the stack gets: what a baseline compiler needs to address each
 * operand statically, and what a garbage collector needs to find the references in a frame.
 *
 * <p>The analysis is the type-inference data flow of JVMS 4.10.2 over kinds instead of types (see
 * {@link FrameSolver} for the joins, {@link FrameInterpreter} for each instruction), and it rejects with a
 * {@link BytecodeException} naming the method and the offset what would make those kinds meaningless: malformed
 * code, operands of the wrong kind, stack underflow or overflow past {@code max_stack}, locals past
 * {@code max_locals}, stacks that disagree where control joins, and execution falling off the end of the code.
 * Unreachable instructions have no frame; they are not checked beyond decoding.
 */
public final class FrameAnalysis {
    private final ControlFlowGraph graph;
    private final int maxLocals;
    private final int maxStack;
    private final int stride;
    private final short[] frames;
    private final int[] depths;
    private final int maxDepth;

    private FrameAnalysis(ControlFlowGraph graph, int maxLocals, int maxStack, short[] frames, int[] depths,
            int maxDepth) {
        this.graph = graph;
        this.maxLocals = maxLocals;
        this.maxStack = maxStack;
        this.stride = maxLocals + maxStack;
        this.frames = frames;
        this.depths = depths;
        this.maxDepth = maxDepth;
    }

    /**
     * Decodes and analyzes one method's code.
     *
     * @param pool        the constant pool of the method's class (for {@code ldc}, fields, invocations, classes)
     * @param accessFlags the method's access flags (only {@code ACC_STATIC}, 0x0008, matters)
     * @param owner       the internal name of the method's class, for messages
     * @param name        the method's name, for messages
     * @param descriptor  the method's descriptor: the parameters are the first locals, the return type decides
     *                    which return instruction is allowed
     * @param maxStack    the Code attribute's {@code max_stack}
     * @param maxLocals   the Code attribute's {@code max_locals}
     * @param code        the Code attribute's {@code code} array
     * @param handlers    the Code attribute's exception table, in table order
     * @throws BytecodeException naming {@code owner.name descriptor} and the offset of the first problem found
     */
    public static FrameAnalysis analyze(ConstantPool pool, int accessFlags, String owner, String name,
            String descriptor, int maxStack, int maxLocals, byte[] code, List<ExceptionHandler> handlers) {
        String method = owner + "." + name + descriptor;
        InstructionList instructions = InstructionList.decode(method, code);
        return analyze(pool, accessFlags, descriptor, maxStack, maxLocals, ControlFlowGraph.build(instructions,
                handlers));
    }

    /**
     * Analyzes a method whose control-flow graph is already built; messages name the method as the graph's
     * {@link InstructionList} does.
     */
    public static FrameAnalysis analyze(ConstantPool pool, int accessFlags, String descriptor, int maxStack,
            int maxLocals, ControlFlowGraph graph) {
        String method = graph.code().method();
        if (maxStack < 0 || maxStack > 0xFFFF || maxLocals < 0 || maxLocals > 0xFFFF) {
            throw new BytecodeException(method, -1, "max_stack " + maxStack + " or max_locals " + maxLocals
                    + " is not an unsigned 16-bit value");
        }
        FrameInterpreter interpreter = new FrameInterpreter(pool, method, graph, descriptor, maxLocals, maxStack);
        interpreter.loadEntryFrame(accessFlags, descriptor);
        FrameSolver solver = new FrameSolver(graph, interpreter, maxLocals, maxStack);
        solver.solve();
        return new FrameAnalysis(graph, maxLocals, maxStack, solver.frames, solver.depths, interpreter.frame.maxDepth);
    }

    /** The control-flow graph the analysis ran over. */
    public ControlFlowGraph graph() {
        return graph;
    }

    /** The decoded instructions. */
    public InstructionList code() {
        return graph.code();
    }

    /** The method's {@code max_locals}: every frame has this many locals. */
    public int maxLocals() {
        return maxLocals;
    }

    /** The method's declared {@code max_stack}. */
    public int maxStack() {
        return maxStack;
    }

    /** The deepest the operand stack gets, in slots, over all reachable code: at most {@link #maxStack()}. */
    public int maxStackDepth() {
        return maxDepth;
    }

    private int index(int offset) {
        int index = graph.code().indexOf(offset);
        if (index < 0) {
            throw new IllegalArgumentException(graph.code().method() + ": no instruction starts at offset " + offset);
        }
        return index;
    }

    private int reachedIndex(int offset) {
        int index = index(offset);
        if (depths[index] < 0) {
            throw new IllegalStateException(graph.code().method() + ": the instruction at offset " + offset
                    + " is unreachable and has no frame");
        }
        return index;
    }

    /** True if some path from the method entry reaches the instruction at {@code offset}. */
    public boolean isReachable(int offset) {
        return depths[index(offset)] >= 0;
    }

    /** The operand-stack depth in slots before the instruction at {@code offset}, or -1 if it is unreachable. */
    public int stackDepth(int offset) {
        return depths[index(offset)];
    }

    /** The kind of local {@code local} before the instruction at {@code offset} (which must be reachable). */
    public SlotKind local(int offset, int local) {
        if (local < 0 || local >= maxLocals) {
            throw new IndexOutOfBoundsException("local " + local + " of " + maxLocals);
        }
        return SlotKind.ofCode(frames[reachedIndex(offset) * stride + local]);
    }

    /**
     * The kind of stack slot {@code slot} (0 is the bottom) before the instruction at {@code offset} (which must be
     * reachable).
     */
    public SlotKind stack(int offset, int slot) {
        int index = reachedIndex(offset);
        if (slot < 0 || slot >= depths[index]) {
            throw new IndexOutOfBoundsException("stack slot " + slot + " of " + depths[index]);
        }
        return SlotKind.ofCode(frames[index * stride + maxLocals + slot]);
    }

    /** The frame before the instruction at {@code offset}, or null if it is unreachable. */
    public TypeState stateAt(int offset) {
        int index = index(offset);
        if (depths[index] < 0) {
            return null;
        }
        return new TypeState(frames, index * stride, maxLocals, depths[index]);
    }
}
