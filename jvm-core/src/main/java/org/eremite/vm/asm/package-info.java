/**
 * The ISA-independent half of Jasm, Eremite's assemblers: the code buffer, labels with forward
 * references, relocations against symbols and the assembly listing.
 *
 * <p>Each {@code jit-*} module extends {@link org.eremite.vm.asm.AbstractAssembler} with one method per
 * instruction form. The division of labour: this package knows <em>where</em> a label or a symbol is
 * used and when it becomes known; the ISA knows <em>how</em> to patch the instruction at that place
 * (its {@code patchLabelUse} and its {@link org.eremite.vm.asm.RelocationKind} constants).
 *
 * <p>All three target ISAs store data little-endian, and so does {@link org.eremite.vm.asm.CodeBuffer}.
 * Instruction methods throw {@link java.lang.IllegalArgumentException} naming the instruction and the
 * operand for any operand they cannot encode; nothing here ever emits silently wrong bytes.
 */
package org.eremite.vm.asm;
