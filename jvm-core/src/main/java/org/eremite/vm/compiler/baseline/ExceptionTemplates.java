package org.eremite.vm.compiler.baseline;

import org.eremite.vm.classfile.TypeKind;

/**
 * Leaving a method: {@code athrow} ({@link RuntimeEntry#THROW}) and the returns (JVMS 6.5 {@code ireturn} ..
 * {@code return}), which exit the monitor of a synchronized method first.
 */
public interface ExceptionTemplates {
    void athrow();

    /** {@code ireturn}, {@code lreturn}, {@code freturn}, {@code dreturn}, {@code areturn}: {@code kind} is INT .. REFERENCE. */
    void returnValue(TypeKind kind);

    /** {@code return}. */
    void returnVoid();
}
