package org.eremite.image.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eremite.vm.object.FieldShape;
import org.eremite.vm.object.StatusWord;
import org.eremite.vm.object.TypeModel;
import org.junit.jupiter.api.Test;

/**
 * Host Class objects written as the builder's mirrors (guest java.lang.Class objects), each pointing to its hub
 * through a field that the guest's java.lang.Class has and the host's lacks (as a classlib substitution adds it).
 */
class MirrorTest {
    private static final String HUB = "org.eremite.vm.runtime.Hub";

    /** java.base's java.lang.Class plus the injected field {@code hub}. */
    private static TypeModel model() {
        return TestModels.guestWith(Map.of("java/lang/Class", TestModels.reshaped("java/lang/Class", f -> true,
                List.of(new FieldShape("hub", "Lorg/eremite/vm/runtime/Hub;", 0)))));
    }

    /** The builder's side: one hub and one mirror per class, made on demand, pointing to each other. */
    private static final class Mirrors implements Function<Class<?>, Object> {
        final Map<Class<?>, GuestObject> hubs = new IdentityHashMap<>();
        final Map<Class<?>, Integer> asked = new HashMap<>();

        GuestObject hub(Class<?> c) {
            return hubs.computeIfAbsent(c, k -> {
                GuestObject hub = new GuestObject(HUB).set("name", k.getName());
                GuestObject mirror = new GuestObject("java.lang.Class").set("name", k.getName()).set("hub", hub);
                return hub.set("mirror", mirror);
            });
        }

        GuestObject mirror(Class<?> c) {
            return (GuestObject) hub(c).get("mirror");
        }

        @Override
        public Object apply(Class<?> c) {
            asked.merge(c, 1, Integer::sum);
            return mirror(c);
        }
    }

    @Test
    void classReferencesBecomeMirrorsWithTheHostClassHash() {
        TypeModel model = model();
        Mirrors mirrors = new Mirrors();
        Fixtures.AllKinds all = new Fixtures.AllKinds();
        Map<Class<?>, String> byClass = new HashMap<>(Map.of(String.class, "s", Integer.class, "i"));
        // The String hub comes first: its mirror is written before the hook is asked about String.class.
        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.jdkDefaults()).mirrors(mirrors)
                .root("hub:java.lang.String", mirrors.hub(String.class)).root("all", all).root("map", byClass)
                .root("string class", String.class).write();

