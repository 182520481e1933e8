package org.eremite.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Splitting the kernel command line as the image runner's {@code KernelCommandLine.split} does (its cases), and
 * the round trip through its {@code join} (mirrored here: jvm-core cannot see the images module).
 */
class CommandLineTest {
    private static void assertSplit(String line, String... arguments) {
        assertEquals(List.of(arguments), List.of(CommandLine.split(line)), "split of [" + line + "]");
    }

    @Test
    void spacesAndTabsSeparate() {
        assertSplit("");
        assertSplit("   \t ");
        assertSplit("a", "a");
        assertSplit("a b  c", "a", "b", "c");
        assertSplit("\t a\tb ", "a", "b");
    }

    @Test
    void quotesGroupAndBackslashEscapesOnlyInsideThem() {
        assertSplit("\"\"", "");
        assertSplit("\"\" x", "", "x");
        assertSplit("\"a b\" c", "a b", "c");
        assertSplit("\"a\\\"b\"", "a\"b");
        assertSplit("\"a\\\\b\"", "a\\b");
        assertSplit("a\\b", "a\\b");
        assertSplit("x\"y z\"w", "xy zw");
        assertSplit("\"unterminated x", "unterminated x");
        assertSplit("\"trailing\\", "trailing\\");
        assertSplit("\"tab\tinside\"", "tab\tinside");
    }

    @Test
    void nonAsciiArgumentsSurvive() {
        assertSplit("héllo wörld 日本 😀", "héllo", "wörld", "日本", "😀");
    }

    private static String join(List<String> arguments) {
        return CommandLine.join(arguments);
    }

    @Test
    void splitInvertsJoin() {
        Random random = new Random(7);
        char[] alphabet = {'a', 'Z', ' ', '\t', '"', '\\', 'é', '-', '='};
        for (int round = 0; round < 2000; round++) {
            String[] arguments = new String[random.nextInt(5)];
            for (int i = 0; i < arguments.length; i++) {
                StringBuilder argument = new StringBuilder();
                for (int n = random.nextInt(6); n > 0; n--) {
                    argument.append(alphabet[random.nextInt(alphabet.length)]);
                }
                arguments[i] = argument.toString();
            }
            assertEquals(List.of(arguments), List.of(CommandLine.split(join(List.of(arguments)))));
        }
    }
}
