package org.eremite.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test: every corpus program is compiled into a JAR and run by HotSpot (the oracle); the image
 * builder's front end desugars it and computes its closed world; each {@link Contender} runs it, and its exit
 * status, standard output and standard error must equal HotSpot's. Prints the table of {@link ResultTable} (also
 * written to {@code target/corpus-results.txt}), then reports one test per program.
 *
 * <p>Two programs are handled at a time (the machines have two cores); each handles its runs one after the
 * other, so at most two guest processes run at once.
 */
class CorpusDifferentialTest {
    /** Programs handled at once. */
    static final int PARALLEL_PROGRAMS = 2;
    /** The time limit of one guest run; corpus programs take well under a second on HotSpot. */
    static final long RUN_TIMEOUT_SECONDS = 30;

    /** The system property that restricts a run to some programs: {@code -Dcorpus.only=hello,json}. */
    static final String ONLY = "corpus.only";

    /** The programs Eremite does not run right yet, with why: {@code <program> = reason}. */
    static final String PENDING = "eremite-pending.properties";

    /** The columns after HotSpot's: the desugared JAR on HotSpot, Eremite in QEMU (one contender per ISA). */
    static List<Contender> contenders(Path scratch, EremiteImage eremite) throws IOException {
        GuestRunner hotSpot = new HotSpotRunner(scratch, RUN_TIMEOUT_SECONDS);
        java.util.Properties pending = new java.util.Properties();
        try (var in = Files.newBufferedReader(CorpusProgram.root().resolve(PENDING))) {
            pending.load(in);
        }
        Map<String, String> pendingOnX86 = new java.util.TreeMap<>();
        pending.forEach((k, v) -> pendingOnX86.put((String) k, (String) v));
        return List.of(new Contender("desugared", built -> hotSpot.run(built.desugared().jar(), built.arguments())),
                new Contender("eremite x86_64", built -> eremite.run(built.program().name(), built.arguments()),
                        pendingOnX86));
    }

