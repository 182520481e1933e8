package org.eremite.jit.x86_64.asm;

/**
 * The size of an integer operation. Public instruction methods carry it in their name, as GNU as's
 * AT&amp;T suffixes do ({@code b}, {@code w}, {@code l}, {@code q}); the encoder uses this enum.
 */
public enum OperandSize {
    BYTE(1, "BYTE PTR"),
    WORD(2, "WORD PTR"),
    DWORD(4, "DWORD PTR"),
    QWORD(8, "QWORD PTR");

    private final int bytes;
    private final String pointerPrefix;

    OperandSize(int bytes, String pointerPrefix) {
        this.bytes = bytes;
        this.pointerPrefix = pointerPrefix;
    }

    public int bytes() {
        return bytes;
    }

    /** How Intel syntax names a memory operand of this size ({@code QWORD PTR}). */
    String pointerPrefix() {
        return pointerPrefix;
    }
}
