package org.eremite.vm.compiler.bytecode;

/**
 * Code that breaks a static or structural constraint of JVMS 4.9 or the verification rules of JVMS 4.10: what
 * the JVM reports as {@code VerifyError} (or {@code ClassFormatError} for the static constraints).
 *
 * <p>The message always says where: the method (the description the caller passed, by convention
 * {@code owner.name descriptor}, e.g. {@code java/lang/String.indexOf(II)I}), the bytecode offset of the
 * instruction when the problem is tied to one, and what is wrong, e.g.
 * {@code java/lang/String.indexOf(II)I at bytecode offset 17: goto targets offset 21, which is inside the
 * instruction at 20}.
 */
public class BytecodeException extends RuntimeException {
    private final String method;
    private final int offset;
    private final String problem;

    /**
     * @param method  the method's description, as passed to the decoder or the analysis
     * @param offset  the bytecode offset of the instruction at fault, or -1 if the problem is not tied to one
     * @param problem what is wrong, without the method or the offset
     */
    public BytecodeException(String method, int offset, String problem) {
        this(method, offset, problem, null);
    }

    /** As {@link #BytecodeException(String, int, String)}, for a problem found by a lower layer. */
    public BytecodeException(String method, int offset, String problem, Throwable cause) {
        super(message(method, offset, problem), cause);
        this.method = method;
        this.offset = offset;
        this.problem = problem;
    }

    private static String message(String method, int offset, String problem) {
        String where = method == null ? "<unknown method>" : method;
        return offset < 0 ? where + ": " + problem : where + " at bytecode offset " + offset + ": " + problem;
    }

    /** The method's description as the caller gave it. */
    public String method() {
        return method;
    }

    /** The bytecode offset of the instruction at fault, or -1 if the problem is not tied to one. */
    public int offset() {
        return offset;
    }

    /** What is wrong, without the method or the offset. */
    public String problem() {
        return problem;
    }
}
