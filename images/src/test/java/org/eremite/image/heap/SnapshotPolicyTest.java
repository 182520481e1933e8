package org.eremite.image.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eremite.vm.object.Access;
import org.eremite.vm.object.ClassShape;
import org.eremite.vm.object.TypeModel;
import org.junit.jupiter.api.Test;

class SnapshotPolicyTest {
    private static HeapSnapshotException refused(SnapshotPolicy policy, String name, Object root) {
        return assertThrows(HeapSnapshotException.class,
                () -> new BootHeapWriter(TestModels.guest(), policy).root(name, root).write());
    }

    @Test
    void aRandomDeepInTheGraphIsRefusedWithItsPath() {
        Fixtures.Holder h = new Fixtures.Holder();
        h.items.add("a");
        h.items.add(new Object[] {1, new java.util.Random(7)});
        HeapSnapshotException e = refused(SnapshotPolicy.jdkDefaults(), "holder", h);
        assertEquals("cannot snapshot root holder -> org.eremite.image.heap.Fixtures$Holder.items -> "
                + "java.util.ArrayList.elementData -> [1] -> [1] -> an instance of java.util.Random: "
                + "its seed would be frozen into the image: every boot would draw the same numbers; create it at run "
                + "time", e.getMessage());
    }

    @Test
    void theBuildJvmsLoadersModulesThreadsAndHandlesBecomeNull() {
        SnapshotPolicy p = SnapshotPolicy.jdkDefaults();
        Object[] roots = {getClass().getClassLoader(), String.class.getModule(), Thread.currentThread(),
                Thread.currentThread().getThreadGroup(), MethodHandles.zero(int.class), "kept"};
        BootHeap heap = new BootHeapWriter(TestModels.guest(), p).root("r", roots).write();
        assertEquals(Set.of("[Ljava.lang.Object;", "java.lang.String", "[B"), heap.typeNames());
        int replaced = 0;
        for (Map.Entry<String, Integer> e : heap.substitutions().entrySet()) {
            replaced += e.getValue();
        }
        assertEquals(5, replaced, heap.substitutions().toString());
    }

    @Test
    void hostStateThatMustNotBeFrozenIsRefused() {
        SnapshotPolicy p = SnapshotPolicy.jdkDefaults();
        assertTrue(String.join("\n", p.describe()).contains("replace an instance of java.util.Properties"),
                "the host's system properties are replaced");
        java.util.Properties guest = GuestProperties.create();
        assertEquals("\n", guest.getProperty("line.separator"));
        assertEquals("/", guest.getProperty("user.dir"));
        assertEquals(System.getProperty("java.version"), guest.getProperty("java.version"));
        HeapAssertions.roundTrip(p, guest);
        assertTrue(refused(p, "env", new Object[] {System.getenv()}).getMessage()
                .contains("the build machine's environment variables"));
        assertTrue(refused(p, "random", new Object[] {new java.util.Random(1)}).getMessage()
                .contains("its seed would be frozen into the image"));
        // Set.of/Map.of tables are copied with the salt they were built with (ImmutableCollections is snapshotted).
        HeapAssertions.roundTrip(p, List.of("a", "b", "c"), Set.of(), Map.of(), Set.of("one"), Set.of("a", "b", "c"),
                Map.of("k", 1, "l", 2));
    }

    @Test
    void substitutionsReplaceObjectsAndAreCounted() {
        Fixtures.Holder h = new Fixtures.Holder();
        Thread t = Thread.currentThread();
        h.items.add(t);
        h.items.add(t);
        h.items.add(new StringBuilder("sb"));
        SnapshotPolicy p = SnapshotPolicy.jdkDefaults()
                .substituteObject(t, null, "the guest's main thread is made at boot")
                .substituteInstancesOf("java.lang.StringBuilder", Object::toString, "frozen as its text");
        TypeModel model = TestModels.guest();
        BootHeap heap = new BootHeapWriter(model, p).root("h", h).write();
        HeapReader reader = new HeapReader(heap, model);
        Object[] elements = reader.object(((HeapReader.Ref) reader.object(heap.rootOffset("h"))
                .fields.get("org.eremite.image.heap.Fixtures$Holder.items")).offset()).fields.values().stream()
                .filter(v -> v instanceof HeapReader.Ref).map(v -> reader.object(((HeapReader.Ref) v).offset()))
                .findFirst().orElseThrow().elements;
        assertEquals(null, elements[0]);
        assertEquals(null, elements[1]);
        assertEquals("java.lang.String", reader.object(((HeapReader.Ref) elements[2]).offset()).type);
        assertEquals(Map.of("java.lang.Thread: the guest's main thread is made at boot", 1,
                "java.lang.StringBuilder: frozen as its text", 1), heap.substitutions());
    }

    @Test
    void aHostLambdaIsRefusedWithoutAMapper() {
        String captured = "captured";
        Supplier<String> lambda = () -> captured;
        HeapSnapshotException e = refused(SnapshotPolicy.jdkDefaults(), "s", List.of(lambda));
        assertTrue(e.getMessage().startsWith("cannot snapshot root s -> java.util.ImmutableCollections$List12.e0"
                + " -> an instance of org.eremite.image.heap.SnapshotPolicyTest$$Lambda$"), e.getMessage());
        assertTrue(e.getMessage().endsWith("a host lambda (hidden class); no guest class is mapped to it"));
    }

    @Test
    void aMappedHostLambdaIsCopiedAsItsGuestClass() {
        String captured = "captured";
        Supplier<String> lambda = () -> captured;
        String guestName = "org/eremite/image/heap/SnapshotPolicyTest$$Lambda$1";
        ClassShape generated = ClassShape.builder(guestName).access(Access.FINAL | Access.SYNCHRONIZED)
                .addInterface("java/util/function/Supplier")
                .field("arg$1", "Ljava/lang/String;", Access.PRIVATE | Access.FINAL).build();
        TypeModel model = TestModels.guestWith(Map.of(guestName, generated));
        SnapshotPolicy p = SnapshotPolicy.jdkDefaults().lambdaMapper(c -> c == lambda.getClass() ? guestName : null);
        BootHeap heap = new BootHeapWriter(model, p).root("s", lambda).write();
        HeapReader reader = new HeapReader(heap, model);
        new HostGraph(reader).typeNames(c -> c.isHidden() ? guestName.replace('/', '.') : c.getName())
                .compare(lambda, heap.rootOffset("s"));
        HeapAssertions.assertComplete(heap, reader);
    }

    @Test
    void describeListsEveryRuleWithItsReason() {
        List<String> rules = SnapshotPolicy.jdkDefaults().describe();
        assertTrue(rules.contains("initialize at run time java.util.SplittableRandom: defaultGen seeds every new "
                + "SplittableRandom()"), rules.toString());
        assertTrue(rules.stream().allMatch(r -> r.contains(": ")));
        assertEquals(16, SnapshotPolicy.jdkDefaults().runTimeInitializedClasses().size(),
                "-System -ImmutableCollections -Random -VM +Reflection +ThreadLocalRandomProxy +NativePRNG (3)");
    }
}
