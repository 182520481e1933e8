package org.eremite.image.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.eremite.vm.object.FieldLayout;
import org.eremite.vm.object.JavaType;
import org.eremite.vm.object.TypeModel;
import org.eremite.vm.runtime.Hub;
import org.junit.jupiter.api.Test;

/** Objects the builder makes (hubs, code infos) written in the guest layout, checked against FieldLayout. */
class GuestObjectTest {
    private static final String HUB = "org.eremite.vm.runtime.Hub";
    private static final String HUBS = "[Lorg.eremite.vm.runtime.Hub;";
    private static final String CODE_INFO = "org.eremite.vm.runtime.CodeInfo";

    private final TypeModel model = TestModels.guest();

    private static String key(String field) {
        return HUB + "." + field;
    }

    private FieldLayout layout(String className) {
        return FieldLayout.of(model.type(className.replace('.', '/')));
    }

    private int offset(String className, String field, String descriptor) {
        return layout(className).find(field, descriptor).offset();
    }

    @Test
    void hubsWithVtablesCyclesAndCodeAddresses() {
        GuestObject objectHub = new GuestObject(HUB).set("name", "java.lang.Object").set("depth", 0)
                .set("vtableLength", 1).trailingWords(List.of(SymbolAddress.of("code:java.lang.Object.hashCode")));
        objectHub.set("display", new GuestArray(HUBS, List.of(objectHub)));
        GuestObject stringHub = new GuestObject(HUB).set("name", "java.lang.String")
                .set("flags", Hub.JAVA_BASE).set("modifiers", Modifier.PUBLIC | Modifier.FINAL)
                .set("instanceSize", layout("java.lang.String").size()).set("superHub", objectHub).set("depth", 1)
                .set("interfaceBits", new long[] {0b101}).set("itableIds", new int[] {0, 2})
                .set("itables", new GuestArray("[[J", List.of(
                        new GuestArray("[J", List.of(SymbolAddress.of("code:java.lang.String.compareTo"), 0L)),
                        new long[] {7, 8})))
                .set("initState", Hub.INITIALIZED).set("initialized", (byte) 1)
                .set("classInitializer", new SymbolAddress("code:java.lang.String.<clinit>", 0))
                .set("vtableLength", 3)
                .trailingWords(List.of(SymbolAddress.of("code:java.lang.Object.hashCode"), 0x1234L,
                        new SymbolAddress("code:java.lang.String.equals", 16)));
        stringHub.set("display", new GuestArray(HUBS, List.of(objectHub, stringHub)));

        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.jdkDefaults())
                .root("hub:java.lang.String", stringHub).root("hub:java.lang.Object", objectHub).write();

        long s = heap.rootOffset("hub:java.lang.String");
        long o = heap.rootOffset("hub:java.lang.Object");
        FieldLayout hub = layout(HUB);
        // The raw words, at the offsets FieldLayout gives: values, relocations with addends, the vtable after the
        // fields.
        byte[] bytes = heap.bytes();
        assertEquals(Hub.JAVA_BASE, intAt(bytes, s + offset(HUB, "flags", "I")));
        assertEquals(1, bytes[(int) s + offset(HUB, "initialized", "B")]);
        assertTrue(heap.relocations().contains(new Relocation(s + offset(HUB, "classInitializer", "J"),
                new RelocationTarget.Symbol("code:java.lang.String.<clinit>", 0))));
        assertTrue(heap.relocations().contains(new Relocation(s + hub.size() + 16,
                new RelocationTarget.Symbol("code:java.lang.String.equals", 16))));
        assertTrue(heap.relocations().contains(new Relocation(s + offset(HUB, "superHub", "L" + HUB.replace('.', '/')
                + ";"), new RelocationTarget.HeapObject(o))));
        assertTrue(heap.relocations().contains(new Relocation(s, new RelocationTarget.Symbol("hub:" + HUB))));
        assertEquals(0x1234L, longAt(bytes, s + hub.size() + 8));

