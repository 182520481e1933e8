package org.eremite.classlib.logging;

import java.util.ResourceBundle;
import java.util.function.Supplier;

/** A logger that is never enabled. */
final class DiscardingLogger implements System.Logger {
    static final DiscardingLogger INSTANCE = new DiscardingLogger();

    private DiscardingLogger() {
    }

    @Override
    public String getName() {
        return "eremite";
    }

    @Override
    public boolean isLoggable(Level level) {
        return false;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier) {
    }
}
