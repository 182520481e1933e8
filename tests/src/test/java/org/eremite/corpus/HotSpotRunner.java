package org.eremite.corpus;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a JAR as {@code java -jar JAR args...} in a child process of the JDK the tests run on (the build JDK,
 * whose {@code java.base} is also the guest's). Output goes to files, not pipes, so a chatty program cannot
 * block; standard input is empty. A run that outlives the time limit is killed and reported as timed out.
 */
public final class HotSpotRunner implements GuestRunner {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private final Path scratch;
    private final long timeoutSeconds;

    /**
     * @param scratch        a folder for the output files of runs
     * @param timeoutSeconds the time limit of one run
     */
    public HotSpotRunner(Path scratch, long timeoutSeconds) {
        this.scratch = scratch;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public RunResult run(Path jar, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(JAVA.toString());
        // Both flags only shorten start-up; neither changes what a program computes or prints.
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        try {
            Path out = Files.createTempFile(scratch, "out", ".txt");
            Path err = Files.createTempFile(scratch, "err", ".txt");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectInput(new File("/dev/null"))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            RunResult result = new RunResult(finished ? process.exitValue() : RunResult.TIMED_OUT,
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                    millis);
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("running " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + jar, e);
        }
    }
}
