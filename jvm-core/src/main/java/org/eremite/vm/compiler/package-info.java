/**
 * The compilers' shared half: everything about turning bytecode into machine code that does not depend
 * on an ISA. Sub-packages: {@code bytecode} (decoding), {@code analysis} (control flow and the kinds of
 * every stack slot and local at every instruction), {@code baseline} (the template compiler framework that
 * every {@code jit-*} module implements).
 *
 * <h2>The baseline compilation model (all ISAs)</h2>
 * <ul>
 *   <li><b>Calling convention:</b> the ISA's C ABI (SysV AMD64, AAPCS64, RISC-V LP64D); {@code this} is the
 *       first argument; the frame pointer is kept (rbp, x29, s0) and every frame links to its caller's, so any
 *       tool can walk the stack.</li>
 *   <li><b>Frames:</b> every JVM local and every operand-stack slot has a fixed 8-byte home in the frame,
 *       addressed from the frame pointer: local {@code i} at {@code fp - 8 * (1 + i)}, stack slot {@code j} at
 *       {@code fp - 8 * (1 + maxLocals + j)}. The front end knows the stack depth before every instruction, so
 *       a template addresses its operands statically; nothing tracks a run-time operand-stack pointer. A long
 *       or double occupies its first slot (the second slot is unused), as in the JVMS slot numbering.</li>
 *   <li><b>No callee-saved registers</b> hold Java values across instructions: every value lives in its frame
 *       slot between bytecodes. Unwinding for exceptions therefore restores only the frame and stack pointers.</li>
 *   <li><b>GC maps:</b> at every call site (the only places a collection can happen), the analysis says which
 *       slots hold references; the collector reads them by return address.</li>
 *   <li><b>Exceptions:</b> each compiled method carries a table from machine-code ranges to handler addresses
 *       and catch types, derived from its bytecode exception table. The runtime walks frames by the frame
 *       chain, finds the method of each return address, and resumes in the handler with the exception in stack
 *       slot 0. Hardware faults in compiled code (the unmapped page 0) become {@code NullPointerException}
 *       thrown at the faulting instruction.</li>
 * </ul>
 */
package org.eremite.vm.compiler;
