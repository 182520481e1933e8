package org.eremite.vm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a field or method of a {@link TargetClass} class: names the target's existing member of the same name and
 * descriptor (and static-ness), so that substituted code can use a private member; it is not copied. Its body, if
 * any, never runs: declare an aliased method {@code native}, and an aliased field without {@code final} and
 * without an initializer (a substitution class may have no static initializer).
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Alias {
}
