package org.eremite.image.reach;

import org.eremite.image.classpath.CodeLocation;

/**
 * A reachable call of a signature-polymorphic method ({@code MethodHandle.invokeExact}, a {@code VarHandle} access
 * mode) in the JDK: a later phase must rewrite each (substitutions), since an image has no method-handle linkage.
 *
 * @param site       where the call is
 * @param target     the signature-polymorphic method
 * @param descriptor the descriptor at the call site
 */
public record SignaturePolymorphicCall(CodeLocation site, MethodRef target, String descriptor) {
}
