package org.eremite.vm.classfile;

/**
 * A class file that breaks the format of JVMS chapter 4: what the JVM reports as {@code ClassFormatError}
 * (or {@code UnsupportedClassVersionError} for an unsupported version, see {@link #isUnsupportedVersion()}).
 *
 * <p>The message always says where: the class (its internal name once {@code this_class} has been read,
 * before that the source the bytes came from, e.g. a JAR entry), the byte offset in the class file when the
 * problem is tied to one, and what is wrong. For example
 * {@code java/lang/Object: bad constant pool index 999 at offset 0x1a2}.
 */
public class ClassFormatException extends RuntimeException {
    private final String className;
    private final int offset;
    private final String problem;
    private final boolean unsupportedVersion;

    /**
     * @param className the class's internal name, or the source name if this_class is not known yet
     * @param offset    the byte offset in the class file, or -1 if the problem is not tied to one
     * @param problem   what is wrong, without the class name or offset
     */
    public ClassFormatException(String className, int offset, String problem) {
        this(className, offset, problem, false);
    }

    ClassFormatException(String className, int offset, String problem, boolean unsupportedVersion) {
        super(message(className, offset, problem));
        this.className = className;
        this.offset = offset;
        this.problem = problem;
        this.unsupportedVersion = unsupportedVersion;
    }

    private static String message(String className, int offset, String problem) {
        String where = className == null ? "<unknown class>" : className;
        if (offset < 0) {
            return where + ": " + problem;
        }
        return where + ": " + problem + " at offset 0x" + Integer.toHexString(offset);
    }

    /** The class's internal name, or the source name if the error came before this_class was read. */
    public String className() {
        return className;
    }

    /** The byte offset in the class file, or -1 if the problem is not tied to one. */
    public int offset() {
        return offset;
    }

    /** What is wrong, without the class name or the offset. */
    public String problem() {
        return problem;
    }

    /** True if the class file is well formed as far as read but has a version this VM does not support. */
    public boolean isUnsupportedVersion() {
        return unsupportedVersion;
    }
}
