package org.eremite.image.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in the command line get one clear line and status 2, never a stack trace. */
class CommandLineErrorsTest {
    @TempDir
    Path dir;

    private record Result(int status, String err) {
    }

    private static Result eremite(String... args) {
        PrintStream savedErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.execute(args);
            return new Result(status, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(savedErr);
        }
    }

    @Test
    void runOfAMissingImageNamesIt() {
        Result r = eremite("run", dir.resolve("nothere.elf").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no image at") && r.err().contains("nothere.elf"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void runOfANonElfFileSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("text.elf"), "hello, I am not an ELF file");
        Result r = eremite("run", file.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("is not an ELF file"), r.err());
    }

    @Test
    void runWithTheWrongArchNamesBoth() throws Exception {
        Path file = dir.resolve("x.elf");
        byte[] header = new byte[64];
        header[0] = 0x7F;
        header[1] = 'E';
        header[2] = 'L';
        header[3] = 'F';
        header[4] = 2;
        header[5] = 1;
        header[18] = (byte) 183; // EM_AARCH64
        Files.write(file, header);
        Result r = eremite("run", "--arch", "riscv64", file.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("is an aarch64 image, not riscv64"), r.err());
    }

    @Test
    void unknownOptionAndMissingSubcommandAreUsageErrors() {
        Result unknown = eremite("run", "--frobnicate", "x.elf");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("--frobnicate"), unknown.err());
        Result none = eremite();
        assertEquals(2, none.status());
        assertTrue(none.err().contains("subcommand is required"), none.err());
    }

    @Test
    void demoForAnUnknownIsaIsRefused() {
        Result r = eremite("demo", "--arch", "sparc", "-o", dir.resolve("d.elf").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--arch sparc"), r.err());
    }
}
