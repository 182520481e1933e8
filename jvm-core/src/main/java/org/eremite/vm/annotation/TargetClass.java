package org.eremite.vm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a substitution class: its annotated members replace, refer to or are added to the members of the class
 * named by {@link #value} (a binary name, {@code java.lang.Object}) in the guest. Every reference to the
 * substitution class itself, anywhere in the image, means the target class.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TargetClass {
    /** The binary name of the class to change. */
    String value();
}
