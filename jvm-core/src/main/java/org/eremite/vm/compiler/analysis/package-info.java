/**
 * Bytecode analysis shared by every back end: the control-flow graph ({@link
 * org.eremite.vm.compiler.analysis.ControlFlowGraph}, {@link org.eremite.vm.compiler.analysis.BasicBlock}, {@link
 * org.eremite.vm.compiler.analysis.Subroutine}) and the kinds of every local and stack slot before every instruction
 * ({@link org.eremite.vm.compiler.analysis.FrameAnalysis}, {@link org.eremite.vm.compiler.analysis.TypeState},
 * {@link org.eremite.vm.compiler.analysis.SlotKind}). The baseline compilers use the stack depth and kinds to
 * address operands statically; the garbage collector's maps come from the kinds at call sites. It reads code
 * through {@code compiler.bytecode} and constants through {@code classfile.ConstantPool}, and knows no ISA. Plain
 * Java only: it runs on the target too.
 *
 * <p>Design decisions:
 * <ul>
 *   <li><b>Kinds, not types.</b> The analysis is JVMS 4.10.2's type-inference data flow over {@code SlotKind}s:
 *       int (with boolean, byte, char, short), float, long, double, reference (null, any class or array, and
 *       uninitialized objects, which the collector must also see), return address, and top. That is all a
 *       template compiler and a collector need. It checks what kinds can show (operand kinds, stack bounds, local
 *       bounds, return instruction against descriptor, split longs, stack agreement at joins, falling off the
 *       end), which is about what ASM's {@code BasicVerifier} checks; it is not a full verifier (no
 *       assignability, no uninitialized-object rules, no access checks), which is the class loader's job.</li>
 *   <li><b>Two slots per long and double</b> (JVMS 2.6.1), in locals and on the stack, the second marked
 *       {@code LONG_2ND}/{@code DOUBLE_2ND}; storing over either half makes the other half top (JVMS 4.10.1.7).</li>
 *   <li><b>Joins.</b> Locals that differ become top; the stacks must have the same depth and the same kind in
 *       every slot, else the method is rejected. The fixpoint runs over basic blocks, lowest block first.</li>
 *   <li><b>Handlers</b> start with one reference on the stack and the locals merged from the frame <em>before</em>
 *       every instruction their range covers (JVMS 4.10.1.6: the exception frame is the incoming frame). ASM 9.7.1
 *       also merges the frame after each instruction, which differs only after a store that ends a range (4
 *       methods of java.base): there this analysis is more precise, and still sound, since the store cannot
 *       throw and the next instruction is outside the range.</li>
 *   <li><b>jsr/ret</b> (class files before 50). The back end compiles {@code jsr} as "push the return address,
 *       goto" and {@code ret} as an indirect jump, so each instruction has one frame, merged over all callers, as
 *       in JVMS 4.10.2.4: a subroutine's entry merges its callers' frames plus the return address; a {@code ret}
 *       flows to the instruction after every {@code jsr} of its subroutine, with the stack and the locals the
 *       subroutine accesses as at the {@code ret}, and every other local as it was before that {@code jsr}. The
 *       accessed locals are found statically ({@link org.eremite.vm.compiler.analysis.Subroutine}): those named by
 *       the blocks on a path from the entry to the subroutine's {@code ret}s, including handlers inside it, plus,
 *       transitively, those of the subroutines it calls (ASM's analyzer omits the nested ones and is unsound
 *       there; HotSpot agrees with this analysis). Return addresses carry their subroutine, so a {@code ret} is
 *       checked against the subroutine it belongs to; a {@code ret} that returns from an enclosing subroutine
 *       directly (legal by JVMS 4.9.2, never emitted by javac) is rejected as unsupported. Recursive subroutine
 *       calls are not detected (the verifier's job). <b>For the GC:</b> inside a subroutine, a local the subroutine
 *       does not access has the kind merged over all callers, possibly top while one caller keeps a reference in
 *       it. A map at a call site inside a subroutine must take such locals from the calling {@code jsr}'s frame,
 *       found at run time through the return address (as Jikes RVM's reference maps do), or the image builder can
 *       inline subroutines away (ASM's {@code JSRInlinerAdapter}) for old class files in the closed world.</li>
 *   <li><b>Unreachable code</b> has no frame and is not checked beyond decoding; falling off the end of the code
 *       is an error only where reachable (as for the type-inference verifier and ASM).</li>
 *   <li><b>Storage.</b> One {@code short} per slot per instruction, in a flat array (locals, then stack up to
 *       {@code max_stack}); the biggest method of java.base needs 8.7 MB while analyzed. {@code TypeState} is a
 *       snapshot copied out on request.</li>
 * </ul>
 */
package org.eremite.vm.compiler.analysis;
