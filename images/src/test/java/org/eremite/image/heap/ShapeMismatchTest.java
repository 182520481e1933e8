package org.eremite.image.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.eremite.vm.object.Access;
import org.eremite.vm.object.ClassShape;
import org.eremite.vm.object.TypeModel;
import org.junit.jupiter.api.Test;

class ShapeMismatchTest {
    private static final String NODE = "org/eremite/image/heap/Fixtures$Node";

    private static ShapeMismatchException mismatch(ClassShape guestNode) {
        TypeModel model = TestModels.guestWith(Map.of(NODE, guestNode));
        return assertThrows(ShapeMismatchException.class,
                () -> new BootHeapWriter(model, SnapshotPolicy.none()).root("n", new Object[] {new Fixtures.Node(1)})
                        .write());
    }

    @Test
    void aFieldWithAnotherDescriptorIsReported() {
        ShapeMismatchException e = mismatch(ClassShape.builder(NODE)
                .field("next", "Lorg/eremite/image/heap/Fixtures$Node;", 0)
                .field("value", "J", 0).build());
        assertEquals("org.eremite.image.heap.Fixtures$Node", e.className());
        assertEquals("value", e.fieldName());
        assertEquals("guest class org.eremite.image.heap.Fixtures$Node differs from the host's: field value is J in "
                + "the guest but Ljava/lang/Object; on the host (reached by root n -> [0])", e.getMessage());
    }

    @Test
    void aGuestFieldTheHostLacksIsReported() {
        ShapeMismatchException e = mismatch(ClassShape.builder(NODE)
                .field("next", "Lorg/eremite/image/heap/Fixtures$Node;", 0)
                .field("value", "Ljava/lang/Object;", 0)
                .field("added", "I", 0).build());
        assertEquals("added:I", e.fieldName());
    }

    @Test
    void aHostFieldTheGuestLacksIsReported() {
        ShapeMismatchException e = mismatch(ClassShape.builder(NODE)
                .field("next", "Lorg/eremite/image/heap/Fixtures$Node;", 0).build());
        assertEquals("value:Ljava/lang/Object;", e.fieldName());
    }

    @Test
    void aFieldRuleCoversAFieldTheHostLacks() {
        ClassShape node = ClassShape.builder(NODE)
                .field("next", "Lorg/eremite/image/heap/Fixtures$Node;", 0)
                .field("value", "Ljava/lang/Object;", 0)
                .field("added", "I", Access.PRIVATE).build();
        TypeModel model = TestModels.guestWith(Map.of(NODE, node));
        SnapshotPolicy p = SnapshotPolicy.none().fieldRule(new FieldRule(Fixtures.Node.class.getName(), "added",
                (holder, value) -> 77, "a substitution adds it"));
        BootHeap heap = new BootHeapWriter(model, p).root("n", new Fixtures.Node(1)).write();
        assertEquals(77, new HeapReader(heap, model).object(heap.rootOffset("n")).fields
                .get("org.eremite.image.heap.Fixtures$Node.added"));
    }

    @Test
    void aDifferentSuperclassChainIsReported() {
        ShapeMismatchException e = mismatch(ClassShape.builder(NODE).superName("java/lang/Number")
                .field("next", "Lorg/eremite/image/heap/Fixtures$Node;", 0)
                .field("value", "Ljava/lang/Object;", 0).build());
        assertEquals("(superclass chain)", e.fieldName());
    }
}
