/**
 * The x86_64 baseline compiler: the code templates of every bytecode for the ISA-independent framework of
 * {@link org.eremite.vm.compiler.baseline}, with the SysV AMD64 calling convention ({@link
 * org.eremite.jit.x86_64.baseline.CallingConvention}). The templates are split by concern into a chain of
 * classes, each adding one group of emitters: {@code TemplateBase} (frame, runtime calls, class initialization)
 * &lt;- {@code LocalCode} (locals, constants, stack) &lt;- {@code ArithmeticCode} &lt;- {@code ConversionCode} &lt;-
 * {@code BranchCode} (comparisons, branches, switches) &lt;- {@code MemoryCode} (fields, arrays) &lt;-
 * {@code CallCode} (invocations) &lt;- {@code ObjectCode} (allocation, type checks, monitors, athrow, returns) &lt;-
 * {@code MagicCode} (the {@link org.eremite.vm.magic.Magic} intrinsics) &lt;-
 * {@link org.eremite.jit.x86_64.baseline.BaselineTemplates}; {@link org.eremite.jit.x86_64.baseline.Backend}
 * makes one per method.
 *
 * <p>Design decisions:
 * <ul>
 *   <li><b>Memory to memory.</b> Values live in their frame slots between bytecodes (the compilation model); a
 *       template loads its operands into caller-saved scratch registers (rax, rcx, rdx, rsi, rdi, r8-r11,
 *       xmm0-xmm1), computes, and stores the result. rbp is the frame pointer; rsp stays 16-byte aligned in the
 *       body, so a call needs no realignment. {@code pop}, {@code pop2} and {@code l2i} emit no code at all.</li>
 *   <li><b>Exact Java semantics without x87 arithmetic</b>: SSE scalar instructions round float and double
 *       arithmetic exactly as JVMS 2.8 asks; the truncating conversions fix up the "integer indefinite" value
 *       (NaN to 0, overflow to MIN or MAX); only {@code frem}/{@code drem} use the x87 FPREM loop, whose partial
 *       remainder is exact (SDM vol. 1, 8.3.10), so the precision control does not matter.</li>
 *   <li><b>Null checks</b> are implicit where the access is at an offset below {@link
 *       org.eremite.jit.x86_64.baseline.TemplateBase#UNMAPPED_PAGE_SIZE} from the reference (page 0 is not
 *       mapped: the fault becomes a NullPointerException, and the pc is recorded), explicit elsewhere.</li>
 *   <li><b>Stack limit:</b> {@code cmp rsp, [rip + eremite.stack_limit]; jb} right after {@code sub rsp}, before
 *       the frame is written; the out-of-line {@code leave; jmp eremite.runtime.throwStackOverflow} after the
 *       method's last instruction (see {@link org.eremite.vm.compiler.baseline}). Stack arguments of a call are
 *       stored below rsp unchecked: at most a few KiB, inside the reserve under the limit.</li>
 *   <li><b>Not yet:</b> GC write barriers, inline caches; instance and type-check fast paths beyond "same hub" (the
 *       slow paths are runtime entries).</li>
 * </ul>
 */
package org.eremite.jit.x86_64.baseline;
