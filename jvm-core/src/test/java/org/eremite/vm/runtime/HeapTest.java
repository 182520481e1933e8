package org.eremite.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.object.ObjectLayout;
import org.eremite.vm.object.StatusWord;
import org.junit.jupiter.api.Test;

/**
 * The allocator's arithmetic (what it takes from [start, end), where it fails, that a failure takes nothing) and
 * its errors against a HotSpot with a small heap; the identity hash generator. Zeroing and headers need Magic.
 */
class HeapTest {
    private static final long HEAP_START = 0x1000_0003L;
    private static final long HEAP_SIZE = 16L << 20;

    @Test
    void bumpAllocationIsAlignedAndExhaustionTakesNothing() {
        Heap.initialize(HEAP_START, HEAP_START + HEAP_SIZE + 5);
        long start = ObjectLayout.alignUp(HEAP_START, 8);
        long end = (HEAP_START + HEAP_SIZE + 5) & -8L;
        assertEquals(end - Heap.RESERVE - start, Heap.free());
        assertEquals(start, Heap.reserve(16));
        assertEquals(start + 16, Heap.reserve(24));
        long free = Heap.free();
        OutOfMemoryError first = assertThrows(OutOfMemoryError.class, () -> Heap.reserve(free + 8));
        assertEquals(Heap.HEAP_SPACE, first.getMessage());
        assertEquals(free, Heap.free(), "a failed allocation takes nothing, and the reserve is closed again");
        assertSame(first, assertThrows(OutOfMemoryError.class, () -> Heap.reserve(Long.MAX_VALUE)),
                "the error is made once, at start");
        assertEquals(start + 40, Heap.reserve(free));
        assertEquals(0, Heap.free());
        assertThrows(OutOfMemoryError.class, () -> Heap.reserve(8));
    }

    @Test
    void arraySizesAreObjectLayouts() {
        TypeKind[] kinds = {TypeKind.BYTE, TypeKind.CHAR, TypeKind.INT, TypeKind.LONG, TypeKind.REFERENCE};
        int[] lengths = {0, 1, 2, 3, 7, 8, 9, 1000, Heap.MAX_ARRAY_LENGTH};
        for (TypeKind kind : kinds) {
            for (int length : lengths) {
                assertEquals(ObjectLayout.arraySize(kind, length),
                        Heap.arraySize(ObjectLayout.elementSize(kind), length), kind + "[" + length + "]");
            }
        }
        assertEquals("-5", assertThrows(NegativeArraySizeException.class, () -> Heap.arraySize(4, -5))
                .getMessage());
    }

    /** What the allocator says for {@code (element size, length)} in a heap of {@link #HEAP_SIZE}. */
    private static String outcome(long elementSize, int length) {
        Heap.initialize(HEAP_START, HEAP_START + HEAP_SIZE);
        try {
            Heap.reserve(Heap.arraySize((int) elementSize, length));
            return "ok";
        } catch (OutOfMemoryError e) {
            return e.getMessage();
        }
    }

    @Test
    void outOfMemoryMessagesAndArrayLimitAreHotSpots() throws IOException, InterruptedException {
        Path classes = Path.of(System.getProperty("basedir", "."), "target", "test-classes");
        if (!classes.toFile().isDirectory()) {
            classes = Path.of("jvm-core", "target", "test-classes");
        }
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + (HEAP_SIZE >> 20) + "m", "-cp", classes.toString(), HeapLimitProbe.class.getName())
                .redirectErrorStream(true).start();
        String printed = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, probe.waitFor(), printed);
        List<String> expected = List.of(printed.split("\\R"));
        List<String> actual = new ArrayList<>();
        for (long[] c : HeapLimitProbe.CASES) {
            actual.add(outcome(c[0], (int) c[1]));
        }
        Heap.initialize(HEAP_START, HEAP_START + HEAP_SIZE);
        try {
            while (true) {
                Heap.reserve(16 + 8 * 16 + 8);
            }
        } catch (OutOfMemoryError e) {
            actual.add(e.getMessage());
        }
        assertEquals(expected, actual);
    }

    @Test
    void identityHashesAreNeverZeroAndSpread() {
        Set<Integer> seen = new HashSet<>();
        int count = 200_000;
        for (int i = 0; i < count; i++) {
            int hash = Heap.nextHash();
            assertTrue(hash > 0 && hash <= StatusWord.MAX_HASH, "hash " + hash + " in 1..MAX_HASH");
            seen.add(hash);
        }
        // 2e5 draws from 2^31 values collide ~9 times on average.
        assertTrue(seen.size() > count - 100, seen.size() + " distinct of " + count);
        assertNotEquals(Heap.nextHash(), Heap.nextHash());
    }
}
