package org.eremite.vm.compiler.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * ASM's {@link Analyzer} with {@link BasicInterpreter} as the oracle for one method: the frame before each real
 * instruction (null where unreachable), and every control-flow edge it followed, normal and exceptional.
 *
 * <p>The mapping from ASM's values to {@link SlotKind}s:
 * <ul>
 *   <li>{@code INT_VALUE}, {@code FLOAT_VALUE}, {@code LONG_VALUE}, {@code DOUBLE_VALUE}, {@code REFERENCE_VALUE}
 *       and {@code RETURNADDRESS_VALUE} are INT, FLOAT, LONG, DOUBLE, REFERENCE and RETURN_ADDRESS;</li>
 *   <li>on the stack ASM keeps one value per long or double, which is two slots, LONG then LONG_2ND (DOUBLE then
 *       DOUBLE_2ND);</li>
 *   <li>in the locals ASM puts {@code UNINITIALIZED_VALUE} both after a long or double and where nothing usable
 *       is: the first is LONG_2ND or DOUBLE_2ND, the second TOP;</li>
 *   <li>a null frame is an unreachable instruction.</li>
 * </ul>
 */
final class AsmFrames {
    /** The real instructions, in order. */
    final List<AbstractInsnNode> instructions = new ArrayList<>();
    /** The frame before each real instruction, null if unreachable. */
    final List<Frame<BasicValue>> frames = new ArrayList<>();
    /** Normal edges between real instruction indices, as {@code from << 32 | to}. */
    final Set<Long> normalEdges = new HashSet<>();
    /** Exception edges from a real instruction to a handler's first real instruction. */
    final Set<Long> exceptionEdges = new HashSet<>();

    AsmFrames(String owner, MethodNode method) throws AnalyzerException {
        int size = method.instructions.size();
        // The real instruction at or after each index of ASM's list (a label is where its next instruction is).
        int[] realIndex = new int[size + 1];
        AbstractInsnNode[] all = method.instructions.toArray();
        for (AbstractInsnNode insn : all) {
            if (insn.getOpcode() >= 0) {
                instructions.add(insn);
            }
        }
        int next = instructions.size();
        for (int i = size - 1; i >= 0; i--) {
            if (all[i].getOpcode() >= 0) {
                next--;
            }
            realIndex[i] = next;
        }
        Set<Long> normal = new HashSet<>();
        Set<Long> exceptional = new HashSet<>();
        Analyzer<BasicValue> analyzer = new Analyzer<>(new BasicInterpreter()) {
            @Override
            protected void newControlFlowEdge(int insn, int successor) {
                normal.add(edge(insn, successor));
            }

            @Override
            protected boolean newControlFlowExceptionEdge(int insn, int successor) {
                exceptional.add(edge(insn, successor));
                return true;
            }
        };
        Frame<BasicValue>[] asmFrames = analyzer.analyze(owner, method);
        for (int i = 0; i < size; i++) {
            if (all[i].getOpcode() >= 0) {
                frames.add(asmFrames[i]);
            }
        }
        // ASM also steps through labels, line numbers and frames, with edges of their own: only edges from real
        // instructions count.
        for (long e : normal) {
            if (all[(int) (e >>> 32)].getOpcode() >= 0) {
                normalEdges.add(edge(realIndex[(int) (e >>> 32)], realIndex[(int) e]));
            }
        }
        for (long e : exceptional) {
            if (all[(int) (e >>> 32)].getOpcode() >= 0) {
                exceptionEdges.add(edge(realIndex[(int) (e >>> 32)], realIndex[(int) e]));
            }
        }
    }

    static long edge(int from, int to) {
        return ((long) from << 32) | to;
    }

    /** The kind ASM's frame gives local {@code local}. */
    static SlotKind local(Frame<BasicValue> frame, int local) {
        BasicValue value = frame.getLocal(local);
        if (value == BasicValue.UNINITIALIZED_VALUE || value == null) {
            BasicValue before = local > 0 ? frame.getLocal(local - 1) : null;
            if (before == BasicValue.LONG_VALUE) {
                return SlotKind.LONG_2ND;
            }
            if (before == BasicValue.DOUBLE_VALUE) {
                return SlotKind.DOUBLE_2ND;
            }
            return SlotKind.TOP;
        }
        return kindOf(value);
    }

    /** ASM's operand stack as slots, bottom first. */
    static List<SlotKind> stack(Frame<BasicValue> frame) {
        List<SlotKind> slots = new ArrayList<>();
        for (int i = 0; i < frame.getStackSize(); i++) {
            BasicValue value = frame.getStack(i);
            SlotKind kind = value == BasicValue.UNINITIALIZED_VALUE ? SlotKind.TOP : kindOf(value);
            slots.add(kind);
            if (kind == SlotKind.LONG) {
                slots.add(SlotKind.LONG_2ND);
            } else if (kind == SlotKind.DOUBLE) {
                slots.add(SlotKind.DOUBLE_2ND);
            }
        }
        return slots;
    }

    private static SlotKind kindOf(BasicValue value) {
        if (value == BasicValue.INT_VALUE) {
            return SlotKind.INT;
        }
        if (value == BasicValue.FLOAT_VALUE) {
            return SlotKind.FLOAT;
        }
        if (value == BasicValue.LONG_VALUE) {
            return SlotKind.LONG;
        }
        if (value == BasicValue.DOUBLE_VALUE) {
            return SlotKind.DOUBLE;
        }
        if (value == BasicValue.RETURNADDRESS_VALUE) {
            return SlotKind.RETURN_ADDRESS;
        }
        if (value.isReference()) {
            return SlotKind.REFERENCE;
        }
        throw new IllegalArgumentException("unexpected ASM value " + value);
    }
}
