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
        StringBuilder line = new StringBuilder();
        for (String argument : arguments) {
            if (line.length() > 0) {
                line.append(' ');
            }
            if (!argument.isEmpty() && argument.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '"' || c == '\\')) {
                line.append(argument);
                continue;
            }
            line.append('"');
            for (char c : argument.toCharArray()) {
                if (c == '"' || c == '\\') {
                    line.append('\\');
                }
                line.append(c);
            }
            line.append('"');
        }
        return line.toString();
    }

    /** The inverse of {@link #join}, as the guest performs it. */
    public static List<String> split(String line) {
        List<String> arguments = new java.util.ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            StringBuilder argument = new StringBuilder();
            boolean quoted = false;
            while (i < line.length()) {
                c = line.charAt(i);
                if (!quoted && (c == ' ' || c == '\t')) {
                    break;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\\' && quoted && i + 1 < line.length()) {
                    argument.append(line.charAt(++i));
                } else {
                    argument.append(c);
                }
                i++;
            }
            arguments.add(argument.toString());
        }
        return arguments;
    }
}
