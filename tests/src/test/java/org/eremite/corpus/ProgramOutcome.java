package org.eremite.corpus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the harness learned about one program: HotSpot's run, each contender's run and how it differs,
 * or the step that failed before anything could be compared.
 *
 * @param program     the program
 * @param oracle      HotSpot on the original JAR, or null if it did not get that far
 * @param desugared   the front end's result, or null if it failed
 * @param results     each contender's run, by contender name, in table order
 * @param differences each contender's difference from the oracle, by contender name (absent: equal)
 * @param failure     what failed before the comparison (compiling, desugaring, the analysis), or null
 * @param millis      the time spent on the program, all steps
 */
public record ProgramOutcome(CorpusProgram program, RunResult oracle, DesugaredProgram desugared,
        Map<String, RunResult> results, Map<String, String> differences, String failure, long millis) {

    static ProgramOutcome failed(CorpusProgram program, RunResult oracle, String failure, long millis) {
        return new ProgramOutcome(program, oracle, null, new LinkedHashMap<>(), new LinkedHashMap<>(), failure, millis);
    }

    public boolean passed() {
        return failure == null && differences.isEmpty();
    }

    /** Why the program fails, for the assertion message; empty if it passes. */
    public String report() {
        StringBuilder text = new StringBuilder();
        if (failure != null) {
            text.append(failure).append('\n');
        }
        for (Map.Entry<String, String> difference : differences.entrySet()) {
            text.append(difference.getKey()).append(": ").append(difference.getValue());
        }
        return text.toString();
    }
}
