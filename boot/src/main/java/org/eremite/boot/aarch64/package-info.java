/**
 * The aarch64 boot stub for QEMU's {@code virt} machine, and its smoke image: {@link
 * org.eremite.boot.aarch64.MemoryLayout} (where everything lives), {@link org.eremite.boot.aarch64.PageTables}
 * (the identity map, built at build time), {@code BootStub} (EL2 to EL1, traps, FP, MMU, stacks, the call
 * of the entry routine), {@code TrapEntry} (vectors on a separate trap stack, the dump), {@code Serial}
 * (PL011), {@code PowerOff} (semihosting, PSCI), {@code DeviceTree} (memory and command line from the
 * DTB) and {@link org.eremite.boot.aarch64.SmokeImage}. All code is generated with the aarch64 Jasm
 * ({@code org.eremite.jit.aarch64.asm}); manual references are to the Arm ARM (DDI 0487) unless named.
 *
 * <p>Owns nothing outside this package; the shared contract is in {@code org.eremite.boot}.
 */
package org.eremite.boot.aarch64;
