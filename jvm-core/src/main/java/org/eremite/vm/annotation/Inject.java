package org.eremite.vm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a field or method of a {@link TargetClass} class: added to the target, which must not have a field of that name
 * or a method of that name and descriptor already. An injected static field has no initializer but a constant: the
 * substitution's static initializer is not merged.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Inject {
}
