package org.eremite.jit.x86_64.baseline;

import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RBP;
import static org.eremite.jit.x86_64.asm.Register.R11;
import static org.eremite.jit.x86_64.asm.Register.RCX;
import static org.eremite.jit.x86_64.asm.Register.RDX;
import static org.eremite.jit.x86_64.asm.Register.RSP;

import org.eremite.jit.x86_64.asm.Address;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.baseline.CompilationContext;
import org.eremite.vm.compiler.baseline.MethodCompilation;

/**
 * The {@link org.eremite.vm.magic.Magic} intrinsics on x86_64. A load or store computes the address in rax (the
 * base plus the offset slot, added in place) and moves the value with the width of its kind, extended as the
 * field loads extend ({@link MemoryCode#loadValue}); floats and doubles move as their bits through an integer
 * register, which is exact. {@code addressOf} and {@code toObject} emit nothing: a reference and its address are
 * the same 8 bytes in the same slot. The SysV frame record is {@code [rbp]} = the caller's rbp,
 * {@code [rbp + 8]} = the return address; rsp is the bottom of the fixed frame. {@code fence} is mfence (SDM
 * vol. 2B: it orders all earlier loads and stores against later ones), {@code pause} is pause.
 *
 * <p>{@code callVoid} and {@code callObject} are {@code call r11} with no arguments: rsp is 16-byte aligned in the
 * body of every method (the frame size is a multiple of 16 and rbp was pushed on an aligned call), as the SysV
 * ABI wants at a call, and the GC map is recorded at the return address like an invokestatic's, with the slots
 * below the address live. {@code resume} loads its three operands into scratch registers first (the slots are
 * addressed through rbp, which it replaces), then sets rsp and rbp and jumps: no return address is pushed, so
 * it is no call site.
 */
abstract class MagicCode extends ObjectCode {
    /** Where {@code enterFrame} leaves the caller's rbp and the return address, from rbp (SysV AMD64 ABI 3.2.2). */
    static final int SAVED_FRAME_POINTER = 0;
    static final int SAVED_RETURN_ADDRESS = 8;

    MagicCode(MethodCompilation method, CompilationContext context, boolean listing) {
        super(method, context, listing);
    }

    /**
     * rax = the address operand: the long whose first slot is {@code fromTop} below the top, or with
     * {@code withOffset} the base below it plus that long (the offset).
     */
    private void address(int fromTop, boolean withOffset) {
        if (withOffset) {
            a.movq(RAX, top(fromTop + 2));
            a.addq(RAX, top(fromTop));
        } else {
            a.movq(RAX, top(fromTop));
        }
    }

    /** The address (two slots, or four with the offset) is replaced by the value of {@code kind} it points at. */
    private void load(TypeKind kind, boolean withOffset) {
        address(1, withOffset);
        loadValue(RCX, kind, Address.of(RAX, 0));
        a.movq(top(withOffset ? 3 : 1), RCX);
    }

    /** Stores the value of {@code kind} on top at the address below it. */
    private void store(TypeKind kind, boolean withOffset) {
        int valueSlots = slots(kind);
        address(valueSlots + 1, withOffset);
        a.movq(RCX, top(valueSlots - 1));
        storeValue(kind, Address.of(RAX, 0), RCX);
    }

    public final void magicLoadByte(boolean withOffset) {
        load(TypeKind.BYTE, withOffset);
    }

    public final void magicStoreByte(boolean withOffset) {
        store(TypeKind.BYTE, withOffset);
    }

    public final void magicLoadShort(boolean withOffset) {
        load(TypeKind.SHORT, withOffset);
    }

    public final void magicStoreShort(boolean withOffset) {
        store(TypeKind.SHORT, withOffset);
    }

    public final void magicLoadChar(boolean withOffset) {
        load(TypeKind.CHAR, withOffset);
    }

    public final void magicStoreChar(boolean withOffset) {
        store(TypeKind.CHAR, withOffset);
    }

    public final void magicLoadInt(boolean withOffset) {
        load(TypeKind.INT, withOffset);
    }

    public final void magicStoreInt(boolean withOffset) {
        store(TypeKind.INT, withOffset);
    }

    public final void magicLoadLong(boolean withOffset) {
        load(TypeKind.LONG, withOffset);
    }

    public final void magicStoreLong(boolean withOffset) {
        store(TypeKind.LONG, withOffset);
    }

    public final void magicLoadFloat(boolean withOffset) {
        load(TypeKind.FLOAT, withOffset);
    }

    public final void magicStoreFloat(boolean withOffset) {
        store(TypeKind.FLOAT, withOffset);
    }

    public final void magicLoadDouble(boolean withOffset) {
        load(TypeKind.DOUBLE, withOffset);
    }

    public final void magicStoreDouble(boolean withOffset) {
        store(TypeKind.DOUBLE, withOffset);
    }

    public final void magicLoadObject(boolean withOffset) {
        load(TypeKind.REFERENCE, withOffset);
    }

    public final void magicStoreObject(boolean withOffset) {
        store(TypeKind.REFERENCE, withOffset);
    }

    public final void magicAddressOf() {
        // The reference's slot already holds its address; the long takes that slot (and the unused one above).
    }

    public final void magicToObject() {
        // The long's first slot holds the address, which is the reference.
    }

    public final void magicFramePointer() {
        a.movq(above(0), RBP);
    }

    public final void magicCallerFramePointer() {
        a.movq(RAX, top(1));
        a.movq(RAX, Address.of(RAX, SAVED_FRAME_POINTER));
        a.movq(top(1), RAX);
    }

    public final void magicReturnAddress() {
        a.movq(RAX, top(1));
        a.movq(RAX, Address.of(RAX, SAVED_RETURN_ADDRESS));
        a.movq(top(1), RAX);
    }

    public final void magicStackPointer() {
        a.movq(above(0), RSP);
    }

    public final void magicResume() {
        a.movq(RAX, top(5)); // pc, the deepest of the three longs
        a.movq(RCX, top(3)); // the stack pointer
        a.movq(RDX, top(1)); // the frame pointer
        a.movq(RSP, RCX);
        a.movq(RBP, RDX);
        a.jmp(RAX);
    }

    public final void magicCallVoid() {
        callAddressOnTop();
    }

    public final void magicCallObject() {
        callAddressOnTop();
        a.movq(top(1), RAX); // the reference takes the first slot of the address
    }

    /** Calls the address on top (a long) as a static method without arguments: a safepoint with its GC map. */
    private void callAddressOnTop() {
        a.movq(R11, top(1));
        a.call(R11);
        m.callSite(a.position(), m.depth() - 2);
    }

    public final void magicFence() {
        a.mfence();
    }

    public final void magicPause() {
        a.pause();
    }
}
