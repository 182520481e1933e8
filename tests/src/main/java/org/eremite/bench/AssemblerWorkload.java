package org.eremite.bench;

/**
 * A stream of instructions for the assembler throughput benchmark: one implementation per ISA, each
 * emitting the mix a compiler produces (integer ALU, loads and stores, branches to labels, floating
 * point, constant loads) through its Jasm assembler with the listing off.
 */
public interface AssemblerWorkload {
    /** The ISA's name as the command line spells it ({@code x86_64}, {@code aarch64}, {@code riscv64}). */
    String isa();

    /**
     * Emits {@code instructions} instructions into a fresh assembler and finishes it.
     *
     * @return the size of the finished code in bytes
     */
    int emit(int instructions);
}
