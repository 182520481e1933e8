/**
 * The riscv64 boot stub for QEMU {@code virt} with OpenSBI, and the boot smoke image built on it.
 *
 * <p>OpenSBI starts the image in S-mode at its lowest loaded address with {@code a0} = hart id and
 * {@code a1} = the device tree. {@link org.eremite.boot.riscv64.BootStub} installs the trap vector,
 * turns on Sv39 with the identity map that {@link org.eremite.boot.riscv64.PageTables} built at build time,
 * enables the FPU, sets up the boot stack, clears BSS and calls the entry function with the device tree
 * address in {@code a0}. {@link org.eremite.boot.riscv64.MemoryLayout} says where everything lives.
 *
 * <p>Every routine is generated with the Jasm riscv64 {@code MacroAssembler}, follows the LP64D calling
 * convention, keeps frame pointers ({@code s0} points just above the saved {@code ra} and {@code s0}, as
 * GCC lays frames out) and gets a function symbol in the image. Owns nothing outside this package; the
 * shared contract is {@link org.eremite.boot.SmokeImageContract}.
 *
 * <p>Manuals cited: "The RISC-V Instruction Set Manual, Volume II: Privileged Architecture" (20211203;
 * "priv" below), Volume I: Unprivileged ISA (20191213; "unpriv"), the RISC-V SBI specification, the
 * Devicetree Specification v0.4 ("DT spec"), and QEMU 7.2's {@code hw/riscv/virt.c} for the machine's
 * memory map, which no manual describes.
 */
package org.eremite.boot.riscv64;
