package org.eremite.corpus;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of the table: a way of running a corpus program whose result must equal HotSpot's on the
 * original JAR. Today: the desugared JAR on HotSpot. Next: Eremite in QEMU, per ISA.
 *
 * @param name    the column's title
 * @param runner  runs the program, given what the harness built for it
 * @param pending programs this contender does not run right yet, with why (a difference is not a failure; a
 *                pending program that passes is one, so that the list only shrinks)
 */
public record Contender(String name, Function<BuiltProgram, RunResult> runner, Map<String, String> pending) {

    public Contender(String name, Function<BuiltProgram, RunResult> runner) {
        this(name, runner, Map.of());
    }

    /** What the harness made of one program before anything runs. */
    public record BuiltProgram(CorpusProgram program, java.nio.file.Path jar, DesugaredProgram desugared) {
        public List<String> arguments() {
            return program.arguments();
        }
    }

    /**
     * How a contender's result differs from the oracle's, or null if it does not: exit status, standard output
     * and standard error (after {@link StackTraces#withoutLambdaFrames}), each exactly.
     */
    public static String difference(RunResult oracle, RunResult contender) {
        StringBuilder why = new StringBuilder();
        if (oracle.status() != contender.status()) {
            why.append("exit status ").append(contender.statusText()).append(", HotSpot ")
                    .append(oracle.statusText()).append('\n');
        }
        if (!oracle.stdout().equals(contender.stdout())) {
            why.append("standard output differs ").append(firstDifference(oracle.stdout(), contender.stdout()));
        }
        String expectedErr = StackTraces.withoutLambdaFrames(oracle.stderr());
        String actualErr = StackTraces.withoutLambdaFrames(contender.stderr());
        if (!Objects.equals(expectedErr, actualErr)) {
            why.append("standard error differs ").append(firstDifference(expectedErr, actualErr));
        }
        return why.length() == 0 ? null : why.toString();
    }

    /** The first line that differs, with its number, as "line N: expected ... / actual ...". */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "at line " + (i + 1) + ":\n  HotSpot: " + el + "\n  this:    " + al + "\n";
            }
        }
        return "(line endings only)\n";
    }
}
