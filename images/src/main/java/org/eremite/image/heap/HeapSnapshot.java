package org.eremite.image.heap;

import java.lang.reflect.Array;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.object.FieldShape;
import org.eremite.vm.object.JavaType;
import org.eremite.vm.object.LinkageFailure;
import org.eremite.vm.object.ObjectLayout;
import org.eremite.vm.object.PlacedField;
import org.eremite.vm.object.StatusWord;
import org.eremite.vm.object.TypeModel;

/**
 * One traversal of the host object graph (and of the builder's {@link GuestObject}s and {@link GuestArray}s)
 * into boot-heap bytes. Objects get their offset when first reached (breadth first, in the order roots and
 * statics were added) and are written when taken from the queue, so every field value is read once and deep
 * structures (long linked lists) need no recursion.
 */
final class HeapSnapshot {
    /**
     * A reached object waiting to be written, with how: a {@link ClassPlan} (host object), an {@link ArrayPlan}
     * (host array or GuestArray) or a {@link GuestLayout} (GuestObject, with its trailing words as they were when
     * it was placed, since they decided its size).
     */
    private record Pending(Object object, int offset, Object how, List<Object> trailing, PathNode path) {
    }

    /** How to write arrays of one type. */
    private record ArrayPlan(String hubSymbol, TypeKind elementKind, String typeName, String componentDescriptor) {
    }

    private static final int NULL = -1;

    private final TypeModel model;
    private final SnapshotPolicy policy;
    private final Function<Class<?>, Object> mirrors;
    private final GuestValues values;
    private final HeapBytes heap = new HeapBytes();
    private final IdentityHashMap<Object, Integer> offsets = new IdentityHashMap<>();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private final Map<Class<?>, ClassPlan> plans = new HashMap<>();
    private final Map<Class<?>, ArrayPlan> arrayPlans = new HashMap<>();
    private final Map<String, ArrayPlan> guestArrayPlans = new HashMap<>();
    private final Map<String, GuestLayout> guestLayouts = new HashMap<>();
    private final IdentityHashMap<Class<?>, Object> mirrorOf = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Class<?>> classOfMirror = new IdentityHashMap<>();
    private final Map<String, long[]> statistics = new HashMap<>();
    private final Map<String, Integer> substitutions = new LinkedHashMap<>();

    /** @param mirrors the object to write for a host Class object, or null to write its hub symbol instead */
    HeapSnapshot(TypeModel model, SnapshotPolicy policy, Function<Class<?>, Object> mirrors) {
        this.model = model;
        this.policy = policy;
        this.mirrors = mirrors;
        this.values = new GuestValues(model);
    }

    /** Reaches {@code object} from a root labelled {@code label}; its offset, or -1 if the policy made it null. */
    int addRoot(String label, Object object) {
        PathNode path = PathNode.root(label);
        if (object instanceof Class<?> c) {
            if (mirrors == null) {
                throw new HeapSnapshotException(label + " is a Class object; refer to hubs by HubSymbols instead");
            }
            return reach(mirror(c, path), path);
        }
        return reach(object, path);
    }

    /**
     * Lays out and fills the statics block of a build-time-initialized class: the host's values (read now) of
     * the fields {@code fields} accepts (all if null), then {@code overrides}; the other fields stay zero.
     */
    StaticsBlock addStatics(Class<?> c, Predicate<String> fields, Map<String, Object> overrides) {
        String why = policy.runTimeInitializationReason(c.getName());
        if (why != null) {
            throw new HeapSnapshotException("the statics of " + c.getName()
                    + " cannot be snapshotted: the class is initialized at run time (" + why + ")");
        }
        if (c.isHidden() || c.isArray() || c.isPrimitive()) {
            throw new HeapSnapshotException(c.getName() + " has no statics block in the guest");
        }
        JavaType guest = guestType(ClassPlan.internalName(c), null);
        ClassPlan plan = ClassPlan.forStatics(c, guest,
                name -> (fields == null || fields.test(name)) && !overrides.containsKey(name), policy);
        int at = heap.allocate(plan.size());
        heap.relocateToSymbol(at + ObjectLayout.CLASS_WORD_OFFSET, plan.hubSymbol());
        PathNode path = PathNode.root("statics of " + c.getName());
        writeFields(null, at, plan, path);
        GuestLayout layout = GuestLayout.ofStatics(guest);
        writeStaticValues(at, layout, overrides, path);
        return new StaticsBlock(c.getName(), at, plan.size(), layout.offsets());
    }

