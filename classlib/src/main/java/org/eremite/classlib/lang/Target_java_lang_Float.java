package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/** Float's bit natives, through memory (the bits are the IEEE 754 encoding either way). */
@TargetClass("java.lang.Float")
final class Target_java_lang_Float {
    @Substitute
    public static int floatToRawIntBits(float value) {
        return Bits.floatToRawIntBits(value);
    }

    @Substitute
    public static float intBitsToFloat(int bits) {
        return Bits.intBitsToFloat(bits);
    }
}
