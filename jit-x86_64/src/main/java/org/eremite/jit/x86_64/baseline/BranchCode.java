package org.eremite.jit.x86_64.baseline;

import static org.eremite.jit.x86_64.asm.FloatRegister.XMM0;
import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RCX;

import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.vm.asm.Label;
import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.Comparison;
import org.eremite.vm.compiler.baseline.MethodCompilation;

/**
 * Comparisons, branches and switches. {@code fcmpl}/{@code dcmpl} use UCOMISS/UCOMISD, which report an
 * unordered pair (a NaN) as ZF = PF = CF = 1 (SDM vol. 2, UCOMISS): {@code seta} then {@code sbb} turn the flags
 * into 1, 0 or -1 with NaN giving -1; {@code fcmpg} is {@code -fcmpl} with the operands swapped, so NaN gives 1.
 * A {@code tableswitch} jumps through a table of 5-byte jumps; a {@code lookupswitch} is a binary search of
 * compares.
 */
abstract class BranchCode extends ConversionCode {
    /** A lookupswitch of at most this many keys is a linear chain of compares. */
    private static final int LINEAR_SEARCH_LIMIT = 4;
    /** The size of each entry of a tableswitch's jump table: E9 rel32. */
    private static final int JUMP_SIZE = 5;

    BranchCode(MethodCompilation method, CompilationContext context, boolean listing) {
        super(method, context, listing);
    }

    static Condition condition(Comparison comparison) {
        switch (comparison) {
            case EQ: return Condition.E;
            case NE: return Condition.NE;
            case LT: return Condition.L;
            case GE: return Condition.GE;
            case GT: return Condition.G;
            default: return Condition.LE;
        }
    }

    public final void lcmp() {
        a.xorl(RCX, RCX);
        a.movq(RAX, top(3));
        a.cmpq(RAX, top(1));
        a.setcc(Condition.G, RCX);
        a.movl(RAX, -1); // mov leaves the flags alone
        a.cmovl(Condition.L, RCX, RAX);
        a.movl(top(3), RCX);
    }

    public final void fcmp(boolean nanIsGreater) {
        compareFloating(false, nanIsGreater);
    }

    public final void dcmp(boolean nanIsGreater) {
        compareFloating(true, nanIsGreater);
    }

    private void compareFloating(boolean isDouble, boolean nanIsGreater) {
        Address value1 = isDouble ? top(3) : top(1);
        Address value2 = isDouble ? top(1) : top(0);
        Address first = nanIsGreater ? value2 : value1;
        Address second = nanIsGreater ? value1 : value2;
        a.xorl(RAX, RAX);
        if (isDouble) {
            a.movsd(XMM0, first);
            a.ucomisd(XMM0, second);
        } else {
            a.movss(XMM0, first);
            a.ucomiss(XMM0, second);
        }
        a.setcc(Condition.A, RAX);
        a.sbbl(RAX, 0); // above: 1 - 0; equal: 0 - 0; below or unordered: 0 - 1
        if (nanIsGreater) {
            a.negl(RAX);
        }
        a.movl(value1, RAX);
    }

    public final void ifZero(Comparison comparison, Label target) {
        a.cmpl(top(0), 0);
        a.jcc(condition(comparison), target);
    }

    public final void ifIntCompare(Comparison comparison, Label target) {
        a.movl(RAX, top(1));
        a.cmpl(RAX, top(0));
        a.jcc(condition(comparison), target);
    }

    public final void ifReferenceCompare(boolean equal, Label target) {
        a.movq(RAX, top(1));
        a.cmpq(RAX, top(0));
        a.jcc(equal ? Condition.E : Condition.NE, target);
    }

    public final void ifNull(boolean isNull, Label target) {
        a.cmpq(top(0), 0);
        a.jcc(isNull ? Condition.E : Condition.NE, target);
    }

    public final void goto_(Label target) {
        a.jmp(target);
    }

    public final void jsr(Label target, Label returnPoint) {
        a.leaq(RAX, Address.rip(returnPoint));
        a.movq(above(0), RAX);
        a.jmp(target);
    }

    public final void ret(int local) {
        a.jmp(local(local));
    }

    public final void tableswitch(int low, int high, Label[] targets, Label defaultTarget) {
        Label table = new Label();
        a.movl(RAX, top(0));
        if (low != 0) {
            a.subl(RAX, low); // the 32-bit result zero-extends into rax
        }
        a.cmpl(RAX, high - low);
        a.jcc(Condition.A, defaultTarget); // unsigned: keys below low wrapped around
        a.leaq(RCX, Address.rip(table));
        a.leaq(RAX, Address.of(RAX, RAX, Address.Scale.TIMES_4)); // index * JUMP_SIZE
        a.addq(RAX, RCX);
        a.jmp(RAX);
        a.bind(table);
        for (Label target : targets) {
            int before = a.position();
            a.jmpNear(target);
            if (a.position() - before != JUMP_SIZE) {
                throw new IllegalStateException("a jump-table entry must be " + JUMP_SIZE + " bytes");
            }
        }
    }

    public final void lookupswitch(int[] keys, Label[] targets, Label defaultTarget) {
        a.movl(RAX, top(0));
        search(keys, targets, 0, keys.length - 1, defaultTarget);
    }

    /** Emits the search of keys[low..high] for eax; falls through to nothing (every path jumps). */
    private void search(int[] keys, Label[] targets, int low, int high, Label defaultTarget) {
        if (high - low + 1 <= LINEAR_SEARCH_LIMIT) {
            for (int i = low; i <= high; i++) {
                a.cmpl(RAX, keys[i]);
                a.jcc(Condition.E, targets[i]);
            }
            a.jmp(defaultTarget);
            return;
        }
        int middle = (low + high) >>> 1;
        Label upper = new Label();
        a.cmpl(RAX, keys[middle]);
        a.jcc(Condition.E, targets[middle]);
        a.jcc(Condition.G, upper);
        search(keys, targets, low, middle - 1, defaultTarget);
        a.bind(upper);
        search(keys, targets, middle + 1, high, defaultTarget);
    }
}
