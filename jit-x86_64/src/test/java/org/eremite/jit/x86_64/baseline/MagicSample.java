package org.eremite.jit.x86_64.baseline;

import org.eremite.vm.magic.Magic;

/** Every {@link Magic} intrinsic in javac's bytecode, for the x86_64 listing tests (never run on the host). */
final class MagicSample {
    private MagicSample() {
    }

    static long loadsOfEveryWidth(long address) {
        return Magic.loadByte(address) + Magic.loadByte(address, 1) + Magic.loadShort(address)
                + Magic.loadShort(address, 2) + Magic.loadChar(address) + Magic.loadChar(address, 4)
                + Magic.loadInt(address) + Magic.loadInt(address, 8) + Magic.loadLong(address)
                + Magic.loadLong(address, 16) + (long) Magic.loadFloat(address) + (long) Magic.loadFloat(address, 4)
                + (long) Magic.loadDouble(address) + (long) Magic.loadDouble(address, 8)
                + (Magic.loadObject(address) == Magic.loadObject(address, 8) ? 1 : 0);
    }

    static void storesOfEveryWidth(long address, Object o) {
        Magic.storeByte(address, (byte) 1);
        Magic.storeByte(address, 1, (byte) 2);
        Magic.storeShort(address, (short) 3);
        Magic.storeShort(address, 2, (short) 4);
        Magic.storeChar(address, 'a');
        Magic.storeChar(address, 4, 'b');
        Magic.storeInt(address, 5);
        Magic.storeInt(address, 8, 6);
        Magic.storeLong(address, 7L);
        Magic.storeLong(address, 16, 8L);
        Magic.storeFloat(address, 9.0f);
        Magic.storeFloat(address, 4, 10.0f);
        Magic.storeDouble(address, 11.0);
        Magic.storeDouble(address, 8, 12.0);
        Magic.storeObject(address, o);
        Magic.storeObject(address, 8, o);
    }

    /** A class initializer and a values() called through addresses; o stays live across both. */
    static Object callsThroughAddresses(Object o, long initializer, long values) {
        Magic.callVoid(initializer);
        Object result = Magic.callObject(values);
        return result == null ? o : result;
    }

    /** An unwinder's last step: the operands come from memory, and nothing after resume runs. */
    static void resumeInHandler(long context) {
        Magic.resume(Magic.loadLong(context), Magic.loadLong(context, 8), Magic.loadLong(context, 16));
    }

    static Object framesAndProcessor(Object o) {
        Magic.fence();
        Magic.pause();
        long fp = Magic.framePointer();
        long sum = Magic.callerFramePointer(fp) + Magic.returnAddress(fp) + Magic.stackPointer();
        return Magic.toObject(Magic.addressOf(o) + sum);
    }
}
