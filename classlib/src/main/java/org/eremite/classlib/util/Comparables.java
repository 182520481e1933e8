package org.eremite.classlib.util;

import org.eremite.vm.runtime.Hub;
import org.eremite.vm.runtime.TypeChecks;

/**
 * {@code comparableClassFor} of the hash maps, without reflection on generic types: the class of {@code x} if it
 * is a String or declares {@code implements Comparable<itself>} (a hub flag the image builder computes from the
 * class's Signature attribute), else null. The JDK's version reads the same fact through
 * {@code getGenericInterfaces}, which would pull the whole generic-reflection machinery into every image.
 */
final class Comparables {
    private Comparables() {
    }

    static Class<?> classFor(Object x) {
        if (x instanceof Comparable) {
            Hub hub = TypeChecks.hubOf(x);
            if (x instanceof String || (hub.flags & Hub.COMPARABLE_TO_ITSELF) != 0) {
                return hub.mirror;
            }
        }
        return null;
    }
}