    /**
     * Lays out the statics block of a class without host values (initialized at run time, or never loaded on
     * the host): zero, except the fields with a ConstantValue (JVMS 4.7.2), which hold their constant, as after
     * the guest's preparation and before its {@code <clinit>}; then {@code overrides}.
     */
    StaticsBlock addZeroStatics(String className, Map<String, Object> overrides) {
        JavaType guest = guestType(className.replace('.', '/'), null);
        if (guest.shape() == null) {
            throw new HeapSnapshotException(className + " has no statics block in the guest");
        }
        GuestLayout layout = GuestLayout.ofStatics(guest);
        int at = heap.allocate(layout.size());
        heap.relocateToSymbol(at + ObjectLayout.CLASS_WORD_OFFSET, HubSymbols.staticsHub(guest.name()));
        PathNode path = PathNode.root("statics of " + guest.javaName());
        for (FieldShape f : guest.shape().fields()) {
            if (f.isStatic() && f.constantValue() != null && !overrides.containsKey(f.name())) {
                String label = "static " + guest.javaName() + "." + f.name();
                Object constant = constant(f);
                check(path.field(label), f.descriptor(), constant);
                writeValue(at + layout.layout().offsetOf(f), f.kind(), constant, path, label, -1);
            }
        }
        writeStaticValues(at, layout, overrides, path);
        return new StaticsBlock(guest.javaName(), at, layout.size(), layout.offsets());
    }

    /** Writes every object reached so far and everything reachable from them. */
    void drain() {
        Pending p;
        while ((p = queue.poll()) != null) {
            String hub = p.how instanceof ClassPlan c ? c.hubSymbol()
                    : p.how instanceof ArrayPlan a ? a.hubSymbol()
                    : HubSymbols.hub(((GuestLayout) p.how).type().name());
            heap.relocateToSymbol(p.offset + ObjectLayout.CLASS_WORD_OFFSET, hub);
            heap.putLong(p.offset + ObjectLayout.STATUS_WORD_OFFSET, statusWord(p.object));
            if (p.how instanceof ClassPlan c) {
                writeFields(p.object, p.offset, c, p.path);
            } else if (p.how instanceof GuestLayout g) {
                writeGuestObject((GuestObject) p.object, p.offset, g, p.trailing, p.path);
            } else if (p.object instanceof GuestArray g) {
                writeGuestArray(g, p.offset, (ArrayPlan) p.how, p.path);
            } else {
                writeArray(p.object, p.offset, (ArrayPlan) p.how, p.path);
            }
        }
        giveMirrorsTheirClassesHashes();
    }

    HeapBytes heap() {
        return heap;
    }

    int objectCount() {
        return offsets.size();
    }

    Map<String, long[]> statistics() {
        return statistics;
    }

    Map<String, Integer> substitutions() {
        return substitutions;
    }

    /**
     * The status word of a copied object: unlocked, unmarked, with the host's identity hash. Decided: every
     * copied object gets the host's hash, whether or not the host had assigned one before (asking assigns it;
     * HotSpot's mark word is not read). See package-info.
     */
    static long statusWord(Object object) {
        return StatusWord.withHash(StatusWord.INITIAL, System.identityHashCode(object));
    }

    // ---- reaching

    private int reach(Object value, PathNode path) {
        if (value == null) {
            return NULL;
        }
        Integer known = offsets.get(value);
        if (known != null) {
            return known;
        }
        if (value instanceof GuestObject g) {
            return placeGuestObject(g, path);
        }
        if (value instanceof GuestArray a) {
            return placeGuestArray(a, path);
        }
        Treatment t = policy.decide(value);
        switch (t.kind()) {
            case REFUSE:
                throw new HeapSnapshotException("cannot snapshot " + path + " -> an instance of "
                        + value.getClass().getName() + ": " + t.reason());
            case SUBSTITUTE: {
                substitutions.merge(value.getClass().getName() + ": " + t.reason(), 1, Integer::sum);
                Object replacement = t.replacement();
                int at = NULL;
                if (replacement != null) {
                    Treatment again = policy.decide(replacement);
                    if (again.kind() != Treatment.Kind.COPY) {
                        throw new HeapSnapshotException("cannot snapshot " + path + ": the substitute for an "
                                + "instance of " + value.getClass().getName() + " is itself "
                                + (again.kind() == Treatment.Kind.REFUSE ? "refused: " : "substituted: ")
                                + again.reason());
                    }
                    Integer shared = offsets.get(replacement);
                    at = shared != null ? shared : place(replacement, again, path);
                }
                offsets.put(value, at);
                return at;
            }
            default:
                return place(value, t, path);
        }
    }

