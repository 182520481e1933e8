package org.eremite.vm.classfile;

/**
 * A CONSTANT_MethodHandle (JVMS 4.4.8): a reference kind and the field or method it refers to.
 *
 * @param kind   the reference kind, one of the {@code REF_*} constants (JVMS 5.4.3.5, Table 5.4.3.5-A)
 * @param member the field ({@code REF_getField} .. {@code REF_putStatic}) or method it refers to
 */
public record MethodHandleRef(int kind, MemberRef member) {
    public static final int REF_GET_FIELD = 1;
    public static final int REF_GET_STATIC = 2;
    public static final int REF_PUT_FIELD = 3;
    public static final int REF_PUT_STATIC = 4;
    public static final int REF_INVOKE_VIRTUAL = 5;
    public static final int REF_INVOKE_STATIC = 6;
    public static final int REF_INVOKE_SPECIAL = 7;
    public static final int REF_NEW_INVOKE_SPECIAL = 8;
    public static final int REF_INVOKE_INTERFACE = 9;

    /** The JVMS name of a reference kind ({@code REF_invokeStatic}), or {@code kind N} if out of range. */
    public static String kindName(int kind) {
        return switch (kind) {
            case REF_GET_FIELD -> "REF_getField";
            case REF_GET_STATIC -> "REF_getStatic";
            case REF_PUT_FIELD -> "REF_putField";
            case REF_PUT_STATIC -> "REF_putStatic";
            case REF_INVOKE_VIRTUAL -> "REF_invokeVirtual";
            case REF_INVOKE_STATIC -> "REF_invokeStatic";
            case REF_INVOKE_SPECIAL -> "REF_invokeSpecial";
            case REF_NEW_INVOKE_SPECIAL -> "REF_newInvokeSpecial";
            case REF_INVOKE_INTERFACE -> "REF_invokeInterface";
            default -> "kind " + kind;
        };
    }

    /** True for the four kinds that refer to a field. */
    public boolean isFieldAccess() {
        return kind >= REF_GET_FIELD && kind <= REF_PUT_STATIC;
    }

    @Override
    public String toString() {
        return kindName(kind) + " " + member;
    }
}
