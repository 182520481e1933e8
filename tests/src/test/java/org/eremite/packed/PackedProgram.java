package org.eremite.packed;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eremite.corpus.CorpusProgram;
import org.eremite.corpus.EremiteImage;
import org.eremite.corpus.ProgramJar;
import org.eremite.corpus.RunResult;
import org.eremite.image.run.QemuLauncher;
import org.eremite.image.run.QemuMachine;

/** A corpus program compiled into a JAR and packed into an x86_64 image by {@code bin/eremite pack}. */
final class PackedProgram {
    private static final long PACK_TIMEOUT_SECONDS = 300;

    final Path jar;
    final Path image;
    /** What {@code eremite pack} printed: the build report. */
    final String report;

    private PackedProgram(Path jar, Path image, String report) {
        this.jar = jar;
        this.image = image;
        this.report = report;
    }

    /** Compiles and packs the corpus program {@code name} in {@code work}. */
    static PackedProgram pack(String name, Path work) throws IOException, InterruptedException {
        CorpusProgram program = CorpusProgram.all().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus program " + name));
        Path dir = Files.createDirectories(work.resolve(name));
        return pack(ProgramJar.compile(program, dir), name);
    }

    /** Packs {@code jar} (its manifest names the main class) into {@code <name>-x86_64.elf} beside it. */
    static PackedProgram pack(Path jar, String name) throws IOException, InterruptedException {
        Path dir = jar.toAbsolutePath().getParent();
        Path image = dir.resolve(name + "-x86_64.elf");
        Path log = dir.resolve("pack.log");
        Process pack = new ProcessBuilder(EremiteImage.EREMITE.toString(), "pack", "--arch", "x86_64", "-o", image.toString(),
                jar.toString()).redirectInput(new File("/dev/null")).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!pack.waitFor(PACK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            pack.destroyForcibly().waitFor();
            throw new IllegalStateException("eremite pack " + name + " took longer than " + PACK_TIMEOUT_SECONDS
                    + " s:\n" + Files.readString(log));
        }
        if (pack.exitValue() != 0 || !Files.isRegularFile(image)) {
            throw new IllegalStateException("eremite pack " + name + " failed (status " + pack.exitValue() + "):\n"
                    + Files.readString(log));
        }
        return new PackedProgram(jar, image, Files.readString(log));
    }

    /** Boots the image in QEMU with these arguments: the guest's standard output and error, and its status. */
    RunResult boot(List<String> arguments, long timeoutSeconds) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int status = new QemuLauncher(QemuMachine.forIsa("x86_64"), "64M", timeoutSeconds, false).run(image,
                arguments, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new RunResult(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                (System.nanoTime() - start) / 1_000_000);
    }
}
