package org.eremite.vm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a substitution class: its annotated members replace, refer to or are added to the members of the class
 * named by {@link #value} (a binary name, {@code java.lang.Object}) in the guest. Every reference to the
 * substitution class itself, anywhere in the image, means the target class.
 *
 * <p>Every member must be annotated {@link Substitute}, {@link Alias} or {@link Inject}, except: the class's own
 * constructors (ignored: it is never instantiated as itself) and javac's synthetic members such as lambda bodies
 * (copied into the target, renamed if the name is taken). A static initializer is refused. The class must be an
 * interface if and only if the target is, and may not add interfaces to the target.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TargetClass {
    /** The binary name of the class to change. */
    String value();
}
