package org.eremite.vm.compiler.npe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus of small Java programs, compiled by javac with and without local variable tables, against HotSpot:
 * every case throws a NullPointerException on HotSpot, and Eremite must give the message HotSpot gave at the
 * instruction it was thrown from; then every instruction of every method gets compared, thrown or not.
 */
class JavacCorpusTest {
    private static final List<String> SOURCES = List.of("Fields", "Calls", "Arrays", "Flow", "Sugar", "Explicit");

    @ParameterizedTest
    @ValueSource(strings = {"-g", "-g:none", "-g:vars"})
    void everyFailingCaseGetsHotSpotsMessage(String debug, @TempDir Path dir) {
        StampedClasses classes = new StampedClasses(Javac.compile(dir, SOURCES, debug));
        List<StampedClasses.Outcome> outcomes = new ArrayList<>();
        for (String source : SOURCES) {
            outcomes.addAll(classes.runCases("npe." + source));
        }
        List<StampedClasses.Outcome> wrong = new ArrayList<>();
        int withMessage = 0;
        for (StampedClasses.Outcome outcome : outcomes) {
            if (!outcome.inStampedClass()) {
                // Thrown inside the JDK (Objects.requireNonNull): created by code, so no message.
                assertNull(outcome.hotSpot(), outcome.toString());
                continue;
            }
            if (outcome.hotSpot() != null) {
                withMessage++;
            }
            if (!outcome.agrees()) {
                wrong.add(outcome);
            }
        }
        assertEquals(List.of(), wrong, wrong.size() + " of " + outcomes.size() + " cases differ:"
                + StampedClasses.firstLines(wrong, 40));
        assertTrue(withMessage > 190, "only " + withMessage + " cases with a message");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-g", "-g:none"})
    void everyInstructionOfTheCorpusGetsHotSpotsMessage(String debug, @TempDir Path dir) {
        StampedClasses classes = new StampedClasses(Javac.compile(dir, SOURCES, debug));
        ForgedFrames frames = new ForgedFrames();
        SweepResult total = new SweepResult();
        for (String name : classes.names()) {
            total.add(classes.sweep(name, frames, true));
        }
        assertEquals(List.of(), total.unidentified, total.toString());
        assertEquals(List.of(), total.mismatches, total + StampedClasses.firstLines(total.mismatches, 40));
        assertTrue(total.messages > 500, total.toString());
    }
}
