package org.eremite.vm.compiler.baseline;

import org.eremite.vm.compiler.baseline.CompilationContext.InitializationBarrier;
import org.eremite.vm.compiler.baseline.CompilationContext.InstanceField;
import org.eremite.vm.compiler.baseline.CompilationContext.StaticField;

/**
 * Field access (JVMS 6.5 {@code getstatic} .. {@code putfield}). Instance field access null-checks the object:
 * implicitly (a load or store at a small offset faults on the unmapped page 0, and the template records the pc
 * with {@link MethodCompilation#implicitNullCheck}) or explicitly where the offset could reach past that page.
 * A static access is preceded by the class's initialization barrier when the context asks for one.
 */
public interface FieldTemplates {
    void getstatic(StaticField field, InitializationBarrier barrier);

    void putstatic(StaticField field, InitializationBarrier barrier);

    void getfield(InstanceField field);

    void putfield(InstanceField field);
}
