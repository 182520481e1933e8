package org.eremite.vm.compiler.npe;

import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.CodeAttribute;
import org.eremite.vm.classfile.ConstantPool;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.InstructionList;

/**
 * The message HotSpot 17 gives a NullPointerException that an instruction raises itself (JEP 358 "helpful
 * NullPointerExceptions"), e.g. {@code Cannot invoke "String.length()" because "<local1>" is null}, computed from
 * the method's bytecode alone, word for word as HotSpot computes it for the same class file.
 *
 * <p>One instance per method: it decodes the code once, and {@link #messageAt} can be asked for every
 * instruction. The message of each instruction is independent of run-time state, so the image builder can
 * compute it at build time and store it with the compiled code.
 */
public final class NullPointerMessages {
    /**
     * HotSpot gives no message to an exception whose top frame is in this class, where a NullPointerException
     * created through reflection has its top frame ({@code BytecodeUtils::get_NPE_message_at} excludes the whole
     * class; found by comparing all of java.base).
     */
    private static final String REFLECTIVE_CONSTRUCTOR_CALLER = "jdk/internal/reflect/NativeConstructorAccessorImpl";

    private final boolean silent;
    private final MethodInfo method;
    private final ConstantPool pool;
    private final CodeAttribute attribute;
    private final InstructionList code;

    /**
     * Prepares the messages of {@code method} of {@code classFile}.
     *
     * @throws org.eremite.vm.compiler.bytecode.BytecodeException if the method's code is malformed
     */
    public NullPointerMessages(ClassFile classFile, MethodInfo method) {
        this.silent = classFile.thisClass().equals(REFLECTIVE_CONSTRUCTOR_CALLER);
        this.method = method;
        this.pool = classFile.constantPool();
        this.attribute = method.code();
        this.code = attribute == null ? null
                : InstructionList.decode(classFile.thisClass() + "." + method.name() + method.descriptor(),
                        attribute.code());
    }

    /**
     * The message of a NullPointerException raised by the instruction at {@code bci} of {@code method}, or null
     * when that instruction cannot raise one itself or HotSpot gives it no message (a constructor call, where
     * only {@code new NullPointerException()} stops; a method of {@code NativeConstructorAccessorImpl}; a method
     * without code).
     *
     * @throws IllegalArgumentException if no instruction starts at {@code bci}
     */
    public static String of(ClassFile classFile, MethodInfo method, int bci) {
        return new NullPointerMessages(classFile, method).messageAt(bci);
    }

    /** True if the instruction at {@code bci} raises a NullPointerException when its reference operand is null. */
    public boolean canThrow(int bci) {
        return code != null && FailedAction.nullSlot(instructionAt(bci), pool) != FailedAction.NONE;
    }

    /**
     * The message for the instruction at {@code bci}, as {@link #of}.
     *
     * @throws IllegalArgumentException if no instruction starts at {@code bci}
     */
    public String messageAt(int bci) {
        if (code == null) {
            return null;
        }
        Instruction insn = instructionAt(bci);
        if (silent) {
            return null;
        }
        int slot = FailedAction.nullSlot(insn, pool);
        if (slot == FailedAction.NONE) {
            return null;
        }
        StringBuilder message = new StringBuilder(FailedAction.describe(insn, pool));
        StackSimulation simulation = StackSimulation.run(code, attribute.exceptionHandlers(), pool, bci);
        new NullCause(method, pool, code, simulation).append(message, bci, slot);
        return message.toString();
    }

    private Instruction instructionAt(int bci) {
        if (code == null || !code.isInstructionStart(bci)) {
            throw new IllegalArgumentException(method + ": no instruction starts at bytecode offset " + bci);
        }
        return code.get(code.indexOf(bci));
    }
}
