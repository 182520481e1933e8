package org.eremite.vm.compiler.baseline;

/**
 * The intrinsics of {@link org.eremite.vm.magic.Magic}: an {@code invokestatic} of a Magic method is not a call
 * but one of these emitters (chosen by {@link MagicDispatch} from the method's name and descriptor). Like every
 * other emitter, each finds its operands at the stack depth of {@link MethodCompilation#depth()}: the arguments
 * are the top slots (a long address takes two, as in the JVMS), and the result replaces them. An intrinsic is not
 * a call site: it records no GC map and cannot throw.
 */
public interface MagicTemplates {
    /** {@code Magic.loadByte}: the address ({@code withOffset}: base and offset) is replaced by the byte there. */
    void magicLoadByte(boolean withOffset);

    /** {@code Magic.storeByte}: stores the byte on top at the address (or base + offset) below it; pops both. */
    void magicStoreByte(boolean withOffset);

    /** {@code Magic.loadShort}: the address ({@code withOffset}: base and offset) is replaced by the short there. */
    void magicLoadShort(boolean withOffset);

    /** {@code Magic.storeShort}: stores the short on top at the address (or base + offset) below it; pops both. */
    void magicStoreShort(boolean withOffset);

    /** {@code Magic.loadChar}: the address ({@code withOffset}: base and offset) is replaced by the char there. */
    void magicLoadChar(boolean withOffset);

    /** {@code Magic.storeChar}: stores the char on top at the address (or base + offset) below it; pops both. */
    void magicStoreChar(boolean withOffset);

    /** {@code Magic.loadInt}: the address ({@code withOffset}: base and offset) is replaced by the int there. */
    void magicLoadInt(boolean withOffset);

    /** {@code Magic.storeInt}: stores the int on top at the address (or base + offset) below it; pops both. */
    void magicStoreInt(boolean withOffset);

    /** {@code Magic.loadLong}: the address ({@code withOffset}: base and offset) is replaced by the long there. */
    void magicLoadLong(boolean withOffset);

    /** {@code Magic.storeLong}: stores the long on top at the address (or base + offset) below it; pops both. */
    void magicStoreLong(boolean withOffset);

    /** {@code Magic.loadFloat}: the address ({@code withOffset}: base and offset) is replaced by the float there. */
    void magicLoadFloat(boolean withOffset);

    /** {@code Magic.storeFloat}: stores the float on top at the address (or base + offset) below it; pops both. */
    void magicStoreFloat(boolean withOffset);

    /** {@code Magic.loadDouble}: the address ({@code withOffset}: base and offset) is replaced by the double there. */
    void magicLoadDouble(boolean withOffset);

    /** {@code Magic.storeDouble}: stores the double on top at the address (or base + offset) below it; pops both. */
    void magicStoreDouble(boolean withOffset);

    /** {@code Magic.loadObject}: the address ({@code withOffset}: base and offset) is replaced by the reference there. */
    void magicLoadObject(boolean withOffset);

    /** {@code Magic.storeObject}: stores the reference on top at the address (or base + offset) below it; pops both. */
    void magicStoreObject(boolean withOffset);

    /** {@code Magic.addressOf}: the reference on top becomes a long (the same bits). */
    void magicAddressOf();

    /** {@code Magic.toObject}: the long on top becomes a reference (the same bits). */
    void magicToObject();

    /** {@code Magic.framePointer}: pushes this method's frame pointer. */
    void magicFramePointer();

    /** {@code Magic.callerFramePointer}: the frame pointer on top is replaced by its caller's. */
    void magicCallerFramePointer();

    /** {@code Magic.returnAddress}: the frame pointer on top is replaced by that frame's saved return address. */
    void magicReturnAddress();

    /** {@code Magic.stackPointer}: pushes the stack pointer. */
    void magicStackPointer();

    /**
     * {@code Magic.resume}: the three longs on top are pc, stack pointer and frame pointer (pc deepest); sets the
     * stack and frame pointers and jumps to pc. Nothing after it runs, and it records no GC map: it is no call.
     */
    void magicResume();

    /**
     * {@code Magic.callVoid}: calls the code at the address on top (a long) as a static {@code ()V} method, with
     * the ISA's call sequence and the GC map of a call; pops the address.
     */
    void magicCallVoid();

    /**
     * {@code Magic.callObject}: as {@link #magicCallVoid}, for a static method returning a reference, which
     * replaces the address.
     */
    void magicCallObject();

    /** {@code Magic.fence}: a full memory fence. */
    void magicFence();

    /** {@code Magic.pause}: a spin-wait hint. */
    void magicPause();
}
