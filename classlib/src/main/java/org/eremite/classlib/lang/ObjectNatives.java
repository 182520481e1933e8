package org.eremite.classlib.lang;

import org.eremite.vm.magic.Magic;
import org.eremite.vm.runtime.Hub;
import org.eremite.vm.runtime.Monitors;
import org.eremite.vm.runtime.Platform;
import org.eremite.vm.runtime.TypeChecks;

/**
 * Natives of final methods, which a substitution class cannot declare (it would override them): the image builder
 * binds each to a static method here whose first parameter is the receiver, which the calling convention passes
 * in the same register as {@code this}.
 */
public final class ObjectNatives {
    private ObjectNatives() {
    }

    /** {@code Object.getClass()}. */
    public static Class<?> getClass(Object self) {
        Hub hub = TypeChecks.hubOf(self);
        return hub.mirror;
    }

    /** {@code Object.notify()}: one thread, so nobody waits; the caller must hold the monitor. */
    public static void notify(Object self) {
        checkOwner(self);
    }

    /** {@code Object.notifyAll()}. */
    public static void notifyAll(Object self) {
        checkOwner(self);
    }

    /**
     * {@code Object.wait(long)}: with one thread nothing can notify, so a timed wait sleeps out its time and an
     * untimed one waits forever, as on HotSpot.
     */
    public static void wait(Object self, long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        checkOwner(self);
        long end = Platform.nanoTime() + timeoutMillis * 1_000_000L;
        while (timeoutMillis == 0 || Platform.nanoTime() - end < 0) {
            Magic.pause();
        }
    }

    private static void checkOwner(Object self) {
        if (!Monitors.holdsLock(self)) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
    }
}
