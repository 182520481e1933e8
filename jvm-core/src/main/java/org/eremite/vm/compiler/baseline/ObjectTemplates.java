package org.eremite.vm.compiler.baseline;

import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.baseline.CompilationContext.InitializationBarrier;

/**
 * Allocation, type checks and monitors (JVMS 6.5 {@code new}, {@code newarray}, {@code anewarray},
 * {@code multianewarray}, {@code checkcast}, {@code instanceof}, {@code monitorenter}, {@code monitorexit}).
 * Hubs are symbols from the context; the slow paths are runtime entries.
 */
public interface ObjectTemplates {
    void new_(String hubSymbol, InitializationBarrier barrier);

    /** {@code newarray} of {@code elementKind}; {@code hubSymbol} is the array class's hub. */
    void newarray(TypeKind elementKind, String hubSymbol);

    /** {@code anewarray}; {@code hubSymbol} is the hub of the array class created. */
    void anewarray(String hubSymbol);

    void multianewarray(String hubSymbol, int dimensions);

    void checkcast(String hubSymbol);

    void instanceof_(String hubSymbol);

    void monitorenter();

    void monitorexit();
}
