/**
 * Jasm for aarch64: an assembler that emits A64 machine code from Java calls, one method per
 * instruction form, named after the mnemonic of the Arm Architecture Reference Manual (DDI 0487,
 * chapter C4 "A64 Instruction Set Encoding", and C6 for the aliases such as {@code cmp}, {@code lsl},
 * {@code cset}).
 *
 * <p>Conventions:
 * <ul>
 * <li>Operand size is the first argument, in bits, as Graal does: {@code add(64, R0, R1, R2)} is
 * {@code add x0, x1, x2}, {@code add(32, ...)} the {@code w} form. One {@link org.eremite.jit.aarch64.asm.Register}
 * constant names both views of a register.</li>
 * <li>{@link org.eremite.jit.aarch64.asm.Register#SP} and {@link org.eremite.jit.aarch64.asm.Register#ZR} share
 * encoding 31; every form checks at run time that it received the one it can encode.</li>
 * <li>Memory operands are {@link org.eremite.jit.aarch64.asm.Address} values (offset, pre-index,
 * post-index, register offset).</li>
 * <li>{@link org.eremite.jit.aarch64.asm.Assembler} emits exactly one instruction per call and throws
 * {@link java.lang.IllegalArgumentException} naming instruction and operand for anything it cannot
 * encode. {@link org.eremite.jit.aarch64.asm.MacroAssembler} builds sequences (constants, far calls,
 * literal pool) and may clobber the scratch registers {@code x16} and {@code x17} (IP0/IP1 of AAPCS64).</li>
 * <li>The listing is GNU {@code as} syntax and reassembles to the same bytes with {@code -march=armv8.1-a}.</li>
 * <li>{@code align(n)} pads code with {@code nop}; after data bytes ({@code data8}, {@code data16}) it first
 * pads with zero bytes up to the next 4-byte boundary, exactly as GNU as pads {@code .balign} in code.</li>
 * <li>Symbols are referenced through {@link org.eremite.jit.aarch64.asm.RelocationType} relocations
 * ({@code bl(String)}, {@code adrp}, {@code add/ldr/str ... :lo12:}, {@code movz/movk #:abs_gN:},
 * {@code data64(String, long)}); labels are patched when bound, and a label out of reach fails there.</li>
 * </ul>
 *
 * <p>This package owns A64 encodings only: it knows no calling convention, object layout or compiler.
 */
package org.eremite.jit.aarch64.asm;
