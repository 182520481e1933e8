/**
 * Jasm for riscv64: an assembler that emits RV64GC-minus-C machine code (RV64I with the M, A, F, D,
 * Zicsr and Zifencei extensions, plus the supervisor and machine instructions a kernel needs).
 *
 * <p>Owns the riscv64 encodings, the riscv64 ELF relocation kinds and the instruction sequences of
 * {@link org.eremite.jit.riscv64.asm.MacroAssembler}; it knows nothing of other ISAs nor of the compiler.
 * Encodings follow "The RISC-V Instruction Set Manual, Volume I: Unprivileged ISA" (20191213; chapter
 * numbers below refer to it) and "Volume II: Privileged Architecture" (20211203); relocations follow the
 * "RISC-V ELF psABI" (1.0).
 *
 * <p>Conventions: one method per instruction form, named after the mnemonic with dots written as
 * underscores ({@code fadd_s}, {@code amoswap_w}, {@code fence_i}); operands in the order GNU {@code as}
 * writes them (destination first; for atomics {@code (rd, rs2, rs1)} as in {@code amoadd.w rd, rs2, (rs1)}).
 * {@link org.eremite.jit.riscv64.asm.Assembler} emits exactly one 32-bit instruction per call (no
 * compressed instructions are ever emitted, so every instruction is 4-byte aligned); sequences live in
 * {@link org.eremite.jit.riscv64.asm.MacroAssembler}. The listing is GNU {@code as} syntax with ABI register
 * names, assembled with {@code .option norvc} and {@code .option norelax}.
 */
package org.eremite.jit.riscv64.asm;
