package org.eremite.vm.object;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;
import org.eremite.vm.classfile.TypeKind;
import org.junit.jupiter.api.Test;

/**
 * Field layout over every class of java.base (fields as the class files declare them): no overlaps, natural
 * alignment, the superclass's layout kept, every field at the lowest free aligned offset in placement order
 * (which is the gap-filling rule), sizes that no arrangement keeping the superclass layout can beat (shown by
 * a capacity bound), and reference maps that list exactly the reference fields.
 */
class FieldLayoutTest {
    @Test
    void layoutsOfEveryJavaBaseClassAreSoundAndFollowTheRule() {
        int classes = 0;
        int fields = 0;
        for (JavaType t : JavaBase.types()) {
            if (t.isClass()) {
                FieldLayout layout = FieldLayout.of(t);
                checkSound(layout);
                checkSuperclassPrefix(layout);
                checkLowestFreeOffsets(layout);
                checkReferenceMap(layout);
                classes++;
                fields += layout.declaredFields().size();
            }
            FieldLayout statics = FieldLayout.ofStatics(t);
            checkSound(statics);
            checkLowestFreeOffsets(statics);
            checkReferenceMap(statics);
        }
        assertTrue(classes > 5000, "java.base has over 5,000 classes, saw " + classes);
        assertTrue(fields > 10000, "saw " + fields + " instance fields");
    }

    /**
     * For every layout, a capacity bound proves the fields cannot fit in 8 bytes less: for each k, the fields
     * of size k or more need that many bytes of wholly free k-aligned blocks, which the smaller object lacks.
     */
    @Test
    void noArrangementKeepingTheSuperclassLayoutIsSmaller() {
        int proven = 0;
        for (JavaType t : JavaBase.types()) {
            List<FieldLayout> layouts = new ArrayList<>();
            if (t.isClass()) {
                layouts.add(FieldLayout.of(t));
            }
            layouts.add(FieldLayout.ofStatics(t));
            for (FieldLayout layout : layouts) {
                int limit = layout.size() - ObjectLayout.OBJECT_ALIGNMENT;
                if (layout.declaredFields().isEmpty() || limit < minimumEnd(layout)) {
                    continue; // nothing to place, or the superclass alone already needs this size
                }
                if (fitsByCapacity(inheritedOccupancy(layout), ownSizes(layout), limit)) {
                    fail(layout.type() + ": no bound shows its fields need more than " + limit + " bytes\n" + layout);
                }
                proven++;
            }
        }
        assertTrue(proven > 5000, "proven minimal: " + proven);
    }

    @Test
    void smallFieldsFillTheSuperclassGapsLargestFirst() {
        TypeModel model = ShapeReader.jdkModel();
        model.define(ClassShape.builder("t/A").field("a", "B", 0).field("b", "J", 0).build());
        model.define(ClassShape.builder("t/B").superName("t/A")
                .field("e", "Z", 0).field("d", "S", 0).field("c", "I", 0).field("r", "Ljava/lang/Object;", 0).build());
        FieldLayout a = FieldLayout.of(model.type("t/A"));
        // A: the long first at 16, the byte after it; 7 bytes of tail padding.
        assertEquals(16, a.find("b", "J").offset());
        assertEquals(24, a.find("a", "B").offset());
        assertEquals(32, a.size());
        FieldLayout b = FieldLayout.of(model.type("t/B"));
        // B: the reference goes after A's fields (no gap holds 8 bytes); int, short and byte fill A's padding.
        assertEquals(32, b.find("r", "Ljava/lang/Object;").offset());
        assertEquals(28, b.find("c", "I").offset());
        assertEquals(26, b.find("d", "S").offset());
        assertEquals(25, b.find("e", "Z").offset());
        assertEquals(40, b.size());
        assertArrayEquals(new int[] {32}, b.referenceOffsets());
        assertEquals(16, FieldLayout.of(model.objectType()).size(), "a plain Object is its header");
    }

    @Test
    void referencesComeFirstAmongEightByteFieldsAndStaticsHaveTheirOwnBlock() {
        TypeModel model = ShapeReader.jdkModel();
        model.define(ClassShape.builder("t/C")
                .field("x", "D", 0).field("s", "Ljava/lang/String;", 0).field("k", "I", Access.STATIC)
                .field("o", "[I", Access.STATIC).field("y", "J", Access.STATIC).build());
        JavaType c = model.type("t/C");
        FieldLayout instance = FieldLayout.of(c);
        assertEquals(16, instance.find("s", "Ljava/lang/String;").offset());
        assertEquals(24, instance.find("x", "D").offset());
        assertNull(instance.find("k", "I"), "statics are not in the instance");
        FieldLayout statics = FieldLayout.ofStatics(c);
        assertEquals(16, statics.find("o", "[I").offset());
        assertEquals(24, statics.find("y", "J").offset());
        assertEquals(32, statics.find("k", "I").offset());
        assertEquals(40, statics.size());
        assertArrayEquals(new int[] {16}, statics.referenceOffsets());
        assertThrows(IllegalArgumentException.class, () -> FieldLayout.of(model.type("java/lang/Runnable")));
        assertThrows(IllegalArgumentException.class, () -> FieldLayout.of(model.type("[I")));
    }

    // ---- properties

