package org.eremite.image.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eremite.image.ImageBuildException;
import org.eremite.image.build.BuildReport;
import org.eremite.image.pack.ImageBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eremite pack}: the image builder's entry. Builds the image of a JAR for x86_64 (the other ISAs' back
 * ends come with their own issues, and say so), printing the build's phases as it goes.
 */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "Packs a JAR into a bootable image.")
final class PackCommand implements Callable<Integer> {
    @Option(names = "--arch", required = true, description = "x86_64 (aarch64 and riscv64 are not available yet)")
    String arch;

    @Option(names = "--main", description = "the main class (default: the JAR's Main-Class)")
    String mainClass;

    @Option(names = {"-o", "--output"}, description = "the image file (default: <app>-<arch>.elf)")
    Path output;

    @Parameters(index = "0", paramLabel = "JAR")
    Path jar;

    @Override
    public Integer call() {
        if (!arch.equals("x86_64")) {
            throw new ImageBuildException("packing for " + arch + " is not available yet: only the x86_64 back end"
                    + " of the compiler exists");
        }
        Path target = output != null ? output : defaultOutput(jar, arch);
        BuildReport report = new BuildReport(System.out, ImageBuilder.PHASES);
        report.header("Eremite image builder: packing " + jar.getFileName() + " for " + arch);
        ImageBuilder.Result result = new ImageBuilder(report).build(jar, mainClass);
        try {
            Files.write(target, result.image().elf());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        report.footer("Wrote " + target + " (" + BuildReport.count(result.image().fileSize()) + " bytes), main class "
                + result.mainClass().replace('/', '.'));
        return 0;
    }

    static Path defaultOutput(Path jar, String arch) {
        String name = jar.getFileName().toString();
        if (name.endsWith(".jar")) {
            name = name.substring(0, name.length() - 4);
        }
        Path parent = jar.toAbsolutePath().getParent();
        return parent.resolve(name + "-" + arch + ".elf");
    }
}
