package org.eremite.jit.x86_64.asm;

import java.util.Objects;
import org.eremite.vm.asm.Label;

/**
 * A memory operand: {@code [base + index*scale + disp32]} with base and index optional, or
 * RIP-relative to a label or a symbol (SDM vol. 2, 2.1.5 and 2.2.1.6). Immutable; the assembler picks
 * the shortest ModRM/SIB/displacement encoding when it emits the operand, as GNU as does.
 */
public final class Address {
    /** The SIB scale factor. */
    public enum Scale {
        TIMES_1(1), TIMES_2(2), TIMES_4(4), TIMES_8(8);

        private final int factor;

        Scale(int factor) {
            this.factor = factor;
        }

        public int factor() {
            return factor;
        }

        /** The SIB.ss field. */
        int log2() {
            return ordinal();
        }

        /** The scale for an element of {@code bytes} bytes (1, 2, 4 or 8). */
        public static Scale of(int bytes) {
            switch (bytes) {
                case 1:
                    return TIMES_1;
                case 2:
                    return TIMES_2;
                case 4:
                    return TIMES_4;
                case 8:
                    return TIMES_8;
                default:
                    throw new IllegalArgumentException("Address: scale " + bytes + " is not 1, 2, 4 or 8");
            }
        }
    }

    private final Register base;
    private final Register index;
    private final Scale scale;
    private final int displacement;
    private final Label label;
    private final String symbol;
    private final boolean ripRelative;

    private Address(Register base, Register index, Scale scale, int displacement, Label label, String symbol) {
        this(base, index, scale, displacement, label, symbol, label != null || symbol != null);
    }

    private Address(Register base, Register index, Scale scale, int displacement, Label label, String symbol,
            boolean ripRelative) {
        if (index == Register.RSP) {
            // SIB.index = 100 means "no index" (SDM vol. 2, Table 2-3), so rsp can never be one.
            throw new IllegalArgumentException("Address: index register rsp is not encodable (SIB index 100 means none)");
        }
        this.base = base;
        this.index = index;
        this.scale = scale;
        this.displacement = displacement;
        this.label = label;
        this.symbol = symbol;
        this.ripRelative = ripRelative;
    }

    /** {@code [base]}. */
    public static Address of(Register base) {
        return new Address(Objects.requireNonNull(base, "base"), null, Scale.TIMES_1, 0, null, null);
    }

    /** {@code [base + displacement]}. */
    public static Address of(Register base, int displacement) {
        return new Address(Objects.requireNonNull(base, "base"), null, Scale.TIMES_1, displacement, null, null);
    }

    /** {@code [base + index*scale]}. */
    public static Address of(Register base, Register index, Scale scale) {
        return of(base, index, scale, 0);
    }

    /** {@code [base + index*scale + displacement]}. */
    public static Address of(Register base, Register index, Scale scale, int displacement) {
        return new Address(Objects.requireNonNull(base, "base"), Objects.requireNonNull(index, "index"),
                Objects.requireNonNull(scale, "scale"), displacement, null, null);
    }

    /** {@code [index*scale + displacement]} with no base: always a 32-bit displacement. */
    public static Address indexed(Register index, Scale scale, int displacement) {
        return new Address(null, Objects.requireNonNull(index, "index"), Objects.requireNonNull(scale, "scale"),
                displacement, null, null);
    }

    /** The absolute address {@code displacement}, sign-extended to 64 bits (the low or the top 2 GB). */
    public static Address absolute(int displacement) {
        return new Address(null, null, Scale.TIMES_1, displacement, null, null);
    }

    /**
     * The absolute address {@code symbol + addend}, which must lie in the low 2 GB or the top 2 GB
     * (the kernel code model): filled in by the linker, R_X86_64_32S (R_X86_64_32 in 32-bit mode).
     */
    public static Address absolute(String symbol, int addend) {
        return new Address(null, null, Scale.TIMES_1, addend, null, Objects.requireNonNull(symbol, "symbol"), false);
    }