    private int place(Object value, Treatment t, PathNode path) {
        Class<?> c = value.getClass();
        int at;
        if (c.isArray()) {
            ArrayPlan a = arrayPlan(c, path);
            at = placeArray(value, Array.getLength(value), a, path);
        } else {
            ClassPlan plan = classPlan(c, t.guestClass(), path);
            at = heap.allocate(plan.size());
            queue.add(new Pending(value, at, plan, null, path));
            count(plan.guestName(), plan.size());
            offsets.put(value, at);
        }
        return at;
    }

    private int placeArray(Object array, int length, ArrayPlan a, PathNode path) {
        long size = ObjectLayout.arraySize(a.elementKind, length);
        int at = heap.allocate(size);
        heap.putInt(at + ObjectLayout.ARRAY_LENGTH_OFFSET, length);
        queue.add(new Pending(array, at, a, null, path));
        count(a.typeName, size);
        offsets.put(array, at);
        return at;
    }

    private int placeGuestObject(GuestObject g, PathNode path) {
        GuestLayout layout = guestLayout(g, path);
        List<Object> trailing = List.copyOf(g.trailingWords());
        int size = layout.size() + ObjectLayout.WORD_SIZE * trailing.size();
        int at = heap.allocate(size);
        queue.add(new Pending(g, at, layout, trailing, path));
        count(layout.className(), size);
        offsets.put(g, at);
        return at;
    }

    private int placeGuestArray(GuestArray g, PathNode path) {
        ArrayPlan a = guestArrayPlans.get(g.typeName());
        if (a == null) {
            JavaType t = guestType(g.typeName().replace('.', '/'), path);
            a = new ArrayPlan(HubSymbols.hub(g.typeName()), g.elementKind(), g.typeName(),
                    t.componentType().descriptor());
            guestArrayPlans.put(g.typeName(), a);
        }
        return placeArray(g, g.length(), a, path);
    }

    private void count(String type, long size) {
        long[] s = statistics.computeIfAbsent(type, k -> new long[2]);
        s[0]++;
        s[1] += size;
    }

    private ClassPlan classPlan(Class<?> c, String guestClass, PathNode path) {
        ClassPlan plan = plans.get(c);
        if (plan == null) {
            String guestName = guestClass != null ? guestClass : ClassPlan.internalName(c);
            plan = ClassPlan.forInstances(c, guestType(guestName, path), policy, path);
            plans.put(c, plan);
        }
        return plan;
    }

    private ArrayPlan arrayPlan(Class<?> c, PathNode path) {
        ArrayPlan a = arrayPlans.get(c);
        if (a == null) {
            Class<?> element = c;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (element.isHidden()) {
                throw new HeapSnapshotException("cannot snapshot " + path + " -> an array of hidden class "
                        + element.getName() + ": the guest has no such array type");
            }
            String descriptor = ClassPlan.internalName(c);
            guestType(descriptor, path);
            String component = c.getComponentType().descriptorString();
            a = new ArrayPlan(HubSymbols.hub(c), TypeKind.ofDescriptor(component), c.getName(), component);
            arrayPlans.put(c, a);
        }
        return a;
    }

    private GuestLayout guestLayout(GuestObject g, PathNode path) {
        GuestLayout layout = guestLayouts.get(g.className());
        if (layout == null) {
            JavaType t = guestType(g.className().replace('.', '/'), path);
            if (!t.isClass() || t.shape().isAbstract()) {
                throw new HeapSnapshotException("cannot write " + path + " -> a guest object of "
                        + g.className() + ": it is " + (t.isClass() ? "an abstract class" : "not a class"));
            }
            layout = GuestLayout.ofInstances(t);
            guestLayouts.put(g.className(), layout);
        }
        return layout;
    }

