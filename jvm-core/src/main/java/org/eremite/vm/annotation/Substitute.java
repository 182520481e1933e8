package org.eremite.vm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a method or constructor of a {@link TargetClass} class: replaces the body of the target's method of the same
 * name, descriptor (after substitution classes are renamed to their targets) and static-ness, which must exist and
 * not be abstract; a native method becomes an ordinary one. The declaration stays the target's (access flags,
 * signature, exceptions, annotations). A substituting method that is itself {@code native} (with {@link Extern})
 * leaves the target's method native. A class that substitutes constructors must extend the target's superclass.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Substitute {
}
