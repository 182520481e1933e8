package org.eremite.classlib.util;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * The streams' boxing tripwire only logs when a debugging property is set at start-up, which the guest never has;
 * the JDK's version would bring the platform logging machinery into every image that uses streams.
 */
@TargetClass("java.util.Tripwire")
final class Target_java_util_Tripwire {
    @Substitute
    static void trip(Class<?> trippingClass, String msg) {
    }
}
