package org.eremite.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corpus's own rules, and the harness's pieces that need no child process: every program is in its folder's
 * package with a Main, the README lists every program, arguments parse as documented, and the comparison
 * notices every kind of difference while ignoring only lambda frames.
 */
class CorpusShapeTest {
    @Test
    void corpusHasAtLeastEightyPrograms() {
        assertTrue(CorpusProgram.all().size() >= 80, "only " + CorpusProgram.all().size() + " programs");
    }

    @Test
    void everyProgramHasAMainAndItsFilesAreInItsPackage() throws IOException {
        for (CorpusProgram program : CorpusProgram.all()) {
            assertTrue(Files.isRegularFile(program.directory().resolve("Main.java")), program.name() + " has no Main.java");
            for (Path source : program.sources()) {
                String text = Files.readString(source, StandardCharsets.UTF_8);
                assertTrue(text.startsWith("package corpus." + program.name() + ";"),
                        source + " is not in package corpus." + program.name());
            }
        }
    }

    @Test
    void readmeListsEveryProgram() throws IOException {
        String readme = Files.readString(CorpusProgram.root().resolve("README.md"), StandardCharsets.UTF_8);
        for (CorpusProgram program : CorpusProgram.all()) {
            assertTrue(readme.contains("`" + program.name() + "`"), "README.md does not list " + program.name());
        }
    }

    @Test
    void argumentsSplitOnBlanksAndGroupWithQuotes() {
        assertEquals(List.of(), CorpusProgram.parseArguments("   "));
        assertEquals(List.of("a", "b c", "", "d\"e", "back\\slash"),
                CorpusProgram.parseArguments("a \"b c\" \"\" \"d\\\"e\" back\\slash"));
        assertEquals(List.of("x y"), CorpusProgram.parseArguments("x\" y\""));
        assertThrows(IllegalArgumentException.class, () -> CorpusProgram.parseArguments("\"open"));
    }

    @Test
    void equalRunsHaveNoDifference() {
        RunResult a = new RunResult(1, "out\n", "Exception in thread \"main\" x\n\tat p.Main.main(Main.java:3)\n", 10);
        RunResult b = new RunResult(1, "out\n", "Exception in thread \"main\" x\n\tat p.Main.main(Main.java:3)\n", 99);
        assertNull(Contender.difference(a, b));
    }

    @Test
    void statusOutputAndErrorDifferencesAreEachReported() {
        RunResult oracle = new RunResult(0, "one\ntwo\n", "", 0);
        assertTrue(Contender.difference(oracle, new RunResult(3, "one\ntwo\n", "", 0)).contains("exit status 3, HotSpot 0"));
        assertTrue(Contender.difference(oracle, new RunResult(0, "one\nTWO\n", "", 0)).contains("line 2"));
        assertTrue(Contender.difference(oracle, new RunResult(0, "one\ntwo\n", "warning\n", 0)).contains("standard error"));
        assertTrue(Contender.difference(oracle, new RunResult(RunResult.TIMED_OUT, "", "", 0)).contains("timeout"));
    }

    @Test
    void onlyLambdaClassAndAccessorFramesAreIgnored() {
        String hotSpot = "Exception in thread \"main\" java.lang.IllegalStateException: x\n"
                + "\tat p.Main.lambda$main$0(Main.java:5)\n"
                + "\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1511)\n"
                + "\tat p.Main.main(Main.java:5)\n";
        String desugared = "Exception in thread \"main\" java.lang.IllegalStateException: x\n"
                + "\tat p.Main.lambda$main$0(Main.java:5)\n"
                + "\tat p.Main.lambda$access$0(Main.java)\n"
                + "\tat p.Main$$Lambda$1.accept(Main.java)\n"
                + "\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1511)\n"
                + "\tat p.Main.main(Main.java:5)\n";
        assertEquals(hotSpot, StackTraces.withoutLambdaFrames(desugared));
        String otherLine = desugared.replace("ArrayList.java:1511", "ArrayList.java:1512");
        assertNotNull(Contender.difference(new RunResult(1, "", hotSpot, 0), new RunResult(1, "", otherLine, 0)));
    }
}
