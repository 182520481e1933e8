/**
 * Annotations through which the VM's own classes and {@code classlib/} talk to the image builder: substitutions of
 * JDK classes ({@link org.eremite.vm.annotation.TargetClass} with {@link org.eremite.vm.annotation.Substitute},
 * {@link org.eremite.vm.annotation.Alias}, {@link org.eremite.vm.annotation.Inject}, in the manner of GraalVM's
 * substitutions) and calls of boot-stub routines ({@link org.eremite.vm.annotation.Extern}). Retained in class
 * files only: the builder reads them with ASM; nothing reads them at run time.
 */
package org.eremite.vm.annotation;
