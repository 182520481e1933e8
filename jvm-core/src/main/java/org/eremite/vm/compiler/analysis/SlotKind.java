package org.eremite.vm.compiler.analysis;

/**
 * The kind of value a local variable or an operand-stack slot holds before an instruction: the verification
 * types of JVMS 4.10.1.2, reduced to what a compiler and a garbage collector need.
 *
 * <p>A long or a double takes two slots (JVMS 2.6.1, 2.6.2): {@link #LONG} then {@link #LONG_2ND}, {@link #DOUBLE}
 * then {@link #DOUBLE_2ND}, in locals and on the stack alike. A second half never appears without its first half
 * right before it, and the reverse.
 *
 * <p>Reduced, on purpose: {@code boolean}, {@code byte}, {@code char} and {@code short} are {@link #INT} (JVMS
 * 2.11.1); {@code null}, every class, interface and array type, and the uninitialized objects between
 * {@code new} and {@code <init>} (including {@code this} in a constructor) are all {@link #REFERENCE}: each is a
 * pointer the collector must see, and none needs different code.
 */
public enum SlotKind {
    /** Nothing usable: never written, or written differently on the paths that join here. */
    TOP,
    INT,
    FLOAT,
    /** The first slot of a long. */
    LONG,
    /** The second slot of a long. */
    LONG_2ND,
    /** The first slot of a double. */
    DOUBLE,
    /** The second slot of a double. */
    DOUBLE_2ND,
    /** A pointer to an object or array, or null: what a garbage collector must trace. */
    REFERENCE,
    /** The address a {@code jsr} pushed, for a {@code ret} (JVMS 2.3.3): code, not a heap reference. */
    RETURN_ADDRESS;

    private static final SlotKind[] BY_CODE = {TOP, INT, FLOAT, LONG, LONG_2ND, DOUBLE, DOUBLE_2ND, REFERENCE};

    /** The public kind of an internal kind code (see {@link Kinds}). */
    static SlotKind ofCode(int code) {
        return code >= Kinds.RETURN_ADDRESS ? RETURN_ADDRESS : BY_CODE[code];
    }

    /** True for {@link #LONG}, {@link #LONG_2ND}, {@link #DOUBLE} and {@link #DOUBLE_2ND}. */
    public boolean isTwoSlotHalf() {
        return this == LONG || this == LONG_2ND || this == DOUBLE || this == DOUBLE_2ND;
    }
}
