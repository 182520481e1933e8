package org.eremite.image.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eremite.boot.BootTargets;
import org.eremite.image.ImageWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eremite demo}: writes the bundled demo image. Until the compiler lands this is the boot smoke
 * image, which shows that the stub boots, finds its memory and reads its command line.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Writes the bundled demo image for an ISA (for now the boot smoke image).")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--arch", required = true, description = "x86_64, aarch64 or riscv64")
    String arch;

    @Option(names = {"-o", "--output"}, description = "the image file (default: demo-<arch>.elf)")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!BootTargets.ISAS.contains(arch)) {
            throw new IllegalArgumentException("--arch " + arch + ": expected one of " + BootTargets.ISAS);
        }
        Path file = output != null ? output : Path.of("demo-" + arch + ".elf");
        byte[] elf = ImageWriter.toElf(BootTargets.smokeImage(arch));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, elf);
        System.err.println("eremite demo: wrote " + file + " (" + elf.length + " bytes)");
        return 0;
    }
}
