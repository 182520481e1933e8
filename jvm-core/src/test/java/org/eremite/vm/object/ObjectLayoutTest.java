package org.eremite.vm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eremite.vm.classfile.TypeKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ObjectLayout against HotSpot 17 run with uncompressed oops and class pointers, which uses this same
 * 64-bit layout: 16-byte header, length at 16, elements at 24 for every kind (JDK 17's arrayOopDesc aligns
 * the base to a heap word), 8-byte references, first field at 16.
 */
class ObjectLayoutTest {
    private static final TypeKind[] ELEMENT_KINDS = {TypeKind.BOOLEAN, TypeKind.BYTE, TypeKind.CHAR, TypeKind.SHORT,
        TypeKind.INT, TypeKind.LONG, TypeKind.FLOAT, TypeKind.DOUBLE, TypeKind.REFERENCE};
    private static Map<String, Integer> hotspot;

    @BeforeAll
    static void probeHotSpot() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-XX:-UseCompressedOops", "-XX:-UseCompressedClassPointers", "-Xshare:off",
                "-cp", classPathOf(HotSpotLayoutProbe.class), HotSpotLayoutProbe.class.getName())
                .redirectErrorStream(true).start();
        hotspot = new HashMap<>();
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                all.append(line).append('\n');
                int eq = line.indexOf('=');
                if (eq > 0) {
                    hotspot.put(line.substring(0, eq), Integer.parseInt(line.substring(eq + 1).trim()));
                }
            }
        }
        assertEquals(0, p.waitFor(), all.toString());
    }

    /** Where a test class was loaded from (the JUnit console's -cp is not java.class.path). */
    private static String classPathOf(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static String name(TypeKind kind) {
        return kind == TypeKind.REFERENCE ? "reference" : kind.name().toLowerCase();
    }

    @Test
    void arrayBaseIsHotSpotsUncompressedBaseForEveryKind() {
        for (TypeKind k : ELEMENT_KINDS) {
            assertEquals((int) hotspot.get(name(k) + ".base"), ObjectLayout.ARRAY_BASE_OFFSET, k.toString());
            assertEquals(ObjectLayout.ARRAY_BASE_OFFSET, ObjectLayout.elementOffset(k, 0));
        }
        assertEquals(ObjectLayout.HEADER_SIZE, ObjectLayout.ARRAY_LENGTH_OFFSET);
        assertTrue(ObjectLayout.ARRAY_LENGTH_OFFSET + ObjectLayout.ARRAY_LENGTH_SIZE <= ObjectLayout.ARRAY_BASE_OFFSET);
    }

    @Test
    void elementSizesAreHotSpotsIndexScales() {
        for (TypeKind k : ELEMENT_KINDS) {
            assertEquals((int) hotspot.get(name(k) + ".scale"), ObjectLayout.elementSize(k), k.toString());
            assertEquals(ObjectLayout.elementSize(k), 1 << ObjectLayout.elementShift(k));
        }
        assertEquals((int) hotspot.get("address.size"), ObjectLayout.WORD_SIZE);
        assertThrows(IllegalArgumentException.class, () -> ObjectLayout.elementSize(TypeKind.VOID));
    }

    @Test
    void firstFieldIsAtHotSpotsFirstFieldOffset() {
        assertEquals((int) hotspot.get("field.long"), ObjectLayout.FIRST_FIELD_OFFSET);
        assertEquals((int) hotspot.get("field.int"), ObjectLayout.FIRST_FIELD_OFFSET);
        assertEquals(ObjectLayout.HEADER_SIZE, ObjectLayout.FIRST_FIELD_OFFSET);
    }

    @Test
    void everyElementIsNaturallyAligned() {
        for (TypeKind k : ELEMENT_KINDS) {
            for (int i = 0; i < 100; i++) {
                assertEquals(0, ObjectLayout.elementOffset(k, i) % ObjectLayout.elementSize(k), k + "[" + i + "]");
            }
        }
    }

    @Test
    void arraySizeIsTheSmallestAlignedSizeHoldingTheElements() {
        int[] lengths = {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 1000, 65535, 1 << 20, Integer.MAX_VALUE - 8,
            Integer.MAX_VALUE};
        for (TypeKind k : ELEMENT_KINDS) {
            for (int n : lengths) {
                long needed = ObjectLayout.ARRAY_BASE_OFFSET + (long) n * ObjectLayout.elementSize(k);
                long size = ObjectLayout.arraySize(k, n);
                assertEquals(0, size % ObjectLayout.OBJECT_ALIGNMENT);
                assertTrue(size >= needed && size - needed < ObjectLayout.OBJECT_ALIGNMENT, k + "[" + n + "]");
            }
        }
        assertEquals(24, ObjectLayout.arraySize(TypeKind.LONG, 0));
        assertTrue(ObjectLayout.arraySize(TypeKind.REFERENCE, Integer.MAX_VALUE) > 8L * Integer.MAX_VALUE, "no overflow");
        assertThrows(IllegalArgumentException.class, () -> ObjectLayout.arraySize(TypeKind.INT, -1));
    }

    @Test
    void maxArrayLengthIsTheLargestLengthThatFits() {
        long[] limits = {0, 23, 24, 25, 31, 32, 1000, 1L << 31, 1L << 40};
        for (TypeKind k : ELEMENT_KINDS) {
            for (long limit : limits) {
                int max = ObjectLayout.maxArrayLength(k, limit);
                if (max < 0) {
                    assertTrue(ObjectLayout.arraySize(k, 0) > limit);
                    continue;
                }
                assertTrue(ObjectLayout.arraySize(k, max) <= limit, k + " " + limit);
                if (max < Integer.MAX_VALUE) {
                    assertTrue(ObjectLayout.arraySize(k, max + 1) > limit, k + " " + limit);
                }
            }
        }
    }

    @Test
    void alignUpRoundsToPowersOfTwoOnly() {
        assertEquals(24, ObjectLayout.alignUp(17, 8));
        assertEquals(16, ObjectLayout.alignUp(16, 8));
        assertThrows(IllegalArgumentException.class, () -> ObjectLayout.alignUp(5, 6));
        assertThrows(ArithmeticException.class, () -> ObjectLayout.alignUp(Long.MAX_VALUE, 8));
    }

    @Test
    void headerWordsAreDistinctWords() {
        List<Integer> words = List.of(ObjectLayout.CLASS_WORD_OFFSET, ObjectLayout.STATUS_WORD_OFFSET);
        assertEquals(ObjectLayout.HEADER_SIZE, words.size() * ObjectLayout.WORD_SIZE);
        assertEquals(ObjectLayout.MIN_OBJECT_SIZE, ObjectLayout.HEADER_SIZE);
    }
}
