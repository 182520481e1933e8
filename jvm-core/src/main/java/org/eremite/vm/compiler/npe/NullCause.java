package org.eremite.vm.compiler.npe;

import org.eremite.vm.classfile.ConstantPool;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.InstructionList;
import org.eremite.vm.compiler.bytecode.Opcodes;

/**
 * The second half of HotSpot's message: {@code because "a.b[i]" is null}, a Java-like expression for the value
 * that was null, built backwards from the instruction that pushed it (HotSpot's {@code print_NPE_cause0}).
 *
 * <p>Only some pushers can be described: local loads ({@code aload}, {@code iload} for an index), the constants
 * {@code aconst_null}, {@code iconst}, {@code bipush} and {@code sipush}, {@code getstatic}, {@code getfield},
 * {@code aaload} and {@code iaload}, and calls. A field's receiver and an array reference are described
 * recursively, five levels deep at most; beyond that, or where a pusher is ambiguous or not describable, a field
 * goes without its receiver, an array becomes {@code <array>} and an index {@code ...}. An index does not use up
 * a level. A call is described by the method it calls; at the top it reads {@code because the return value of
 * "C.m()" is null}.
 *
 * <p>Where the null value's pusher is unknown (the paths that join disagree, or the simulation gave the
 * instruction no stack) there is no because-part. Where it is known but cannot be described ({@code new},
 * {@code invokedynamic}, the start of a handler), HotSpot has already written {@code because "}, and the message
 * ends there: that quirk is kept, as is {@code sipush} printing its operand as an unsigned 16-bit number.
 */
final class NullCause {
    /** HotSpot's {@code _max_cause_detail}: how many levels of an expression are described. */
    private static final int MAX_DETAIL = 5;

    private final MethodInfo method;
    private final ConstantPool pool;
    private final InstructionList code;
    private final StackSimulation simulation;

    NullCause(MethodInfo method, ConstantPool pool, InstructionList code, StackSimulation simulation) {
        this.method = method;
        this.pool = pool;
        this.code = code;
        this.simulation = simulation;
    }

    /** Appends the because-part for slot {@code slot} before the instruction at {@code offset}, if there is one. */
    void append(StringBuilder message, int offset, int slot) {
        if (describe(message, offset, slot, MAX_DETAIL, false, true)) {
            message.append("\" is null");
        }
    }

    /**
     * Appends an expression for the value in {@code slot} before the instruction at {@code offset}; true if it
     * did. {@code inner} marks an array index, where a call is described without "the return value of";
     * {@code top} marks the outermost level, which opens the because-part.
     */
    private boolean describe(StringBuilder out, int offset, int slot, int detail, boolean inner, boolean top) {
        if (detail <= 0) {
            return false;
        }
        SimulatedStack stack = simulation.stackAt(offset);
        if (stack == null || !stack.hasSlot(slot)) {
            return false;
        }
        int source = stack.pusher(slot);
        if (source == SimulatedStack.UNKNOWN) {
            return false;
        }
        Instruction pusher = code.at(source);
        int opcode = pusher.opcode();
        boolean call = opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKESPECIAL
                || opcode == Opcodes.INVOKESTATIC || opcode == Opcodes.INVOKEINTERFACE;
        if (top && detail == MAX_DETAIL && !call) {
            out.append(" because \"");
        }
        switch (opcode) {
            case Opcodes.ILOAD:
            case Opcodes.ALOAD:
            case Opcodes.ILOAD_0:
            case Opcodes.ILOAD_1:
            case Opcodes.ILOAD_2:
            case Opcodes.ILOAD_3:
            case Opcodes.ALOAD_0:
            case Opcodes.ALOAD_1:
            case Opcodes.ALOAD_2:
            case Opcodes.ALOAD_3: {
                int local = pusher.localIndex();
                // Whether the slot was written is asked at the consumer, as HotSpot does.
                out.append(LocalNames.name(method, source, local, !stack.wasWritten(local)));
                return true;
            }
            case Opcodes.ACONST_NULL:
                out.append("null");
                return true;
            case Opcodes.ICONST_M1:
            case Opcodes.ICONST_0:
            case Opcodes.ICONST_1:
            case Opcodes.ICONST_2:
            case Opcodes.ICONST_3:
            case Opcodes.ICONST_4:
            case Opcodes.ICONST_5:
                out.append(opcode - Opcodes.ICONST_0);
                return true;
            case Opcodes.BIPUSH:
                out.append(pusher.immediate());
                return true;
            case Opcodes.SIPUSH:
                out.append(pusher.immediate() & 0xFFFF);
                return true;
            case Opcodes.IALOAD:
            case Opcodes.AALOAD:
                if (!describe(out, source, 1, detail - 1, inner, false)) {
                    out.append("<array>");
                }
                out.append('[');
                if (!describe(out, source, 0, detail, true, false)) {
                    out.append("...");
                }
                out.append(']');
                return true;
            case Opcodes.GETSTATIC:
                out.append(ExternalNames.field(pool.memberRef(pusher.constantIndex())));
                return true;
            case Opcodes.GETFIELD:
                if (describe(out, source, 0, detail - 1, inner, false)) {
                    out.append('.');
                }
                out.append(pool.memberRef(pusher.constantIndex()).name());
                return true;
            case Opcodes.INVOKEVIRTUAL:
            case Opcodes.INVOKESPECIAL:
            case Opcodes.INVOKESTATIC:
            case Opcodes.INVOKEINTERFACE:
                if (detail == MAX_DETAIL && !inner) {
                    out.append(" because the return value of \"");
                }
                out.append(ExternalNames.method(pool.memberRef(pusher.constantIndex())));
                return true;
            default:
                return false;
        }
    }
}
