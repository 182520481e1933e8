package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * HotSpot's helpful messages for the null pointer exceptions it raises itself ("Cannot invoke ... because ...
 * is null") are not computed yet: such exceptions have no message. An exception made by code has its own message,
 * as on HotSpot.
 */
@TargetClass("java.lang.NullPointerException")
final class Target_java_lang_NullPointerException {
    @Substitute
    private String getExtendedNPEMessage() {
        return null;
    }
}
