/**
 * Substitutions: classes of the VM and of {@code classlib/} that replace, refer to or add members of JDK classes,
 * in the manner of GraalVM Native Image (DESIGN.md pipeline step 2). A substitution class is annotated
 * {@code @TargetClass("java.lang.Object")} and named after its target ({@code Target_java_lang_Object}); its
 * members say what they do with {@code @Substitute}, {@code @Alias} and {@code @Inject} (the contract is in
 * {@code org.eremite.vm.annotation}). {@link org.eremite.image.substitute.Substitutions} holds a set of them;
 * {@link org.eremite.image.desugar.DesugaredClasses} applies it to every class it reads, before desugaring, so the
 * lambdas and string concatenations of substituted code are desugared like any other.
 *
 * <p>Decisions:
 * <ul>
 *   <li>A substitution class stands for its target everywhere: every class that names it (the VM's, classlib's
 *       helpers, in descriptors, signatures, constants, {@code invokedynamic} handles, inner-class attributes and
 *       annotations) has the name replaced by the target's, with ASM's {@code ClassRemapper}. Whether a class names
 *       one is decided by searching its bytes, so JDK and application classes, which cannot, cost nothing.
 *       Renaming keeps the original bytecode offset of each instruction.</li>
 *   <li>A merged method keeps the target's declaration (access flags, generic signature, exceptions, annotations,
 *       so {@code @CallerSensitive} and the like still hold) and takes the substitution's code, line numbers and
 *       local variables. It is native only if the substitution's method is (an {@code @Extern} routine; its
 *       annotation is added).</li>
 *   <li>The target keeps its name, superclass, interfaces, source file and nest. So a stack trace through
 *       substituted code names the target's source file (say {@code Object.java}) with the line numbers of the
 *       substitution's file; and bytecode offsets in messages about substituted code are those of the substitution's
 *       class file. A substitution may not add interfaces; one with constructors must extend the target's
 *       superclass (its constructors call that class's).</li>
 *   <li>javac's synthetic members of a substitution (lambda bodies) are copied as if injected, and renamed
 *       ({@code lambda$hashCode$0$Target_java_lang_Object}) when the target already uses the name. Only the merged
 *       class sees the new name: such members are private.</li>
 *   <li>A substitution's own constructors are not copied (nothing instantiates it as itself); a static initializer
 *       is refused, because the target's own runs. Any other unannotated member is refused by name.</li>
 *   <li>Classes in the substitution packages without {@code @TargetClass} are helpers: ordinary classes of the
 *       image, only renamed. Their nest host, if it was a substitution class, becomes the target, which does not
 *       list them: private access between a helper and its target is not established (the Eremite compiler does
 *       not check access; HotSpot would refuse it).</li>
 *   <li>Merging happens when a target is read, once per reader; a target never read is never merged, so
 *       {@link org.eremite.image.substitute.Substitutions#checkTargets} checks up front that every target exists.</li>
 *   <li>Errors are {@link org.eremite.image.substitute.SubstitutionException}s naming the substitution class, the
 *       target class and the member.</li>
 * </ul>
 * This package changes classes by the substitution rules only; it reads through {@code classpath} and leaves
 * {@code invokedynamic} to {@code desugar}.
 */
package org.eremite.image.substitute;
