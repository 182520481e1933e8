package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/** One thread (the issue of threads comes later): it is always the current one, never interrupted by another. */
@TargetClass("java.lang.Thread")
final class Target_java_lang_Thread {
    @Substitute
    public static Thread currentThread() {
        return MainThread.thread;
    }

    @Substitute
    public static void yield() {
    }

    @Substitute
    public static boolean holdsLock(Object obj) {
        if (obj == null) {
            throw new NullPointerException();
        }
        return org.eremite.vm.runtime.Monitors.holdsLock(obj);
    }

    @Substitute
    private void setPriority0(int newPriority) {
    }

    @Substitute
    private void interrupt0() {
    }
}