        HeapReader reader = new HeapReader(heap, model);
        reader.decodeReachable(heap);
        HeapAssertions.assertComplete(heap, reader);
        long hub = heap.rootOffset("hub:java.lang.String");
        Object mirror = reader.object(hub).fields.get(HUB + ".mirror");
        String allKinds = Fixtures.AllKinds.class.getName();
        HeapReader.Decoded a = reader.object(heap.rootOffset("all"));
        assertEquals(mirror, a.fields.get(allKinds + ".cls"), "the field holds the hub's mirror");
        assertEquals(mirror, new HeapReader.Ref(heap.rootOffset("string class")));
        HeapReader.Decoded m = reader.object(((HeapReader.Ref) mirror).offset());
        assertEquals("java.lang.Class", m.type);
        assertEquals(new HeapReader.Ref(hub), m.fields.get("java.lang.Class.hub"), "the mirror points back");
        assertEquals(System.identityHashCode(String.class), StatusWord.hash(m.statusWord),
                "a HashMap keyed by classes finds the mirror in the host class's bucket");
        HeapReader.Decoded intMirror = reader.object(((HeapReader.Ref) a.fields.get(allKinds + ".primitiveClass"))
                .offset());
        assertEquals(System.identityHashCode(int.class), StatusWord.hash(intMirror.statusWord));
        assertEquals(Map.of(String.class, 1, int.class, 1, long[][].class, 1, Integer.class, 1), mirrors.asked,
                "the hook is asked once per class");
        assertEquals(4, count(heap, "java.lang.Class"));
        assertEquals(4, count(heap, HUB));
        // Every key of the map is a mirror whose status-word hash puts it in the bucket it is in: a guest lookup by
        // Class.hashCode() (the identity hash) finds it.
        HeapReader.Decoded map = reader.object(heap.rootOffset("map"));
        Object[] table = reader.object(((HeapReader.Ref) map.fields.get("java.util.HashMap.table")).offset()).elements;
        Set<Object> keys = new HashSet<>();
        for (int bucket = 0; bucket < table.length; bucket++) {
            for (Object n = table[bucket]; n != null; ) {
                HeapReader.Decoded node = reader.object(((HeapReader.Ref) n).offset());
                Object key = node.fields.get("java.util.HashMap$Node.key");
                int h = StatusWord.hash(reader.object(((HeapReader.Ref) key).offset()).statusWord);
                assertEquals(h ^ (h >>> 16), node.fields.get("java.util.HashMap$Node.hash"));
                assertEquals(bucket, (h ^ (h >>> 16)) & (table.length - 1));
                keys.add(key);
                n = node.fields.get("java.util.HashMap$Node.next");
            }
        }
        HeapReader.Ref integerMirror = mirrorNamed(reader, "java.lang.Integer");
        assertEquals(Set.of(mirror, integerMirror), keys);
        assertEquals(System.identityHashCode(Integer.class),
                StatusWord.hash(reader.object(integerMirror.offset()).statusWord));
    }

    /** The mirror whose {@code name} field is {@code name} (a Latin-1 string). */
    private static HeapReader.Ref mirrorNamed(HeapReader reader, String name) {
        for (long at : List.copyOf(reader.decodedOffsets())) {
            HeapReader.Decoded d = reader.object(at);
            if (d.type.equals("java.lang.Class")) {
                HeapReader.Decoded string = reader.object(((HeapReader.Ref) d.fields.get("java.lang.Class.name"))
                        .offset());
                Object[] bytes = reader.object(((HeapReader.Ref) string.fields.get("java.lang.String.value")).offset())
                        .elements;
                StringBuilder s = new StringBuilder();
                for (Object b : bytes) {
                    s.append((char) ((Byte) b & 0xFF));
                }
                if (s.toString().equals(name)) {
                    return new HeapReader.Ref(at);
                }
            }
        }
        throw new AssertionError("no mirror named " + name);
    }

    @Test
    void aHookWithoutAnObjectIsReported() {
        HeapSnapshotException e = assertThrows(HeapSnapshotException.class,
                () -> new BootHeapWriter(model(), SnapshotPolicy.none()).mirrors(c -> null)
                        .root("r", new Object[] {String.class}).write());
        assertEquals("cannot snapshot root r -> [0] -> the Class object of java.lang.String: the mirror hook gave no "
                + "object for it", e.getMessage());
    }

    @Test
    void oneMirrorForTwoClassesIsReported() {
        GuestObject shared = new GuestObject("java.lang.Class");
        HeapSnapshotException e = assertThrows(HeapSnapshotException.class,
                () -> new BootHeapWriter(model(), SnapshotPolicy.none()).mirrors(c -> shared)
                        .root("r", new Object[] {String.class, Integer.class}).write());
        assertEquals("cannot snapshot root r -> [1] -> the Class object of java.lang.Integer: the mirror hook gave the "
                + "same object for java.lang.String and java.lang.Integer", e.getMessage());
    }

    @Test
    void withoutAHookClassesStayHubSymbols() {
        TypeModel model = model();
        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.none()).root("r", new Object[] {String.class}).write();
        assertEquals(new HeapReader.HubRef("hub:java.lang.String"),
                new HeapReader(heap, model).object(heap.rootOffset("r")).elements[0]);
        assertEquals(Set.of("[Ljava.lang.Object;"), heap.typeNames());
        assertThrows(HeapSnapshotException.class,
                () -> new BootHeapWriter(model, SnapshotPolicy.none()).root("c", String.class).write());
    }

    private static long count(BootHeap heap, String type) {
        return heap.classStatistics().stream().filter(c -> c.typeName().equals(type)).findFirst().orElseThrow()
                .objects();
    }
}
