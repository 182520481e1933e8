package org.eremite.vm.compiler.analysis;

import org.eremite.vm.classfile.ConstantPool;
import org.eremite.vm.classfile.ConstantTag;
import org.eremite.vm.classfile.MemberRef;
import org.eremite.vm.classfile.MethodDescriptor;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.bytecode.BytecodeException;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.Opcodes;

/**
 * The constant-pool operands of instructions, looked up with the static constraints of JVMS 4.9.1 on them: the
 * entry's tag fits the instruction, {@code ldc2_w} and only {@code ldc2_w} loads a long or double, {@code new}
 * names no array class, {@code multianewarray} creates no more dimensions than its class has, and only
 * {@code invokespecial} calls {@code <init>}. A problem the pool reports ({@code ClassFormatException}, a bad
 * index or tag) becomes a {@link BytecodeException} at the instruction, with the pool's message.
 */
final class ConstantPoolOperands {
    private final ConstantPool pool;
    private final String method;

    ConstantPoolOperands(ConstantPool pool, String method) {
        this.pool = pool;
        this.method = method;
    }

    /** The kind code {@code ldc}, {@code ldc_w} or {@code ldc2_w} pushes (JVMS 6.5 ldc, 4.4 Table 4.4-C). */
    short loadedKind(Instruction instruction) {
        TypeKind kind;
        try {
            kind = pool.loadableKind(instruction.constantIndex());
        } catch (RuntimeException e) {
            throw poolError(instruction, e);
        }
        short code = FrameInterpreter.codeOf(kind);
        boolean wideConstant = instruction.opcode() == Opcodes.LDC2_W;
        if (Kinds.isTwoSlot(code) != wideConstant) {
            throw error(instruction, instruction.name() + " cannot load the " + Kinds.name(code) + " constant #"
                    + instruction.constantIndex() + (wideConstant ? " (ldc2_w loads only long and double)"
                            : " (a long or double needs ldc2_w)"));
        }
        return code;
    }

    /**
     * The class named by {@code new}, {@code anewarray}, {@code checkcast}, {@code instanceof} or
     * {@code multianewarray}, checked against the instruction.
     */
    String className(Instruction instruction) {
        String name;
        try {
            name = pool.className(instruction.constantIndex());
        } catch (RuntimeException e) {
            throw poolError(instruction, e);
        }
        if (instruction.opcode() == Opcodes.NEW && name.startsWith("[")) {
            throw error(instruction, "new names the array class " + name + " (JVMS 4.9.1)");
        }
        if (instruction.opcode() == Opcodes.MULTIANEWARRAY) {
            int arrayDimensions = 0;
            while (arrayDimensions < name.length() && name.charAt(arrayDimensions) == '[') {
                arrayDimensions++;
            }
            if (instruction.dimensions() > arrayDimensions) {
                throw error(instruction, "multianewarray creates " + instruction.dimensions() + " dimensions of "
                        + name + ", which has " + arrayDimensions + " (JVMS 4.9.1)");
            }
        }
        return name;
    }

    /** The kind code of the field {@code getstatic}, {@code putstatic}, {@code getfield} or {@code putfield} names. */
    short fieldKind(Instruction instruction) {
        int index = instruction.constantIndex();
        try {
            MemberRef field = pool.memberRef(index);
            if (pool.tag(index) != ConstantTag.FIELDREF) {
                throw wrongTag(instruction, "CONSTANT_Fieldref");
            }
            MethodDescriptor.checkFieldDescriptor(field.descriptor());
            return FrameInterpreter.codeOf(TypeKind.ofDescriptor(field.descriptor()));
        } catch (BytecodeException e) {
            throw e;
        } catch (RuntimeException e) {
            throw poolError(instruction, e);
        }
    }

