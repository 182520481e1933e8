package org.eremite.classlib.util;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/** Tree bins order keys by {@link Comparables#classFor}. */
@TargetClass("java.util.concurrent.ConcurrentHashMap")
final class Target_java_util_concurrent_ConcurrentHashMap {
    @Substitute
    static Class<?> comparableClassFor(Object x) {
        return Comparables.classFor(x);
    }
}
