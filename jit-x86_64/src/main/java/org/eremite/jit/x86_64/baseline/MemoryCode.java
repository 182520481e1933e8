package org.eremite.jit.x86_64.baseline;

import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RCX;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RDX;
import static org.eremite.jit.x86_64.asm.Register.RSI;

import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.jit.x86_64.asm.Register;
import org.eremite.vm.asm.Label;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.CompilationContext.InitializationBarrier;
import org.eremite.vm.compiler.baseline.CompilationContext.InstanceField;
import org.eremite.vm.compiler.baseline.CompilationContext.StaticField;
import org.eremite.vm.compiler.baseline.MethodCompilation;
import org.eremite.vm.compiler.baseline.RuntimeEntry;
import org.eremite.vm.object.ObjectLayout;

/**
 * Fields and arrays. Loads extend to the computational kind as JVMS 2.11.1 says (byte and short sign-extend,
 * char and boolean zero-extend); stores of a boolean keep only bit 0 (JVMS 6.5 putfield, bastore into a
 * {@code boolean[]}). An instance field at an offset inside the unmapped page is null-checked by the access
 * itself; an array's length at offset 16 null-checks the array, and the index is compared with it unsigned, so a
 * negative index fails the same test (JVMS 6.5 iaload).
 */
abstract class MemoryCode extends BranchCode {
    MemoryCode(MethodCompilation method, CompilationContext context, boolean listing) {
        super(method, context, listing);
    }

    /** Loads a field or element of {@code kind} at {@code at} into {@code dst}, extended to its computational kind. */
    final void loadValue(Register dst, TypeKind kind, Address at) {
        switch (kind) {
            case BOOLEAN:
                a.movzxbl(dst, at);
                break;
            case BYTE:
                a.movsxbl(dst, at);
                break;
            case CHAR:
                a.movzxwl(dst, at);
                break;
            case SHORT:
                a.movsxwl(dst, at);
                break;
            case INT:
            case FLOAT:
                a.movl(dst, at);
                break;
            default:
                a.movq(dst, at);
                break;
        }
    }

    /** Stores {@code src} as a field or element of {@code kind} (its size) at {@code at}. */
    final void storeValue(TypeKind kind, Address at, Register src) {
        switch (kind.bytes()) {
            case 1:
                a.movb(at, src);
                break;
            case 2:
                a.movw(at, src);
                break;
            case 4:
                a.movl(at, src);
                break;
            default:
                a.movq(at, src);
                break;
        }
    }

    /** The slots a value of {@code kind} takes on the stack. */
    static int slots(TypeKind kind) {
        return kind.computational().slots();
    }

    public final void getstatic(StaticField field, InitializationBarrier barrier) {
        initializationBarrier(barrier);
        loadValue(RAX, field.kind(), Address.rip(field.symbol(), field.offset()));
        a.movq(above(0), RAX);
    }

    public final void putstatic(StaticField field, InitializationBarrier barrier) {
        initializationBarrier(barrier);
        a.movq(RAX, top(slots(field.kind()) - 1));
        if (field.kind() == TypeKind.BOOLEAN) {
            a.andl(RAX, 1);
        }
        storeValue(field.kind(), Address.rip(field.symbol(), field.offset()), RAX);
    }

    /** Null-checks the object in {@code object} before an access at {@code offset}: implicit if page 0 covers it. */
    private boolean implicitCheckCovers(InstanceField field) {
        return field.offset() >= 0 && field.offset() + field.kind().bytes() <= UNMAPPED_PAGE_SIZE;
    }

    public final void getfield(InstanceField field) {
        a.movq(RCX, top(0));
        if (implicitCheckCovers(field)) {
            implicitNullCheck();
        } else {
            explicitNullCheck(RCX);
        }
        loadValue(RAX, field.kind(), field(RCX, field.offset()));
        a.movq(top(0), RAX);
    }

    public final void putfield(InstanceField field) {
        int valueSlots = slots(field.kind());
        a.movq(RAX, top(valueSlots - 1));
        a.movq(RCX, top(valueSlots));
        if (field.kind() == TypeKind.BOOLEAN) {
            a.andl(RAX, 1);
        }
        if (implicitCheckCovers(field)) {
            implicitNullCheck();
        } else {
            explicitNullCheck(RCX);
        }
        storeValue(field.kind(), field(RCX, field.offset()), RAX);
    }

    /**
     * rax = the array at {@code arraySlot}, rcx = the index at {@code indexSlot} (zero-extended); null check by
     * the load of the length, then the bounds check.
     */
    private void checkedIndex(Address arraySlot, Address indexSlot) {
        Label inBounds = new Label();
        a.movq(RAX, arraySlot);
        a.movl(RCX, indexSlot);
        implicitNullCheck();
        a.cmpl(RCX, field(RAX, ObjectLayout.ARRAY_LENGTH_OFFSET));
        a.jcc(Condition.B, inBounds);
        a.movl(RDI, RCX);
        a.movl(RSI, field(RAX, ObjectLayout.ARRAY_LENGTH_OFFSET));
        callRuntime(RuntimeEntry.THROW_ARRAY_INDEX_OUT_OF_BOUNDS);
        a.bind(inBounds);
    }

    private static Address element(TypeKind kind) {
        return Address.of(RAX, RCX, Address.Scale.of(ObjectLayout.elementSize(kind)), ObjectLayout.ARRAY_BASE_OFFSET);
    }

    public final void arrayLoad(TypeKind kind) {
        checkedIndex(top(1), top(0));
        loadValue(RDX, kind, element(kind));
        a.movq(top(1), RDX);
    }

    public final void arrayStore(TypeKind kind) {
        int valueSlots = slots(kind);
        checkedIndex(top(valueSlots + 1), top(valueSlots));
        a.movq(RDX, top(valueSlots - 1));
        if (kind == TypeKind.BYTE) {
            // bastore serves byte[] and boolean[]; into a boolean[] it stores value & 1 (JVMS 6.5 bastore).
            Label notBoolean = new Label();
            a.leaq(RSI, Address.rip(context.hub("[Z")));
            a.cmpq(RSI, field(RAX, ObjectLayout.CLASS_WORD_OFFSET));
            a.jcc(Condition.NE, notBoolean);
            a.andl(RDX, 1);
            a.bind(notBoolean);
        }
        storeValue(kind, element(kind), RDX);
    }

    /** JVMS 6.5 aastore: null check, bounds check, then the store check for a non-null value. */
    public final void aastore() {
        Label store = new Label();
        Label storable = new Label();
        checkedIndex(top(2), top(1));
        a.movq(RDX, top(0));
        a.testq(RDX, RDX);
        a.jcc(Condition.E, store);
        a.movq(RDI, RAX);
        a.movq(RSI, RDX);
        callRuntime(RuntimeEntry.IS_STORABLE);
        a.testl(RAX, RAX);
        a.jcc(Condition.NE, storable);
        a.movq(RDI, top(2));
        a.movq(RSI, top(0));
        callRuntime(RuntimeEntry.THROW_ARRAY_STORE);
        a.bind(storable);
        a.movq(RAX, top(2)); // the call clobbered the scratch registers
        a.movl(RCX, top(1));
        a.movq(RDX, top(0));
        a.bind(store);
        a.movq(element(TypeKind.REFERENCE), RDX);
    }

    public final void arraylength() {
        a.movq(RAX, top(0));
        implicitNullCheck();
        a.movl(RAX, field(RAX, ObjectLayout.ARRAY_LENGTH_OFFSET));
        a.movl(top(0), RAX);
    }
}
