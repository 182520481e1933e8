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
    void aThreadDeepInTheGraphIsRefusedWithItsPath() {
        Fixtures.Holder h = new Fixtures.Holder();
        h.items.add("a");
        h.items.add(new Object[] {1, Thread.currentThread()});
        HeapSnapshotException e = refused(SnapshotPolicy.jdkDefaults(), "holder", h);
        assertEquals("cannot snapshot root holder -> org.eremite.image.heap.Fixtures$Holder.items -> "
                + "java.util.ArrayList.elementData -> [1] -> [1] -> an instance of java.lang.Thread: "
                + "a thread of the build JVM; the guest starts its own threads", e.getMessage());
    }

    @Test
    void classLoadersModulesAndMethodHandlesAreRefused() {
        SnapshotPolicy p = SnapshotPolicy.jdkDefaults();
        ClassLoader loader = getClass().getClassLoader();
        assertEquals("cannot snapshot root l -> java.util.ImmutableCollections$List12.e0 -> an instance of "
                + loader.getClass().getName() + ": a class loader of the build JVM; the guest's classes are in the image",
                refused(p, "l", List.of(loader)).getMessage());
        assertTrue(refused(p, "m", new Object[] {String.class.getModule()}).getMessage()
                .contains("root m -> [0] -> an instance of java.lang.Module"));
        assertTrue(refused(p, "h", new Object[] {MethodHandles.zero(int.class)}).getMessage()
                .contains("method handles hold the build JVM's code"));
    }

    @Test
    void hostStateThatMustNotBeFrozenIsRefused() {
        SnapshotPolicy p = SnapshotPolicy.jdkDefaults();
        assertTrue(refused(p, "props", new Object[] {System.getProperties()}).getMessage()
                .contains("the build machine's system properties"));
        assertTrue(refused(p, "env", new Object[] {System.getenv()}).getMessage()
                .contains("the build machine's environment variables"));
        assertTrue(refused(p, "random", new Object[] {new java.util.Random(1)}).getMessage()
                .contains("its seed would be frozen into the image"));
        assertTrue(refused(p, "set", Set.of("a", "b", "c")).getMessage()
                .contains("ImmutableCollections.SALT32L"));
        HeapAssertions.roundTrip(p, List.of("a", "b", "c"), Set.of(), Map.of(), Set.of("one"));
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
        assertTrue(rules.contains("initialize at run time java.util.ImmutableCollections: SALT32L and REVERSE are "
                + "the per-run salt of Set.of/Map.of probing and iteration order"), rules.toString());
        assertTrue(rules.stream().allMatch(r -> r.contains(": ")));
        assertEquals(15, SnapshotPolicy.jdkDefaults().runTimeInitializedClasses().size());
    }
}
