package org.eremite.vm.compiler.baseline;

import org.eremite.vm.asm.Label;

/**
 * Comparisons and branches (JVMS 6.5 {@code lcmp} .. {@code if_acmpne}, {@code goto}, {@code jsr}, {@code ret},
 * {@code ifnull}, {@code ifnonnull}). Targets are the labels the framework binds at block starts.
 */
public interface BranchTemplates {
    void lcmp();

    /** {@code fcmpl} (NaN gives -1) and {@code fcmpg} (NaN gives 1). */
    void fcmp(boolean nanIsGreater);

    /** {@code dcmpl} and {@code dcmpg}. */
    void dcmp(boolean nanIsGreater);

    /** {@code ifeq} .. {@code ifle}: compares the int on top of the stack with 0. */
    void ifZero(Comparison comparison, Label target);

    /** {@code if_icmpeq} .. {@code if_icmple}. */
    void ifIntCompare(Comparison comparison, Label target);

    /** {@code if_acmpeq} ({@code equal}) and {@code if_acmpne}. */
    void ifReferenceCompare(boolean equal, Label target);

    /** {@code ifnull} ({@code isNull}) and {@code ifnonnull}. */
    void ifNull(boolean isNull, Label target);

    /** {@code goto} and {@code goto_w}. */
    void goto_(Label target);

    /** {@code jsr} and {@code jsr_w}: pushes the address of {@code returnPoint} and jumps to {@code target}. */
    void jsr(Label target, Label returnPoint);

    /** {@code ret}: jumps to the return address held in {@code local}. */
    void ret(int local);
}
