package org.eremite.jit.aarch64.asm;

import java.util.Objects;

/**
 * A memory operand of a load or store: base plus immediate offset (optionally writing the new address
 * back before or after the access), or base plus an extended and scaled index register (ARM ARM C1.3.3).
 * Whether the offset fits is checked by the instruction that uses the address, since the allowed range
 * depends on the access size.
 */
public final class Address {
    /** How the address is formed. */
    public enum Mode {
        /** {@code [base, #offset]}. */
        OFFSET,
        /** {@code [base, #offset]!}: base += offset, then access. */
        PRE_INDEX,
        /** {@code [base], #offset}: access, then base += offset. */
        POST_INDEX,
        /** {@code [base, index{, extend {#shift}}]}. */
        REGISTER_OFFSET
    }

    private final Mode mode;
    private final Register base;
    private final long offset;
    private final Register index;
    private final ExtendType extend;
    private final int shift;

    private Address(Mode mode, Register base, long offset, Register index, ExtendType extend, int shift) {
        this.mode = mode;
        this.base = Objects.requireNonNull(base, "base");
        this.offset = offset;
        this.index = index;
        this.extend = extend;
        this.shift = shift;
    }

    /** {@code [base]}. */
    public static Address base(Register base) {
        return new Address(Mode.OFFSET, base, 0, null, null, 0);
    }

    /** {@code [base, #offset]}. */
    public static Address offset(Register base, long offset) {
        return new Address(Mode.OFFSET, base, offset, null, null, 0);
    }

    /** {@code [base, #offset]!}. */
    public static Address preIndex(Register base, long offset) {
        return new Address(Mode.PRE_INDEX, base, offset, null, null, 0);
    }

    /** {@code [base], #offset}. */
    public static Address postIndex(Register base, long offset) {
        return new Address(Mode.POST_INDEX, base, offset, null, null, 0);
    }

    /** {@code [base, index]}: a 64-bit index, not scaled. */
    public static Address index(Register base, Register index) {
        return index(base, index, ExtendType.UXTX, 0);
    }

    /** {@code [base, index, lsl #shift]}: a 64-bit index scaled by {@code 1 << shift}. */
    public static Address index(Register base, Register index, int shift) {
        return index(base, index, ExtendType.UXTX, shift);
    }

    /**
     * {@code [base, index, extend #shift]}: {@code extend} is UXTW or SXTW (a 32-bit index, e.g. a Java
     * int array index), or UXTX (written {@code lsl}) or SXTX (64-bit). {@code shift} must be 0 or the log2
     * of the access size, which the instruction checks.
     */
    public static Address index(Register base, Register index, ExtendType extend, int shift) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(extend, "extend");
        if (extend != ExtendType.UXTW && extend != ExtendType.SXTW && extend != ExtendType.UXTX
                && extend != ExtendType.SXTX) {
            throw new IllegalArgumentException("address: extend " + extend + " is not UXTW, SXTW, UXTX (lsl) or SXTX");
        }
        return new Address(Mode.REGISTER_OFFSET, base, 0, index, extend, shift);
    }

    public Mode mode() {
        return mode;
    }

    public Register base() {
        return base;
    }

    public long offset() {
        return offset;
    }

    /** The index register, or null unless the mode is REGISTER_OFFSET. */
    public Register index() {
        return index;
    }

    public ExtendType extend() {
        return extend;
    }

    public int shift() {
        return shift;
    }

    /** The GNU as text of the operand. */
    @Override
    public String toString() {
        String b = base.asmName(64);
        switch (mode) {
            case OFFSET:
                return offset == 0 ? "[" + b + "]" : "[" + b + ", #" + offset + "]";
            case PRE_INDEX:
                return "[" + b + ", #" + offset + "]!";
            case POST_INDEX:
                return "[" + b + "], #" + offset;
            default:
                String i = index.asmName(extend.readsX() ? 64 : 32);
                if (extend == ExtendType.UXTX) {
                    return shift == 0 ? "[" + b + ", " + i + "]" : "[" + b + ", " + i + ", lsl #" + shift + "]";
                }
                return "[" + b + ", " + i + ", " + extend.asmName() + (shift == 0 ? "" : " #" + shift) + "]";
        }
    }
}
