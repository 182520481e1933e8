package org.eremite.vm.compiler.baseline;

import java.util.List;

import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.Relocation;

/**
 * An ISA's baseline code templates: one emitter per bytecode (grouped by concern in the interfaces this one
 * extends) and the method's frame. One object compiles one method: {@link BaselineCompiler} calls
 * {@link #prologue()}, then for each reachable instruction in code order {@link #bind} for a block start,
 * {@link MethodCompilation#beginInstruction} and the instruction's emitter, and last {@link #finishCode()}.
 */
public interface BaselineTemplates extends LocalTemplates, ArithmeticTemplates, ConversionTemplates,
        BranchTemplates, SwitchTemplates, FieldTemplates, ArrayTemplates, InvocationTemplates, ObjectTemplates,
        ExceptionTemplates, MagicTemplates {
    /**
     * The method entry: builds the frame, checks the stack limit ({@link MethodCompilation#checksStackLimit()};
     * below it, the frame is taken down and {@link RuntimeEntry#THROW_STACK_OVERFLOW} is jumped to, from out-of-line
     * code that {@link #finishCode()} places after the last instruction), stores the arguments in their local homes,
     * enters the monitor.
     */
    void prologue();

    /** The offset of the next byte of code. */
    int position();

    /** Binds a label (a block start, or a return point of a {@code jsr}) here. */
    void bind(Label label);

    /** The finished code, with the out-of-line code the templates deferred placed after the last instruction. */
    byte[] finishCode();

    /** The relocations of the finished code. */
    List<Relocation> relocations();

    /** The listing of the code in the ISA's GNU as syntax, or null if listing was not enabled. */
    String listing();
}
