/**
 * Desugaring: every {@code invokedynamic} is rewritten into ordinary bytecode before anything else looks at the
 * code, so the compiler, the reachability analysis and the guest never see one.
 *
 * <p>What is rewritten, and to what (each rewriter's class comment has the exact rules):
 * <ul>
 *   <li>{@code StringConcatFactory.makeConcatWithConstants}/{@code makeConcat}: {@code StringBuilder} code with
 *       the JDK's stringification of each argument type ({@link org.eremite.image.desugar.StringConcatRewriter});</li>
 *   <li>{@code LambdaMetafactory.metafactory}/{@code altMetafactory}: one generated class per call site in the
 *       caller's package, with the JDK's argument and return conversions, markers, bridges and serialization
 *       ({@link org.eremite.image.desugar.LambdaClassGenerator}); private implementation methods are reached
 *       through generated static accessors ({@link org.eremite.image.desugar.ImplementationAccess});</li>
 *   <li>{@code ObjectMethods.bootstrap}: private static methods in the record with the JDK's exact
 *       {@code toString}, {@code equals} and {@code hashCode} ({@link org.eremite.image.desugar.RecordMethodsRewriter}).</li>
 * </ul>
 * Everything else is refused, naming class, method, bytecode offset and bootstrap method: other bootstraps
 * ({@code SwitchBootstraps}, which javac 17 emits only for preview features), dynamic constants, and calls of
 * signature-polymorphic methods ({@code MethodHandle.invoke*}, {@code VarHandle}) in application classes.
 * In {@code java.base}, the calls of field and array-element VarHandles that a class makes in its static
 * initializer become static calls of classlib's {@code FieldHandleOps} and {@code ArrayHandleOps} with the field's guest offset
 * ({@link org.eremite.image.desugar.VarHandleRewriter}); its other signature-polymorphic calls are left alone
 * (their handles are null in the guest, so they fail with a NullPointerException if they ever run).
 *
 * <p>Decisions:
 * <ul>
 *   <li>Lambda identity: a non-capturing call site yields the same object every time (a constant, as in the
 *       JDK), kept in the generated class's {@code INSTANCE}; a capturing site makes a new object each time.
 *       Distinct sites never share objects.</li>
 *   <li>Generated classes are named {@code Caller$$Lambda$N} (N counts the caller's sites from 1) and their
 *       captured fields {@code arg$1...}, the JDK's names, so the host's hidden lambda objects in the build-time
 *       heap can be mapped to them ({@link org.eremite.image.desugar.GeneratedLambda}).</li>
 *   <li>Desugaring is per class and happens when the class is first asked for
 *       ({@link org.eremite.image.desugar.DesugaredClasses}): the application is desugared whole, {@code java.base}
 *       only where the analysis reaches.</li>
 *   <li>Rewrites keep javac's stack map frames valid, so classes are written back without recomputing frames
 *       (which would need the class hierarchy); see {@link org.eremite.image.desugar.ClassWriting}.</li>
 * </ul>
 * This package changes code; it does not decide what is reachable. {@link
 * org.eremite.image.desugar.DesugaredClasses} applies the substitutions ({@code substitute}) to each class it
 * reads, before desugaring it.
 */
package org.eremite.image.desugar;
