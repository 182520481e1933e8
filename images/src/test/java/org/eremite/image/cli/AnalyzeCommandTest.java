package org.eremite.image.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.eremite.image.testing.JavaSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eremite analyze}: the build report of the front end, and its errors as one line each. */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static Result eremite(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.execute(args);
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    private Path jar(Map<String, String> sources, String main, String... drop) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaSources.compile(sources, classes);
        Map<String, byte[]> files = new TreeMap<>(JavaSources.classFiles(classes));
        for (String name : drop) {
            files.remove(name);
        }
        return JavaSources.jar(dir.resolve("app.jar"), files, main);
    }

    @Test
    void printsTheBuildReportAndTheClosedWorld() throws Exception {
        Path jar = jar(Map.of("app/Main.java", "package app;\n"
                + "public class Main {\n"
                + "  public static void main(String[] args) {\n"
                + "    Runnable r = () -> System.out.println(\"hello \" + args.length);\n"
                + "    r.run();\n"
                + "  }\n"
                + "}\n"), "app.Main");
        Result r = eremite("analyze", jar.toString(), "--why", "app.Main.lambda$main$0");
        System.out.println(r.out());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("[1/6] Reading classes...") && r.out().contains("1 application class,"), r.out());
        assertTrue(r.out().contains("[2/6] Desugaring...") && r.out().contains("2 call sites in 1 class "
                + "(1 string concatenation, 1 lambda, 0 record methods), 1 class generated"), r.out());
        assertTrue(r.out().matches("(?s).*\\[3/6] Analyzing reachability\\.\\.\\. +[\\d,]+ classes, [\\d,]+ methods .*"),
                r.out());
        assertTrue(r.out().contains("[4/6] Compiling methods...") && r.out().contains("[6/6] Linking the image..."),
                r.out());
        assertTrue(r.out().contains("Closed world:") && r.out().contains("native"), r.out());
        assertTrue(r.out().contains("app.Main.lambda$main$0(java.lang.String[]): called by "
                + "app.Main.lambda$access$0(java.lang.String[])\n"
                + "  app.Main.lambda$access$0(java.lang.String[]): called by app.Main$$Lambda$1.run()\n"), r.out());
    }

    @Test
    void aMissingClassFailsWithItsNameAndReferrer() throws Exception {
        Path jar = jar(Map.of("app/Main.java", "package app;\n"
                + "public class Main { public static void main(String[] args) { new Helper(); } }\n"
                + "class Helper { }\n"), "app.Main", "app/Helper");
        Result r = eremite("analyze", jar.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith("analyze: class app.Helper is not on the class path (searched app.jar, "
                + "java.base); referenced by app.Main.main(java.lang.String[]) at bytecode offset 0"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void aJarWithoutItsMainClassIsAUsageError() throws Exception {
        Path jar = jar(Map.of("app/Main.java", "package app; public class Main { }\n"), "app.Nope");
        Result r = eremite("analyze", jar.toString());
        assertEquals(2, r.status());
        assertEquals("analyze: app.jar has no class app.Nope (the main class named by the manifest's Main-Class)",
                r.err().strip());
    }

    @Test
    void analyzeIsHiddenAndPackRefusesTheIsasWithoutBackEnd() throws Exception {
        Result help = eremite("--help");
        assertFalse(help.out().contains("analyze"), help.out());
        Path jar = jar(Map.of("app/Main.java",
                "package app; public class Main { public static void main(String[] a) { } }\n"), "app.Main");
        Result pack = eremite("pack", "--arch", "riscv64", jar.toString());
        assertEquals(1, pack.status());
        assertTrue(pack.err().contains("packing for riscv64 is not available yet"), pack.err());
    }
}
