package org.eremite.vm.compiler.baseline;

import java.util.ArrayList;
import java.util.List;

import org.eremite.vm.classfile.AccessFlags;
import org.eremite.vm.classfile.CodeAttribute;
import org.eremite.vm.classfile.MethodDescriptor;
import org.eremite.vm.compiler.analysis.FrameAnalysis;
import org.eremite.vm.compiler.analysis.SlotKind;
import org.eremite.vm.compiler.analysis.TypeState;
import org.eremite.vm.compiler.bytecode.Instruction;

/**
 * One method while it is compiled: what the templates may ask about it (its names, frame, analysis, the current
 * instruction and stack depth) and the recorder of the tables the runtime needs (GC maps at call sites, implicit
 * null checks, the machine offset of every instruction).
 */
public final class MethodCompilation {
    private final String owner;
    private final String name;
    private final String descriptor;
    private final MethodDescriptor parsedDescriptor;
    private final int accessFlags;
    private final CodeAttribute code;
    private final FrameAnalysis analysis;
    private final FrameLayout frame;
    private final String symbol;
    private final boolean checksStackLimit;
    private final IntList instructionStarts = new IntList();
    private final IntList instructionOffsets = new IntList();
    private final IntList implicitNullChecks = new IntList();
    private final List<CompiledMethod.GcMap> gcMaps = new ArrayList<>();
    private Instruction current;
    private int depth;
    private TypeState state;

    MethodCompilation(String owner, String name, MethodDescriptor descriptor, int accessFlags, CodeAttribute code,
            FrameAnalysis analysis, String symbol, boolean checksStackLimit) {
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor.descriptor();
        this.parsedDescriptor = descriptor;
        this.accessFlags = accessFlags;
        this.code = code;
        this.analysis = analysis;
        this.symbol = symbol;
        this.checksStackLimit = checksStackLimit;
        this.frame = new FrameLayout(descriptor, isStatic(), code.maxLocals(), analysis.maxStackDepth(),
                isSynchronized());
    }

    /** The internal name of the method's class. */
    public String owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String descriptor() {
        return descriptor;
    }

    public MethodDescriptor methodDescriptor() {
        return parsedDescriptor;
    }

    public boolean isStatic() {
        return (accessFlags & AccessFlags.ACC_STATIC) != 0;
    }

    public boolean isSynchronized() {
        return (accessFlags & AccessFlags.ACC_SYNCHRONIZED) != 0;
    }

    /** The method as messages name it: {@code java/lang/String.indexOf(II)I}. */
    public String description() {
        return owner + "." + name + descriptor;
    }

    /** The symbol of the method's entry. */
    public String symbol() {
        return symbol;
    }

    /**
     * Whether the prologue compares the stack pointer with the stack limit ({@link SymbolNames#STACK_LIMIT}):
     * every method does but the one that implements {@link RuntimeEntry#THROW_STACK_OVERFLOW}, which is entered
     * below the limit and would otherwise enter itself again.
     */
    public boolean checksStackLimit() {
        return checksStackLimit;
    }

    public FrameLayout frame() {
        return frame;
    }

    public FrameAnalysis analysis() {
        return analysis;
    }

    public CodeAttribute code() {
        return code;
    }

    /** The instruction being compiled; null in the prologue. */
    public Instruction instruction() {
        return current;
    }

    /** The operand-stack depth in slots before the current instruction (0 in the prologue). */
    public int depth() {
        return depth;
    }

    /** The frame offset of the stack slot {@code fromTop} slots below the top (0 is the top slot). */
    public int top(int fromTop) {
        return frame.stackOffset(depth - 1 - fromTop);
    }

    /** The frame offset of stack slot {@code depth() + n}: where the current instruction pushes its n-th slot. */
    public int above(int n) {
        return frame.stackOffset(depth + n);
    }

    /** Called by the compiler before each instruction's emitter, with the machine offset its code starts at. */
    void beginInstruction(Instruction instruction, int machineOffset) {
        current = instruction;
        depth = analysis.stackDepth(instruction.offset());
        state = null;
        instructionStarts.add(machineOffset);
        instructionOffsets.add(instruction.offset());
    }

    /** Called by the compiler for an instruction that produced no code (nop): drops its line-map entry. */
    void emptyInstruction(int machineOffset) {
        if (instructionStarts.size() > 0 && instructionStarts.last() == machineOffset) {
            instructionStarts.removeLast();
            instructionOffsets.removeLast();
        }
    }

    private TypeState state() {
        if (state == null) {
            state = current == null ? analysis.stateAt(0) : analysis.stateAt(current.offset());
        }
        return state;
    }

    /**
     * Records the GC map of a call whose return address is at {@code returnOffset}: the reference locals, the
     * reference stack slots below {@code liveDepth} (the stack as the callee leaves it, without the arguments it
     * consumed), and the lock slot of a synchronized method.
     */
    public void callSite(int returnOffset, int liveDepth) {
        TypeState s = state();
        long[] bits = new long[(frame.slotCount() + 63) >>> 6];
        for (int i = 0; i < s.localCount(); i++) {
            if (s.local(i) == SlotKind.REFERENCE) {
                bits[i >>> 6] |= 1L << (i & 63);
            }
        }
        int live = Math.min(liveDepth, s.stackDepth());
        for (int j = 0; j < live; j++) {
            if (s.stack(j) == SlotKind.REFERENCE) {
                int slot = frame.stackFrameSlot(j);
                bits[slot >>> 6] |= 1L << (slot & 63);
            }
        }
        if (frame.hasLockSlot()) {
            int slot = frame.lockSlot();
            bits[slot >>> 6] |= 1L << (slot & 63);
        }
        int bytecodeOffset = current == null ? -1 : current.offset();
        gcMaps.add(new CompiledMethod.GcMap(returnOffset, bytecodeOffset, bits));
    }

    /** Records the GC map of a runtime call that consumes nothing: every slot of the current frame is live. */
    public void runtimeCallSite(int returnOffset) {
        callSite(returnOffset, depth);
    }

    /** Records that the instruction at {@code pc} relies on page 0 faulting for a null reference. */
    public void implicitNullCheck(int pc) {
        implicitNullChecks.add(pc);
    }

    int[] instructionStarts() {
        return instructionStarts.toArray();
    }

    int[] instructionOffsets() {
        return instructionOffsets.toArray();
    }

    int[] implicitNullChecks() {
        int[] pcs = implicitNullChecks.toArray();
        java.util.Arrays.sort(pcs);
        return pcs;
    }

    List<CompiledMethod.GcMap> gcMaps() {
        return gcMaps;
    }
}
