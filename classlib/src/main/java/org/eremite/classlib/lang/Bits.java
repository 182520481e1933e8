package org.eremite.classlib.lang;

import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;

/**
 * Reinterprets floating-point values as their bits by a store and a load of the other kind through an 8-byte
 * scratch array (one thread). NaN payloads survive: the stores and loads move bits, no arithmetic touches them.
 */
final class Bits {
    private static final long[] SCRATCH = new long[1];

    private Bits() {
    }

    private static long scratch() {
        return Magic.addressOf(SCRATCH) + ObjectLayout.ARRAY_BASE_OFFSET;
    }

    static int floatToRawIntBits(float value) {
        long at = scratch();
        Magic.storeFloat(at, value);
        return Magic.loadInt(at);
    }

    static float intBitsToFloat(int bits) {
        long at = scratch();
        Magic.storeInt(at, bits);
        return Magic.loadFloat(at);
    }

    static long doubleToRawLongBits(double value) {
        long at = scratch();
        Magic.storeDouble(at, value);
        return Magic.loadLong(at);
    }

    static double longBitsToDouble(long bits) {
        long at = scratch();
        Magic.storeLong(at, bits);
        return Magic.loadDouble(at);
    }
}
