package org.eremite.image.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KernelCommandLineTest {
    @Test
    void plainArgumentsAreJoinedBySpaces() {
        assertEquals("exit=3 a b", KernelCommandLine.join(List.of("exit=3", "a", "b")));
    }

    @Test
    void spacesQuotesBackslashesAndEmptyArgumentsSurviveTheRoundTrip() {
        List<String> arguments = List.of("hello world", "", "say \"hi\"", "C:\\path\\", "tab\there", "=", "ünïcode");
        String line = KernelCommandLine.join(arguments);
        assertEquals("\"hello world\" \"\" \"say \\\"hi\\\"\" \"C:\\\\path\\\\\" \"tab\there\" = ünïcode", line);
        assertEquals(arguments, KernelCommandLine.split(line));
    }

    @Test
    void noArgumentsGiveAnEmptyLine() {
        assertEquals("", KernelCommandLine.join(List.of()));
        assertEquals(List.of(), KernelCommandLine.split("   "));
    }
}
