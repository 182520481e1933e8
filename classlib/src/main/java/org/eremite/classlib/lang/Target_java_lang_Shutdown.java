package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;
import org.eremite.vm.runtime.VmEntry;

/** The end of {@code Shutdown}'s sequence: the machine powers off with the status. */
@TargetClass("java.lang.Shutdown")
final class Target_java_lang_Shutdown {
    @Substitute
    static void halt0(int status) {
        VmEntry.exit(status);
    }

    @Substitute
    private static void beforeHalt() {
    }
}
