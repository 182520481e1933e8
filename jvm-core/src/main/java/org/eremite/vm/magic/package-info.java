/**
 * Magic: how the VM's own Java code (allocator, unwinder, class initialization, console) touches raw memory and
 * the machine. {@link org.eremite.vm.magic.Magic} declares static methods that the compilers never call: an
 * {@code invokestatic} of one is replaced by its machine instructions (the baseline framework routes it to the
 * ISA's {@link org.eremite.vm.compiler.baseline.MagicTemplates}). Their Java bodies only run on the host, where
 * they throw {@link java.lang.UnsupportedOperationException}. This package is ISA-independent; an ISA-only
 * operation (port I/O, CSRs, system registers) is declared in that ISA's {@code jit-*} module.
 *
 * <p>Design decisions:
 * <ul>
 *   <li><b>Addresses and words are plain {@code long}s</b>, not a word class such as Jikes RVM's {@code Address}.
 *       The frame analysis then types an address as a long, so a GC map can never mistake one for a reference
 *       (and a reference is never hidden in a long by accident: {@link org.eremite.vm.magic.Magic#addressOf} and
 *       {@link org.eremite.vm.magic.Magic#toObject} are the only doors, and they are visible calls). A word class
 *       would be a reference type to javac and to the analysis: every local, stack slot, field and array of it
 *       would have to be retyped by the compiler before GC maps, {@code ==} on it would be reference identity,
 *       {@code null} a legal value, and the image builder would have to strip its boxing from fields, arrays and
 *       generic code. A baseline compiler that compiles bytecode as it is gets all of that right for free with
 *       {@code long}: arithmetic and comparisons ({@code Long.compareUnsigned} where the sign matters) are
 *       ordinary bytecode. The price, names that say "address" rather than types, is paid in parameter names.</li>
 *   <li><b>Two forms per access:</b> {@code loadInt(address)} and {@code loadInt(base, offset)}, which is the
 *       same as {@code loadInt(base + offset)} and lets an ISA fold the addition into its addressing mode.
 *       Sub-int loads extend like the JVM's own ({@code loadByte} and {@code loadShort} sign-extend,
 *       {@code loadChar} zero-extends); stores of sub-int widths keep the low bits. The byte order is the
 *       machine's (little-endian on all three ISAs). Accesses have no null, bounds or alignment checks, and no
 *       GC barriers: a reference stored with {@code storeObject} is the caller's business.</li>
 *   <li><b>Frames</b> follow the compilation model ({@link org.eremite.vm.compiler}): every compiled frame keeps
 *       a frame pointer linked to its caller's. {@code framePointer()} is the current method's,
 *       {@code callerFramePointer(fp)} and {@code returnAddress(fp)} read the frame record of frame {@code fp}
 *       where the ISA keeps it (on x86_64, {@code [fp]} and {@code [fp + 8]}).</li>
 *   <li><b>Control transfer</b> is the one place Magic leaves the method's code. {@code resume(pc, sp, fp)} is
 *       a jump into another frame (the unwinder entering a handler), so nothing after it runs and no register
 *       but the stack and frame pointers is restored: a handler must find everything in its frame.
 *       {@code callVoid} and {@code callObject} call compiled code through an address (class initializers and
 *       enum {@code values()} found in tables at run time) with the ISA's Java calling convention; unlike the
 *       other intrinsics they are GC safepoints and may throw, exactly like the {@code invokestatic} they
 *       stand for.</li>
 * </ul>
 * Plain Java only, like the rest of {@code jvm-core}. The image builder must not compile this class's bodies.
 */
package org.eremite.vm.magic;
