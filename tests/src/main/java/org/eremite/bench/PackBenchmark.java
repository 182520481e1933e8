package org.eremite.bench;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Issue 5's figures for Java images on x86_64, each the median of a few runs: pack time ({@code bin/eremite pack},
 * wall, including its JVM) and image size for hello world and for the largest corpus program; the baseline
 * compiler's speed (bytecode bytes per second of the compile phase, from the build report); boot-to-main measured
 * in the guest (the platform clock starts just before the VM's Java entry; main prints {@code System.nanoTime()});
 * and the wall time of running hello world under {@code bin/eremite run} and {@code java -jar}, side by side.
 */
final class PackBenchmark {
    private static final int PACKS = 3;
    private static final int RUNS = 7;
    private static final Pattern COMPILED = Pattern.compile(
            "Compiling methods\\.\\.\\.\\s+([\\d,]+) methods, ([\\d,]+) bytecode bytes -> ([\\d,]+) machine code bytes \\(([\\d.]+) s\\)");

    private PackBenchmark() {
    }

    static void run(Path home) throws Exception {
        Path eremite = home.resolve("bin/eremite");
        Path dir = Files.createTempDirectory("eremite-pack-bench");
        Path hello = program(dir, "Hello", "public class Hello { public static void main(String[] a) {"
                + " System.out.println(\"Hello, world!\"); } }");
        Path clock = program(dir, "BootToMain", "public class BootToMain { public static void main(String[] a) {"
                + " System.out.println(System.nanoTime()); } }");
        Path largest = largestCorpusProgram(home, dir);

        System.out.println("== Packing Java applications for x86_64 (median of " + PACKS + " packs) ==");
        System.out.printf("%-24s %12s %14s %12s %18s%n", "application", "pack (ms)", "image (bytes)", "methods",
                "compiler (KB/s)");
        for (Path jar : List.of(hello, largest)) {
            double[] millis = new double[PACKS];
            double[] speed = new double[PACKS];
            Path image = dir.resolve(jar.getFileName() + ".elf");
            String methods = "";
            for (int i = 0; i < PACKS; i++) {
                long start = System.nanoTime();
                String report = run(List.of(eremite.toString(), "pack", "--arch", "x86_64", jar.toString(), "-o",
                        image.toString()));
                millis[i] = (System.nanoTime() - start) / 1e6;
                Matcher m = COMPILED.matcher(report);
                if (!m.find()) {
                    throw new IOException("no compile phase in the build report:\n" + report);
                }
                methods = m.group(1);
                speed[i] = Long.parseLong(m.group(2).replace(",", "")) / Double.parseDouble(m.group(4)) / 1024;
            }
            System.out.printf("%-24s %12.0f %14s %12s %18.0f%n", jar.getFileName(), Medians.median(millis),
                    String.format("%,d", Files.size(image)), methods, Medians.median(speed));
        }

        Path clockImage = dir.resolve("boot-to-main.elf");
        run(List.of(eremite.toString(), "pack", "--arch", "x86_64", clock.toString(), "-o", clockImage.toString()));
        double[] guest = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            String out = run(List.of(eremite.toString(), "run", clockImage.toString())).strip();
            guest[i] = Long.parseLong(out.substring(out.lastIndexOf('\n') + 1).strip()) / 1e6;
        }
        Path helloImage = dir.resolve(hello.getFileName() + ".elf");
        double[] eremiteRun = new double[RUNS];
        double[] hotSpot = new double[RUNS];
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run(List.of(eremite.toString(), "run", helloImage.toString()));
            eremiteRun[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            run(List.of(java, "-jar", hello.toString()));
            hotSpot[i] = (System.nanoTime() - start) / 1e6;
        }
        workloads(eremite, dir);
        System.out.println();
        System.out.println("== Starting hello world (median of " + RUNS + " runs) ==");
        System.out.printf("boot-to-main in the guest (platform clock to main): %.2f ms%n", Medians.median(guest));
        System.out.printf("wall: bin/eremite run %.0f ms (includes the CLI's JVM and QEMU), java -jar %.0f ms%n",
                Medians.median(eremiteRun), Medians.median(hotSpot));
    }

    /** Compute workloads timed inside the program (System.nanoTime around the work), on Eremite and on HotSpot. */
    private static void workloads(Path eremite, Path dir) throws IOException, InterruptedException {
        String source = "import java.util.*;\n"
                + "public class Work {\n"
                + "  static long sieve(int n) { boolean[] c = new boolean[n + 1]; long count = 0;\n"
                + "    for (int i = 2; i <= n; i++) { if (!c[i]) { count++; for (long j = (long) i * i; j <= n; j += i)"
                + " c[(int) j] = true; } } return count; }\n"
                + "  static long queens(int n, int row, int cols, int d1, int d2) { if (row == n) return 1; long s = 0;\n"
                + "    for (int c = 0; c < n; c++) { if ((cols >> c & 1) == 0 && (d1 >> (row + c) & 1) == 0"
                + " && (d2 >> (row - c + n) & 1) == 0) s += queens(n, row + 1, cols | 1 << c, d1 | 1 << (row + c),"
                + " d2 | 1 << (row - c + n)); } return s; }\n"
                + "  static long maps(int n) { Map<Integer, Integer> m = new HashMap<>(); long s = 0;\n"
                + "    for (int i = 0; i < n; i++) m.merge(i % 1000, i, Integer::sum);"
                + " for (int v : m.values()) s += v; return s; }\n"
                + "  static double mandel(int size) { double sum = 0; for (int y = 0; y < size; y++)"
                + " for (int x = 0; x < size; x++) { double cr = 2.0 * x / size - 1.5, ci = 2.0 * y / size - 1.0,"
                + " zr = 0, zi = 0; int i = 0; while (i < 100 && zr * zr + zi * zi < 4) { double t = zr * zr - zi * zi + cr;"
                + " zi = 2 * zr * zi + ci; zr = t; i++; } sum += i; } return sum; }\n"
                + "  static String strings(int n) { StringBuilder b = new StringBuilder(); for (int i = 0; i < n; i++)"
                + " { b.append(Integer.toString(i, 36)); if (b.length() > 10000) b.setLength(0); } return b.toString(); }\n"
                + "  public static void main(String[] a) {\n"
                + "    String[] names = {\"sieve\", \"queens\", \"maps\", \"mandel\", \"strings\"};\n"
                + "    for (String name : names) { long best = Long.MAX_VALUE; Object r = null;\n"
                + "      for (int k = 0; k < 5; k++) { long t = System.nanoTime();\n"
                + "        switch (name) { case \"sieve\": r = sieve(2_000_000); break; case \"queens\": r = queens(9, 0, 0, 0, 0); break;"
                + " case \"maps\": r = maps(300_000); break; case \"mandel\": r = mandel(300); break;"
                + " default: r = strings(300_000).length(); }\n"
                + "        best = Math.min(best, System.nanoTime() - t); }\n"
                + "      System.out.println(name + \" \" + best / 1000 + \" \" + r); } } }\n";
        Path jar = program(dir, "Work", source);
        Path image = dir.resolve("work.elf");
        run(List.of(eremite.toString(), "pack", "--arch", "x86_64", jar.toString(), "-o", image.toString()));
        String onEremite = run(List.of(eremite.toString(), "run", image.toString()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String onHotSpot = run(List.of(java, "-jar", jar.toString()));
        System.out.println();
        System.out.println("== Compute workloads, best of 5 inside the program (microseconds) ==");
        System.out.printf("%-10s %14s %14s %10s%n", "workload", "eremite", "hotspot", "ratio");
        List<String> e = onEremite.strip().lines().toList();
        List<String> h = onHotSpot.strip().lines().toList();
        for (int i = 0; i < h.size(); i++) {
            String[] he = h.get(i).split(" ");
            String[] ee = i < e.size() ? e.get(i).split(" ") : new String[] {he[0], "-1", "?"};
            if (!he[2].equals(ee.length > 2 ? ee[2] : "?")) {
                throw new IOException("the workload " + he[0] + " computed " + (ee.length > 2 ? ee[2] : "nothing")
                        + " on Eremite and " + he[2] + " on HotSpot");
            }
            double eu = Double.parseDouble(ee[1]);
            double hu = Double.parseDouble(he[1]);
            System.out.printf("%-10s %14.0f %14.0f %9.1fx%n", he[0], eu, hu, eu / hu);
        }
    }

    /** A one-class program as a JAR with a Main-Class. */
    private static Path program(Path dir, String name, String source) throws IOException {
        Path src = dir.resolve(name + ".java");
        Files.writeString(src, source);
        Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
        compile(List.of(src), classes);
        return jar(dir.resolve(name + ".jar"), name, classes);
    }

    /** The corpus program with the most source, compiled into a JAR. */
    private static Path largestCorpusProgram(Path home, Path dir) throws IOException {
        Path corpus = home.resolve("tests/src/test/resources/corpus");
        Path biggest = null;
        long most = -1;
        try (Stream<Path> programs = Files.list(corpus)) {
            for (Path p : programs.filter(Files::isDirectory).sorted().toList()) {
                long size = 0;
                try (Stream<Path> files = Files.walk(p)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        size += Files.size(f);
                    }
                }
                if (size > most) {
                    most = size;
                    biggest = p;
                }
            }
        }
        String name = biggest.getFileName().toString();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(biggest)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted(Comparator.naturalOrder()).toList();
        }
        Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
        compile(sources, classes);
        return jar(dir.resolve("corpus-" + name + ".jar"), "corpus." + name + ".Main", classes);
    }

    private static void compile(List<Path> sources, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            StringWriter diagnostics = new StringWriter();
            if (!javac.getTask(diagnostics, files, null, List.of("--release", "17", "-d", out.toString()), null,
                    files.getJavaFileObjectsFromPaths(sources)).call()) {
                throw new IOException("javac failed:\n" + diagnostics);
            }
        }
    }

    private static Path jar(Path jar, String mainClass, Path classes) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("eremite-bench", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile())
                    .redirectInput(new File("/dev/null")).start();
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish");
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + text);
            }
            return text;
        } finally {
            Files.delete(out);
        }
    }
}
