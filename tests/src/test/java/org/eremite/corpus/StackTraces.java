package org.eremite.corpus;

import java.util.regex.Pattern;

/**
 * The one normalization of the comparison, applied to both sides' standard error: stack frames that exist only
 * because of how lambdas are made.
 *
 * <p>HotSpot spins a hidden class per lambda call site and hides its frames from stack traces; desugaring
 * makes an ordinary class {@code Caller$$Lambda$N} (frame {@code at p.Caller$$Lambda$1.apply(Caller.java)}) and,
 * for a private implementation method, a static accessor {@code lambda$access$N} in the declaring class. Both are
 * extra frames between the lambda's body and its caller; every other frame, with its line number, must agree.
 * A trace with such frames in the part a "Caused by" shares with its enclosing trace would also differ in
 * {@code ... N more}: the corpus has none, and if one appears it is reported as a difference.
 */
public final class StackTraces {
    private static final Pattern LAMBDA_FRAME = Pattern.compile(
            "(?m)^\\s+at \\S+(\\$\\$Lambda\\$\\d+\\.[^.(]+|\\.lambda\\$access\\$\\d+)\\([^)]*\\)\\R");

    private StackTraces() {
    }

    /** The text without the frames of generated lambda classes and lambda accessors. */
    public static String withoutLambdaFrames(String stderr) {
        return LAMBDA_FRAME.matcher(stderr).replaceAll("");
    }
}
