package org.eremite.image.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JDK's javap, as an independent oracle for bytecode offsets. */
public final class Javap {
    private static final Pattern INSTRUCTION = Pattern.compile("^\\s*(\\d+): ([a-z][a-z_0-9]*)\\b.*$");

    private Javap() {
    }

    /** {@code javap -c -p} output for a class file or a class of the JDK ({@code --module java.base x.Y}). */
    public static String disassemble(String... arguments) {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("-c", "-p"));
        args.addAll(List.of(arguments));
        int status = javap.run(new PrintWriter(out), new PrintWriter(out), args.toArray(new String[0]));
        if (status != 0) {
            throw new IllegalStateException("javap failed: " + out);
        }
        return out.toString();
    }

    /** Every instruction's offset, method after method in class-file order. */
    public static List<Integer> instructionOffsets(String disassembly) {
        List<Integer> offsets = new ArrayList<>();
        for (String line : disassembly.split("\n")) {
            Matcher m = INSTRUCTION.matcher(line);
            if (m.matches()) {
                offsets.add(Integer.parseInt(m.group(1)));
            }
        }
        return offsets;
    }

    /** The offset of the first instruction whose javap line contains {@code text}. */
    public static int offsetOf(String disassembly, String text) {
        for (String line : disassembly.split("\n")) {
            Matcher m = INSTRUCTION.matcher(line);
            if (m.matches() && line.contains(text)) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IllegalArgumentException("no instruction with '" + text + "' in:\n" + disassembly);
    }
}
