/**
 * Boot stubs and platform bring-up, one sub-package per ISA with the same shape in each
 * ({@code BootStub}, {@code Serial}, {@code PageTables}, {@code TrapEntry}, {@code PowerOff},
 * {@code SmokeImage}, ...). Everything is generated with that ISA's Jasm assembler: the build needs no
 * external assembler or linker.
 *
 * <p>This package holds what the three share: {@link org.eremite.boot.BootImage}, the linked result a
 * stub hands to the image writer (which turns it into ELF), and the contract of the boot smoke image
 * ({@link org.eremite.boot.SmokeImageContract}) that the stubs' own tests check on every ISA.
 *
 * <p>Conventions of all three stubs:
 * <ul>
 *   <li>The first page (address 0) is never mapped, so a null dereference traps.</li>
 *   <li>The boot stack has an unmapped guard page below it.</li>
 *   <li>BSS is cleared before any other code runs that could use it.</li>
 *   <li>The boot info (PVH start info on x86_64, the device tree on aarch64 and riscv64) is passed
 *       to the entry function as its first argument under the ISA's C calling convention.</li>
 *   <li>The stub's first output is {@link org.eremite.boot.SmokeImageContract#CONSOLE_START} (STX), so
 *       that the launcher can drop firmware banners printed before it.</li>
 * </ul>
 */
package org.eremite.boot;
