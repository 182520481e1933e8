package org.eremite.image.run;

import java.util.List;

/**
 * Joins program arguments into one kernel command line that the guest splits back into exactly the same
 * arguments: arguments are separated by one space; an argument that is empty or holds a space, tab,
 * double quote or backslash is written in double quotes, with {@code "} and {@code \} escaped by a
 * backslash.
 */
public final class KernelCommandLine {
    private KernelCommandLine() {
    }

    public static String join(List<String> arguments) {
        return org.eremite.vm.runtime.CommandLine.join(arguments);
    }

    /** The inverse of {@link #join}: the guest's own splitting ({@code org.eremite.vm.runtime.CommandLine}). */
    public static List<String> split(String line) {
        return List.of(org.eremite.vm.runtime.CommandLine.split(line));
    }
}
