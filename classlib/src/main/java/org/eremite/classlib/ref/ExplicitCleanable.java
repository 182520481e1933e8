package org.eremite.classlib.ref;

import java.lang.ref.Cleaner;

/** A cleaning action that runs at most once, when {@link #clean} is called. */
final class ExplicitCleanable implements Cleaner.Cleanable {
    private Runnable action;

    ExplicitCleanable(Runnable action) {
        this.action = action;
    }

    @Override
    public void clean() {
        Runnable a = action;
        if (a != null) {
            action = null;
            a.run();
        }
    }
}
