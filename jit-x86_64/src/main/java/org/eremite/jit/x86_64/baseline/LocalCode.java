package org.eremite.jit.x86_64.baseline;

import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RCX;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RDX;
import static org.eremite.jit.x86_64.asm.Register.RSI;

import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Register;
import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.MethodCompilation;
import org.eremite.vm.compiler.baseline.RuntimeEntry;

/**
 * Constants, loads and stores, {@code iinc} and the stack instructions. Every slot is 8 bytes and a long or
 * double keeps its value in its first slot, so the stack instructions are pure slot permutations whatever the
 * kinds (JVMS 6.5 {@code dup2} on a long copies both slots, as on two ints); loads and stores copy 8 bytes, or 4
 * for an int or float, whose slot's upper half is undefined.
 */
abstract class LocalCode extends TemplateBase {
    /** The scratch registers of a permutation: at most four slots take part ({@code dup2_x2}). */
    private static final Register[] PERMUTATION = {RAX, RCX, RDX, RSI};

    LocalCode(MethodCompilation method, CompilationContext context, boolean listing) {
        super(method, context, listing);
    }

    public final void aconstNull() {
        a.movq(above(0), 0);
    }

    public final void iconst(int value) {
        a.movl(above(0), value);
    }

    public final void lconst(long value) {
        store64(above(0), value);
    }

    public final void fconst(int bits) {
        a.movl(above(0), bits);
    }

    public final void dconst(long bits) {
        store64(above(0), bits);
    }

    private void store64(Address slot, long value) {
        if (value == (int) value) {
            a.movq(slot, (int) value);
        } else {
            a.movabs(RAX, value);
            a.movq(slot, RAX);
        }
    }

    public final void ldcString(String symbol) {
        a.leaq(RAX, Address.rip(symbol));
        a.movq(above(0), RAX);
    }

    public final void ldcClass(String symbol) {
        a.leaq(RAX, Address.rip(symbol));
        a.movq(above(0), RAX);
    }

    public final void ldcClassAtRunTime(String nameLiteralSymbol) {
        a.leaq(RDI, Address.rip(nameLiteralSymbol));
        callRuntime(RuntimeEntry.LOAD_CLASS_LITERAL);
        a.movq(above(0), RAX);
    }

    /** Copies a local to the new top slot: 4 bytes for an int or float (its slot's upper half is undefined). */
    private void load(int local, boolean narrow) {
        if (narrow) {
            a.movl(RAX, local(local));
            a.movl(above(0), RAX);
        } else {
            a.movq(RAX, local(local));
            a.movq(above(0), RAX);
        }
    }

    private void load(int local) {
        load(local, false);
    }

    public final void iload(int local) {
        load(local, true);
    }

    public final void lload(int local) {
        load(local);
    }

    public final void fload(int local) {
        load(local, true);
    }

    public final void dload(int local) {
        load(local);
    }

    public final void aload(int local) {
        load(local);
    }

    /** Stores the value whose first slot is {@code fromTop} below the top. */
    private void store(int local, int fromTop) {
        a.movq(RAX, top(fromTop));
        a.movq(local(local), RAX);
    }

    private void storeNarrow(int local) {
        a.movl(RAX, top(0));
        a.movl(local(local), RAX);
    }

    public final void istore(int local) {
        storeNarrow(local);
    }

    public final void lstore(int local) {
        store(local, 1);
    }

    public final void fstore(int local) {
        storeNarrow(local);
    }

    public final void dstore(int local) {
        store(local, 1);
    }

    public final void astore(int local) {
        store(local, 0);
    }

    public final void iinc(int local, int increment) {
        a.addl(local(local), increment);
    }

    public final void pop() {
        // The stack depth is static: nothing to do.
    }

    public final void pop2() {
    }

    public final void dup() {
        permute(1, new int[] {0, 0});
    }

    public final void dupX1() {
        permute(2, new int[] {1, 0, 1});
    }

    public final void dupX2() {
        permute(3, new int[] {2, 0, 1, 2});
    }

    public final void dup2() {
        permute(2, new int[] {0, 1, 0, 1});
    }

    public final void dup2X1() {
        permute(3, new int[] {1, 2, 0, 1, 2});
    }

    public final void dup2X2() {
        permute(4, new int[] {2, 3, 0, 1, 2, 3});
    }

    public final void swap() {
        permute(2, new int[] {1, 0});
    }

    /**
     * Replaces the top {@code consumed} slots (numbered from the deepest, 0) by the slots {@code result} names,
     * deepest first: {@code dup_x1} is {@code [v2 v1] -> [v1 v2 v1]}, i.e. consumed 2, result {1, 0, 1}. Slots that
     * keep their value are not written.
     */
    private void permute(int consumed, int[] result) {
        int base = m.depth() - consumed;
        boolean[] needed = new boolean[consumed];
        for (int k = 0; k < result.length; k++) {
            if (result[k] != k) {
                needed[result[k]] = true;
            }
        }
        for (int s = 0; s < consumed; s++) {
            if (needed[s]) {
                a.movq(PERMUTATION[s], stackSlot(base + s));
            }
        }
        for (int k = 0; k < result.length; k++) {
            if (result[k] != k) {
                a.movq(stackSlot(base + k), PERMUTATION[result[k]]);
            }
        }
    }
}
