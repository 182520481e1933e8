package org.eremite.vm.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import org.eremite.vm.magic.Magic;

/**
 * The program arguments from the kernel command line, split exactly as the image runner's
 * {@code org.eremite.image.run.KernelCommandLine.split} defines (the inverse of its {@code join}): spaces and
 * tabs separate arguments; double quotes group, and inside them a backslash takes the next character literally.
 */
final class CommandLine {
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

    /** The arguments of {@code line}. */
    static String[] split(String line) {
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
