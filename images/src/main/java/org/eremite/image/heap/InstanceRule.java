package org.eremite.image.heap;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A policy rule for the instances of a class and its subclasses (or an interface's implementations): refuse
 * them, or replace each by the result of a function (null allowed). The class is named by binary name and matched
 * against the names of an object's superclasses and superinterfaces, whatever loader defined them; a rule may
 * name a class that this host does not have (it then matches nothing).
 *
 * @param className   binary name, e.g. {@code java.lang.Thread}
 * @param applies     narrows the rule to some instances (e.g. file descriptors other than 0, 1, 2)
 * @param replacement null to refuse; otherwise the substitute for an instance
 * @param reason      why, for errors and the build report
 */
public record InstanceRule(String className, Predicate<Object> applies, Function<Object, Object> replacement,
                           String reason) {
    public boolean refuses() {
        return replacement == null;
    }
}
