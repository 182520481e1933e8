/**
 * Running an image in QEMU: the machine options per ISA (BOOT-FACTS.md), the kernel command line, the
 * console, and the translation of each ISA's power-off mechanism into the process exit status.
 *
 * <p>Exit statuses of {@code eremite run}: the guest's own status (0 to 255) when it powers off through
 * the exit device; {@value org.eremite.image.run.QemuLauncher#TIMEOUT_STATUS} when {@code --timeout}
 * expired and the guest was killed; {@value org.eremite.image.run.QemuLauncher#NO_STATUS} when QEMU
 * failed or the guest stopped without reporting a status (a reset or triple fault under {@code -no-reboot}).
 *
 * <p>How the guest's status reaches us: riscv64 writes {@code (status << 16) | 0x3333} to the SiFive
 * test device, and QEMU exits with the status; aarch64 calls semihosting {@code SYS_EXIT_EXTENDED}, and
 * QEMU exits with the status; x86_64's {@code isa-debug-exit} makes QEMU exit with {@code (v << 1) | 1},
 * which neither expresses 0 nor survives the 8-bit process status for v of 128 or more, so the guest
 * first writes its status byte to the {@code isa-debugcon} port {@code 0xe9}, which QEMU appends to a
 * file that the launcher reads.
 */
package org.eremite.image.run;
