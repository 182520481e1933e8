package org.eremite.image.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsolePumpTest {
    private static String pump(String console, ByteArrayOutputStream err) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QemuLauncher.ConsolePump pump = new QemuLauncher.ConsolePump(
                new ByteArrayInputStream(console.getBytes(StandardCharsets.UTF_8)), out, err);
        pump.run();
        pump.flushUnstarted(new PrintStream(err, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void firmwareBannerBeforeTheConsoleStartIsDropped() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String out = pump("OpenSBI v1.1\n   ____\nBoot HART ID: 0\n\u0002hello\nworld\n", err);
        assertEquals("hello\nworld\n", out);
        assertEquals(0, err.size());
    }

    @Test
    void onlyTheFirstConsoleStartIsSpecial() {
        assertEquals("a\u0002b", pump("\u0002a\u0002b", new ByteArrayOutputStream()));
    }

    @Test
    void withoutAConsoleStartEverythingGoesToErrorsAsADiagnosis() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String out = pump("firmware: no kernel found\n", err);
        assertEquals("", out);
        String diagnosis = err.toString(StandardCharsets.UTF_8);
        assertTrue(diagnosis.contains("the kernel printed nothing") && diagnosis.contains("no kernel found"), diagnosis);
    }

    @Test
    void escapesSeparateStandardOutputAndErrorAndQuoteThemselves() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String out = pump("\u0002out1 \u0010Eerr1\u0010\u0010 \u0010Oout2\u0010\u0010\u0010Eerr2\u0010x", err);
        assertEquals("out1 out2\u0010", out);
        assertEquals("err1\u0010 err2\u0010x", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEscapeSplitAcrossReadsStillWorks() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        QemuLauncher.ConsolePump pump = new QemuLauncher.ConsolePump(new ByteArrayInputStream(new byte[0]), out, err);
        byte[] first = {2, 'a', 0x10};
        byte[] second = {'E', 'b', 0x10};
        byte[] third = {0x10, 'c'};
        pump.accept(first, first.length);
        pump.accept(second, second.length);
        pump.accept(third, third.length);
        assertEquals("a", out.toString(StandardCharsets.UTF_8));
        assertEquals("b\u0010c", err.toString(StandardCharsets.UTF_8));
    }
}
