package org.eremite.image.classpath;

import java.util.Optional;
import java.util.Set;

/** One place classes are read from: the application JAR, the VM's own classes, or a JDK module. */
public interface ClassSource {
    /** How messages name this source: the JAR's file name, or the module's name. */
    String name();

    /** The class file of a class given by its internal name ({@code java/util/List}), if this source has it. */
    Optional<byte[]> read(String internalName);

    /**
     * Whether this source can hold the class at all: false for a name outside the packages a source serves
     * (the VM's classes), so that it is neither asked for nor named in "searched ..." messages.
     */
    default boolean mayContain(String internalName) {
        return true;
    }

    /** The internal names of all classes of this source (without {@code module-info}). */
    Set<String> classNames();
}
