package org.eremite.vm.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import org.eremite.vm.magic.Magic;

/**
 * The program arguments from the kernel command line, the inverse of the image runner's
 * {@code org.eremite.image.run.KernelCommandLine.join}: spaces and tabs separate arguments; double quotes group,
 * and inside them a backslash takes the next character literally.
 */
public final class CommandLine {
    private CommandLine() {
    }

    /** The arguments of the NUL-terminated UTF-8 line at {@code address} (none for address 0). */
    static String[] arguments(long address) {
        if (address == 0) {
            return new String[0];
        }
        int length = 0;
        while (Magic.loadByte(address, length) != 0) {
            length++;
        }
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = Magic.loadByte(address, i);
        }
        return split(new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * The command line that {@link #split} turns back into {@code arguments} (the image runner writes it): one space
     * between arguments; an argument that is empty or holds a space, tab, double quote or backslash is quoted, with
     * {@code "} and {@code \\} escaped by a backslash. Runs on the host.
     */
    public static String join(java.util.List<String> arguments) {
        StringBuilder line = new StringBuilder();
        for (String argument : arguments) {
            if (line.length() > 0) {
                line.append(' ');
            }
            if (!argument.isEmpty() && argument.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '"'
                    || c == '\\')) {
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

    /** The arguments of {@code line}; the image runner's {@code KernelCommandLine.split} is this too. */
    public static String[] split(String line) {
        ArrayList<String> arguments = new ArrayList<>();
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
        return arguments.toArray(new String[0]);
    }
}