    private JavaType guestType(String internalName, PathNode path) {
        try {
            return model.type(internalName);
        } catch (LinkageFailure e) {
            throw new HeapSnapshotException("the guest cannot load " + internalName.replace('/', '.')
                    + (path == null ? "" : " (reached by " + path + ")") + ": " + e, e);
        }
    }

    // ---- mirrors

    /** The object the mirror hook gives for {@code c}: asked once per class, and one object per class. */
    private Object mirror(Class<?> c, PathNode where) {
        Object m = mirrorOf.get(c);
        if (m == null) {
            m = mirrors.apply(c);
            if (m == null || m instanceof Class<?>) {
                throw new HeapSnapshotException("cannot snapshot " + where + " -> the Class object of " + c.getName()
                        + ": the mirror hook gave " + (m == null ? "no object" : "a Class object") + " for it");
            }
            Class<?> other = classOfMirror.putIfAbsent(m, c);
            if (other != null) {
                throw new HeapSnapshotException("cannot snapshot " + where + " -> the Class object of " + c.getName()
                        + ": the mirror hook gave the same object for " + other.getName() + " and " + c.getName());
            }
            mirrorOf.put(c, m);
        }
        return m;
    }

    /**
     * A mirror stands for its host Class object wherever the host has it, also as a key that a host HashMap
     * placed by {@code Class.hashCode()}, the identity hash: so it takes that hash. Done after the traversal,
     * because the mirror may have been written (reached through its hub) before the hook was asked for it.
     */
    private void giveMirrorsTheirClassesHashes() {
        classOfMirror.forEach((mirror, c) -> {
            Integer at = offsets.get(mirror);
            if (at != null && at != NULL) {
                heap.putLong(at + ObjectLayout.STATUS_WORD_OFFSET, statusWord(c));
            }
        });
    }

    // ---- writing

    private void writeFields(Object object, int at, ClassPlan plan, PathNode path) {
        for (ClassPlan.Slot s : plan.slots()) {
            Object value = s.host() == null ? null : s.host().read(object);
            if (s.rule() != null) {
                Object host = value;
                value = s.rule().rewrite().apply(object, value);
                if (!Objects.equals(host, value)) {
                    substitutions.merge("field " + s.rule().key() + ": " + s.rule().reason(), 1, Integer::sum);
                }
            }
            writeValue(at + s.offset(), s.kind(), value, path, s.label(), -1);
        }
    }

    private void writeGuestObject(GuestObject g, int at, GuestLayout layout, List<Object> trailing,
                                  PathNode path) {
        for (Map.Entry<String, Object> e : g.fields().entrySet()) {
            PlacedField p = layout.field(e.getKey());
            String label = (p == null ? layout.className() : p.field().owner().name().replace('/', '.')) + "."
                    + e.getKey();
            if (p == null) {
                throw new HeapSnapshotException("cannot write " + path.field(label) + ": " + layout.className()
                        + " has no instance field " + e.getKey());
            }
            check(path.field(label), p.field().descriptor(), e.getValue());
            writeValue(at + p.offset(), p.field().kind(), e.getValue(), path, label, -1);
        }
        for (int i = 0; i < trailing.size(); i++) {
            writeValue(at + layout.size() + ObjectLayout.WORD_SIZE * i, TypeKind.LONG, trailing.get(i), path,
                    layout.className() + ".<trailing word " + i + ">", -1);
        }
    }

