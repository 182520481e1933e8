package org.eremite.classlib.util;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/** Tree bins order keys by {@link Comparables#classFor}. */
@TargetClass("java.util.HashMap")
final class Target_java_util_HashMap {
    @Substitute
    static Class<?> comparableClassFor(Object x) {
        return Comparables.classFor(x);
    }
}
