package org.eremite.vm.compiler.analysis;

/**
 * The analysis's internal kind codes, one {@code short} per slot: the {@link SlotKind} ordinals, except that a
 * return address also records which subroutine it returns from ({@code RETURN_ADDRESS + subroutine index}), so
 * that a {@code ret} can be checked against the subroutine it belongs to. A method has at most 21,845
 * {@code jsr}s (3 bytes each in at most 65,535), so every code fits a {@code short}.
 */
final class Kinds {
    static final short TOP = 0;
    static final short INT = 1;
    static final short FLOAT = 2;
    static final short LONG = 3;
    static final short LONG_2ND = 4;
    static final short DOUBLE = 5;
    static final short DOUBLE_2ND = 6;
    static final short REFERENCE = 7;
    static final short RETURN_ADDRESS = 8;

    private Kinds() {
    }

    static short returnAddress(int subroutine) {
        return (short) (RETURN_ADDRESS + subroutine);
    }

    static boolean isReturnAddress(int code) {
        return code >= RETURN_ADDRESS;
    }

    static int subroutineOf(int returnAddress) {
        return returnAddress - RETURN_ADDRESS;
    }

    /** True for the first slot of a long or double. */
    static boolean isFirstHalf(int code) {
        return code == LONG || code == DOUBLE;
    }

    /** True for the second slot of a long or double. */
    static boolean isSecondHalf(int code) {
        return code == LONG_2ND || code == DOUBLE_2ND;
    }

    /** The kind of the second slot of a two-slot kind. */
    static short secondHalf(int first) {
        return first == LONG ? LONG_2ND : DOUBLE_2ND;
    }

    /** True for the kinds that take two slots. */
    static boolean isTwoSlot(int code) {
        return code == LONG || code == DOUBLE;
    }

    /** The name for messages: {@code int}, {@code long}, {@code second half of long}, {@code return address}. */
    static String name(int code) {
        switch (code) {
            case TOP:
                return "top (no usable value)";
            case INT:
                return "int";
            case FLOAT:
                return "float";
            case LONG:
                return "long";
            case LONG_2ND:
                return "second half of a long";
            case DOUBLE:
                return "double";
            case DOUBLE_2ND:
                return "second half of a double";
            case REFERENCE:
                return "reference";
            default:
                return "return address (subroutine " + subroutineOf(code) + ")";
        }
    }
}
