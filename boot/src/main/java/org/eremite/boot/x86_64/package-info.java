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
 * <p>A Java image adds {@link org.eremite.boot.x86_64.VmPlatform} to the stub: the {@code eremite_*} routines the
 * VM's {@code @Extern} methods call (console, memory map, command line, power off, {@link
 * org.eremite.boot.x86_64.Clock}'s TSC-based nanotime and wall clock from the {@link
 * org.eremite.boot.x86_64.CmosRtc}), the Java entry that runs the VM on its own stack, and the page-fault hook
 * that turns a null dereference in compiled code into a call of the runtime's throwNullPointer. The platform
 * refers to symbols the image builder defines (the Java stack, the VM entry, the compiled code's bounds); the
 * smoke image does not include it.
 *
 * <p>Everything is generated with the x86_64 Jasm ({@code org.eremite.jit.x86_64.asm}) into one
 * {@link org.eremite.boot.x86_64.TextSection}, which names each routine (a function symbol of the image) and
 * resolves the references between them. Routines follow the System V AMD64 convention and keep frame
 * pointers. This package knows no other ISA; it must not touch the sibling packages.
 */
package org.eremite.boot.x86_64;
