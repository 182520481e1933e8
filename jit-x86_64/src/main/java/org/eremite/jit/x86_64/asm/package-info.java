/**
 * Jasm for x86_64: the assembler the x86_64 compiler, stubs and boot code emit machine code with.
 *
 * <p>Owns the x86_64 instruction encodings (Intel SDM vol. 2, chapters 2-5 and appendix A), the register
 * classes ({@link org.eremite.jit.x86_64.asm.Register}, {@link org.eremite.jit.x86_64.asm.FloatRegister},
 * {@link org.eremite.jit.x86_64.asm.ControlRegister}, {@link org.eremite.jit.x86_64.asm.SegmentRegister}), memory operands
 * ({@link org.eremite.jit.x86_64.asm.Address}) and the x86_64 relocations of the System V AMD64 psABI
 * ({@link org.eremite.jit.x86_64.asm.RelocationType}). Knows nothing of Java, of the VM or of other ISAs.
 *
 * <p>Conventions: one method per instruction form, named by the SDM mnemonic; the operand size is a
 * suffix as in GNU as's AT&amp;T syntax ({@code addq} 64-bit, {@code addl} 32-bit, {@code movw},
 * {@code movb}; extending moves name source then destination size, {@code movzxbl}); operands are in
 * Intel order, destination first. {@link org.eremite.jit.x86_64.asm.Assembler} emits exactly one
 * instruction per call, choosing the shortest encoding GNU as would (disp8, imm8, accumulator forms);
 * {@link org.eremite.jit.x86_64.asm.MacroAssembler} emits sequences. The listing is GNU as Intel syntax
 * ({@code .intel_syntax noprefix}) and assembles to the same bytes, which is how the tests check every
 * encoding. Operands that cannot be encoded throw {@link java.lang.IllegalArgumentException} naming the
 * instruction and the operand.
 *
 * <p>Class layout: {@code X86Encoder} (package-private: prefixes, REX, ModRM/SIB, labels) &lt;-
 * {@link org.eremite.jit.x86_64.asm.IntegerAssembler} (ALU, multiply/divide, shifts, bit operations) &lt;-
 * {@link org.eremite.jit.x86_64.asm.MoveAssembler} (mov, extension, lea, xchg, setcc, cmov, push/pop) &lt;-
 * {@link org.eremite.jit.x86_64.asm.FloatingPointAssembler} (SSE scalar) &lt;-
 * {@link org.eremite.jit.x86_64.asm.Assembler} (control flow, atomics, system, 32-bit mode) &lt;-
 * {@link org.eremite.jit.x86_64.asm.MacroAssembler}.
 */
package org.eremite.jit.x86_64.asm;
