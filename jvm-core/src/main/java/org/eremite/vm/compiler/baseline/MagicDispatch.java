package org.eremite.vm.compiler.baseline;

import org.eremite.vm.magic.Magic;

/**
 * Turns a call of a {@link Magic} method into its {@link MagicTemplates} emitter. The method is named by name and
 * descriptor together, so a Magic method that exists only in a newer or older {@code Magic} class than the
 * compiler's (or that javac resolved to a different overload) is refused, not miscompiled.
 */
final class MagicDispatch {
    private MagicDispatch() {
    }

    /** True if {@code owner} (an internal name) is the Magic class, whose static methods are intrinsics. */
    static boolean isMagic(String owner) {
        return owner.equals(Magic.INTERNAL_NAME);
    }

    /**
     * Emits the intrinsic {@code name}{@code descriptor} of Magic with {@code t}.
     *
     * @return false if Magic has no such intrinsic
     */
    static boolean emit(String name, String descriptor, MagicTemplates t) {
        switch (name + descriptor) {
            case "loadByte(J)B": t.magicLoadByte(false); return true;
            case "loadByte(JJ)B": t.magicLoadByte(true); return true;
            case "storeByte(JB)V": t.magicStoreByte(false); return true;
            case "storeByte(JJB)V": t.magicStoreByte(true); return true;
            case "loadShort(J)S": t.magicLoadShort(false); return true;
            case "loadShort(JJ)S": t.magicLoadShort(true); return true;
            case "storeShort(JS)V": t.magicStoreShort(false); return true;
            case "storeShort(JJS)V": t.magicStoreShort(true); return true;
            case "loadChar(J)C": t.magicLoadChar(false); return true;
            case "loadChar(JJ)C": t.magicLoadChar(true); return true;
            case "storeChar(JC)V": t.magicStoreChar(false); return true;
            case "storeChar(JJC)V": t.magicStoreChar(true); return true;
            case "loadInt(J)I": t.magicLoadInt(false); return true;
            case "loadInt(JJ)I": t.magicLoadInt(true); return true;
            case "storeInt(JI)V": t.magicStoreInt(false); return true;
            case "storeInt(JJI)V": t.magicStoreInt(true); return true;
            case "loadLong(J)J": t.magicLoadLong(false); return true;
            case "loadLong(JJ)J": t.magicLoadLong(true); return true;
            case "storeLong(JJ)V": t.magicStoreLong(false); return true;
            case "storeLong(JJJ)V": t.magicStoreLong(true); return true;
            case "loadFloat(J)F": t.magicLoadFloat(false); return true;
            case "loadFloat(JJ)F": t.magicLoadFloat(true); return true;
            case "storeFloat(JF)V": t.magicStoreFloat(false); return true;
            case "storeFloat(JJF)V": t.magicStoreFloat(true); return true;
            case "loadDouble(J)D": t.magicLoadDouble(false); return true;
            case "loadDouble(JJ)D": t.magicLoadDouble(true); return true;
            case "storeDouble(JD)V": t.magicStoreDouble(false); return true;
            case "storeDouble(JJD)V": t.magicStoreDouble(true); return true;
            case "loadObject(J)Ljava/lang/Object;": t.magicLoadObject(false); return true;
            case "loadObject(JJ)Ljava/lang/Object;": t.magicLoadObject(true); return true;
            case "storeObject(JLjava/lang/Object;)V": t.magicStoreObject(false); return true;
            case "storeObject(JJLjava/lang/Object;)V": t.magicStoreObject(true); return true;
            case "addressOf(Ljava/lang/Object;)J": t.magicAddressOf(); return true;
            case "toObject(J)Ljava/lang/Object;": t.magicToObject(); return true;
            case "framePointer()J": t.magicFramePointer(); return true;
            case "callerFramePointer(J)J": t.magicCallerFramePointer(); return true;
            case "returnAddress(J)J": t.magicReturnAddress(); return true;
            case "stackPointer()J": t.magicStackPointer(); return true;
            case "resume(JJJ)V": t.magicResume(); return true;
            case "callVoid(J)V": t.magicCallVoid(); return true;
            case "callObject(J)Ljava/lang/Object;": t.magicCallObject(); return true;
            case "fence()V": t.magicFence(); return true;
            case "pause()V": t.magicPause(); return true;
            default: return false;
        }
    }
}
