package org.eremite.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table the issue asks for: one row per program with HotSpot's exit status, each contender's, the size of
 * the closed world, the time and the verdict, then a count of passes and failures.
 */
public final class ResultTable {
    private ResultTable() {
    }

    public static String format(List<ProgramOutcome> outcomes, List<String> contenders) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("program", "args", "HotSpot"));
        header.addAll(contenders);
        header.addAll(List.of("closed world (classes/methods)", "time", "result"));
        rows.add(header.toArray(new String[0]));
        int passed = 0;
        for (ProgramOutcome outcome : outcomes) {
            List<String> row = new ArrayList<>();
            row.add(outcome.program().name());
            row.add(Integer.toString(outcome.program().arguments().size()));
            row.add(outcome.oracle() == null ? "-" : outcome.oracle().statusText());
            for (String contender : contenders) {
                RunResult result = outcome.results().get(contender);
                row.add(result == null ? "-" : result.statusText());
            }
            row.add(outcome.desugared() == null ? "failed"
                    : String.format(Locale.ROOT, "%,d / %,d", outcome.desugared().classes(),
                            outcome.desugared().methods()));
            row.add(String.format(Locale.ROOT, "%.1f s", outcome.millis() / 1000.0));
            row.add(outcome.passed() ? "pass" : "FAIL");
            rows.add(row.toArray(new String[0]));
            if (outcome.passed()) {
                passed++;
            }
        }
        int[] widths = new int[header.size()];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = rows.get(r)[i];
                boolean left = i == 0;
                line.append(left ? pad(cell, widths[i], true) : pad(cell, widths[i], false)).append("  ");
            }
            text.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                text.append("-".repeat(line.toString().stripTrailing().length())).append('\n');
            }
        }
        text.append(String.format(Locale.ROOT, "Corpus: %d programs, %d pass, %d FAIL%n", outcomes.size(), passed,
                outcomes.size() - passed));
        return text.toString();
    }

    private static String pad(String cell, int width, boolean left) {
        String space = " ".repeat(width - cell.length());
        return left ? cell + space : space + cell;
    }
}
