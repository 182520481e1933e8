package org.eremite.image.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildReportTest {
    @Test
    void aPhaseLineHasNumberNameSummaryAndTime() {
        BuildReport.Phase phase = new BuildReport.Phase(1, "Reading classes", "2,310 classes", 400_000_000L, true);
        assertEquals("[1/6] Reading classes...           2,310 classes (0.4 s)", BuildReport.format(phase, 6));
    }

    @Test
    void aSkippedPhaseHasNoTime() {
        BuildReport.Phase phase = new BuildReport.Phase(4, "Compiling methods", "not available yet", 0, false);
        assertEquals("[4/6] Compiling methods...         not available yet", BuildReport.format(phase, 6));
    }

    @Test
    void countsHaveThousandsSeparators() {
        assertEquals("15,375", BuildReport.count(15_375));
        assertEquals("7", BuildReport.count(7));
        assertEquals("1,234,567", BuildReport.count(1_234_567));
    }

    @Test
    void phasesRunInOrderAndArePrintedAsTheyEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BuildReport report = new BuildReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), 3);
        report.header("title");
        int result = report.phase("First", () -> 41 + 1, n -> n + " things");
        report.detail("a detail");
        report.skipped("Second", "later");
        report.footer("Done");
        assertEquals(42, result);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("title", lines.get(1));
        assertTrue(lines.get(3).matches("\\[1/3\\] First\\.\\.\\. +42 things \\(\\d+\\.\\d s\\)"), lines.get(3));
        assertEquals("      a detail", lines.get(4));
        assertTrue(lines.get(5).startsWith("[2/3] Second..."), lines.get(5));
        assertTrue(lines.get(7).matches("Done in \\d+\\.\\d s\\."), lines.get(7));
        assertEquals(2, report.phases().size());
    }
}
