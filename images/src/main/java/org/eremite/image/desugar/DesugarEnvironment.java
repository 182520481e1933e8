package org.eremite.image.desugar;

import java.util.Optional;
import org.eremite.image.classpath.ParsedClass;

/** What desugaring one class needs from the rest of the program. */
interface DesugarEnvironment {
    /** Another class of the program (read and desugared on demand), to find or add an accessor method. */
    Optional<ParsedClass> lookup(String internalName);

    /** Whether a class of this name exists already (read, on the class path, or generated). */
    boolean exists(String internalName);

    /** Adds a class that desugaring made. */
    void define(ParsedClass generated);

    /** Records a generated lambda class for later phases. */
    void recordLambda(GeneratedLambda lambda);

    /** Notes a VarHandle field whose calls became static calls with its field's offset. */
    default void recordVarHandle(VarHandleRewriter.FieldHandle handle) {
    }

    /** The rewritten VarHandle field {@code owner.field} (reading and desugaring its class first), or null. */
    default VarHandleRewriter.FieldHandle varHandle(String owner, String field) {
        return null;
    }

    DesugarStatistics statistics();
}
