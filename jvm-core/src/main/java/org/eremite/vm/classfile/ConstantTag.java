package org.eremite.vm.classfile;

/**
 * The constant pool tags of JVMS 4.4 (Table 4.4-B), with the class file version that introduced each.
 *
 * <p>{@link #UNUSABLE} (0) is not a JVMS tag: it is what {@link ConstantPool#tag(int)} answers for the slot
 * that follows a {@code CONSTANT_Long} or {@code CONSTANT_Double} (JVMS 4.4.5: "the constant_pool index n+1
 * must be valid but is considered unusable").
 */
public final class ConstantTag {
    public static final int UNUSABLE = 0;
    public static final int UTF8 = 1;
    public static final int INTEGER = 3;
    public static final int FLOAT = 4;
    public static final int LONG = 5;
    public static final int DOUBLE = 6;
    public static final int CLASS = 7;
    public static final int STRING = 8;
    public static final int FIELDREF = 9;
    public static final int METHODREF = 10;
    public static final int INTERFACE_METHODREF = 11;
    public static final int NAME_AND_TYPE = 12;
    public static final int METHOD_HANDLE = 15;
    public static final int METHOD_TYPE = 16;
    public static final int DYNAMIC = 17;
    public static final int INVOKE_DYNAMIC = 18;
    public static final int MODULE = 19;
    public static final int PACKAGE = 20;

    private ConstantTag() {
    }

    /** The JVMS name of {@code tag} ({@code CONSTANT_Methodref}), or {@code tag N} for an unknown number. */
    public static String name(int tag) {
        return switch (tag) {
            case UNUSABLE -> "unusable slot";
            case UTF8 -> "CONSTANT_Utf8";
            case INTEGER -> "CONSTANT_Integer";
            case FLOAT -> "CONSTANT_Float";
            case LONG -> "CONSTANT_Long";
            case DOUBLE -> "CONSTANT_Double";
            case CLASS -> "CONSTANT_Class";
            case STRING -> "CONSTANT_String";
            case FIELDREF -> "CONSTANT_Fieldref";
            case METHODREF -> "CONSTANT_Methodref";
            case INTERFACE_METHODREF -> "CONSTANT_InterfaceMethodref";
            case NAME_AND_TYPE -> "CONSTANT_NameAndType";
            case METHOD_HANDLE -> "CONSTANT_MethodHandle";
            case METHOD_TYPE -> "CONSTANT_MethodType";
            case DYNAMIC -> "CONSTANT_Dynamic";
            case INVOKE_DYNAMIC -> "CONSTANT_InvokeDynamic";
            case MODULE -> "CONSTANT_Module";
            case PACKAGE -> "CONSTANT_Package";
            default -> "tag " + tag;
        };
    }

    /**
     * The first class file major version in which {@code tag} may appear (JVMS 4.4, Table 4.4-B), or -1 if
     * {@code tag} is no constant pool tag at all.
     */
    public static int sinceMajorVersion(int tag) {
        return switch (tag) {
            case UTF8, INTEGER, FLOAT, LONG, DOUBLE, CLASS, STRING, FIELDREF, METHODREF, INTERFACE_METHODREF,
                    NAME_AND_TYPE -> 45;
            case METHOD_HANDLE, METHOD_TYPE, INVOKE_DYNAMIC -> 51;
            case MODULE, PACKAGE -> 53;
            case DYNAMIC -> 55;
            default -> -1;
        };
    }

    /** True for the tags that take two constant pool slots (JVMS 4.4.5). */
    public static boolean isWide(int tag) {
        return tag == LONG || tag == DOUBLE;
    }
}
