package org.eremite.image.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.eremite.vm.object.TypeModel;

/** Writes host objects and checks the heap against them with {@link HeapReader} and {@link HostGraph}. */
final class HeapAssertions {
    private HeapAssertions() {
    }

    /** Snapshots {@code roots} (named r0, r1 ...) with the policy and compares everything; returns the heap. */
    static BootHeap roundTrip(SnapshotPolicy policy, Object... roots) {
        TypeModel model = TestModels.guest();
        BootHeapWriter w = new BootHeapWriter(model, policy);
        for (int i = 0; i < roots.length; i++) {
            w.root("r" + i, roots[i]);
        }
        BootHeap heap = w.write();
        HeapReader reader = new HeapReader(heap, model);
        HostGraph graph = new HostGraph(reader);
        for (int i = 0; i < roots.length; i++) {
            graph.compare(roots[i], heap.rootOffset("r" + i));
        }
        assertComplete(heap, reader);
        return heap;
    }

    /**
     * Every object of the heap was decoded and every relocation used by some decoded reference, and the objects
     * (with the statics blocks) tile the heap: 8-aligned, no gap, no overlap.
     */
    static void assertComplete(BootHeap heap, HeapReader reader) {
        assertEquals(heap.objectCount(), reader.decodedOffsets().size(), "objects decoded");
        assertEquals(0, reader.unusedRelocations(), "relocations no reference explains");
        List<long[]> spans = new ArrayList<>();
        for (long at : reader.decodedOffsets()) {
            spans.add(new long[] {at, reader.object(at).size});
        }
        for (StaticsBlock b : heap.staticsBlocks().values()) {
            spans.add(new long[] {b.offset(), b.size()});
        }
        spans.sort((a, b) -> Long.compare(a[0], b[0]));
        long next = 0;
        for (long[] s : spans) {
            assertEquals(next, s[0], "object at " + s[0] + " does not follow the previous one");
            assertEquals(0, s[1] % 8, "size of the object at " + s[0]);
            next = s[0] + s[1];
        }
        assertEquals(heap.size(), next, "heap size");
        long counted = 0;
        for (ClassStatistics c : heap.classStatistics()) {
            counted += c.objects();
        }
        assertEquals(heap.objectCount(), counted, "objects in the per-class statistics");
    }

    static String figures(String what, BootHeap heap) {
        StringBuilder s = new StringBuilder(what).append(": ").append(heap.summary());
        int shown = 0;
        for (ClassStatistics c : heap.classStatistics()) {
            if (shown++ == 6) {
                break;
            }
            s.append("\n    ").append(c.objects()).append(" x ").append(c.typeName()).append(" = ")
                    .append(c.bytes()).append(" bytes");
        }
        return s.toString();
    }
}
