package org.eremite.vm.classfile;

/**
 * The syntax of names in class files (JVMS 4.2).
 *
 * <p>JVMS 4.2.1: class and interface names appear in internal form, unqualified names separated by '/'.
 * JVMS 4.2.2: an unqualified name is non-empty and contains none of {@code . ; [ /}; a method name
 * additionally contains neither {@code <} nor {@code >}, except the special names {@code <init>} and
 * {@code <clinit>}. A CONSTANT_Class may also name an array class by its descriptor (JVMS 4.4.1).
 *
 * <p>These rules hold for every class file version. (HotSpot still applies the Java-identifier rules of the
 * first JVM specification to class files older than 49.0; Eremite follows the current JVMS for all versions,
 * which accepts a superset of those names.)
 */
public final class Names {
    public static final String INSTANCE_INITIALIZER = "<init>";
    public static final String CLASS_INITIALIZER = "<clinit>";

    private Names() {
    }

    /** True if {@code s} is a non-empty unqualified name (field name, JVMS 4.2.2). */
    public static boolean isUnqualifiedName(String s) {
        return isUnqualified(s, 0, s.length(), false);
    }

    /** True if {@code s} is a legal method name: {@code <init>}, {@code <clinit>} or JVMS 4.2.2's rule. */
    public static boolean isMethodName(String s) {
        return s.equals(INSTANCE_INITIALIZER) || s.equals(CLASS_INITIALIZER) || isUnqualified(s, 0, s.length(), true);
    }

    /** True if {@code s} is a class or interface name in internal form ({@code java/lang/Object}). */
    public static boolean isInternalClassName(String s) {
        return isInternalClassName(s, 0, s.length());
    }

    /** True if {@code s[start, end)} is a class or interface name in internal form. */
    public static boolean isInternalClassName(String s, int start, int end) {
        if (start >= end) {
            return false;
        }
        int segmentStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || s.charAt(i) == '/') {
                if (!isUnqualified(s, segmentStart, i, false)) {
                    return false; // empty segment: leading, trailing or doubled '/'
                }
                segmentStart = i + 1;
            }
        }
        return true;
    }

    /** True if {@code s} may be the name of a CONSTANT_Class: an internal name or an array descriptor. */
    public static boolean isClassEntryName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (s.charAt(0) == '[') {
            return isFieldDescriptor(s);
        }
        return isInternalClassName(s);
    }

    /** True if {@code s} is exactly one field type (JVMS 4.3.2). */
    public static boolean isFieldDescriptor(String s) {
        try {
            MethodDescriptor.checkFieldDescriptor(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isUnqualified(String s, int start, int end, boolean method) {
        if (start >= end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == ';' || c == '[' || c == '/' || (method && (c == '<' || c == '>'))) {
                return false;
            }
        }
        return true;
    }
}
