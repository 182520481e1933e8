package org.eremite.vm.object;

/**
 * The access and property flags this package reads, with their class-file values (JVMS 4.1 table 4.1-B,
 * 4.5 table 4.5-A, 4.6 table 4.6-A). Shapes carry the flags exactly as the class file has them, so the
 * image builder copies {@code access_flags} across unchanged; the values are repeated here only so that this
 * package depends on nothing in {@code classfile} beyond {@code TypeKind} and {@code MethodDescriptor}.
 */
public final class Access {
    public static final int PUBLIC = 0x0001;
    public static final int PRIVATE = 0x0002;
    public static final int PROTECTED = 0x0004;
    public static final int STATIC = 0x0008;
    public static final int FINAL = 0x0010;
    /** Methods: ACC_SYNCHRONIZED; classes: ACC_SUPER (same bit, JVMS 4.1). */
    public static final int SYNCHRONIZED = 0x0020;
    /** Methods: ACC_BRIDGE. */
    public static final int BRIDGE = 0x0040;
    /** Methods: ACC_VARARGS. */
    public static final int VARARGS = 0x0080;
    public static final int NATIVE = 0x0100;
    public static final int INTERFACE = 0x0200;
    public static final int ABSTRACT = 0x0400;
    public static final int SYNTHETIC = 0x1000;

    private Access() {
    }

    /** True if none of ACC_PUBLIC, ACC_PROTECTED, ACC_PRIVATE is set: package access (JVMS 5.4.4). */
    public static boolean isPackagePrivate(int flags) {
        return (flags & (PUBLIC | PROTECTED | PRIVATE)) == 0;
    }
}
