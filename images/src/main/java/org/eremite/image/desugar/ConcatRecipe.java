package org.eremite.image.desugar;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;

/**
 * A string concatenation as {@code StringConcatFactory} describes it: literal text and arguments, in order.
 *
 * <p>The recipe of {@code makeConcatWithConstants} holds the literal text with two tags: {@code \u0001} for the
 * next argument and {@code \u0002} for the next constant among the bootstrap arguments (javac uses a constant for
 * text that itself contains a tag character). {@code makeConcat} has no recipe: every argument, in order. The
 * JDK turns constants into text when it links the call site ({@code String.valueOf}); so does this class, at
 * build time, for the constant kinds a class file can hold as a string (String, int, long, float, double:
 * their text is the same on the host and in the guest, which run the same {@code java.base}).
 *
 * @param parts literal texts ({@link String}) and argument indexes ({@link Integer}), adjacent texts merged
 */
record ConcatRecipe(List<Object> parts) {
    static final char TAG_ARGUMENT = '\u0001';
    static final char TAG_CONSTANT = '\u0002';

    /** The recipe of a {@code makeConcat} site: each argument once, in order. */
    static ConcatRecipe allArguments(int count) {
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(i);
        }
        return new ConcatRecipe(parts);
    }

    /**
     * Parses a {@code makeConcatWithConstants} recipe.
     *
     * @throws IllegalArgumentException when the recipe and the arguments or constants do not match (the JDK
     *                                  throws StringConcatException when it links such a site)
     */
    static ConcatRecipe parse(String recipe, int argumentCount, Object[] constants) {
        List<Object> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int argument = 0;
        int constant = 0;
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c == TAG_ARGUMENT) {
                if (argument >= argumentCount) {
                    throw new IllegalArgumentException("the recipe names more arguments than the call site has ("
                            + argumentCount + ")");
                }
                if (text.length() > 0) {
                    parts.add(text.toString());
                    text.setLength(0);
                }
                parts.add(argument++);
            } else if (c == TAG_CONSTANT) {
                if (constant >= constants.length) {
                    throw new IllegalArgumentException("the recipe names more constants than the bootstrap "
                            + "arguments hold (" + constants.length + ")");
                }
                text.append(constantText(constants[constant++]));
            } else {
                text.append(c);
            }
        }
        if (text.length() > 0) {
            parts.add(text.toString());
        }
        if (argument != argumentCount) {
            throw new IllegalArgumentException("the recipe uses " + argument + " of the call site's "
                    + argumentCount + " arguments");
        }
        if (constant != constants.length) {
            throw new IllegalArgumentException("the recipe uses " + constant + " of " + constants.length
                    + " constants");
        }
        return new ConcatRecipe(parts);
    }

    private static String constantText(Object constant) {
        if (constant instanceof String || constant instanceof Integer || constant instanceof Long
                || constant instanceof Float || constant instanceof Double) {
            return String.valueOf(constant);
        }
        String kind = constant instanceof Type ? "a class or method type" : constant.getClass().getSimpleName();
        throw new IllegalArgumentException("a recipe constant that is " + kind + " (" + constant
                + ") cannot be turned into text at build time");
    }
}
