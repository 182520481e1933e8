package org.eremite.classlib.internal;

import java.util.List;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * The messages of the JDK's bounds checks, word for word, built by concatenation: the JDK's version formats them
 * with {@code String.format}, which would make the whole {@code Formatter} (and through it locales and calendars)
 * reachable from every bounds check.
 */
@TargetClass("jdk.internal.util.Preconditions")
final class Target_jdk_internal_util_Preconditions {
    @Substitute
    private static String outOfBoundsMessage(String checkKind, List<? extends Number> args) {
        if (checkKind == null) {
            return "Range check failed: " + args;
        }
        int argSize = 0;
        if (checkKind.equals("checkIndex")) {
            argSize = 2;
        } else if (checkKind.equals("checkFromToIndex") || checkKind.equals("checkFromIndexSize")) {
            argSize = 3;
        }
        if (args.size() == argSize && checkKind.equals("checkIndex")) {
            return "Index " + args.get(0) + " out of bounds for length " + args.get(1);
        }
        if (args.size() == argSize && checkKind.equals("checkFromToIndex")) {
            return "Range [" + args.get(0) + ", " + args.get(1) + ") out of bounds for length " + args.get(2);
        }
        if (args.size() == argSize && checkKind.equals("checkFromIndexSize")) {
            return "Range [" + args.get(0) + ", " + args.get(0) + " + " + args.get(1) + ") out of bounds for length "
                    + args.get(2);
        }
        return "Range check failed: " + checkKind + " " + args;
    }
}
