package org.eremite.classlib.logging;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * The JDK's internal loggers: the guest has no logging configuration or logger finder service, so every platform
 * logger is one that discards (the JDK logs only diagnostics of its own there). Finding the configured logger
 * would bring service loading, security policies and the logging framework into every image.
 */
@TargetClass("jdk.internal.logger.LazyLoggers")
final class Target_jdk_internal_logger_LazyLoggers {
    @Substitute
    public static System.Logger getLogger(String name, Module module) {
        return DiscardingLogger.INSTANCE;
    }

    @Substitute
    public static System.Logger getLazyLogger(String name, Module module) {
        return DiscardingLogger.INSTANCE;
    }
}
