package org.eremite.corpus;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Eremite in QEMU as a contender (issue 5: keep the test fast): the whole corpus packed into one x86_64 image
 * whose main class, {@code corpus.Dispatcher}, runs the program named by its first argument with the others. One
 * pack (the image builder's own run, as a user runs it: {@code bin/eremite pack}), then one boot per program
 * ({@code bin/eremite run}, which gives the guest's standard output and error back separately).
 */
public final class EremiteImage {
    static final String DISPATCHER = "corpus.Dispatcher";
    /** The project's command-line tool, {@code bin/eremite}: the tests run in the {@code tests} module's folder. */
    public static final Path EREMITE = Path.of("..", "bin", "eremite").toAbsolutePath().normalize();
    static final long PACK_TIMEOUT_SECONDS = 900;

    private final Path image;
    private final Path scratch;
    private final long timeoutSeconds;
    /** What the image builder printed. */
    final String packReport;

    private EremiteImage(Path image, Path scratch, long timeoutSeconds, String packReport) {
        this.image = image;
        this.scratch = scratch;
        this.timeoutSeconds = timeoutSeconds;
        this.packReport = packReport;
    }

    /** Packs the compiled programs (their {@code classes} folders, by name) and the dispatcher into one image. */
    static EremiteImage pack(Map<String, Path> classFolders, Path work, long timeoutSeconds) {
        try {
            Path dir = Files.createDirectories(work.resolve("eremite"));
            Path dispatcherClasses = Files.createDirectories(dir.resolve("classes"));
            compileDispatcher(classFolders, dir, dispatcherClasses);
            Map<String, byte[]> entries = new TreeMap<>();
            List<Path> folders = new ArrayList<>(classFolders.values());
            folders.add(dispatcherClasses);
            for (Path folder : folders) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        entries.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
            }
            Path jar = dir.resolve("corpus.jar");
            ProgramJar.write(jar, DISPATCHER, entries);
            Path image = dir.resolve("corpus-x86_64.elf");
            Path log = dir.resolve("pack.txt");
            Process pack = new ProcessBuilder(EREMITE.toString(), "pack", "--arch", "x86_64", jar.toString(), "-o",
                    image.toString()).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(new File("/dev/null")).start();
            boolean finished = pack.waitFor(PACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                pack.destroyForcibly().waitFor();
            }
            String report = Files.readString(log, StandardCharsets.UTF_8);
            if (!finished || pack.exitValue() != 0) {
                throw new IllegalStateException("eremite pack of the corpus failed" + (finished ? " (status "
                        + pack.exitValue() + ")" : " (timed out)") + ":\n" + report);
            }
            return new EremiteImage(image, dir, timeoutSeconds, report);
        } catch (IOException e) {
            throw new UncheckedIOException("packing the corpus for Eremite", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while packing the corpus", e);
        }
    }

    /** {@code corpus.Dispatcher}: main(name, args...) runs {@code corpus.<name>.Main.main(args)}. */
    private static void compileDispatcher(Map<String, Path> classFolders, Path dir, Path out) throws IOException {
        StringBuilder source = new StringBuilder("package corpus;\n\npublic final class Dispatcher {\n"
                + "    public static void main(String[] args) throws Exception {\n"
                + "        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);\n"
                + "        switch (args[0]) {\n");
        for (String name : classFolders.keySet()) {
            source.append("            case \"").append(name).append("\": corpus.").append(name)
                    .append(".Main.main(rest); return;\n");
        }
        source.append("            default: throw new IllegalArgumentException(\"no corpus program \" + args[0]);\n"
                + "        }\n    }\n}\n");
        Path file = dir.resolve("Dispatcher.java");
        Files.writeString(file, source.toString());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringBuilder classPath = new StringBuilder();
        for (Path folder : classFolders.values()) {
            classPath.append(classPath.length() == 0 ? "" : File.pathSeparator).append(folder);
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            java.io.StringWriter diagnostics = new java.io.StringWriter();
            boolean ok = javac.getTask(diagnostics, files, null, List.of("--release", "17", "-d", out.toString(),
                    "-cp", classPath.toString()), null, files.getJavaFileObjects(file.toFile())).call();
            if (!ok) {
                throw new IllegalStateException("the corpus dispatcher does not compile:\n" + diagnostics);
            }
        }
    }

    private static final java.util.regex.Pattern DISPATCHER_FRAME = java.util.regex.Pattern.compile(
            "(?m)^\\tat corpus\\.Dispatcher\\.main\\(Dispatcher\\.java:\\d+\\)\\R");
    private static final java.util.regex.Pattern MORE = java.util.regex.Pattern.compile(
            "(?m)^(\\t+\\.\\.\\. )(\\d+)( more)(\\R|$)");

    /**
     * A stack trace as it would be without the dispatcher, which is the harness's and not the program's: the
     * outermost frame {@code corpus.Dispatcher.main} is dropped, and since every "Caused by" trace shares it with
     * the trace that encloses it, each "... n more" counts one frame less ("... 0 more" is not printed).
     */
    static String withoutDispatcherFrame(String stderr) {
        String text = DISPATCHER_FRAME.matcher(stderr).replaceAll("");
        java.util.regex.Matcher m = MORE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(2)) - 1;
            m.appendReplacement(result, n == 0 ? "" : java.util.regex.Matcher.quoteReplacement(
                    m.group(1) + n + m.group(3) + m.group(4)));
        }
        m.appendTail(result);
        return result.toString();
    }

    /** Boots the image with the program's name and arguments; the JAR argument names the program. */
    RunResult run(String program, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(EREMITE.toString(), "run", "--arch", "x86_64", "--timeout",
                Long.toString(timeoutSeconds), image.toString(), "--", program));
        command.addAll(arguments);
        try {
            Path out = Files.createTempFile(scratch, "out", ".txt");
            Path err = Files.createTempFile(scratch, "err", ".txt");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectInput(new File("/dev/null"))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean finished = process.waitFor(timeoutSeconds + 30, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            int status = !finished || process.exitValue() == 124 ? RunResult.TIMED_OUT : process.exitValue();
            RunResult result = new RunResult(status, Files.readString(out, StandardCharsets.UTF_8),
                    withoutDispatcherFrame(Files.readString(err, StandardCharsets.UTF_8)), millis);
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("running " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + program, e);
        }
    }
}
