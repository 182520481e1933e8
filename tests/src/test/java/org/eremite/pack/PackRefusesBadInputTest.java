package org.eremite.pack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.eremite.corpus.ProgramJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@code eremite pack} refuses bad input with one line that names what is wrong and where, a non-zero status, no
 * stack trace of the tool and no image: a malformed class file (class and offset), a main class the JAR does not
 * have, and a construct Eremite does not support (class, method and bytecode offset).
 */
class PackRefusesBadInputTest {
    static final Path EREMITE = org.eremite.corpus.EremiteImage.EREMITE;

    @TempDir
    Path work;

    private record Outcome(int status, String output, boolean imageWritten) {
    }

    private Outcome pack(Path jar, String... options) throws Exception {
        Path image = work.resolve("out.elf");
        List<String> command = new ArrayList<>(List.of(EREMITE.toString(), "pack", "--arch", "x86_64"));
        command.addAll(List.of(options));
        command.addAll(List.of(jar.toString(), "-o", image.toString()));
        Path log = work.resolve("pack.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(new File("/dev/null")).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        return new Outcome(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8), Files.exists(image));
    }

    private static void assertRefused(Outcome outcome, String expectedLine) {
        assertTrue(outcome.status() != 0, outcome.output());
        assertFalse(outcome.imageWritten(), "no image after a failure");
        assertFalse(outcome.output().contains("\tat "), "no stack trace of the tool:\n" + outcome.output());
        assertTrue(outcome.output().lines().anyMatch(l -> l.equals(expectedLine)),
                "expected the line\n" + expectedLine + "\nin\n" + outcome.output());
    }

    private Path jar(String mainClass, Map<String, byte[]> entries) throws Exception {
        Path jar = work.resolve("app.jar");
        ProgramJar.write(jar, mainClass, new TreeMap<>(entries));
        return jar;
    }

    /** {@code public class <name> { public static void main(String[]) { <body> } }}. */
    private static byte[] mainClass(String name, java.util.function.Consumer<MethodVisitor> body) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V",
                null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    @Test
    void aMalformedClassFileIsNamedWithItsOffset() throws Exception {
        byte[] good = mainClass("app/Main", mv -> { });
        byte[] truncated = java.util.Arrays.copyOf(good, 40);
        // The whole application is read (and desugared), so a malformed class is an error even if main never uses it.
        assertRefused(pack(jar("app.Main", Map.of("app/Main.class", good, "app/Helper.class", truncated))),
                "pack: cannot read class app.Helper: app.jar!/app/Helper.class: truncated constant pool entry 3 at "
                        + "offset 0x18");

        Outcome broken = pack(jar("app.Main", Map.of("app/Main.class", truncated)));
        assertRefused(broken, "pack: app.jar!/app/Main.class: truncated constant pool entry 3 at offset 0x18");
    }

    @Test
    void aMissingMainClassIsNamed() throws Exception {
        Path jar = jar("app.Main", Map.of("app/Main.class", mainClass("app/Main", mv -> { })));
        assertRefused(pack(jar, "--main", "app.Absent"),
                "pack: app.jar has no class app.Absent (the main class named by --main)");
    }

    @Test
    void anUnsupportedConstructIsNamedWithClassMethodAndOffset() throws Exception {
        Handle bootstrap = new Handle(Opcodes.H_INVOKESTATIC, "app/Main", "bootstrap",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)"
                        + "Ljava/lang/invoke/CallSite;", false);
        byte[] main = mainClass("app/Main", mv -> {
            mv.visitInsn(Opcodes.NOP);
            mv.visitInvokeDynamicInsn("custom", "()V", bootstrap);
        });
        assertRefused(pack(jar("app.Main", Map.of("app/Main.class", main))),
                "pack: app.Main.main(java.lang.String[]) at bytecode offset 1: invokedynamic custom()V with bootstrap "
                        + "method app.Main.bootstrap is not supported (Eremite desugars string concatenation, lambdas "
                        + "and method references, and records' toString, equals and hashCode)");
    }
}
