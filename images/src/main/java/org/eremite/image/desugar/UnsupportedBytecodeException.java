package org.eremite.image.desugar;

import org.eremite.image.ImageBuildException;
import org.eremite.image.classpath.CodeLocation;

/** Bytecode that Eremite cannot compile, such as an {@code invokedynamic} with a bootstrap method it does not know. */
public final class UnsupportedBytecodeException extends ImageBuildException {
    private static final long serialVersionUID = 1L;

    private final transient CodeLocation location;

    public UnsupportedBytecodeException(CodeLocation location, String what) {
        super(location + ": " + what);
        this.location = location;
    }

    /** Where the bytecode is: class, method, offset. */
    public CodeLocation location() {
        return location;
    }
}
