package org.eremite.vm.compiler.npe;

import org.eremite.vm.classfile.ConstantPool;
import org.eremite.vm.classfile.MemberRef;
import org.eremite.vm.classfile.MethodDescriptor;
import org.eremite.vm.classfile.Names;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.Opcodes;

/**
 * The instructions that raise a NullPointerException themselves when a reference operand is null, which operand
 * that is, and the first half of HotSpot's message: what could not be done ({@code Cannot read field "name"}).
 */
final class FailedAction {
    /** The null operand's slot for an instruction that cannot raise an implicit NullPointerException. */
    static final int NONE = -1;

    private FailedAction() {
    }

    /**
     * The operand-stack slot (0 is the top) of the reference whose being null makes {@code insn} throw, or
     * {@link #NONE} if it cannot throw an implicit NullPointerException. A call of a constructor counts as
     * unable to: its receiver is never null in verified code, and HotSpot uses the rule to give no message to an
     * exception made by {@code new NullPointerException()}, whose top frame is at that call.
     */
    static int nullSlot(Instruction insn, ConstantPool pool) {
        switch (insn.opcode()) {
            case Opcodes.GETFIELD:
            case Opcodes.ARRAYLENGTH:
            case Opcodes.ATHROW:
            case Opcodes.MONITORENTER:
            case Opcodes.MONITOREXIT:
                return 0;
            case Opcodes.IALOAD:
            case Opcodes.LALOAD:
            case Opcodes.FALOAD:
            case Opcodes.DALOAD:
            case Opcodes.AALOAD:
            case Opcodes.BALOAD:
            case Opcodes.CALOAD:
            case Opcodes.SALOAD:
                return 1;
            case Opcodes.IASTORE:
            case Opcodes.FASTORE:
            case Opcodes.AASTORE:
            case Opcodes.BASTORE:
            case Opcodes.CASTORE:
            case Opcodes.SASTORE:
                return 2;
            case Opcodes.LASTORE:
            case Opcodes.DASTORE:
                return 3;
            case Opcodes.PUTFIELD:
                return TypeKind.ofDescriptor(pool.memberRef(insn.constantIndex()).descriptor()).slots();
            case Opcodes.INVOKEVIRTUAL:
            case Opcodes.INVOKESPECIAL:
            case Opcodes.INVOKEINTERFACE: {
                MemberRef method = pool.memberRef(insn.constantIndex());
                if (method.name().equals(Names.INSTANCE_INITIALIZER)) {
                    return NONE;
                }
                return MethodDescriptor.parse(method.descriptor()).parameterSlots();
            }
            default:
                return NONE;
        }
    }

    /** What {@code insn}, one with a {@link #nullSlot}, could not do. */
    static String describe(Instruction insn, ConstantPool pool) {
        switch (insn.opcode()) {
            case Opcodes.IALOAD:
                return "Cannot load from int array";
            case Opcodes.FALOAD:
                return "Cannot load from float array";
            case Opcodes.AALOAD:
                return "Cannot load from object array";
            case Opcodes.BALOAD:
                return "Cannot load from byte/boolean array";
            case Opcodes.CALOAD:
                return "Cannot load from char array";
            case Opcodes.SALOAD:
                return "Cannot load from short array";
            case Opcodes.LALOAD:
                return "Cannot load from long array";
            case Opcodes.DALOAD:
                return "Cannot load from double array";
            case Opcodes.IASTORE:
                return "Cannot store to int array";
            case Opcodes.FASTORE:
                return "Cannot store to float array";
            case Opcodes.AASTORE:
                return "Cannot store to object array";
            case Opcodes.BASTORE:
                return "Cannot store to byte/boolean array";
            case Opcodes.CASTORE:
                return "Cannot store to char array";
            case Opcodes.SASTORE:
                return "Cannot store to short array";
            case Opcodes.LASTORE:
                return "Cannot store to long array";
            case Opcodes.DASTORE:
                return "Cannot store to double array";
            case Opcodes.ARRAYLENGTH:
                return "Cannot read the array length";
            case Opcodes.ATHROW:
                return "Cannot throw exception";
            case Opcodes.MONITORENTER:
                return "Cannot enter synchronized block";
            case Opcodes.MONITOREXIT:
                return "Cannot exit synchronized block";
            case Opcodes.GETFIELD:
                return "Cannot read field \"" + pool.memberRef(insn.constantIndex()).name() + "\"";
            case Opcodes.PUTFIELD:
                return "Cannot assign field \"" + pool.memberRef(insn.constantIndex()).name() + "\"";
            default: // invokevirtual, invokespecial, invokeinterface
                return "Cannot invoke \"" + ExternalNames.method(pool.memberRef(insn.constantIndex())) + "\"";
        }
    }
}
