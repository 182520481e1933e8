package org.eremite.image.heap;

/**
 * What the boot heap holds in one field instead of the host's value, and why: a reset (the field's default,
 * 0 or null; the guest recomputes it) or a rewrite (a value computed from the host's). Applies to a static or
 * an instance field of the named class, and also to a field that the guest has but the host's reflection
 * hides (e.g. {@code System.security}), whose host value reads as null.
 *
 * @param className binary name of the declaring class ({@code java.nio.Buffer})
 * @param fieldName the field's name
 * @param rewrite   computes the guest value from the object holding the field (null for a static) and the
 *                  host's value (boxed if primitive); a null result means the default value
 * @param reason    why, for errors and the build report
 */
public record FieldRule(String className, String fieldName, Rewrite rewrite, String reason) {
    /** Computes the value the guest sees. */
    @FunctionalInterface
    public interface Rewrite {
        Object apply(Object holder, Object hostValue);
    }

    /** The field holds its default value (0, false or null) in the boot heap. */
    public static FieldRule reset(String className, String fieldName, String reason) {
        return new FieldRule(className, fieldName, (holder, value) -> null, reason);
    }

    /** The key rules are found by: {@code java.nio.Buffer.address}. */
    String key() {
        return className + "." + fieldName;
    }
}
