package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/** {@code intern}: one table, which the image builder fills with every string literal of the image. */
@TargetClass("java.lang.String")
final class Target_java_lang_String {
    @Substitute
    public String intern() {
        return StringTable.intern((String) (Object) this);
    }
}
