/**
 * The baseline compiler's ISA-independent half: the template compiler framework of the compilation model in
 * {@link org.eremite.vm.compiler} (Jikes RVM's TemplateCompilerFramework split). {@link
 * org.eremite.vm.compiler.baseline.BaselineCompiler} decodes and analyzes one method with the front end, walks its
 * instructions once in code order, binds a label at every block start and calls one emitter per bytecode on an
 * ISA's {@link org.eremite.vm.compiler.baseline.BaselineTemplates}; the emitters are grouped by concern in the
 * interfaces that one extends. What the templates need from the world (symbols, dispatch data, field offsets,
 * class initialization, literals, runtime entries) comes from a {@link
 * org.eremite.vm.compiler.baseline.CompilationContext}; what they produce, with the tables the runtime needs
 * (exception ranges, line map, GC maps, implicit null checks), is a {@link
 * org.eremite.vm.compiler.baseline.CompiledMethod}.
 *
 * <p>Design decisions:
 * <ul>
 *   <li><b>Static slot addressing.</b> Every emitter is called with the analysis's stack depth before its
 *       instruction ({@link org.eremite.vm.compiler.baseline.MethodCompilation#depth()}), so a template addresses
 *       its operands as fixed {@link org.eremite.vm.compiler.baseline.FrameLayout} homes. Unreachable
 *       instructions have no frame and are not compiled.</li>
 *   <li><b>Resolution happens here, not in templates.</b> The framework asks the context for a field's offset, a
 *       call's dispatch, a class's initialization barrier, and hands the templates the answers; a context that
 *       cannot answer throws, and the error is reported with the method and the bytecode offset.</li>
 *   <li><b>Slow paths are inline</b> (a conditional branch over the runtime call), so every machine pc of an
 *       instruction lies inside the machine range of its bytecode, and the exception table needs no second
 *       lookup. The runtime looks up {@code return address - 1} for a frame that is in a call, and the faulting
 *       pc itself for a fault.</li>
 *   <li><b>Stack overflow is checked at entry, and belongs to the caller.</b> After building its frame, the prologue
 *       compares the stack pointer with the limit word {@link org.eremite.vm.compiler.baseline.SymbolNames#STACK_LIMIT}
 *       (two instructions on the fast path; the image's linker fills the word with the stack's bottom plus a
 *       reserve for throwing). Below it, out-of-line code after the last instruction takes the frame down and
 *       <i>jumps</i> to {@link org.eremite.vm.compiler.baseline.RuntimeEntry#THROW_STACK_OVERFLOW}: the entry then
 *       looks called from the caller's call site, so the error is thrown there, as HotSpot's compiled code throws
 *       it (its trace starts at the call's line, the callee's handlers do not apply). That needs no GC map: the
 *       callee's slots, not yet written, are never scanned, and the caller's call site has its own map. The
 *       only method without the check implements the entry (it starts below the limit).</li>
 *   <li><b>Not compiled:</b> {@code invokedynamic} and {@code ldc} of a MethodHandle, MethodType or dynamic
 *       constant are desugared by the image builder (DESIGN.md, pipeline step 2); meeting one here is an error
 *       that names the method and the offset. {@code jsr}/{@code ret} are compiled ("push the return address,
 *       goto"; an indirect jump).</li>
 *   <li><b>Magic is not a call.</b> An {@code invokestatic} of {@link org.eremite.vm.magic.Magic} goes to the
 *       ISA's {@link org.eremite.vm.compiler.baseline.MagicTemplates} (by name and descriptor; an unknown one is
 *       an error naming it); the context is not asked about it, and it records no GC map. The exceptions are
 *       {@code callVoid} and {@code callObject}, which call compiled code through an address: they are call sites
 *       with a GC map like an {@code invokestatic} (the address operand is dead at the call), because the callee
 *       (a class initializer, an enum's {@code values()}) allocates and can throw. {@code resume} is a jump that
 *       never returns; the bytecode after it is compiled as usual and never runs.</li>
 * </ul>
 * Plain Java only (no reflection, lambdas, streams, regex or String.format): the compiler runs on the target too.
 */
package org.eremite.vm.compiler.baseline;
