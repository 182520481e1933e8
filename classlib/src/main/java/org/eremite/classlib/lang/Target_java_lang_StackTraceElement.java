package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;
import org.eremite.vm.runtime.StackWalk;

/** Stack trace elements from the pcs a throwable recorded ({@link Target_java_lang_Throwable}). */
@TargetClass("java.lang.StackTraceElement")
final class Target_java_lang_StackTraceElement {
    @Substitute
    static StackTraceElement[] of(Throwable x, int depth) {
        Object backtrace = ThrowableAccess.backtrace(x);
        long[] pcs = backtrace instanceof long[] ? (long[]) backtrace : new long[0];
        int n = Math.min(depth, pcs.length);
        StackTraceElement[] elements = new StackTraceElement[n];
        for (int i = 0; i < n; i++) {
            elements[i] = StackWalk.element(pcs[i]);
        }
        return elements;
    }
}
