package org.eremite.classlib.util;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * Date and time conversions ({@code %t}, {@code %T}) need calendars, time zones and locale data providers, which
 * the guest does not have yet; every other conversion is the JDK's. Cutting here keeps every program that formats
 * anything from carrying the locale-provider machinery (found by reflection) in its image.
 */
@TargetClass("java.util.Formatter$FormatSpecifier")
final class Target_java_util_Formatter_FormatSpecifier {
    @Substitute
    private void printDateTime(Object arg, java.util.Locale l) throws java.io.IOException {
        throw new UnsupportedOperationException("Eremite does not format dates and times (%t) yet");
    }
}
