package org.eremite.vm.compiler.baseline;

/**
 * A method the baseline compiler cannot compile: it names the method, the bytecode offset and instruction at
 * fault (when there is one) and the reason, e.g. {@code java/lang/Foo.bar()V at bytecode offset 7 (invokedynamic
 * #12): invokedynamic is desugared by the image builder and cannot be compiled}.
 */
public class CompilationException extends RuntimeException {
    private final String method;
    private final int offset;

    public CompilationException(String method, int offset, String instruction, String problem, Throwable cause) {
        super(method + (offset < 0 ? "" : " at bytecode offset " + offset + " (" + instruction + ")") + ": "
                + problem, cause);
        this.method = method;
        this.offset = offset;
    }

    /** The method, {@code owner.name descriptor}. */
    public String method() {
        return method;
    }

    /** The bytecode offset of the instruction at fault, or -1. */
    public int offset() {
        return offset;
    }
}
