package org.eremite.jit.x86_64.baseline;

import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.MethodCompilation;

/**
 * The x86_64 templates of every bytecode: the end of the chain of {@code TemplateBase} .. {@code MagicCode}
 * (see the package documentation), made by {@link Backend} for one method.
 */
public final class BaselineTemplates extends MagicCode
        implements org.eremite.vm.compiler.baseline.BaselineTemplates {
    public BaselineTemplates(MethodCompilation method, CompilationContext context, boolean listing) {
        super(method, context, listing);
    }
}
