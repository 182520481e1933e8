package org.eremite.image;

/**
 * The application cannot be built into an image: a class it needs is missing, or its bytecode uses something
 * Eremite does not support. The message names the class, the method and the bytecode offset at fault, so the
 * command line prints it as it is, without a stack trace of the builder.
 */
public class ImageBuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImageBuildException(String message) {
        super(message);
    }

    public ImageBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
