package org.eremite.image.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eremite.image.run.QemuLauncher;
import org.eremite.image.run.QemuMachine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eremite run}: boots an image in QEMU and exits with the guest's status. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Boots an image in QEMU. The console is this terminal; the exit status is the guest's.",
            "Statuses of its own: 124 when --timeout expired, 125 when QEMU failed or the guest stopped "
                + "without a status."},
        footer = "Example: eremite run --arch aarch64 app-aarch64.elf -- first \"second argument\"")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--arch", description = "x86_64, aarch64 or riscv64 (default: the image's ELF machine)")
    String arch;

    @Option(names = "--memory", defaultValue = "1G", description = "guest RAM, in QEMU's syntax (default: ${DEFAULT-VALUE})")
    String memory;

    @Option(names = "--timeout", defaultValue = "0", paramLabel = "SECONDS",
            description = "kill the guest after this many seconds (default: no limit)")
    long timeout;

    @Option(names = "--gdb", description = "start QEMU's gdbstub on localhost:1234 and wait for gdb")
    boolean gdb;

    @Parameters(index = "0", paramLabel = "IMAGE", description = "the ELF image")
    Path image;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "arguments for the guest's main (after --)")
    List<String> arguments = List.of();

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(image)) {
            throw new IllegalArgumentException("no image at " + image);
        }
        String imageArch = ElfIdentity.isaOf(image);
        if (arch != null && !arch.equals(imageArch)) {
            throw new IllegalArgumentException(image + " is an " + imageArch + " image, not " + arch);
        }
        if (!memory.matches("\\d+[KMGkmg]?")) {
            throw new IllegalArgumentException("--memory " + memory + ": expected a size such as 64M or 1G");
        }
        QemuLauncher launcher = new QemuLauncher(QemuMachine.forIsa(imageArch), memory, timeout, gdb).withConsoleInput();
        return launcher.run(image, arguments == null ? List.of() : arguments, System.out, System.err);
    }
}
