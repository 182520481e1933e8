package org.eremite.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eremite.boot.BootTargets;
import org.eremite.image.ImageWriter;
import org.eremite.image.run.QemuLauncher;
import org.eremite.image.run.QemuMachine;

/**
 * Boot times per ISA, medians of wall time: the whole {@code bin/eremite run} of the smoke image (which
 * includes starting the JVM of the command line), the QEMU run of the same image alone, and an empty QEMU
 * start with the same options (started paused, told to quit at once), which is the floor.
 */
final class BootTimes {
    private static final int RUNS = 7;

    private BootTimes() {
    }

    static void run(Path eremiteHome) throws IOException, InterruptedException {
        System.out.println("== Boot time of the smoke image (median of " + RUNS + " runs, wall ms) ==");
        System.out.printf("%-8s %16s %16s %16s%n", "isa", "eremite run", "qemu boot", "empty qemu");
        Path dir = Files.createTempDirectory("eremite-bench");
        for (String isa : BootTargets.ISAS) {
            Path image = dir.resolve("smoke-" + isa + ".elf");
            Files.write(image, ImageWriter.toElf(BootTargets.smokeImage(isa)));
            QemuMachine machine = QemuMachine.forIsa(isa);
            double cli = median(() -> runProcess(List.of(eremiteHome.resolve("bin/eremite").toString(), "run",
                    image.toString()), null));
            double qemu = median(() -> {
                QemuLauncher launcher = new QemuLauncher(machine, "64M", 30, false);
                PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
                launcher.run(image, List.of(), OutputStream.nullOutputStream(), sink);
            });
            List<String> empty = new ArrayList<>(machine.command(image, "64M", "", false, dir.resolve("status")));
            int kernel = empty.indexOf("-kernel");
            empty.subList(kernel, kernel + 2).clear();
            empty.set(empty.indexOf("stdio"), "null");
            empty.addAll(List.of("-S", "-monitor", "stdio"));
            double floor = median(() -> runProcess(empty, "quit\n"));
            System.out.printf("%-8s %16.1f %16.1f %16.1f%n", isa, cli, qemu, floor);
        }
    }

    private interface Action {
        void run() throws IOException, InterruptedException;
    }

    private static double median(Action action) throws IOException, InterruptedException {
        action.run();
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return Medians.median(millis);
    }

    private static void runProcess(List<String> command, String input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = p.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.US_ASCII));
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
    }
}
