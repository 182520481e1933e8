package org.eremite.image.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eremite pack}: the image builder's entry. The compiler and the closed-world analysis it needs
 * are not written yet, so it refuses plainly rather than write an image that cannot run the JAR.
 */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "Packs a JAR into a bootable image (not available yet: needs the compiler).")
final class PackCommand implements Callable<Integer> {
    @Option(names = "--arch", required = true, description = "x86_64, aarch64 or riscv64")
    String arch;

    @Option(names = "--main", description = "the main class (default: the JAR's Main-Class)")
    String mainClass;

    @Option(names = {"-o", "--output"}, description = "the image file (default: <app>-<arch>.elf)")
    Path output;

    @Parameters(index = "0", paramLabel = "JAR")
    Path jar;

    @Override
    public Integer call() {
        System.err.println("eremite pack: packing Java applications needs the bootstrapping compiler, which is not "
                + "part of this build yet; 'eremite demo' writes the boot smoke image");
        return 3;
    }
}
