/**
 * A writer of ELF64 executables (System V gABI, little-endian), the last step of the image builder.
 *
 * <p>Layout decisions, all made for the boot loaders that read our images (BOOT-FACTS.md):
 * <ul>
 *   <li>The ELF and program headers are not part of any {@code PT_LOAD} segment. QEMU's riscv64 loader
 *       jumps to the lowest loaded address, so the first loaded byte must be the entry code, not a header.</li>
 *   <li>Each allocated section gets a {@code PT_LOAD} segment of its own whose file offset is congruent to
 *       its address modulo the page size, so the file is also loadable by Linux.</li>
 *   <li>Notes (the PVH entry note for x86_64 QEMU) are collected in one {@code SHT_NOTE} section covered by
 *       a {@code PT_NOTE} segment, which is where QEMU looks for the Xen PVH note.</li>
 *   <li>Function symbols carry sizes, so {@code objdump}, {@code gdb} and QEMU's gdbstub show Java names.</li>
 * </ul>
 */
package org.eremite.image.elf;
