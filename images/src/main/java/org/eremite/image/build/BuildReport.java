package org.eremite.image.build;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The build output, phase by phase, in the manner of GraalVM Native Image:
 * <pre>
 * [1/6] Reading classes...            12 application classes, 6,444 in java.base (0.3 s)
 * [2/6] Desugaring...                 41 call sites in 12 classes (0.1 s)
 * [3/6] Analyzing reachability...     2,310 classes, 15,375 methods (2.0 s)
 *       ...details...
 * [4/6] Compiling methods...          not available yet
 * </pre>
 * Counts use thousands separators; times are in seconds with one decimal.
 */
public final class BuildReport {
    /** One finished phase. */
    public record Phase(int number, String name, String summary, long nanos, boolean ran) {
    }

    private static final int NAME_WIDTH = 34;

    private final PrintStream out;
    private final int total;
    private final List<Phase> phases = new ArrayList<>();
    private final long start = System.nanoTime();

    public BuildReport(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    /** A title line and a rule. */
    public void header(String title) {
        out.println(rule('='));
        out.println(title);
        out.println(rule('-'));
    }

    /** Runs one phase, timing it, then prints its line with the summary made from its result. */
    public <T> T phase(String name, Supplier<T> work, Function<T, String> summary) {
        long begin = System.nanoTime();
        T result = work.get();
        long nanos = System.nanoTime() - begin;
        record(name, summary.apply(result), nanos, true);
        return result;
    }

    /** A phase that does not run (not implemented yet, or not asked for). */
    public void skipped(String name, String why) {
        record(name, why, 0, false);
    }

    /** An indented line under the last phase. */
    public void detail(String text) {
        out.println("      " + text);
    }

    /** The closing rule and the total time. */
    public void footer(String result) {
        out.println(rule('-'));
        out.println(result + " in " + seconds(System.nanoTime() - start) + ".");
        out.println(rule('='));
    }

    public List<Phase> phases() {
        return List.copyOf(phases);
    }

    private void record(String name, String summary, long nanos, boolean ran) {
        Phase phase = new Phase(phases.size() + 1, name, summary, nanos, ran);
        phases.add(phase);
        out.println(format(phase, total));
    }

    /** {@code [n/total] Name...   summary (0.4 s)}. */
    static String format(Phase phase, int total) {
        String head = String.format(Locale.ROOT, "[%d/%d] %s...", phase.number(), total, phase.name());
        StringBuilder line = new StringBuilder(head);
        while (line.length() < NAME_WIDTH) {
            line.append(' ');
        }
        line.append(' ').append(phase.summary());
        if (phase.ran()) {
            line.append(" (").append(seconds(phase.nanos())).append(')');
        }
        return line.toString();
    }

    /** {@code 1234567} as {@code 1,234,567}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1 class}, {@code 2,310 classes}. */
    public static String count(long n, String singular, String plural) {
        return count(n) + " " + (n == 1 ? singular : plural);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static String rule(char c) {
        return String.valueOf(c).repeat(100);
    }
}
