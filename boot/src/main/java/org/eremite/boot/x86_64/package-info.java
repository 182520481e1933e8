/**
 * The x86_64 boot stub and boot smoke image: QEMU's {@code microvm} (or any PVH loader) enters
 * {@link org.eremite.boot.x86_64.BootStub}'s 32-bit code through the Xen PVH ELF note; the stub reaches long mode
 * with build-time page tables ({@link org.eremite.boot.x86_64.PageTables}) and descriptor tables
 * ({@link org.eremite.boot.x86_64.DescriptorTables}), installs the exception handlers
 * ({@link org.eremite.boot.x86_64.TrapEntry}), and calls the payload with the PVH start info
 * ({@link org.eremite.boot.x86_64.PvhStartInfo}). {@link org.eremite.boot.x86_64.Serial} is the console and
 * {@link org.eremite.boot.x86_64.PowerOff} the exit; {@link org.eremite.boot.x86_64.MemoryLayout} says where
 * everything is; {@link org.eremite.boot.x86_64.SmokeImage} is the payload of the smoke test.
 *
 * <p>Everything is generated with the x86_64 Jasm ({@code org.eremite.jit.x86_64.asm}) into one
 * {@link org.eremite.boot.x86_64.TextSection}, which names each routine (a function symbol of the image) and
 * resolves the references between them. Routines follow the System V AMD64 convention and keep frame
 * pointers. This package knows no other ISA; it must not touch the sibling packages.
 */
package org.eremite.boot.x86_64;
