package org.eremite.image.heap;

import static org.eremite.image.heap.HeapAssertions.roundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.eremite.vm.object.FieldLayout;
import org.eremite.vm.object.ObjectLayout;
import org.eremite.vm.object.TypeModel;
import org.junit.jupiter.api.Test;

class BootHeapWriterTest {
    private static final SnapshotPolicy POLICY = SnapshotPolicy.jdkDefaults();

    @Test
    void latin1AndUtf16StringsAreCopiedWithTheirCoder() {
        String latin1 = "hello, w\u00f6rld";
        String utf16 = "\u03b1\u03b2\u03b3 \ud83d\ude00";
        String hashed = "hashed";
        hashed.hashCode();
        BootHeap heap = roundTrip(POLICY, latin1, utf16, hashed, "");
        HeapReader reader = new HeapReader(heap, TestModels.guest());
        assertEquals((byte) 0, reader.object(heap.rootOffset("r0")).fields.get("java.lang.String.coder"));
        assertEquals((byte) 1, reader.object(heap.rootOffset("r1")).fields.get("java.lang.String.coder"));
        assertEquals(hashed.hashCode(), reader.object(heap.rootOffset("r2")).fields.get("java.lang.String.hash"));
    }

    @Test
    void boxedValuesKeepTheIntegerCacheShared() {
        Object[] boxes = {Integer.valueOf(5), Integer.valueOf(5), Integer.valueOf(100_000), Long.valueOf(-1),
            Short.valueOf((short) 3), Byte.valueOf((byte) -1), Character.valueOf('x'), Boolean.TRUE, Boolean.FALSE,
            Float.valueOf(Float.NaN), Double.valueOf(-0.0)};
        BootHeap heap = roundTrip(POLICY, (Object) boxes);
        HeapReader reader = new HeapReader(heap, TestModels.guest());
        Object[] elements = reader.object(heap.rootOffset("r0")).elements;
        assertEquals(elements[0], elements[1], "Integer.valueOf(5) is one cached object");
    }

    @Test
    void enumConstantsAndConstantBodiesAreCopied() {
        roundTrip(POLICY, Thread.State.values(), TimeUnit.SECONDS, Fixtures.Color.values(),
                new Object[] {Fixtures.Color.GREEN, Fixtures.Color.GREEN});
    }

    @Test
    void collectionsWithHundredsOfEntries() {
        HashMap<String, Integer> hash = new HashMap<>();
        LinkedHashMap<Integer, String> linked = new LinkedHashMap<>(16, 0.75f, true);
        TreeMap<String, Long> tree = new TreeMap<>();
        ArrayList<Object> list = new ArrayList<>();
        ArrayDeque<Integer> deque = new ArrayDeque<>();
        HashSet<String> set = new HashSet<>();
        for (int i = 0; i < 600; i++) {
            hash.put("key" + i, i);
            linked.put(i * 7, "v" + i);
            tree.put("t" + (i * 31 % 600), (long) i << 33);
            list.add(i % 3 == 0 ? "s" + i : i);
            deque.addFirst(i);
            set.add("e" + i);
        }
        linked.get(3);
        deque.pollLast();
        BootHeap heap = roundTrip(POLICY, hash, linked, tree, list, deque, set);
        assertTrue(heap.objectCount() > 6 * 600, heap.summary());
    }

    @Test
    void bigIntegersAndBigDecimals() {
        BigInteger big = BigInteger.valueOf(3).pow(200).negate();
        big.bitLength();
        roundTrip(POLICY, big, BigInteger.ONE, new BigDecimal("12345.678901234567890123"), BigDecimal.valueOf(1, 3),
                new BigDecimal(big, 17));
    }

    @Test
    void arraysOfEveryKindAndDimension() {
        Object[] arrays = {
            new boolean[] {true, false, true},
            new byte[] {-128, 0, 127},
            new char[] {'a', '\u0000', '\uffff'},
            new short[] {Short.MIN_VALUE, -1, Short.MAX_VALUE},
            new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE},
            new long[] {Long.MIN_VALUE, 1, Long.MAX_VALUE},
            new float[] {Float.intBitsToFloat(0x7F800001), -0.0f, Float.MIN_VALUE},
            new double[] {Double.longBitsToDouble(0x7FF0000000000001L), -0.0, Double.MAX_VALUE},
            new int[0], new Object[0], new byte[13],
            new int[][][] {{{1, 2}, {3}}, {{}}, null},
            new String[][] {{"x", null}, {}},
        };
        int[] shared = {9};
        int[][] twice = {shared, shared};
        roundTrip(POLICY, arrays, twice);
    }

    @Test
    void objectsWithEveryFieldKindUseTheGuestLayout() {
        Fixtures.AllKinds a = new Fixtures.AllKinds();
        a.self = a;
        a.o = new Fixtures.Point(-3, 1L << 40, "p");
        a.baseRef = a.ints;
        BootHeap heap = roundTrip(POLICY, a);
        TypeModel model = TestModels.guest();
        FieldLayout layout = FieldLayout.of(model.type("org/eremite/image/heap/Fixtures$AllKinds"));
        assertEquals(layout.size(), heap.classStatistics().stream()
                .filter(c -> c.typeName().equals(Fixtures.AllKinds.class.getName())).findFirst().orElseThrow().bytes());
    }

    @Test
    void sharingAndCyclesArePreserved() {
        Fixtures.Node first = new Fixtures.Node("first");
        Fixtures.Node n = first;
        for (int i = 0; i < 5000; i++) {
            n.next = new Fixtures.Node(i % 2 == 0 ? first : n);
            n = n.next;
        }
        n.next = first;
        List<Object> both = List.of(first, first);
        BootHeap heap = roundTrip(POLICY, first, both);
        assertEquals(5001, heap.classStatistics().stream()
                .filter(c -> c.typeName().endsWith("Node")).findFirst().orElseThrow().objects());
    }

    @Test
    void classReferencesBecomeHubRelocations() {
        Object[] classes = {String.class, int.class, long[][].class, Fixtures.Color.GREEN.getClass(), Map.class};
        BootHeap heap = roundTrip(POLICY, (Object) classes);
        assertTrue(heap.symbols().containsAll(List.of("hub:java.lang.String", "hub:int", "hub:[[J",
                "hub:org.eremite.image.heap.Fixtures$Color$1", "hub:java.util.Map", "hub:[Ljava.lang.Object;")),
                heap.symbols().toString());
    }

    @Test
    void headerAndArrayLayoutFollowObjectLayout() {
        long[] values = {1, 2};
        BootHeap heap = new BootHeapWriter(TestModels.guest(), POLICY).root("v", values).write();
        byte[] b = heap.bytes();
        int at = (int) heap.rootOffset("v");
        assertEquals(2, b[at + ObjectLayout.ARRAY_LENGTH_OFFSET]);
        assertEquals(1, b[at + ObjectLayout.ARRAY_BASE_OFFSET]);
        assertEquals(2, b[at + ObjectLayout.ARRAY_BASE_OFFSET + 8]);
        assertEquals(ObjectLayout.arraySize(org.eremite.vm.classfile.TypeKind.LONG, 2), heap.size());
        assertEquals(List.of(new Relocation(at, new RelocationTarget.Symbol("hub:[J"))), heap.relocations());
    }
}
