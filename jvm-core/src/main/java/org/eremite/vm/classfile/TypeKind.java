package org.eremite.vm.classfile;

/**
 * The kinds of values a JVM type descriptor can name (JVMS 4.3.2), with the number of local-variable
 * and operand-stack slots each takes (JVMS 2.6.1: long and double take two).
 */
public enum TypeKind {
    BOOLEAN('Z', 1, 1),
    BYTE('B', 1, 1),
    CHAR('C', 1, 2),
    SHORT('S', 1, 2),
    INT('I', 1, 4),
    LONG('J', 2, 8),
    FLOAT('F', 1, 4),
    DOUBLE('D', 2, 8),
    /** A class, interface or array type ({@code L...;} or {@code [...}). */
    REFERENCE('L', 1, 8),
    VOID('V', 0, 0);

    private final char descriptorChar;
    private final int slots;
    private final int bytes;

    TypeKind(char descriptorChar, int slots, int bytes) {
        this.descriptorChar = descriptorChar;
        this.slots = slots;
        this.bytes = bytes;
    }

    /** The kind of the descriptor character ({@code I}, {@code J}, {@code L}, {@code [} ...). */
    public static TypeKind of(char c) {
        return switch (c) {
            case 'Z' -> BOOLEAN;
            case 'B' -> BYTE;
            case 'C' -> CHAR;
            case 'S' -> SHORT;
            case 'I' -> INT;
            case 'J' -> LONG;
            case 'F' -> FLOAT;
            case 'D' -> DOUBLE;
            case 'L', '[' -> REFERENCE;
            case 'V' -> VOID;
            default -> throw new IllegalArgumentException("'" + c + "' starts no type descriptor");
        };
    }

    /** The kind of a field descriptor or a method descriptor's return type. */
    public static TypeKind ofDescriptor(String descriptor) {
        if (descriptor.isEmpty()) {
            throw new IllegalArgumentException("empty type descriptor");
        }
        return of(descriptor.charAt(0));
    }

    public char descriptorChar() {
        return descriptorChar;
    }

    /** Local-variable or operand-stack slots: 2 for long and double, 0 for void, else 1. */
    public int slots() {
        return slots;
    }

    /** Bytes of a field or array element of this kind in the 64-bit object layout (references are 8). */
    public int bytes() {
        return bytes;
    }

    /**
     * The kind a value of this kind has on the operand stack (JVMS 2.11.1): boolean, byte, char and short
     * are computed as int.
     */
    public TypeKind computational() {
        return switch (this) {
            case BOOLEAN, BYTE, CHAR, SHORT -> INT;
            default -> this;
        };
    }
}
