package org.eremite.image.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eremite.vm.object.Access;
import org.eremite.vm.object.ClassShape;
import org.eremite.vm.object.FieldLayout;
import org.eremite.vm.object.FieldShape;
import org.eremite.vm.object.PlacedField;
import org.eremite.vm.object.TypeModel;
import org.eremite.vm.runtime.Hub;
import org.junit.jupiter.api.Test;

/** Statics blocks with a field filter, without host values (ConstantValues only), and with the builder's values. */
class StaticsBlocksTest {
    private static final String STATICS = Fixtures.Statics.class.getName();
    private static final String CONSTANTS = Fixtures.Constants.class.getName();
    private static final String CODE_MAP = "org.eremite.vm.runtime.CodeMap";

    /** The statics of a class the host never loaded: an application class known only by its class file. */
    private static final ClassShape APP_MAIN = ClassShape.builder("app/Main")
            .field("GREETING", "Ljava/lang/String;", Access.STATIC | Access.FINAL, "constant")
            .field("LIMIT", "J", Access.STATIC | Access.FINAL, 1L << 40)
            .field("count", "I", Access.STATIC)
            .field("instanceField", "I", 0)
            .build();

    private static Map<String, Object> fields(HeapReader reader, BootHeap heap, String className) {
        Map<String, Object> byName = new LinkedHashMap<>();
        reader.statics(heap.staticsBlocks().get(className).offset()).fields
                .forEach((k, v) -> byName.put(k.substring(className.length() + 1), v));
        return byName;
    }