    /** Writes the builder's values of static fields by name (overrides). */
    private void writeStaticValues(int at, GuestLayout layout, Map<String, Object> values, PathNode path) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            PlacedField p = layout.field(e.getKey());
            String label = "static " + layout.className() + "." + e.getKey();
            if (p == null) {
                throw new HeapSnapshotException("cannot write " + path.field(label) + ": " + layout.className()
                        + " has no static field " + e.getKey());
            }
            check(path.field(label), p.field().descriptor(), e.getValue());
            writeValue(at + p.offset(), p.field().kind(), e.getValue(), path, label, -1);
        }
    }

    private void writeGuestArray(GuestArray g, int at, ArrayPlan a, PathNode path) {
        int base = at + ObjectLayout.ARRAY_BASE_OFFSET;
        if (!(g.elements() instanceof Object[] elements)) {
            heap.putPrimitiveArray(base, a.elementKind, g.elements());
            return;
        }
        int size = ObjectLayout.elementSize(a.elementKind);
        for (int i = 0; i < elements.length; i++) {
            check(path.element(i), a.componentDescriptor, elements[i]);
            writeValue(base + size * i, a.elementKind, elements[i], path, null, i);
        }
    }

    private void check(PathNode where, String descriptor, Object value) {
        String problem = values.mismatch(descriptor, value);
        if (problem != null) {
            throw new HeapSnapshotException("cannot write " + where + ": " + problem);
        }
    }

    /**
     * Writes one field or element of {@code kind}: a box of its kind, a {@link SymbolAddress} (long), or a
     * reference; null writes nothing (the heap is zero).
     */
    private void writeValue(int to, TypeKind kind, Object value, PathNode path, String label, int index) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case BOOLEAN -> heap.putByte(to, (byte) ((Boolean) value ? 1 : 0));
            case BYTE -> heap.putByte(to, (Byte) value);
            case CHAR -> heap.putShort(to, (short) (char) (Character) value);
            case SHORT -> heap.putShort(to, (Short) value);
            case INT -> heap.putInt(to, (Integer) value);
            case FLOAT -> heap.putInt(to, Float.floatToRawIntBits((Float) value));
            case LONG -> {
                if (value instanceof SymbolAddress a) {
                    heap.relocateToSymbol(to, a);
                } else {
                    heap.putLong(to, (Long) value);
                }
            }
            case DOUBLE -> heap.putLong(to, Double.doubleToRawLongBits((Double) value));
            case REFERENCE -> writeReference(to, value, path, label, index);
            default -> throw new IllegalStateException("field of kind " + kind);
        }
    }

    private void writeReference(int to, Object value, PathNode path, String label, int index) {
        if (value instanceof Class<?> c) {
            if (mirrors == null) {
                heap.relocateToSymbol(to, classHub(c, path, label, index));
                return;
            }
            value = mirror(c, label != null ? path.field(label) : path.element(index));
        }
        Integer known = offsets.get(value);
        int target = known != null ? known : reach(value, label != null ? path.field(label) : path.element(index));
        if (target != NULL) {
            heap.relocateToObject(to, target);
        }
    }

    /** The hub symbol a reference to a host Class object becomes; the guest must have the class. */
    private String classHub(Class<?> c, PathNode path, String label, int index) {
        Class<?> element = c;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        String name = c.getName();
        if (element.isHidden()) {
            String guest = c == element ? policy.guestClassOfHidden(c) : null;
            if (guest == null) {
                throw new HeapSnapshotException("cannot snapshot " + (label != null ? path.field(label)
                        : path.element(index)) + " -> the Class object of hidden class " + name
                        + ": no guest class is mapped to it");
            }
            return HubSymbols.hub(guest);
        }
        if (!element.isPrimitive() && model.shape(ClassPlan.internalName(element)) == null) {
            throw new HeapSnapshotException("cannot snapshot " + (label != null ? path.field(label)
                    : path.element(index)) + " -> the Class object of " + name + ": the guest has no such class");
        }
        return HubSymbols.hub(c);
    }

    private void writeArray(Object array, int at, ArrayPlan a, PathNode path) {
        int base = at + ObjectLayout.ARRAY_BASE_OFFSET;
        if (a.elementKind != TypeKind.REFERENCE) {
            heap.putPrimitiveArray(base, a.elementKind, array);
            return;
        }
        Object[] v = (Object[]) array;
        for (int i = 0; i < v.length; i++) {
            if (v[i] != null) {
                writeReference(base + 8 * i, v[i], path, null, i);
            }
        }
    }

    /** A ConstantValue as the box of its field's kind (the class file has an Integer for Z, B, C, S and I). */
    private static Object constant(FieldShape f) {
        Object v = f.constantValue();
        if (v instanceof Integer i) {
            return switch (f.kind()) {
                case BOOLEAN -> i != 0;
                case BYTE -> (byte) (int) i;
                case CHAR -> (char) (int) i;
                case SHORT -> (short) (int) i;
                default -> i;
            };
        }
        // Interned: equal literals of different classes are one String object, as in the guest's constant
        // pool resolution (JLS 3.10.5), and the same object as the host's own literal.
        return v instanceof String s ? s.intern() : v;
    }
}
