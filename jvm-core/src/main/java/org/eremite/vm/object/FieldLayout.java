package org.eremite.vm.object;

import java.util.ArrayList;
import java.util.List;
import org.eremite.vm.classfile.TypeKind;

/**
 * Where each field of a class lives: the instance layout ({@link #of}) and the statics block
 * ({@link #ofStatics}), with the reference maps the GC reads.
 *
 * <p><b>The rule</b> (instance fields): a class starts from its superclass's layout unchanged (so a
 * subclass's object is its superclass's object plus more fields, and code compiled against the superclass
 * reads the same offsets). Its own fields are taken in the order size descending (8, 4, 2, 1), references
 * before longs and doubles among the 8-byte ones, declaration order among equals; each goes to the lowest
 * offset that is a multiple of its size (natural alignment) and overlaps no field placed before, superclass
 * fields included. So a 4-, 2- or 1-byte field fills a gap the superclass left (its tail padding or an
 * alignment hole) whenever it fits, and a larger field otherwise starts after the last field, aligned. The
 * object's size is the end of the last field rounded up to 8, and at least the 16-byte header.
 *
 * <p>Consequences: every gap is shorter than 8 bytes (a gap is only ever left to align a larger field), so
 * 8-byte fields never go into gaps; a class's 8-byte fields are contiguous, and its reference fields are one
 * contiguous run. Placing largest first at the lowest free aligned offset is optimal for power-of-two sizes
 * with natural alignment, so no arrangement that keeps the superclass layout is smaller.
 *
 * <p><b>Statics</b>: each class and interface has a statics block laid out by the same rule with no
 * superclass, from offset {@link ObjectLayout#FIRST_FIELD_OFFSET}: the block has an ordinary object header,
 * so it lives in the heap as an object whose hub's reference map is the statics' reference map, and the GC
 * traces and moves it like any other object. Statics are not inherited into a subclass's block.
 */
public final class FieldLayout {
    private final JavaType type;
    private final boolean statics;
    private final FieldLayout superLayout;
    private final PlacedField[] declared;
    private final int fieldsEnd;
    private final int size;
    private final int[] holes;
    private final int[] referenceOffsets;

    private FieldLayout(JavaType type, boolean statics, FieldLayout superLayout, PlacedField[] declared,
                        FieldPacker packer) {
        this.type = type;
        this.statics = statics;
        this.superLayout = superLayout;
        this.declared = declared;
        this.fieldsEnd = packer.end();
        this.size = ObjectLayout.alignUp(Math.max(fieldsEnd, ObjectLayout.MIN_OBJECT_SIZE),
                ObjectLayout.OBJECT_ALIGNMENT);
        this.holes = packer.holePairs();
        this.referenceOffsets = collectReferenceOffsets(superLayout, declared);
    }

    /**
     * The instance layout of a class (not an interface, array or primitive: arrays are laid out by
     * {@link ObjectLayout}). Computed once and cached on the type.
     */
    public static FieldLayout of(JavaType cls) {
        if (!cls.isClass()) {
            throw new IllegalArgumentException(cls + " is not a class; only classes have instance layouts");
        }
        if (cls.instanceLayout == null) {
            FieldLayout superLayout = cls.superclass() == null ? null : of(cls.superclass());
            FieldPacker packer = superLayout == null
                    ? new FieldPacker(ObjectLayout.FIRST_FIELD_OFFSET)
                    : new FieldPacker(superLayout.fieldsEnd, superLayout.holes);
            cls.instanceLayout = new FieldLayout(cls, false, superLayout, place(cls, false, packer), packer);
        }
        return cls.instanceLayout;
    }

    /** The layout of the statics block of a class or interface. Computed once and cached on the type. */
    public static FieldLayout ofStatics(JavaType type) {
        if (type.shape() == null) {
            throw new IllegalArgumentException(type + " is not a class or interface; it has no static fields");
        }
        if (type.staticLayout == null) {
            FieldPacker packer = new FieldPacker(ObjectLayout.FIRST_FIELD_OFFSET);
            type.staticLayout = new FieldLayout(type, true, null, place(type, true, packer), packer);
        }
        return type.staticLayout;
    }

    private static PlacedField[] place(JavaType type, boolean statics, FieldPacker packer) {
        ArrayList<FieldShape> chosen = new ArrayList<>();
        for (FieldShape f : type.shape().fields()) {
            if (f.isStatic() == statics) {
                chosen.add(f);
            }
        }
        FieldShape[] order = chosen.toArray(new FieldShape[0]);
        sortForPlacement(order);
        PlacedField[] placed = new PlacedField[order.length];
        for (int i = 0; i < order.length; i++) {
            placed[i] = new PlacedField(order[i], packer.place(order[i].kind().bytes()));
        }
        return placed;
    }

