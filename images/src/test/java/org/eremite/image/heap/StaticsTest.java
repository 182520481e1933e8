package org.eremite.image.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eremite.vm.object.FieldLayout;
import org.eremite.vm.object.TypeModel;
import org.junit.jupiter.api.Test;

class StaticsTest {
    @Test
    void integerCacheStaticsAreSnapshotted() throws Exception {
        Class<?> cache = Class.forName("java.lang.Integer$IntegerCache");
        TypeModel model = TestModels.guest();
        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.jdkDefaults()).statics(cache)
                .root("five", Integer.valueOf(5)).write();
        StaticsBlock block = heap.staticsBlocks().get("java.lang.Integer$IntegerCache");
        assertEquals(FieldLayout.ofStatics(model.type("java/lang/Integer$IntegerCache")).size(), block.size());
        HeapReader reader = new HeapReader(heap, model);
        HostGraph graph = new HostGraph(reader).compareStatics(cache, block.offset())
                .compare(Integer.valueOf(5), heap.rootOffset("five"));
        HeapAssertions.assertComplete(heap, reader);
        // cache and archivedCache are one array of 256 Integers; Integer.valueOf(5) is its element.
        assertEquals(1 + 256, heap.objectCount());
        assertTrue(graph.objectsCompared() >= 257);
        assertTrue(heap.symbols().contains("statics-hub:java.lang.Integer$IntegerCache"));
    }

    @Test
    void staticsOfEveryKindAndSharedObjects() {
        TypeModel model = TestModels.guest();
        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.jdkDefaults()).statics(Fixtures.Statics.class)
                .statics(Fixtures.Color.class).write();
        HeapReader reader = new HeapReader(heap, model);
        new HostGraph(reader)
                .compareStatics(Fixtures.Statics.class,
                        heap.staticsBlocks().get(Fixtures.Statics.class.getName()).offset())
                .compareStatics(Fixtures.Color.class, heap.staticsBlocks().get(Fixtures.Color.class.getName()).offset());
        HeapAssertions.assertComplete(heap, reader);
    }

    @Test
    void staticsOfClassesInitializedAtRunTimeAreRefused() {
        HeapSnapshotException e = assertThrows(HeapSnapshotException.class,
                () -> new BootHeapWriter(TestModels.guest(), SnapshotPolicy.jdkDefaults())
                        .statics(java.util.SplittableRandom.class).write());
        assertEquals("the statics of java.util.SplittableRandom cannot be snapshotted: the class is initialized at "
                + "run time (defaultGen seeds every new SplittableRandom())",
                e.getMessage());
    }

    @Test
    void aFieldRuleResetsAStaticField() {
        SnapshotPolicy policy = SnapshotPolicy.none()
                .fieldRule(FieldRule.reset(Fixtures.Statics.class.getName(), "name", "set at boot"));
        TypeModel model = TestModels.guest();
        BootHeap heap = new BootHeapWriter(model, policy).statics(Fixtures.Statics.class).write();
        HeapReader reader = new HeapReader(heap, model);
        HeapReader.Decoded d = reader.statics(heap.staticsBlocks().get(Fixtures.Statics.class.getName()).offset());
        assertEquals(null, d.fields.get(Fixtures.Statics.class.getName() + ".name"));
        assertEquals(42, d.fields.get(Fixtures.Statics.class.getName() + ".counter"));
    }
}
