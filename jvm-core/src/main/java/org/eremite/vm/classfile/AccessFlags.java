package org.eremite.vm.classfile;

/**
 * Access and property flags of classes (JVMS 4.1, Table 4.1-B), fields (4.5, Table 4.5-A), methods (4.6,
 * Table 4.6-A) and inner classes (4.7.6, Table 4.7.6-A), with tests on a flags word.
 *
 * <p>Several bits mean different things in different places ({@code 0x0020} is ACC_SUPER on a class and
 * ACC_SYNCHRONIZED on a method); the constants carry the JVMS names. The parser keeps only the bits the JVMS
 * assigns for each place ({@link #CLASS_FLAGS}, {@link #FIELD_FLAGS}, {@link #METHOD_FLAGS},
 * {@link #INNER_CLASS_FLAGS}) because JVMS 4.1 says the others "should be ignored".
 */
public final class AccessFlags {
    public static final int ACC_PUBLIC = 0x0001;
    public static final int ACC_PRIVATE = 0x0002;
    public static final int ACC_PROTECTED = 0x0004;
    public static final int ACC_STATIC = 0x0008;
    public static final int ACC_FINAL = 0x0010;
    /** Classes: invokespecial uses the modern semantics (JVMS 4.1); ignored since Java 8. */
    public static final int ACC_SUPER = 0x0020;
    public static final int ACC_SYNCHRONIZED = 0x0020;
    public static final int ACC_VOLATILE = 0x0040;
    public static final int ACC_BRIDGE = 0x0040;
    public static final int ACC_TRANSIENT = 0x0080;
    public static final int ACC_VARARGS = 0x0080;
    public static final int ACC_NATIVE = 0x0100;
    public static final int ACC_INTERFACE = 0x0200;
    public static final int ACC_ABSTRACT = 0x0400;
    /** Methods, class files 46.0 to 60.0: FP-strict (JVMS 4.6); meaningless from 61.0 (JEP 306). */
    public static final int ACC_STRICT = 0x0800;
    public static final int ACC_SYNTHETIC = 0x1000;
    public static final int ACC_ANNOTATION = 0x2000;
    public static final int ACC_ENUM = 0x4000;
    /** Classes from 53.0: this class file declares a module (module-info). */
    public static final int ACC_MODULE = 0x8000;

    /** The bits JVMS 4.1 assigns to a class (ACC_MODULE only from 53.0 on). */
    public static final int CLASS_FLAGS = ACC_PUBLIC | ACC_FINAL | ACC_SUPER | ACC_INTERFACE | ACC_ABSTRACT
            | ACC_SYNTHETIC | ACC_ANNOTATION | ACC_ENUM | ACC_MODULE;
    /** The bits JVMS 4.5 assigns to a field. */
    public static final int FIELD_FLAGS = ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL
            | ACC_VOLATILE | ACC_TRANSIENT | ACC_SYNTHETIC | ACC_ENUM;
    /** The bits JVMS 4.6 assigns to a method. */
    public static final int METHOD_FLAGS = ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL
            | ACC_SYNCHRONIZED | ACC_BRIDGE | ACC_VARARGS | ACC_NATIVE | ACC_ABSTRACT | ACC_STRICT | ACC_SYNTHETIC;
    /** The bits JVMS 4.7.6 assigns to an InnerClasses entry. */
    public static final int INNER_CLASS_FLAGS = ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL
            | ACC_INTERFACE | ACC_ABSTRACT | ACC_SYNTHETIC | ACC_ANNOTATION | ACC_ENUM;

    private AccessFlags() {
    }

    public static boolean isPublic(int flags) {
        return (flags & ACC_PUBLIC) != 0;
    }

    public static boolean isPrivate(int flags) {
        return (flags & ACC_PRIVATE) != 0;
    }

    public static boolean isProtected(int flags) {
        return (flags & ACC_PROTECTED) != 0;
    }

    public static boolean isStatic(int flags) {
        return (flags & ACC_STATIC) != 0;
    }

    public static boolean isFinal(int flags) {
        return (flags & ACC_FINAL) != 0;
    }

    /** For methods. */
    public static boolean isSynchronized(int flags) {
        return (flags & ACC_SYNCHRONIZED) != 0;
    }

    /** For fields. */
    public static boolean isVolatile(int flags) {
        return (flags & ACC_VOLATILE) != 0;
    }

    /** For fields. */
    public static boolean isTransient(int flags) {
        return (flags & ACC_TRANSIENT) != 0;
    }

    /** For methods. */
    public static boolean isBridge(int flags) {
        return (flags & ACC_BRIDGE) != 0;
    }

    /** For methods. */
    public static boolean isVarargs(int flags) {
        return (flags & ACC_VARARGS) != 0;
    }

    public static boolean isNative(int flags) {
        return (flags & ACC_NATIVE) != 0;
    }

    public static boolean isInterface(int flags) {
        return (flags & ACC_INTERFACE) != 0;
    }

    public static boolean isAbstract(int flags) {
        return (flags & ACC_ABSTRACT) != 0;
    }

    public static boolean isSynthetic(int flags) {
        return (flags & ACC_SYNTHETIC) != 0;
    }

    public static boolean isAnnotation(int flags) {
        return (flags & ACC_ANNOTATION) != 0;
    }

    public static boolean isEnum(int flags) {
        return (flags & ACC_ENUM) != 0;
    }

    /** For classes. */
    public static boolean isModule(int flags) {
        return (flags & ACC_MODULE) != 0;
    }

    /** {@code flags} as {@code 0x0421}, for messages. */
    public static String hex(int flags) {
        String digits = Integer.toHexString(flags);
        return "0x" + "0000".substring(Math.min(4, digits.length())) + digits;
    }
}
