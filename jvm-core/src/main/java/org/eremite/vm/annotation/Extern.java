package org.eremite.vm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a static native method: calls go straight to the platform routine named {@link #value} (a symbol of the boot
 * stub), which follows the target's C calling convention with the Java signature mapped as compiled code maps it
 * (int to a 32-bit int, long to a 64-bit integer, references to pointers).
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Extern {
    /** The routine's symbol. */
    String value();
}
