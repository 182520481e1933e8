package org.eremite.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eremite.image.ImageWriter;
import org.eremite.image.run.QemuLauncher;
import org.eremite.image.run.QemuMachine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Boots each ISA's smoke image in QEMU through the same launcher as {@code eremite run} and checks
 * the contract of {@link SmokeImageContract}: banner, memory size, command line, exit status, and the
 * trap dump of a null dereference, an undefined instruction and a stack-guard hit.
 */
class SmokeImageBootTest {
    private static final Map<String, Path> IMAGES = new HashMap<>();
    private static final Map<String, BootImage> BOOT_IMAGES = new HashMap<>();

    @TempDir
    static Path dir;

    private record Run(int status, String out, String err) {
    }

    private static synchronized Path image(String isa) throws IOException {
        Path image = IMAGES.get(isa);
        if (image == null) {
            BootImage boot = BootTargets.smokeImage(isa);
            BOOT_IMAGES.put(isa, boot);
            image = dir.resolve("smoke-" + isa + ".elf");
            Files.write(image, ImageWriter.toElf(boot));
            IMAGES.put(isa, image);
        }
        return image;
    }

    private static Run boot(String isa, String memory, String... arguments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        QemuLauncher launcher = new QemuLauncher(QemuMachine.forIsa(isa), memory, 30, false);
        int status = launcher.run(image(isa), List.of(arguments), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String trapName(String isa, String fault) {
        return switch (isa + "/" + fault) {
            case "x86_64/null", "x86_64/guard" -> "page fault";
            case "x86_64/undef" -> "invalid opcode";
            case "aarch64/null", "aarch64/guard" -> "data abort";
            case "aarch64/undef" -> "undefined instruction";
            case "riscv64/null" -> "load page fault";
            case "riscv64/guard" -> "store page fault";
            case "riscv64/undef" -> "illegal instruction";
            default -> throw new IllegalArgumentException(isa + "/" + fault);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "aarch64", "riscv64"})
    void bootsPrintsBannerMemoryAndCommandLineAndExitsZero(String isa) throws IOException {
        Run run = boot(isa, "64M", "hello", "world");
        assertEquals(0, run.status(), run.out() + run.err());
        assertEquals(SmokeImageContract.BANNER_PREFIX + isa + ": 64 MiB of RAM\n" + SmokeImageContract.CMDLINE_PREFIX
                + "hello world\n", run.out(), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "aarch64", "riscv64"})
    void reportsTheMemoryQemuWasGiven(String isa) throws IOException {
        Run run = boot(isa, "192M");
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().startsWith(SmokeImageContract.BANNER_PREFIX + isa + ": 192 MiB of RAM\n"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "aarch64", "riscv64"})
    void exitStatusesReachTheHost(String isa) throws IOException {
        Run three = boot(isa, "64M", "exit=3");
        assertEquals(3, three.status(), three.out() + three.err());
        assertTrue(three.out().contains(SmokeImageContract.CMDLINE_PREFIX + "exit=3\n"), three.out());
        Run high = boot(isa, "64M", "quoted arg", "exit=200");
        assertEquals(200, high.status(), high.out() + high.err());
        assertTrue(high.out().contains(SmokeImageContract.CMDLINE_PREFIX + "\"quoted arg\" exit=200\n"), high.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "aarch64", "riscv64"})
    void nullDereferenceTrapsWithDumpAndTrapStatus(String isa) throws IOException {
        Run run = boot(isa, "64M", "fault=null");
        assertTrapped(isa, "null", run);
        assertEquals(0L, faultAddress(run));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "aarch64", "riscv64"})
    void undefinedInstructionTrapsWithDumpAndTrapStatus(String isa) throws IOException {
        Run run = boot(isa, "64M", "fault=undef");
        assertTrapped(isa, "undef", run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "aarch64", "riscv64"})
    void storeIntoTheStackGuardPageTraps(String isa) throws IOException {
        Run run = boot(isa, "64M", "fault=guard");
        assertTrapped(isa, "guard", run);
        BootImage.Symbol guard = BOOT_IMAGES.get(isa).symbols().stream()
                .filter(s -> s.name().equals("boot_stack_guard")).findFirst()
                .orElseThrow(() -> new AssertionError("the smoke image has no boot_stack_guard symbol"));
        long address = faultAddress(run);
        assertTrue(address >= guard.address() && address < guard.address() + guard.size(),
                "fault address 0x" + Long.toHexString(address) + " is not in the guard page at 0x"
                        + Long.toHexString(guard.address()));
    }

    private static void assertTrapped(String isa, String fault, Run run) {
        assertEquals(SmokeImageContract.TRAP_EXIT_STATUS, run.status(), run.out() + run.err());
        assertTrue(run.out().contains(SmokeImageContract.TRAP_HEADER + trapName(isa, fault)), run.out());
        assertTrue(Pattern.compile("(?m)^" + Pattern.quote(SmokeImageContract.PC_LINE) + "[0-9a-f]{16}$")
                .matcher(run.out()).find(), "the dump shows the PC: " + run.out());
    }

    private static long faultAddress(Run run) {
        Matcher m = Pattern.compile(Pattern.quote(SmokeImageContract.FAULT_ADDRESS) + "([0-9a-f]{16})").matcher(run.out());
        assertTrue(m.find(), "no fault address in: " + run.out());
        return Long.parseUnsignedLong(m.group(1), 16);
    }
}