        HeapReader reader = new HeapReader(heap, model);
        reader.decodeReachable(heap);
        HeapAssertions.assertComplete(heap, reader);
        HeapReader.Decoded string = reader.object(s);
        assertEquals(HUB, string.type);
        assertEquals(hub.size() + 3 * 8, string.size);
        assertEquals(List.of(new HeapReader.SymbolRef("code:java.lang.Object.hashCode", 0), 0x1234L,
                new HeapReader.SymbolRef("code:java.lang.String.equals", 16)), Arrays.asList(string.trailing));
        assertEquals(new HeapReader.Ref(o), string.fields.get(key("superHub")));
        assertEquals(Hub.INITIALIZED, string.fields.get(key("initState")));
        assertEquals(0L, string.fields.get(key("enumValues")));
        assertEquals(null, string.fields.get(key("mirror")));
        // The cycle closes: the String hub's display holds the Object hub and the String hub itself, once each.
        HeapReader.Decoded display = reader.object(((HeapReader.Ref) string.fields.get(key("display"))).offset());
        assertEquals(HUBS, display.type);
        assertEquals(List.of(new HeapReader.Ref(o), new HeapReader.Ref(s)), Arrays.asList(display.elements));
        HeapReader.Decoded itables = reader.object(((HeapReader.Ref) string.fields.get(key("itables"))).offset());
        assertEquals("[[J", itables.type);
        HeapReader.Decoded first = reader.object(((HeapReader.Ref) itables.elements[0]).offset());
        assertEquals(List.of(new HeapReader.SymbolRef("code:java.lang.String.compareTo", 0), 0L),
                Arrays.asList(first.elements));
        assertEquals(List.of(7L, 8L),
                Arrays.asList(reader.object(((HeapReader.Ref) itables.elements[1]).offset()).elements));
        new HostGraph(reader).compare("java.lang.String", ((HeapReader.Ref) string.fields.get(key("name"))).offset());

