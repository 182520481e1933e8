package org.eremite.image.substitute;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What the substitutions did to each target class merged so far, for the build report. */
public final class SubstitutionStatistics {
    /**
     * The members one target got from its substitution classes.
     *
     * @param target              internal name of the target class
     * @param substitutionClasses internal names of the substitution classes merged into it, in merge order
     * @param substitutedMethods  methods (constructors included) whose body was replaced
     * @param aliasedMethods      methods the substitutions refer to under {@code @Alias}
     * @param injectedMethods     methods added under {@code @Inject}
     * @param aliasedFields       fields referred to under {@code @Alias}
     * @param injectedFields      fields added under {@code @Inject}
     * @param syntheticMembers    javac's synthetic members copied along (lambda bodies and the like)
     */
    public record Counts(String target, List<String> substitutionClasses, int substitutedMethods,
            int aliasedMethods, int injectedMethods, int aliasedFields, int injectedFields, int syntheticMembers) {

        public int aliased() {
            return aliasedMethods + aliasedFields;
        }

        public int injected() {
            return injectedMethods + injectedFields;
        }
    }

    private final Map<String, Counts> perTarget = new TreeMap<>();

    /** Records a target's counts; merging the same target again (another reader) replaces them. */
    synchronized void record(Counts counts) {
        perTarget.put(counts.target(), counts);
    }

    /** The counts of every target merged so far, by internal name. */
    public synchronized Map<String, Counts> perTarget() {
        return Collections.unmodifiableMap(new TreeMap<>(perTarget));
    }

    /** The counts of one target, if it has been merged. */
    public synchronized Optional<Counts> of(String target) {
        return Optional.ofNullable(perTarget.get(target));
    }

    /** The sums over all targets merged so far (the target's name is {@code "*"}). */
    public synchronized Counts total() {
        int substituted = 0;
        int aliasedMethods = 0;
        int injectedMethods = 0;
        int aliasedFields = 0;
        int injectedFields = 0;
        int synthetic = 0;
        for (Counts c : perTarget.values()) {
            substituted += c.substitutedMethods();
            aliasedMethods += c.aliasedMethods();
            injectedMethods += c.injectedMethods();
            aliasedFields += c.aliasedFields();
            injectedFields += c.injectedFields();
            synthetic += c.syntheticMembers();
        }
        return new Counts("*", List.of(), substituted, aliasedMethods, injectedMethods, aliasedFields,
                injectedFields, synthetic);
    }
}