    /**
     * The descriptor of the method an invoke instruction calls. The static constraints (JVMS 4.9.1):
     * invokevirtual needs a Methodref, invokeinterface an InterfaceMethodref, invokespecial and invokestatic a
     * Methodref, or from version 52 on either; invokedynamic an InvokeDynamic; only invokespecial may call
     * {@code <init>}, and nothing calls {@code <clinit>}; invokeinterface's count is the argument slots plus one
     * (JVMS 6.5 invokeinterface).
     */
    MethodDescriptor invokedMethod(Instruction instruction) {
        int opcode = instruction.opcode();
        int index = instruction.constantIndex();
        String descriptor;
        try {
            if (opcode == Opcodes.INVOKEDYNAMIC) {
                if (pool.tag(index) != ConstantTag.INVOKE_DYNAMIC) {
                    throw wrongTag(instruction, "CONSTANT_InvokeDynamic");
                }
                descriptor = pool.dynamic(index).descriptor();
            } else {
                MemberRef callee = pool.memberRef(index);
                checkMethodRef(instruction, callee);
                descriptor = callee.descriptor();
            }
        } catch (BytecodeException e) {
            throw e;
        } catch (RuntimeException e) {
            throw poolError(instruction, e);
        }
        MethodDescriptor parsed = parseDescriptor(method, descriptor, instruction.offset());
        if (opcode == Opcodes.INVOKEINTERFACE && instruction.count() != parsed.parameterSlots() + 1) {
            throw error(instruction, "invokeinterface has count " + instruction.count() + ", but " + descriptor
                    + " with the receiver takes " + (parsed.parameterSlots() + 1)
                    + " slots (JVMS 6.5 invokeinterface)");
        }
        return parsed;
    }

    private void checkMethodRef(Instruction instruction, MemberRef callee) {
        int opcode = instruction.opcode();
        int tag = pool.tag(instruction.constantIndex());
        boolean interfaceMethodAllowed = pool.majorVersion() >= 52;
        boolean ok;
        switch (opcode) {
            case Opcodes.INVOKEVIRTUAL:
                ok = tag == ConstantTag.METHODREF;
                break;
            case Opcodes.INVOKEINTERFACE:
                ok = tag == ConstantTag.INTERFACE_METHODREF;
                break;
            default:
                ok = tag == ConstantTag.METHODREF || (tag == ConstantTag.INTERFACE_METHODREF && interfaceMethodAllowed);
                break;
        }
        if (!ok) {
            throw wrongTag(instruction, opcode == Opcodes.INVOKEINTERFACE ? "CONSTANT_InterfaceMethodref"
                    : opcode == Opcodes.INVOKEVIRTUAL || !interfaceMethodAllowed ? "CONSTANT_Methodref"
                            : "CONSTANT_Methodref or CONSTANT_InterfaceMethodref");
        }
        String name = callee.name();
        if (name.startsWith("<") && !(opcode == Opcodes.INVOKESPECIAL && name.equals("<init>"))) {
            throw error(instruction, instruction.name() + " cannot invoke " + callee + " (JVMS 4.9.1)");
        }
    }

    /** Parses a method descriptor; a malformed one is reported at {@code offset} (-1 for the method's own). */
    static MethodDescriptor parseDescriptor(String method, String descriptor, int offset) {
        try {
            return MethodDescriptor.parse(descriptor);
        } catch (IllegalArgumentException e) {
            throw new BytecodeException(method, offset, e.getMessage(), e);
        }
    }

    private BytecodeException wrongTag(Instruction instruction, String expected) {
        int index = instruction.constantIndex();
        return error(instruction, instruction.name() + " needs a " + expected + ", #" + index + " is "
                + ConstantTag.name(pool.tag(index)) + " (JVMS 4.9.1)");
    }

    private BytecodeException poolError(Instruction instruction, RuntimeException e) {
        return new BytecodeException(method, instruction.offset(), instruction.name() + ": " + e.getMessage(), e);
    }

    private BytecodeException error(Instruction instruction, String problem) {
        return new BytecodeException(method, instruction.offset(), problem);
    }
}
