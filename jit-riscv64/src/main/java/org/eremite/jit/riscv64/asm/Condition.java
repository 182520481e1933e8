package org.eremite.jit.riscv64.asm;

/**
 * Comparisons of two registers, as the {@link MacroAssembler}'s compare-and-branch and set helpers take
 * them. RISC-V has no flags: the six base conditions are the branch instructions of unprivileged spec
 * section 2.5, and the other four are those with the operands swapped.
 */
public enum Condition {
    EQ, NE, LT, GE, LTU, GEU, GT, LE, GTU, LEU;

    /** The condition that holds exactly when this one does not. */
    public Condition negate() {
        switch (this) {
            case EQ: return NE;
            case NE: return EQ;
            case LT: return GE;
            case GE: return LT;
            case LTU: return GEU;
            case GEU: return LTU;
            case GT: return LE;
            case LE: return GT;
            case GTU: return LEU;
            case LEU: return GTU;
            default: throw new AssertionError(this);
        }
    }

    /** The condition that holds for {@code (b, a)} exactly when this one holds for {@code (a, b)}. */
    public Condition swap() {
        switch (this) {
            case EQ: return EQ;
            case NE: return NE;
            case LT: return GT;
            case GE: return LE;
            case LTU: return GTU;
            case GEU: return LEU;
            case GT: return LT;
            case LE: return GE;
            case GTU: return LTU;
            case LEU: return GEU;
            default: throw new AssertionError(this);
        }
    }

    /** True for the conditions a branch instruction tests directly (without swapping operands). */
    public boolean isNative() {
        return ordinal() <= GEU.ordinal();
    }

    /** True for the unsigned comparisons. */
    public boolean isUnsigned() {
        return this == LTU || this == GEU || this == GTU || this == LEU;
    }
}
