package org.eremite.image.classpath;

import org.eremite.image.ImageBuildException;

/** A class that the application needs is in no source of the image: the message says which and who needs it. */
public final class MissingClassException extends ImageBuildException {
    private static final long serialVersionUID = 1L;

    private final String className;

    public MissingClassException(String className, String message) {
        super(message);
        this.className = className;
    }

    /** The internal name of the missing class. */
    public String className() {
        return className;
    }
}
