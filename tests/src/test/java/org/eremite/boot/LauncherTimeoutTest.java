package org.eremite.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eremite.image.ImageWriter;
import org.eremite.image.run.QemuLauncher;
import org.eremite.image.run.QemuMachine;
import org.eremite.vm.asm.Label;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A guest that never stops is killed by {@code --timeout}, with a message and status 124. */
class LauncherTimeoutTest {
    @TempDir
    Path dir;

    /** An image whose whole code is one jump to itself, at the address each ISA's loader enters. */
    private static BootImage spinningImage(String isa) {
        Label self = new Label("spin");
        byte[] code;
        long base;
        List<BootImage.Note> notes = List.of();
        switch (isa) {
            case "x86_64" -> {
                var a = new org.eremite.jit.x86_64.asm.MacroAssembler();
                a.code32();
                a.bind(self);
                a.jmp(self);
                code = a.finish();
                base = 0x100000L;
                notes = List.of(org.eremite.boot.x86_64.BootStub.pvhEntryNote(base));
            }
            case "aarch64" -> {
                var a = new org.eremite.jit.aarch64.asm.MacroAssembler();
                a.bind(self);
                a.b(self);
                code = a.finish();
                base = 0x40200000L;
            }
            case "riscv64" -> {
                var a = new org.eremite.jit.riscv64.asm.MacroAssembler();
                a.bind(self);
                a.j(self);
                code = a.finish();
                base = 0x80200000L;
            }
            default -> throw new IllegalArgumentException(isa);
        }
        return new BootImage(isa, base,
                List.of(new BootImage.Segment(".text", base, code, code.length, false, true, 4096)), List.of(), notes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "aarch64", "riscv64"})
    void hungGuestIsKilledWithAClearMessageAndStatus124(String isa) throws Exception {
        Path image = dir.resolve("spin-" + isa + ".elf");
        Files.write(image, ImageWriter.toElf(spinningImage(isa)));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        QemuLauncher launcher = new QemuLauncher(QemuMachine.forIsa(isa), "64M", 1, false);
        int status = launcher.run(image, List.of(), OutputStream.nullOutputStream(),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(QemuLauncher.TIMEOUT_STATUS, status, message);
        assertTrue(message.contains("did not finish within 1 s"), message);
    }
}
