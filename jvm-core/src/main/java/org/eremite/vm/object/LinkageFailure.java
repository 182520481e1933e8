package org.eremite.vm.object;

/**
 * A JVMS linkage error found while building the object model: the VM reports it as the Java error named by
 * {@link #javaError()} ({@code java/lang/NoClassDefFoundError}, {@code java/lang/IncompatibleClassChangeError},
 * {@code java/lang/ClassCircularityError}, {@code java/lang/ClassFormatError},
 * {@code java/lang/NoSuchMethodError}). The image builder reports it by name; the run-time loader throws that
 * error with {@link #getMessage()}.
 */
public final class LinkageFailure extends RuntimeException {
    public static final String NO_CLASS_DEF_FOUND = "java/lang/NoClassDefFoundError";
    public static final String INCOMPATIBLE_CLASS_CHANGE = "java/lang/IncompatibleClassChangeError";
    public static final String CLASS_CIRCULARITY = "java/lang/ClassCircularityError";
    public static final String CLASS_FORMAT = "java/lang/ClassFormatError";
    public static final String NO_SUCH_METHOD = "java/lang/NoSuchMethodError";
    public static final String LINKAGE = "java/lang/LinkageError";

    private final String javaError;

    public LinkageFailure(String javaError, String message) {
        super(message);
        this.javaError = javaError;
    }

    /** The internal name of the Java error this failure stands for. */
    public String javaError() {
        return javaError;
    }

    @Override
    public String toString() {
        return javaError.replace('/', '.') + ": " + getMessage();
    }
}
