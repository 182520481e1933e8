package org.eremite.image.reach;

import org.eremite.image.classpath.CodeLocation;

/**
 * Why one element (class, method or field) is in the closed world: what made it reachable, and from where.
 * Following {@link #from} from reason to reason gives the chain back to a root ({@link ClosedWorld#why}).
 *
 * @param what   the relation, e.g. "called", "instantiated", "superclass of ..."
 * @param from   the element that caused it (a {@link MethodRef}, a {@link FieldRef} or a class's internal name),
 *               or null for a root
 * @param offset the bytecode offset in {@code from} when {@code from} is a method, else -1
 */
public record Reason(String what, Object from, int offset) {

    /** A root: given by the caller of the analysis, not caused by other code. */
    public static Reason root(String what) {
        return new Reason(what, null, -1);
    }

    static Reason at(String what, MethodRef method, int offset) {
        return new Reason(what, method, offset);
    }

    static Reason by(String what, Object element) {
        return new Reason(what, element, -1);
    }

    /** One line: "called by com.example.Main.main(java.lang.String[]) at bytecode offset 4". */
    @Override
    public String toString() {
        if (from == null) {
            return what;
        }
        if (from instanceof MethodRef method) {
            return what + " by " + new CodeLocation(method.owner(), method.name(), method.descriptor(), offset);
        }
        if (from instanceof String className) {
            return what + " " + className.replace('/', '.');
        }
        return what + " " + from;
    }
}