        // Written once each, however often reached; reported as instantiated types.
        assertEquals(2, count(heap, HUB));
        assertEquals(2, count(heap, HUBS));
        assertTrue(heap.typeNames().containsAll(List.of(HUB, HUBS, "[[J", "[J", "[I", "java.lang.String", "[B")),
                heap.typeNames().toString());
        assertTrue(heap.symbols().containsAll(List.of("code:java.lang.String.equals", "hub:" + HUB, "hub:" + HUBS)));
    }

    @Test
    void codeInfosShareHostStringsAndHoldSymbolAddresses() {
        String className = "app.Main";
        GuestObject main = codeInfo("code:app.Main.main", className, "main");
        GuestObject run = codeInfo("code:app.Main.run", className, "run");
        run.set("catchTypes", new GuestArray(HUBS, new Object[] {null}));
        GuestArray methods = new GuestArray("[L" + CODE_INFO + ";", List.of(main, run));
        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.none()).root("methods", methods).write();
        HeapReader reader = new HeapReader(heap, model);
        reader.decodeReachable(heap);
        HeapAssertions.assertComplete(heap, reader);
        Object[] elements = reader.object(heap.rootOffset("methods")).elements;
        HeapReader.Decoded m = reader.object(((HeapReader.Ref) elements[0]).offset());
        HeapReader.Decoded r = reader.object(((HeapReader.Ref) elements[1]).offset());
        assertEquals(layout(CODE_INFO).size(), m.size);
        assertEquals(new HeapReader.SymbolRef("code:app.Main.main", 0), m.fields.get(CODE_INFO + ".start"));
        assertEquals(120, m.fields.get(CODE_INFO + ".size"));
        assertEquals(m.fields.get(CODE_INFO + ".className"), r.fields.get(CODE_INFO + ".className"));
        assertEquals(List.of(0, 3, 10, 4), Arrays.asList(reader.object(((HeapReader.Ref) m.fields.get(CODE_INFO
                + ".lines")).offset()).elements));
        Object[] catchTypes = reader.object(((HeapReader.Ref) r.fields.get(CODE_INFO + ".catchTypes")).offset())
                .elements;
        assertEquals(Arrays.asList((Object) null), Arrays.asList(catchTypes));
        assertEquals(2, count(heap, CODE_INFO));
        assertEquals(3, count(heap, "java.lang.String"), "app.Main once, main, run");
    }

    private static GuestObject codeInfo(String symbol, String className, String methodName) {
        return new GuestObject(CODE_INFO).set("start", SymbolAddress.of(symbol)).set("size", 120)
                .set("frameSize", 32).set("className", className).set("methodName", methodName)
                .set("lines", new int[] {0, 3, 10, 4}).set("handlers", new int[] {0, 10, 20});
    }

    @Test
    void fieldsOfSuperclassesAreFoundByName() {
        GuestObject list = new GuestObject("java.util.ArrayList").set("size", 2)
                .set("elementData", new Object[] {"a", "b", null}).set("modCount", 5);
        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.none()).root("list", list).write();
        long at = heap.rootOffset("list");
        assertEquals(5, intAt(heap.bytes(), at + offset("java.util.ArrayList", "modCount", "I")));
        HeapReader reader = new HeapReader(heap, model);
        reader.decodeReachable(heap);
        HeapAssertions.assertComplete(heap, reader);
        HeapReader.Decoded d = reader.object(at);
        assertEquals(5, d.fields.get("java.util.AbstractList.modCount"));
        assertEquals(2, d.fields.get("java.util.ArrayList.size"));
    }

    @Test
    void aGuestObjectInAHostArrayIsWrittenAsItself() {
        GuestObject hub = new GuestObject(HUB).set("name", "x");
        Object[] holder = {hub, hub};
        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.none()).root("h", holder).root("hub", hub).write();
        HeapReader reader = new HeapReader(heap, model);
        Object[] elements = reader.object(heap.rootOffset("h")).elements;
        assertEquals(new HeapReader.Ref(heap.rootOffset("hub")), elements[0]);
        assertEquals(elements[0], elements[1]);
    }

    // ---- errors

    private String error(GuestObject object) {
        return assertThrows(HeapSnapshotException.class,
                () -> new BootHeapWriter(model, SnapshotPolicy.none()).root("hub:x", object).write()).getMessage();
    }

    @Test
    void aBoxOfAnotherKindIsReported() {
        assertEquals("cannot write root hub:x -> org.eremite.vm.runtime.Hub.flags: it is int, so the value must be "
                + "an Integer, not a java.lang.Long (5)", error(new GuestObject(HUB).set("flags", 5L)));
        assertEquals("cannot write root hub:x -> org.eremite.vm.runtime.Hub.initialized: it is byte, so the value "
                + "must be a Byte, not a java.lang.Integer (1)", error(new GuestObject(HUB).set("initialized", 1)));
    }

    @Test
    void anUnknownFieldIsReported() {
        assertEquals("cannot write root hub:x -> org.eremite.vm.runtime.Hub.nmae: org.eremite.vm.runtime.Hub has "
                + "no instance field nmae", error(new GuestObject(HUB).set("nmae", "x")));
        assertEquals("cannot write root hub:x -> org.eremite.vm.runtime.Hub.ARRAY: org.eremite.vm.runtime.Hub has "
                + "no instance field ARRAY", error(new GuestObject(HUB).set("ARRAY", 1)));
    }

    @Test
    void aSymbolAddressFitsOnlyALong() {
        assertEquals("cannot write root hub:x -> org.eremite.vm.runtime.Hub.name: a symbol address (s+8) fits only a "
                + "long, not a reference", error(new GuestObject(HUB).set("name", new SymbolAddress("s", 8))));
    }

    @Test
    void aReferenceOfTheWrongTypeIsReported() {
        assertEquals("cannot write root hub:x -> org.eremite.vm.runtime.Hub.superHub: it is org.eremite.vm.runtime.Hub,"
                + " and an instance of java.lang.String is not one",
                error(new GuestObject(HUB).set("superHub", "java.lang.Object")));
        GuestObject info = new GuestObject(CODE_INFO).set("methodName", "m");
        assertEquals("cannot write root hub:x -> org.eremite.vm.runtime.Hub.display -> [1]: it is "
                + "org.eremite.vm.runtime.Hub, and a guest org.eremite.vm.runtime.CodeInfo is not one",
                error(new GuestObject(HUB).set("display", new GuestArray(HUBS, List.of(new GuestObject(HUB), info)))));
        assertEquals("cannot write root hub:x -> org.eremite.vm.runtime.Hub.interfaceBits: it is long[], and an "
                + "instance of [I is not one", error(new GuestObject(HUB).set("interfaceBits", new int[1])));
    }

    @Test
    void abstractAndMissingClassesAreReported() {
        assertEquals("cannot write root hub:x -> a guest object of java.util.AbstractList: it is an abstract class",
                error(new GuestObject("java.util.AbstractList")));
        assertTrue(error(new GuestObject("com.example.Missing"))
                .startsWith("the guest cannot load com.example.Missing (reached by root hub:x): "));
    }

    @Test
    void elementsAndTrailingWordsAreCheckedWhenGiven() {
        assertEquals("element 0 of a [J guest array: it is long, so the value must be a Long or a SymbolAddress, not "
                + "a java.lang.Integer (1)", assertThrows(IllegalArgumentException.class,
                        () -> new GuestArray("[J", List.of(1))).getMessage());
        assertEquals("a [I guest array cannot hold the elements of a long[]",
                assertThrows(IllegalArgumentException.class, () -> new GuestArray("[I", new long[1])).getMessage());
        assertEquals("\"java.lang.String\" is not an array type ([J, [Ljava.lang.String;)",
                assertThrows(IllegalArgumentException.class,
                        () -> new GuestArray("java.lang.String", List.of())).getMessage());
        assertEquals("trailing word 0 of the guest org.eremite.vm.runtime.Hub is a java.lang.Integer (1), not a Long "
                + "or a SymbolAddress", assertThrows(IllegalArgumentException.class,
                        () -> new GuestObject(HUB).trailingWords(List.of(1))).getMessage());
    }

    @Test
    void assignabilityFollowsTheGuestHierarchy() {
        JavaType object = model.type("java/lang/Object");
        JavaType string = model.type("java/lang/String");
        JavaType charSequence = model.type("java/lang/CharSequence");
        JavaType strings = model.type("[Ljava/lang/String;");
        JavaType objects = model.type("[Ljava/lang/Object;");
        JavaType longs = model.type("[J");
        assertTrue(GuestValues.isAssignable(charSequence, string));
        assertTrue(GuestValues.isAssignable(objects, strings));
        assertTrue(GuestValues.isAssignable(object, longs));
        assertTrue(GuestValues.isAssignable(model.type("java/lang/Cloneable"), longs));
        assertTrue(!GuestValues.isAssignable(objects, longs));
        assertTrue(!GuestValues.isAssignable(strings, objects));
        assertTrue(!GuestValues.isAssignable(string, charSequence));
        assertTrue(!GuestValues.isAssignable(model.type("[Ljava/lang/CharSequence;"), objects));
    }

    private static long count(BootHeap heap, String type) {
        return heap.classStatistics().stream().filter(c -> c.typeName().equals(type)).findFirst().orElseThrow()
                .objects();
    }

    private static int intAt(byte[] b, long at) {
        return java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt((int) at);
    }

    private static long longAt(byte[] b, long at) {
        return java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong((int) at);
    }
}