    @TestFactory
    Stream<DynamicTest> everyProgramBehavesAsOnHotSpot(@TempDir Path work) throws Exception {
        List<CorpusProgram> programs = selected(CorpusProgram.all());
        GuestRunner oracle = new HotSpotRunner(work, RUN_TIMEOUT_SECONDS);
        Map<String, Object> compiled = compileAll(programs, work);
        Map<String, Path> classFolders = new LinkedHashMap<>();
        compiled.forEach((name, jar) -> {
            if (jar instanceof Path) {
                classFolders.put(name, work.resolve(name).resolve("classes"));
            }
        });
        EremiteImage eremite = EremiteImage.pack(classFolders, work, RUN_TIMEOUT_SECONDS);
        System.out.print(eremite.packReport);
        List<Contender> contenders = contenders(work, eremite);
        OpcodeCoverage coverage = new OpcodeCoverage();
        JdkClasses jdk = new JdkClasses(DesugaredProgram.JDK);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_PROGRAMS);
        List<ProgramOutcome> outcomes = new ArrayList<>();
        try {
            List<Future<ProgramOutcome>> futures = new ArrayList<>();
            for (CorpusProgram program : programs) {
                futures.add(pool.submit(() -> handle(program, work.resolve(program.name()),
                        compiled.get(program.name()), oracle, contenders, coverage, jdk)));
            }
            for (Future<ProgramOutcome> future : futures) {
                outcomes.add(future.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("the harness itself failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<String> names = contenders.stream().map(Contender::name).toList();
        StringBuilder pendingList = new StringBuilder();
        for (Contender contender : contenders) {
            for (ProgramOutcome outcome : outcomes) {
                String why = contender.pending().get(outcome.program().name());
                if (why != null) {
                    pendingList.append(String.format(java.util.Locale.ROOT, "  %-16s %-14s %s%n",
                            outcome.program().name(), contender.name(), why));
                }
            }
        }
        String table = ResultTable.format(outcomes, names) + (pendingList.length() == 0 ? ""
                : "Pending (differences expected, listed in " + PENDING + "):\n" + pendingList)
                + String.format(java.util.Locale.ROOT, "Corpus run in %.1f s, %d programs at a time%n",
                (System.nanoTime() - start) / 1e9, PARALLEL_PROGRAMS);
        System.out.print(table);
        writeReport(table, outcomes);

        Stream<DynamicTest> perProgram = outcomes.stream().map(outcome -> DynamicTest.dynamicTest(
                outcome.program().name(), () -> assertTrue(outcome.passed(), outcome.program().name() + ":\n"
                        + outcome.report())));
        if (programs.size() < CorpusProgram.all().size()) {
            return perProgram; // opcode coverage is a property of the whole corpus
        }
        Stream<DynamicTest> opcodes = Stream.of(DynamicTest.dynamicTest("corpus uses every opcode javac emits",
                () -> assertTrue(coverage.missing().isEmpty(), "no corpus program uses " + coverage.missing())));
        return Stream.concat(perProgram, opcodes);
    }

    /** Compiles every program (two at a time): its JAR, or javac's complaint, by name. */
    private static Map<String, Object> compileAll(List<CorpusProgram> programs, Path work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_PROGRAMS);
        Map<String, Future<Object>> futures = new LinkedHashMap<>();
        try {
            for (CorpusProgram program : programs) {
                futures.put(program.name(), pool.submit(() -> {
                    try {
                        return (Object) ProgramJar.compile(program, Files.createDirectories(
                                work.resolve(program.name())));
                    } catch (RuntimeException e) {
                        return e.getMessage();
                    }
                }));
            }
            Map<String, Object> compiled = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Object>> f : futures.entrySet()) {
                compiled.put(f.getKey(), f.getValue().get());
            }
            return compiled;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ProgramOutcome handle(CorpusProgram program, Path work, Object compiled, GuestRunner oracle,
            List<Contender> contenders, OpcodeCoverage coverage, JdkClasses jdk) throws IOException {
        long start = System.nanoTime();
        if (!(compiled instanceof Path jar)) {
            return ProgramOutcome.failed(program, null, (String) compiled, millisSince(start));
        }
        coverage.scan(work.resolve("classes"));
        RunResult expected = oracle.run(jar, program.arguments());
        DesugaredProgram desugared;
        try {
            desugared = DesugaredProgram.of(jar, work.resolve(program.name() + "-desugared.jar"), jdk);
        } catch (RuntimeException e) {
            return ProgramOutcome.failed(program, expected, "the image builder's front end refused it: " + e,
                    millisSince(start));
        }
        Contender.BuiltProgram built = new Contender.BuiltProgram(program, jar, desugared);
        Map<String, RunResult> results = new LinkedHashMap<>();
        Map<String, String> differences = new LinkedHashMap<>();
        for (Contender contender : contenders) {
            RunResult actual = contender.runner().apply(built);
            results.put(contender.name(), actual);
            String difference = Contender.difference(expected, actual);
            String pending = contender.pending().get(program.name());
            if (pending != null && difference == null) {
                differences.put(contender.name(), "passes now: remove " + program.name() + " from " + PENDING
                        + " (listed as: " + pending + ")\n");
            } else if (pending == null && difference != null) {
                differences.put(contender.name(), difference);
            }
        }
        String failure = expected.timedOut() ? "HotSpot timed out after " + RUN_TIMEOUT_SECONDS + " s" : null;
        return new ProgramOutcome(program, expected, desugared, results, differences, failure, millisSince(start));
    }

    /**
     * The programs named by the system property {@value #ONLY} (comma-separated, for a quick run while working on
     * a few), or all of them.
     */
    static List<CorpusProgram> selected(List<CorpusProgram> all) {
        String only = System.getProperty(ONLY, "").strip();
        if (only.isEmpty()) {
            return all;
        }
        List<String> names = List.of(only.split("\\s*,\\s*"));
        List<CorpusProgram> chosen = all.stream().filter(p -> names.contains(p.name())).toList();
        if (chosen.size() != names.size()) {
            throw new IllegalArgumentException(ONLY + "=" + only + " names programs that do not exist");
        }
        return chosen;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void writeReport(String table, List<ProgramOutcome> outcomes) {
        Path target = Path.of("target");
        if (!Files.isDirectory(target)) {
            return;
        }
        StringBuilder text = new StringBuilder(table);
        for (ProgramOutcome outcome : outcomes) {
            if (!outcome.passed()) {
                text.append("\n== ").append(outcome.program().name()).append('\n').append(outcome.report());
            }
        }
        try {
            Files.writeString(target.resolve("corpus-results.txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