    private static void checkSound(FieldLayout layout) {
        Supplier<String> where = layout::toString;
        BitSet used = new BitSet();
        for (PlacedField p : layout.fields()) {
            int size = p.size();
            assertTrue(p.offset() >= ObjectLayout.FIRST_FIELD_OFFSET, where);
            assertEquals(0, p.offset() % size, () -> "misaligned " + p + " in " + layout);
            assertTrue(p.offset() + size <= layout.fieldsEnd(), where);
            for (int i = p.offset(); i < p.offset() + size; i++) {
                assertTrue(!used.get(i), "overlap at " + i);
                used.set(i);
            }
        }
        assertEquals(0, layout.size() % ObjectLayout.OBJECT_ALIGNMENT, where);
        assertTrue(layout.size() >= Math.max(layout.fieldsEnd(), ObjectLayout.MIN_OBJECT_SIZE), where);
        assertTrue(layout.size() - layout.fieldsEnd() < ObjectLayout.OBJECT_ALIGNMENT
                || layout.fieldsEnd() < ObjectLayout.MIN_OBJECT_SIZE, where);
        // The holes are exactly the free bytes below the end, and each is shorter than 8 bytes.
        BitSet free = new BitSet();
        free.set(ObjectLayout.FIRST_FIELD_OFFSET, Math.max(layout.fieldsEnd(), ObjectLayout.FIRST_FIELD_OFFSET));
        free.andNot(used);
        BitSet holes = new BitSet();
        int[] h = layout.holes();
        for (int i = 0; i < h.length; i += 2) {
            assertTrue(h[i + 1] - h[i] < 8 && h[i] < h[i + 1], where);
            holes.set(h[i], h[i + 1]);
        }
        assertEquals(free, holes, where);
    }

    private static void checkSuperclassPrefix(FieldLayout layout) {
        FieldLayout sup = layout.superLayout();
        if (sup == null) {
            return;
        }
        for (PlacedField p : sup.fields()) {
            assertEquals(p.offset(), layout.offsetOf(p.field()), () -> p + " moved in " + layout.type());
        }
        assertEquals(sup.fields().size() + layout.declaredFields().size(), layout.fields().size());
        assertTrue(layout.fieldsEnd() >= sup.fieldsEnd());
    }

    /**
     * The rule, checked independently of the hole list: in placement order (size descending, references first
     * among 8-byte fields, then declaration order), no free aligned offset below a field's own was available.
     */
    private static void checkLowestFreeOffsets(FieldLayout layout) {
        BitSet occupied = inheritedOccupancy(layout);
        List<FieldShape> declarationOrder = new ArrayList<>();
        for (FieldShape f : layout.type().shape().fields()) {
            if (f.isStatic() == layout.isStatics()) {
                declarationOrder.add(f);
            }
        }
        List<FieldShape> expectedOrder = new ArrayList<>();
        for (int size = 8; size >= 1; size /= 2) {
            for (int pass = 0; pass < 2; pass++) {
                for (FieldShape f : declarationOrder) {
                    boolean wantReference = pass == 0;
                    if (f.kind().bytes() == size && f.isReference() == wantReference) {
                        expectedOrder.add(f);
                    }
                }
            }
        }
        List<PlacedField> placed = layout.declaredFields();
        assertEquals(expectedOrder.size(), placed.size());
        for (int i = 0; i < placed.size(); i++) {
            PlacedField p = placed.get(i);
            assertTrue(expectedOrder.get(i) == p.field(), layout::toString);
            int size = p.size();
            for (int o = ObjectLayout.FIRST_FIELD_OFFSET; o < p.offset(); o += size) {
                if (occupied.get(o, o + size).isEmpty()) {
                    fail(p + " could have gone to " + o + " in " + layout);
                }
            }
            occupied.set(p.offset(), p.offset() + size);
        }
    }

    private static void checkReferenceMap(FieldLayout layout) {
        List<Integer> expected = new ArrayList<>();
        for (PlacedField p : layout.fields()) {
            if (p.field().kind() == TypeKind.REFERENCE) {
                expected.add(p.offset());
            }
        }
        int[] offsets = layout.referenceOffsets();
        assertEquals(expected.toString(), Arrays.toString(offsets), layout::toString);
        // A class's own references are one contiguous run of words.
        List<Integer> own = new ArrayList<>();
        for (PlacedField p : layout.declaredFields()) {
            if (p.field().isReference()) {
                own.add(p.offset());
            }
        }
        for (int i = 1; i < own.size(); i++) {
            assertEquals(own.get(i - 1) + 8, (int) own.get(i), layout::toString);
        }
    }

    // ---- minimality

    private static BitSet inheritedOccupancy(FieldLayout layout) {
        BitSet occupied = new BitSet();
        occupied.set(0, ObjectLayout.FIRST_FIELD_OFFSET);
        if (layout.superLayout() != null) {
            for (PlacedField p : layout.superLayout().fields()) {
                occupied.set(p.offset(), p.offset() + p.size());
            }
        }
        return occupied;
    }

    /** The end the superclass's fields alone force (a layout can be no smaller than this, rounded). */
    private static int minimumEnd(FieldLayout layout) {
        return layout.superLayout() == null ? ObjectLayout.MIN_OBJECT_SIZE : layout.superLayout().fieldsEnd();
    }

    private static int[] ownSizes(FieldLayout layout) {
        int[] sizes = new int[layout.declaredFields().size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = layout.declaredFields().get(i).size();
        }
        return sizes;
    }

    /**
     * Necessary condition for fitting below {@code limit}: for each k, the fields of size k or more need that
     * many bytes of wholly free k-aligned k-byte blocks.
     */
    private static boolean fitsByCapacity(BitSet occupied, int[] sizes, int limit) {
        for (int k = 1; k <= 8; k *= 2) {
            int need = 0;
            for (int s : sizes) {
                if (s >= k) {
                    need += s;
                }
            }
            int have = 0;
            for (int o = 0; o + k <= limit; o += k) {
                if (occupied.get(o, o + k).isEmpty()) {
                    have += k;
                }
            }
            if (need > have) {
                return false;
            }
        }
        return true;
    }
}
