package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/** Double's bit natives, through memory. */
@TargetClass("java.lang.Double")
final class Target_java_lang_Double {
    @Substitute
    public static long doubleToRawLongBits(double value) {
        return Bits.doubleToRawLongBits(value);
    }

    @Substitute
    public static double longBitsToDouble(long bits) {
        return Bits.longBitsToDouble(bits);
    }
}
