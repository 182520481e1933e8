package org.eremite.packed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eremite.corpus.Contender;
import org.eremite.corpus.CorpusProgram;
import org.eremite.corpus.HotSpotRunner;
import org.eremite.corpus.ProgramJar;
import org.eremite.corpus.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A few corpus programs packed as images of their own, as a user does ({@code bin/eremite pack app.jar}, the main
 * class from the manifest): the closed world of one application, which the corpus image (all programs behind one
 * dispatcher) does not test. Output and status must equal HotSpot's, and the build report names its phases.
 */
class OwnImagesTest {
    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"hello", "exit42", "uncaughtchain"})
    void aProgramPackedAloneBehavesAsOnHotSpot(String name) throws Exception {
        CorpusProgram program = CorpusProgram.all().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
        PackedProgram packed = PackedProgram.pack(name, work);
        for (String phase : List.of("[1/5] Reading classes", "[2/5] Analyzing reachability", "[3/5] Compiling methods",
                "[4/5] Laying out the boot heap", "[5/5] Linking the image")) {
            assertTrue(packed.report.contains(phase), "the build report names its phases:\n" + packed.report);
        }
        RunResult expected = new HotSpotRunner(work, 30).run(packed.jar, program.arguments());
        assertNull(Contender.difference(expected, packed.boot(program.arguments(), 30)), name);
    }

    /**
     * Heap exhaustion is Java's OutOfMemoryError, as on HotSpot with a small heap: same message, same trace, status
     * 1, and nothing else printed (no corruption, no hang). Without a collector the guest's heap is its RAM.
     */
    @Test
    void heapExhaustionIsAnOutOfMemoryError() throws Exception {
        Path src = Files.createDirectories(work.resolve("oom-src"));
        Files.writeString(src.resolve("Oom.java"), "import java.util.ArrayList;\nimport java.util.List;\n"
                + "public class Oom {\n"
                + "    public static void main(String[] args) {\n"
                + "        System.out.println(\"allocating\");\n"
                + "        List<long[]> hold = new ArrayList<>();\n"
                + "        while (true) {\n"
                + "            hold.add(new long[1 << 16]);\n"
                + "        }\n"
                + "    }\n"
                + "}\n");
        Path classes = Files.createDirectories(work.resolve("oom-classes"));
        assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17",
                "-d", classes.toString(), src.resolve("Oom.java").toString()));
        Path jar = work.resolve("oom.jar");
        ProgramJar.write(jar, "Oom", Map.of("Oom.class", Files.readAllBytes(classes.resolve("Oom.class"))));

        Path out = work.resolve("oom-hs.out");
        Path err = work.resolve("oom-hs.err");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-jar", jar.toString()).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(new File("/dev/null")).start();
        assertTrue(java.waitFor(300, TimeUnit.SECONDS));
        RunResult hotSpot = new RunResult(java.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), 0);
        assertEquals(1, hotSpot.status());
        assertTrue(hotSpot.stderr().startsWith("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap "
                + "space"), hotSpot.stderr());
        // PackedProgram boots with 64M of RAM.
        assertNull(Contender.difference(hotSpot, PackedProgram.pack(jar, "oom").boot(List.of(), 60)));
    }
}
