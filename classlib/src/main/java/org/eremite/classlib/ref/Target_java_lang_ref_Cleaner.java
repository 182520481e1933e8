package org.eremite.classlib.ref;

import java.lang.ref.Cleaner;
import java.util.Objects;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * Cleaners without a collector: there is no reference processing yet, so an action runs when its owner calls
 * {@code clean()} (as {@code close()} methods do) and never because the object became unreachable. The snapshot
 * copies the JDK's common cleaner without its implementation (a thread and phantom references of the build JVM).
 */
@TargetClass("java.lang.ref.Cleaner")
final class Target_java_lang_ref_Cleaner {
    @Substitute
    public Cleaner.Cleanable register(Object obj, Runnable action) {
        Objects.requireNonNull(obj, "obj");
        Objects.requireNonNull(action, "action");
        return new ExplicitCleanable(action);
    }
}
