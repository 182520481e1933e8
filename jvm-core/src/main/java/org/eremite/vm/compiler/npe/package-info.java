/**
 * HotSpot's "helpful" NullPointerException messages (JEP 358), computed at build time from bytecode: for each
 * instruction that can raise a NullPointerException itself (field access, calls, array access and length,
 * {@code athrow}, {@code monitorenter}/{@code monitorexit}), {@link
 * org.eremite.vm.compiler.npe.NullPointerMessages} gives the text HotSpot 17 would give, such as {@code Cannot
 * invoke "String.length()" because "<local1>" is null}. The image builder stores it with the compiled code, so
 * the runtime needs no bytecode to explain a fault. Reads code through {@code compiler.bytecode} and names through
 * {@code classfile}; knows no ISA. Plain Java only (no reflection, lambdas, streams, regex or String.format).
 *
 * <p>Design decisions:
 * <ul>
 *   <li><b>HotSpot's algorithm, not ours.</b> The because-part depends on which instruction pushed the null
 *       reference, which HotSpot finds with its own simple stack simulation ({@code ExceptionMessageBuilder} in
 *       {@code bytecodeUtils.cpp}): passes in code order that stop once the faulting instruction has a stack,
 *       no exception edges, successors joined through one working copy, code after a {@code jsr} unreachable.
 *       Its results differ from a real data-flow analysis in corner cases, and the messages must be identical,
 *       so {@link org.eremite.vm.compiler.npe.StackSimulation} reproduces it rather than reusing {@code
 *       compiler.analysis}.</li>
 *   <li><b>The oracle is HotSpot itself.</b> The tests run NullPointerExceptions on the build JDK and compare;
 *       they also ask HotSpot for the message of every instruction of whole classes by giving a
 *       NullPointerException a forged top frame: a javac corpus (with and without debug information), bytecode
 *       javac never writes, and java.base (all 336,172 instructions that can throw agree on 17.0.15). Quirks
 *       found that way are kept, and named in the class comments where they live.</li>
 *   <li><b>Null means no message</b>, as {@code getMessage()} returns null: instructions that cannot raise the
 *       exception, and constructor calls (HotSpot's rule that keeps {@code new NullPointerException()} without
 *       one).</li>
 *   <li><b>What the caller still decides.</b> HotSpot gives no message when the faulting frame is hidden: a
 *       method reference's or lambda's proxy class ({@code Function<String, Integer> f = String::length;
 *       f.apply(null)} has none), a lambda form; the image builder must store none for the classes its
 *       desugaring generates in their place (a lambda's body is an ordinary method of its class, with
 *       messages). Nor for exceptions created by code, or when stack traces are off; and after many throws
 *       from one place HotSpot's optimizing compiler may throw a preallocated exception without message
 *       ({@code OmitStackTraceInFastThrow}), a run-time policy Eremite need not copy.</li>
 * </ul>
 */
package org.eremite.vm.compiler.npe;
