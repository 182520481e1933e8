package org.eremite.image.substitute;

import org.eremite.image.classpath.ParsedClass;

/**
 * One class annotated {@code @TargetClass}, as read (not yet renamed).
 *
 * @param parsed the substitution class with its original bytecode offsets
 * @param target internal name of the class it changes
 */
record SubstitutionClass(ParsedClass parsed, String target) {
    String name() {
        return parsed.name();
    }

    /** The dotted name, as messages write it. */
    String dotted() {
        return parsed.name().replace('/', '.');
    }
}
