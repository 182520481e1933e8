package org.eremite.vm.compiler.npe;

import java.util.ArrayList;
import java.util.List;

/** The outcome of comparing messages instruction by instruction with HotSpot's. */
final class SweepResult {
    int methods;
    int unidentifiedMethods;
    int instructions;
    int messages;
    final List<String> mismatches = new ArrayList<>();
    final List<String> unidentified = new ArrayList<>();

    void add(SweepResult other) {
        methods += other.methods;
        unidentifiedMethods += other.unidentifiedMethods;
        instructions += other.instructions;
        messages += other.messages;
        mismatches.addAll(other.mismatches);
        unidentified.addAll(other.unidentified);
    }

    @Override
    public String toString() {
        return methods + " methods (" + unidentifiedMethods + " not identified), " + instructions + " instructions, "
                + messages + " messages, " + mismatches.size() + " mismatches";
    }
}
