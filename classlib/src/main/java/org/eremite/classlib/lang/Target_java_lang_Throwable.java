package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Alias;
import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;
import org.eremite.vm.runtime.StackWalk;

/** Stack traces: the pcs of the frames, kept in Throwable's own {@code backtrace} field as HotSpot keeps its data. */
@TargetClass("java.lang.Throwable")
final class Target_java_lang_Throwable {
    @Alias
    private transient Object backtrace;
    @Alias
    private transient int depth;

    /** For {@link ThrowableAccess}: added to Throwable, reads the alias. */
    @org.eremite.vm.annotation.Inject
    Object backtraceValue() {
        return backtrace;
    }

    @Substitute
    private Throwable fillInStackTrace(int dummy) {
        long[] pcs = StackWalk.capture((Throwable) (Object) this);
        backtrace = pcs;
        depth = pcs.length;
        return (Throwable) (Object) this;
    }
}
