package org.eremite.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few corpus programs packed as images of their own, as a user does ({@code bin/eremite pack app.jar}, the main
 * class from the manifest, then {@code bin/eremite run}): the closed world of one application, which the corpus
 * image (all programs behind one dispatcher) does not test. Output and status must equal HotSpot's.
 */
class OwnImagesTest {
    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"hello", "exit42", "uncaughtchain"})
    void aProgramPackedAloneBehavesAsOnHotSpot(String name) throws Exception {
        CorpusProgram program = CorpusProgram.all().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
        Path jar = ProgramJar.compile(program, Files.createDirectories(work.resolve(name)));
        RunResult expected = new HotSpotRunner(work, 30).run(jar, program.arguments());

        Path image = work.resolve(name + "-x86_64.elf");
        Path log = work.resolve(name + "-pack.txt");
        Process pack = new ProcessBuilder(EremiteImage.EREMITE.toString(), "pack", "--arch", "x86_64",
                jar.toString(), "-o", image.toString()).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(new File("/dev/null")).start();
        assertTrue(pack.waitFor(300, TimeUnit.SECONDS), "pack timed out");
        String report = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, pack.exitValue(), report);
        for (String phase : List.of("[1/5] Reading classes", "[2/5] Analyzing reachability", "[3/5] Compiling methods",
                "[4/5] Laying out the boot heap", "[5/5] Linking the image")) {
            assertTrue(report.contains(phase), "the build report names its phases:\n" + report);
        }

        List<String> command = new ArrayList<>(List.of(EremiteImage.EREMITE.toString(), "run", "--timeout", "30",
                image.toString(), "--"));
        command.addAll(program.arguments());
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        Process run = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(new File("/dev/null")).start();
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "run timed out");
        RunResult actual = new RunResult(run.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), 0);
        assertNull(Contender.difference(expected, actual), name);
    }

    /**
     * Heap exhaustion is Java's OutOfMemoryError, as on HotSpot with a small heap: same message, same trace, status
     * 1, and nothing else printed (no corruption, no hang). Without a collector the guest's heap is its RAM.
     */
    @org.junit.jupiter.api.Test
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
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "--release", "17", "-d", classes.toString(),
                src.resolve("Oom.java").toString()));
        Path jar = work.resolve("oom.jar");
        ProgramJar.write(jar, "Oom", java.util.Map.of("Oom.class", Files.readAllBytes(classes.resolve("Oom.class"))));

        RunResult hotSpot = process(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-jar", jar.toString()), "oom-hs");
        Path image = work.resolve("oom.elf");
        RunResult packed = process(List.of(EremiteImage.EREMITE.toString(), "pack", "--arch", "x86_64",
                jar.toString(), "-o", image.toString()), "oom-pack");
        assertEquals(0, packed.status(), packed.stdout() + packed.stderr());
        RunResult eremite = process(List.of(EremiteImage.EREMITE.toString(), "run", "--memory", "64M",
                image.toString()), "oom-eremite");
        assertEquals(1, hotSpot.status());
        assertTrue(hotSpot.stderr().startsWith("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap "
                + "space"), hotSpot.stderr());
        assertNull(Contender.difference(hotSpot, eremite));
    }

    private RunResult process(List<String> command, String name) throws Exception {
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(new File("/dev/null")).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), String.join(" ", command));
        return new RunResult(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), 0);
    }
}
