package org.eremite.image.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The QEMU machine each ISA boots on, with the fastest options measured in BOOT-FACTS.md, and the way
 * its power-off device reports the guest's status.
 */
public enum QemuMachine {
    /** microvm: no firmware, no PCI, ~0.1 s to boot. The PVH note in the image selects the 32-bit entry. */
    X86_64("x86_64", "qemu-system-x86_64", List.of("-machine", "microvm", "-cpu", "max",
            "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04")),
    /** virt with semihosting for the exit status; "max" so that ARMv8.1 atomics (cas) are there. */
    AARCH64("aarch64", "qemu-system-aarch64", List.of("-machine", "virt", "-cpu", "max",
            "-semihosting-config", "enable=on,target=native")),
    /** virt with OpenSBI, which starts the image in S-mode. */
    RISCV64("riscv64", "qemu-system-riscv64", List.of("-machine", "virt", "-bios", "default"));

    private final String isa;
    private final String binary;
    private final List<String> machineOptions;

    QemuMachine(String isa, String binary, List<String> machineOptions) {
        this.isa = isa;
        this.binary = binary;
        this.machineOptions = machineOptions;
    }

    public static QemuMachine forIsa(String isa) {
        for (QemuMachine m : values()) {
            if (m.isa.equals(isa)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown ISA '" + isa + "': expected x86_64, aarch64 or riscv64");
    }

    public String isa() {
        return isa;
    }

    public String binary() {
        return binary;
    }

    /** The full QEMU command line. {@code statusFile} receives the x86_64 status byte (see package docs). */
    public List<String> command(Path kernel, String memory, String commandLine, boolean gdb, Path statusFile) {
        List<String> command = new ArrayList<>();
        command.add(binary);
        command.addAll(machineOptions);
        command.addAll(List.of("-m", memory, "-nodefaults", "-display", "none", "-no-reboot", "-serial", "stdio"));
        if (this == X86_64) {
            command.addAll(List.of("-chardev", "file,id=eremite-status,path=" + statusFile,
                    "-device", "isa-debugcon,iobase=0xe9,chardev=eremite-status"));
        }
        command.addAll(List.of("-kernel", kernel.toString()));
        if (!commandLine.isEmpty()) {
            command.addAll(List.of("-append", commandLine));
        }
        if (gdb) {
            command.addAll(List.of("-s", "-S"));
        }
        return command;
    }

    /**
     * The guest's status from QEMU's exit code (and, on x86_64, the status byte), or -1 if the guest
     * did not report one.
     */
    public int guestStatus(int qemuExit, byte[] statusBytes) {
        if (this == X86_64) {
            if (statusBytes.length > 0) {
                return statusBytes[statusBytes.length - 1] & 0xFF;
            }
            return -1;
        }
        return qemuExit;
    }
}
