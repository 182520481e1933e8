package org.eremite.image.classpath;

import java.util.Optional;

/**
 * Classes by internal name, as later phases see them (read, and for the image builder also desugared). The
 * reachability analysis asks for classes through this interface only.
 */
public interface ClassProvider {
    /** The class, if some source has it. */
    Optional<ParsedClass> find(String internalName);

    /**
     * Why a class is absent, as the first part of an error message: not on the class path at all, or in a JDK
     * module other than {@code java.base}.
     */
    String whyMissing(String internalName);
}