    @Test
    void onlyTheAcceptedFieldsGetHostValues() {
        TypeModel model = TestModels.guest();
        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.none())
                .statics(Fixtures.Statics.class, name -> name.equals("counter") || name.equals("name")).write();
        HeapReader reader = new HeapReader(heap, model);
        reader.decodeReachable(heap);
        HeapAssertions.assertComplete(heap, reader);
        Map<String, Object> f = fields(reader, heap, STATICS);
        assertEquals(42, f.get("counter"));
        assertEquals(0L, f.get("CONSTANT"), "filtered out, even with a ConstantValue");
        assertEquals(null, f.get("SHARED"));
        assertEquals(null, f.get("alias"));
        assertEquals(null, f.get("type"));
        new HostGraph(reader).compare(Fixtures.Statics.name, ((HeapReader.Ref) f.get("name")).offset());
        assertEquals(2, heap.objectCount(), "the String and its bytes; nothing else was traversed");
    }

    @Test
    void fieldsFilteredOutAreNotComparedWithTheHost() {
        String internal = STATICS.replace('.', '/');
        ClassShape changed = TestModels.reshaped(internal, f -> !f.name().equals("alias"),
                List.of(new FieldShape("added", "I", Access.STATIC)));
        TypeModel model = TestModels.guestWith(Map.of(internal, changed));
        assertThrows(ShapeMismatchException.class,
                () -> new BootHeapWriter(model, SnapshotPolicy.none()).statics(Fixtures.Statics.class).write());
        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.none())
                .statics(Fixtures.Statics.class, name -> !name.equals("alias") && !name.equals("added")).write();
        HeapReader reader = new HeapReader(heap, model);
        assertEquals(42, fields(reader, heap, STATICS).get("counter"));
        assertEquals(0, fields(reader, heap, STATICS).get("added"));
    }

    @Test
    void zeroStaticsHoldOnlyConstantValues() {
        TypeModel model = TestModels.guestWith(Map.of("app/Main", APP_MAIN));
        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.jdkDefaults()).zeroStatics(CONSTANTS)
                .zeroStatics("app.Main").zeroStatics("java.util.Random").write();
        HeapReader reader = new HeapReader(heap, model);
        reader.decodeReachable(heap);
        HeapAssertions.assertComplete(heap, reader);
        Map<String, Object> c = fields(reader, heap, CONSTANTS);
        assertEquals(Fixtures.Constants.Z, c.get("Z"));
        assertEquals(Fixtures.Constants.B, c.get("B"));
        assertEquals(Fixtures.Constants.C, c.get("C"));
        assertEquals(Fixtures.Constants.S, c.get("S"));
        assertEquals(Fixtures.Constants.I, c.get("I"));
        assertEquals(Fixtures.Constants.J, c.get("J"));
        assertEquals(Fixtures.Constants.F, c.get("F"));
        assertEquals(Fixtures.Constants.D, c.get("D"));
        assertEquals(null, c.get("BOXED"));
        assertEquals(0, c.get("COMPUTED"));
        assertEquals(0, c.get("counter"));
        Map<String, Object> app = fields(reader, heap, "app.Main");
        assertEquals(1L << 40, app.get("LIMIT"));
        assertEquals(0, app.get("count"));
        // Equal literals are one interned String, the host's own.
        assertEquals(c.get("GREETING"), c.get("SAME"));
        assertEquals(c.get("GREETING"), app.get("GREETING"));
        new HostGraph(reader).compare("constant", ((HeapReader.Ref) c.get("GREETING")).offset());
        assertEquals(Set.of("java.lang.String", "[B"), heap.typeNames());
        // A class initialized at run time has a block too, zero; its constants are there.
        Map<String, Object> random = fields(reader, heap, "java.util.Random");
        assertEquals(0x5DEECE66DL, random.get("multiplier"));
        assertEquals(null, random.get("seedUniquifier"));
    }

    @Test
    void theVmsOwnConstantsAreInTheirZeroBlocks() throws IllegalAccessException {
        TypeModel model = TestModels.guest();
        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.none()).zeroStatics(Hub.class.getName()).write();
        Map<String, Object> f = fields(new HeapReader(heap, model), heap, Hub.class.getName());
        int constants = 0;
        for (Field field : Hub.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())) {
                assertEquals(field.getInt(null), f.get(field.getName()), field.getName());
                constants++;
            } else if (Modifier.isStatic(field.getModifiers())) {
                assertEquals(null, f.get(field.getName()), field.getName() + " has no ConstantValue");
            }
        }
        assertTrue(constants >= 12, "Hub's flag and state constants");
    }

    @Test
    void theBuildersValuesTakePrecedence() {
        TypeModel model = TestModels.guest();
        GuestObject info = new GuestObject("org.eremite.vm.runtime.CodeInfo")
                .set("start", SymbolAddress.of("code:app.Main.main")).set("size", 64);
        GuestArray methods = new GuestArray("[Lorg.eremite.vm.runtime.CodeInfo;", List.of(info));
        GuestObject hub = new GuestObject("org.eremite.vm.runtime.Hub");
        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.none())
                .staticValue(CODE_MAP, "methods", methods)
                .zeroStatics(CODE_MAP)
                .staticValue(CODE_MAP, "codeStart", SymbolAddress.of("code:start"))
                .staticValue(CODE_MAP, "codeEnd", new SymbolAddress("code:start", 4096))
                .statics(Fixtures.Statics.class)
                .staticValue(STATICS, "counter", 7).staticValue(STATICS, "name", null)
                .staticValue(STATICS, "alias", hub)
                .zeroStatics(CONSTANTS).staticValue(CONSTANTS, "I", 1).staticValue(CONSTANTS, "GREETING", "other")
                .write();
        HeapReader reader = new HeapReader(heap, model);
        reader.decodeReachable(heap);
        HeapAssertions.assertComplete(heap, reader);

        StaticsBlock block = heap.staticsBlocks().get(CODE_MAP);
        FieldLayout layout = FieldLayout.ofStatics(model.type(CODE_MAP.replace('.', '/')));
        Map<String, Integer> expectedOffsets = new LinkedHashMap<>();
        for (PlacedField p : layout.fields()) {
            expectedOffsets.put(p.field().name(), p.offset());
        }
        assertEquals(expectedOffsets, block.fieldOffsets());
        assertEquals(List.of("methods", "codeStart", "codeEnd"), List.copyOf(block.fieldOffsets().keySet()));
        long codeEnd = block.heapOffsetOf("codeEnd");
        assertEquals(block.offset() + layout.find("codeEnd", "J").offset(), codeEnd);
        assertTrue(heap.relocations().contains(new Relocation(codeEnd,
                new RelocationTarget.Symbol("code:start", 4096))));
        Map<String, Object> codeMap = fields(reader, heap, CODE_MAP);
        assertEquals(new HeapReader.SymbolRef("code:start", 0), codeMap.get("codeStart"));
        HeapReader.Decoded array = reader.object(((HeapReader.Ref) codeMap.get("methods")).offset());
        HeapReader.Decoded codeInfo = reader.object(((HeapReader.Ref) array.elements[0]).offset());
        assertEquals(new HeapReader.SymbolRef("code:app.Main.main", 0),
                codeInfo.fields.get("org.eremite.vm.runtime.CodeInfo.start"));

        Map<String, Object> statics = fields(reader, heap, STATICS);
        assertEquals(7, statics.get("counter"));
        assertEquals(null, statics.get("name"));
        assertEquals("org.eremite.vm.runtime.Hub",
                reader.object(((HeapReader.Ref) statics.get("alias")).offset()).type);
        assertEquals("[Ljava.lang.Object;", reader.object(((HeapReader.Ref) statics.get("SHARED")).offset()).type);

        Map<String, Object> constants = fields(reader, heap, CONSTANTS);
        assertEquals(1, constants.get("I"));
        new HostGraph(reader).compare("other", ((HeapReader.Ref) constants.get("GREETING")).offset())
                .compare("constant", ((HeapReader.Ref) constants.get("SAME")).offset());
    }

    // ---- errors

    private static String error(BootHeapWriter w) {
        return assertThrows(HeapSnapshotException.class, w::write).getMessage();
    }

    private static BootHeapWriter writer() {
        return new BootHeapWriter(TestModels.guest(), SnapshotPolicy.none());
    }

    @Test
    void aValueOfTheWrongKindIsReported() {
        assertEquals("cannot write statics of org.eremite.vm.runtime.CodeMap -> static "
                + "org.eremite.vm.runtime.CodeMap.codeStart: it is long, so the value must be a Long or a SymbolAddress,"
                + " not a java.lang.Integer (5)",
                error(writer().zeroStatics(CODE_MAP).staticValue(CODE_MAP, "codeStart", 5)));
        assertEquals("cannot write statics of org.eremite.vm.runtime.CodeMap -> static "
                + "org.eremite.vm.runtime.CodeMap.methods: it is org.eremite.vm.runtime.CodeInfo[], and a guest "
                + "[Lorg.eremite.vm.runtime.Hub;[0] is not one", error(writer().zeroStatics(CODE_MAP)
                        .staticValue(CODE_MAP, "methods", new GuestArray("[Lorg.eremite.vm.runtime.Hub;", List.of()))));
    }

    @Test
    void anUnknownStaticFieldIsReported() {
        assertEquals("cannot write statics of org.eremite.vm.runtime.CodeMap -> static "
                + "org.eremite.vm.runtime.CodeMap.codeBegin: org.eremite.vm.runtime.CodeMap has no static field "
                + "codeBegin", error(writer().zeroStatics(CODE_MAP).staticValue(CODE_MAP, "codeBegin", 0L)));
    }

    @Test
    void valuesForAClassWithoutABlockAreReported() {
        assertEquals("static values are given for org.eremite.vm.runtime.CodeMap (codeStart), but its statics block "
                + "is not written: add statics(org.eremite.vm.runtime.CodeMap) or "
                + "zeroStatics(\"org.eremite.vm.runtime.CodeMap\")",
                error(writer().staticValue(CODE_MAP, "codeStart", 0L)));
    }

    @Test
    void aBlockOrRootAskedForTwiceIsReported() {
        assertEquals("the statics block of " + STATICS + " is asked for twice",
                error(writer().statics(Fixtures.Statics.class).zeroStatics(STATICS)));
        assertEquals("two roots are named r", error(writer().root("r", "a").root("r", "b")));
    }
}