    /** {@code [base + symbol + addend]}, the symbol absolute as in {@link #absolute(String, int)}. */
    public static Address of(Register base, String symbol, int addend) {
        return new Address(Objects.requireNonNull(base, "base"), null, Scale.TIMES_1, addend, null,
                Objects.requireNonNull(symbol, "symbol"), false);
    }

    /** {@code [index*scale + symbol + addend]}: a table at an absolute address, indexed by a register. */
    public static Address indexed(Register index, Scale scale, String symbol, int addend) {
        return new Address(null, Objects.requireNonNull(index, "index"), Objects.requireNonNull(scale, "scale"), addend,
                null, Objects.requireNonNull(symbol, "symbol"), false);
    }

    /** {@code [rip + label]}: the label's position, from code anywhere in the same buffer. */
    public static Address rip(Label label) {
        return new Address(null, null, Scale.TIMES_1, 0, Objects.requireNonNull(label, "label"), null);
    }

    /** {@code [rip + symbol]}, resolved by the linker through an {@code R_X86_64_PC32} relocation. */
    public static Address rip(String symbol) {
        return rip(symbol, 0);
    }

    /** {@code [rip + symbol + addend]}. */
    public static Address rip(String symbol, int addend) {
        return new Address(null, null, Scale.TIMES_1, addend, null, Objects.requireNonNull(symbol, "symbol"));
    }

    public Register base() {
        return base;
    }

    public Register index() {
        return index;
    }

    public Scale scale() {
        return scale;
    }

    /** The displacement, or for a symbol the addend. */
    public int displacement() {
        return displacement;
    }

    public Label label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isRipRelative() {
        return ripRelative;
    }

    /** An absolute (not RIP-relative) address that names a symbol, whose displacement the linker fills in. */
    public boolean hasAbsoluteSymbol() {
        return symbol != null && !ripRelative;
    }

    /**
     * The operand in GNU as Intel syntax, with address registers named at {@code addressSize}
     * (64-bit, or 32-bit in 32-bit mode), and label names supplied by the assembler.
     */
    String format(OperandSize addressSize, String labelName) {
        StringBuilder out = new StringBuilder("[");
        if (isRipRelative()) {
            out.append("rip+").append(label != null ? labelName : quote(symbol));
            appendSigned(out, label != null ? 0 : displacement, false);
        } else if (base == null && index == null) {
            if (symbol != null) {
                out.append(quote(symbol));
                appendSigned(out, displacement, false);
            } else {
                out.append(displacement);
            }
        } else {
            if (base != null) {
                out.append(base.name(addressSize));
            }
            if (index != null) {
                if (base != null) {
                    out.append('+');
                }
                out.append(index.name(addressSize)).append('*').append(scale.factor);
            }
            if (symbol != null) {
                out.append('+').append(quote(symbol));
            }
            appendSigned(out, displacement, base == null && symbol == null);
        }
        return out.append(']').toString();
    }

    /**
     * A symbol as GNU as reads it: as is if it is a plain identifier, else in double quotes (binutils 2.26 and
     * later), so that Java names such as {@code java.lang.String.hashCode()I} survive a listing round trip.
     */
    static String quote(String symbol) {
        boolean plain = !symbol.isEmpty() && !Character.isDigit(symbol.charAt(0));
        for (int i = 0; i < symbol.length() && plain; i++) {
            char c = symbol.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '.' || c == '$';
        }
        if (plain) {
            return symbol;
        }
        StringBuilder out = new StringBuilder(symbol.length() + 2).append('"');
        for (int i = 0; i < symbol.length(); i++) {
            char c = symbol.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    private static void appendSigned(StringBuilder out, int value, boolean always) {
        if (value > 0 || (always && value == 0)) {
            out.append('+').append(value);
        } else if (value < 0) {
            out.append(value);
        }
    }

    @Override
    public String toString() {
        return format(OperandSize.QWORD, label == null ? null : String.valueOf(label));
    }
}
