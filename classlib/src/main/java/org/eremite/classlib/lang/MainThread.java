package org.eremite.classlib.lang;

/**
 * The one thread of the guest: the image builder writes a {@code java.lang.Thread} named "main" in the group
 * "main" (priority 5, id 1, runnable) into the boot heap and sets {@link #thread}, since no host thread may be
 * copied and running Thread's constructor at boot would need the thread it makes.
 */
public final class MainThread {
    /** Set by the image builder. */
    static Thread thread;

    private MainThread() {
    }
}
