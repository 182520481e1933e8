package org.eremite.vm.compiler.baseline;

/** An ISA's baseline compiler back end: it makes the templates that compile one method. */
public interface BaselineBackend {
    /** The ISA's name, as in {@code org.eremite.boot.BootTargets}: {@code x86_64}, {@code aarch64}, {@code riscv64}. */
    String isa();

    /**
     * Templates for one method.
     *
     * @param method  the method being compiled, its frame and the recorder of its tables
     * @param context the world outside the method
     * @param listing true to record an assembly listing
     */
    BaselineTemplates newTemplates(MethodCompilation method, CompilationContext context, boolean listing);
}