    /** Stable insertion sort: size descending, references first among equal sizes; the input is in declaration order. */
    private static void sortForPlacement(FieldShape[] fields) {
        for (int i = 1; i < fields.length; i++) {
            FieldShape f = fields[i];
            int j = i - 1;
            while (j >= 0 && placesBefore(f, fields[j])) {
                fields[j + 1] = fields[j];
                j--;
            }
            fields[j + 1] = f;
        }
    }

    private static boolean placesBefore(FieldShape a, FieldShape b) {
        int sa = a.kind().bytes();
        int sb = b.kind().bytes();
        if (sa != sb) {
            return sa > sb;
        }
        return a.isReference() && !b.isReference();
    }

    private static int[] collectReferenceOffsets(FieldLayout superLayout, PlacedField[] declared) {
        int[] inherited = superLayout == null ? new int[0] : superLayout.referenceOffsets;
        int count = inherited.length;
        for (PlacedField p : declared) {
            if (p.field().kind() == TypeKind.REFERENCE) {
                count++;
            }
        }
        int[] offsets = new int[count];
        System.arraycopy(inherited, 0, offsets, 0, inherited.length);
        int n = inherited.length;
        for (PlacedField p : declared) {
            if (p.field().kind() == TypeKind.REFERENCE) {
                offsets[n++] = p.offset();
            }
        }
        java.util.Arrays.sort(offsets);
        return offsets;
    }

    public JavaType type() {
        return type;
    }

    /** True for a statics block, false for an instance layout. */
    public boolean isStatics() {
        return statics;
    }

    /** The superclass's instance layout; null for Object and for statics blocks. */
    public FieldLayout superLayout() {
        return superLayout;
    }

    /** Bytes an instance (or the statics block) takes: header and fields, rounded up to 8. */
    public int size() {
        return size;
    }

    /** The end of the last field, before rounding; a subclass places its fields from here and in the holes. */
    public int fieldsEnd() {
        return fieldsEnd;
    }

    /** The free gaps below {@link #fieldsEnd} as {start0, end0, start1, end1, ...}, ascending. */
    public int[] holes() {
        return holes.clone();
    }

    /** This class's own fields with their offsets, in placement order. */
    public List<PlacedField> declaredFields() {
        return List.of(declared);
    }

    /** All fields, inherited ones included, ascending by offset. */
    public List<PlacedField> fields() {
        ArrayList<PlacedField> all = new ArrayList<>();
        for (FieldLayout l = this; l != null; l = l.superLayout) {
            for (PlacedField p : l.declared) {
                all.add(p);
            }
        }
        PlacedField[] sorted = all.toArray(new PlacedField[0]);
        for (int i = 1; i < sorted.length; i++) {
            PlacedField p = sorted[i];
            int j = i - 1;
            while (j >= 0 && sorted[j].offset() > p.offset()) {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = p;
        }
        return List.of(sorted);
    }

    /** The placement of a field of this class or (instance layouts) of a superclass, or null if it has none. */
    public PlacedField find(String name, String descriptor) {
        for (FieldLayout l = this; l != null; l = l.superLayout) {
            for (PlacedField p : l.declared) {
                if (p.field().name().equals(name) && p.field().descriptor().equals(descriptor)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * The offset of a field declared by this class or (instance layouts) a superclass.
     *
     * @throws IllegalArgumentException if the field is not part of this layout
     */
    public int offsetOf(FieldShape field) {
        for (FieldLayout l = this; l != null; l = l.superLayout) {
            for (PlacedField p : l.declared) {
                if (p.field() == field) {
                    return p.offset();
                }
            }
        }
        throw new IllegalArgumentException(field + " is not " + (statics ? "a static" : "an instance")
                + " field of " + type);
    }

    /**
     * The reference map: offsets of every reference field, inherited ones included, ascending. The GC visits
     * exactly these words of an object (or statics block) of this type.
     */
    public int[] referenceOffsets() {
        return referenceOffsets.clone();
    }

    /** How many reference fields {@link #referenceOffsets} has. */
    public int referenceCount() {
        return referenceOffsets.length;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(statics ? "statics of " : "layout of ").append(type)
                .append(" (").append(size).append(" bytes)");
        for (PlacedField p : fields()) {
            s.append("\n  ").append(p.offset()).append(": ").append(p.field().name()).append(' ')
                    .append(p.field().descriptor());
        }
        return s.toString();
    }
}
