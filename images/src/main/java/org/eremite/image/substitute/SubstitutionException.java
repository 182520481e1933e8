package org.eremite.image.substitute;

import org.eremite.image.ImageBuildException;

/**
 * A substitution class cannot be applied: its target or a member it names is missing, a member clashes, or it has
 * a member the builder cannot place. The message names the substitution class, the target class and the member, so
 * the command line prints it as it is, without a stack trace.
 */
public final class SubstitutionException extends ImageBuildException {
    private static final long serialVersionUID = 1L;

    public SubstitutionException(String message) {
        super(message);
    }
}
