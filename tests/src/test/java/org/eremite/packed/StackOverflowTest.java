package org.eremite.packed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eremite.corpus.HotSpotRunner;
import org.eremite.corpus.RunResult;
import org.eremite.vm.runtime.StackLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * StackOverflowError in packed images (the prologue's stack-limit check, the throwStackOverflow entry, the reserve
 * that the unwinder closes again): the corpus programs {@code stackoverflow} and {@code stackoverflowagain} print
 * and exit as on HotSpot, and, beyond what HotSpot promises, the same recursion overflows at the same depth every
 * time, having used the whole Java stack but the reserve.
 */
class StackOverflowTest {
    /** The image's Java stack (images' ImageLinker.JAVA_STACK_SIZE). */
    private static final long JAVA_STACK_SIZE = 8L << 20;
    /** A frame of {@code down()}: return address, saved rbp, two operand-stack slots (16-byte aligned). */
    private static final long DOWN_FRAME_SIZE = 32;
    /** What lies on the stack below main's frame before the recursion: the VM's entry and main, at most. */
    private static final long BOOT_FRAMES = 4096;
    private static final long BOOT_TIMEOUT_SECONDS = 120;

    @TempDir
    Path work;

    private void assertSameAsHotSpot(PackedProgram program, List<String> arguments) throws IOException {
        RunResult hotSpot = new HotSpotRunner(work, 60).run(program.jar, arguments);
        RunResult eremite = program.boot(arguments, BOOT_TIMEOUT_SECONDS);
        assertEquals(hotSpot.stdout(), eremite.stdout(), "standard output; Eremite's standard error:\n"
                + tail(eremite.stderr()));
        assertEquals(hotSpot.stderr(), eremite.stderr(), "standard error");
        assertEquals(hotSpot.status(), eremite.status(), "exit status");
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : "..." + text.substring(text.length() - 4000);
    }

    @Test
    void overflowsAreCaughtAndFinallyBlocksRunAsOnHotSpot() throws Exception {
        assertSameAsHotSpot(PackedProgram.pack("stackoverflow", work), List.of());
    }

    @Test
    void repeatedOverflowsTheErrorsShapeAndAnUncaughtOverflowAsOnHotSpot() throws Exception {
        PackedProgram program = PackedProgram.pack("stackoverflowagain", work);
        assertSameAsHotSpot(program, List.of());

        RunResult depths = program.boot(List.of("depths"), BOOT_TIMEOUT_SECONDS);
        String line = depths.stdout().lines().filter(l -> l.startsWith("depths ")).findFirst()
                .orElseThrow(() -> new AssertionError("no depths line:\n" + depths.stdout() + depths.stderr()));
        String[] numbers = line.substring("depths ".length()).split(" ");
        long first = Long.parseLong(numbers[0]);
        assertEquals(List.of(numbers[0], numbers[0]), List.of(numbers[1], numbers[2]),
                "each overflow at the depth of the first: the limit came back after each");
        long usable = JAVA_STACK_SIZE - StackLimit.RESERVE;
        assertTrue(first * DOWN_FRAME_SIZE <= usable && first * DOWN_FRAME_SIZE > usable - BOOT_FRAMES,
                first + " frames of " + DOWN_FRAME_SIZE + " bytes: the stack down to the limit, and no further");
    }
}
