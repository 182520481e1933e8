package org.eremite.vm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a method of a {@link TargetClass} class: replaces the target's method of the same name and descriptor (after
 * substitution classes are renamed to their targets), which must exist; a native method becomes an ordinary one.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Substitute {
}
