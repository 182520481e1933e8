package org.eremite.jit.x86_64.baseline;

import org.eremite.vm.compiler.baseline.BaselineBackend;
import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.MethodCompilation;

/** The x86_64 baseline back end: {@code new BaselineCompiler(context, new Backend())}. */
public final class Backend implements BaselineBackend {
    @Override
    public String isa() {
        return "x86_64";
    }

    @Override
    public org.eremite.vm.compiler.baseline.BaselineTemplates newTemplates(MethodCompilation method,
            CompilationContext context, boolean listing) {
        return new BaselineTemplates(method, context, listing);
    }
}
