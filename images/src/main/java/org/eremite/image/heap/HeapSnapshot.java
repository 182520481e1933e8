package org.eremite.image.heap;

import java.lang.reflect.Array;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.object.JavaType;
import org.eremite.vm.object.LinkageFailure;
import org.eremite.vm.object.ObjectLayout;
import org.eremite.vm.object.StatusWord;
import org.eremite.vm.object.TypeModel;

/**
 * One traversal of the host object graph into boot-heap bytes. Objects get their offset when first reached
 * (breadth first, in the order roots and statics were added) and are written when taken from the queue, so
 * every field value is read once and deep structures (long linked lists) need no recursion.
 */
final class HeapSnapshot {
    /** A reached object waiting to be written. */
    private record Pending(Object object, int offset, ClassPlan plan, ArrayPlan array, PathNode path) {
    }

    /** How to write arrays of one host array class. */
    private record ArrayPlan(String hubSymbol, TypeKind elementKind, String typeName) {
    }

    private static final int NULL = -1;

    private final TypeModel model;
    private final SnapshotPolicy policy;
    private final HeapBytes heap = new HeapBytes();
    private final IdentityHashMap<Object, Integer> offsets = new IdentityHashMap<>();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private final Map<Class<?>, ClassPlan> plans = new HashMap<>();
    private final Map<Class<?>, ArrayPlan> arrayPlans = new HashMap<>();
    private final Map<String, long[]> statistics = new HashMap<>();
    private final Map<String, Integer> substitutions = new LinkedHashMap<>();

    HeapSnapshot(TypeModel model, SnapshotPolicy policy) {
        this.model = model;
        this.policy = policy;
    }

    /** Reaches {@code object} from a root labelled {@code label}; its offset, or -1 if the policy made it null. */
    int addRoot(String label, Object object) {
        if (object instanceof Class<?>) {
            throw new HeapSnapshotException(label + " is a Class object; refer to hubs by HubSymbols instead");
        }
        return reach(object, PathNode.root(label));
    }

    /** Lays out and fills the statics block of a build-time-initialized class (fields read now). */
    StaticsBlock addStatics(Class<?> c) {
        String why = policy.runTimeInitializationReason(c.getName());
        if (why != null) {
            throw new HeapSnapshotException("the statics of " + c.getName()
                    + " cannot be snapshotted: the class is initialized at run time (" + why + ")");
        }
        if (c.isHidden() || c.isArray() || c.isPrimitive()) {
            throw new HeapSnapshotException(c.getName() + " has no statics block in the guest");
        }
        JavaType guest = guestType(ClassPlan.internalName(c), null);
        ClassPlan plan = ClassPlan.forStatics(c, guest, policy);
        int at = heap.allocate(plan.size());
        heap.relocateToSymbol(at + ObjectLayout.CLASS_WORD_OFFSET, plan.hubSymbol());
        writeFields(null, at, plan, PathNode.root("statics of " + c.getName()));
        return new StaticsBlock(c.getName(), at, plan.size());
    }

    /** Writes every object reached so far and everything reachable from them. */
    void drain() {
        Pending p;
        while ((p = queue.poll()) != null) {
            heap.relocateToSymbol(p.offset + ObjectLayout.CLASS_WORD_OFFSET,
                    p.plan != null ? p.plan.hubSymbol() : p.array.hubSymbol());
            heap.putLong(p.offset + ObjectLayout.STATUS_WORD_OFFSET, statusWord(p.object));
            if (p.plan != null) {
                writeFields(p.object, p.offset, p.plan, p.path);
            } else {
                writeArray(p.object, p.offset, p.array, p.path);
            }
        }
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
            long size = ObjectLayout.arraySize(a.elementKind, Array.getLength(value));
            at = heap.allocate(size);
            heap.putInt(at + ObjectLayout.ARRAY_LENGTH_OFFSET, Array.getLength(value));
            queue.add(new Pending(value, at, null, a, path));
            count(a.typeName, size);
        } else {
            ClassPlan plan = classPlan(c, t.guestClass(), path);
            at = heap.allocate(plan.size());
            queue.add(new Pending(value, at, plan, null, path));
            count(plan.guestName(), plan.size());
        }
        offsets.put(value, at);
        return at;
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
            a = new ArrayPlan(HubSymbols.hub(c), TypeKind.ofDescriptor(c.getComponentType().descriptorString()),
                    c.getName());
            arrayPlans.put(c, a);
        }
        return a;
    }

    private JavaType guestType(String internalName, PathNode path) {
        try {
            return model.type(internalName);
        } catch (LinkageFailure e) {
            throw new HeapSnapshotException("the guest cannot load " + internalName.replace('/', '.')
                    + (path == null ? "" : " (reached by " + path + ")") + ": " + e, e);
        }
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
            if (value == null) {
                continue;
            }
            int to = at + s.offset();
            switch (s.kind()) {
                case BOOLEAN -> heap.putByte(to, (byte) ((Boolean) value ? 1 : 0));
                case BYTE -> heap.putByte(to, (Byte) value);
                case CHAR -> heap.putShort(to, (short) (char) (Character) value);
                case SHORT -> heap.putShort(to, (Short) value);
                case INT -> heap.putInt(to, (Integer) value);
                case FLOAT -> heap.putInt(to, Float.floatToRawIntBits((Float) value));
                case LONG -> heap.putLong(to, (Long) value);
                case DOUBLE -> heap.putLong(to, Double.doubleToRawLongBits((Double) value));
                case REFERENCE -> writeReference(to, value, path, s.label(), -1);
                default -> throw new IllegalStateException("field of kind " + s.kind());
            }
        }
    }

    private void writeReference(int to, Object value, PathNode path, String label, int index) {
        if (value instanceof Class<?> c) {
            heap.relocateToSymbol(to, classHub(c, path, label, index));
            return;
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
        switch (a.elementKind) {
            case BOOLEAN -> {
                boolean[] v = (boolean[]) array;
                for (int i = 0; i < v.length; i++) {
                    heap.putByte(base + i, (byte) (v[i] ? 1 : 0));
                }
            }
            case BYTE -> heap.putBytes(base, (byte[]) array);
            case CHAR -> {
                char[] v = (char[]) array;
                for (int i = 0; i < v.length; i++) {
                    heap.putShort(base + 2 * i, (short) v[i]);
                }
            }
            case SHORT -> {
                short[] v = (short[]) array;
                for (int i = 0; i < v.length; i++) {
                    heap.putShort(base + 2 * i, v[i]);
                }
            }
            case INT -> {
                int[] v = (int[]) array;
                for (int i = 0; i < v.length; i++) {
                    heap.putInt(base + 4 * i, v[i]);
                }
            }
            case FLOAT -> {
                float[] v = (float[]) array;
                for (int i = 0; i < v.length; i++) {
                    heap.putInt(base + 4 * i, Float.floatToRawIntBits(v[i]));
                }
            }
            case LONG -> {
                long[] v = (long[]) array;
                for (int i = 0; i < v.length; i++) {
                    heap.putLong(base + 8 * i, v[i]);
                }
            }
            case DOUBLE -> {
                double[] v = (double[]) array;
                for (int i = 0; i < v.length; i++) {
                    heap.putLong(base + 8 * i, Double.doubleToRawLongBits(v[i]));
                }
            }
            default -> {
                Object[] v = (Object[]) array;
                for (int i = 0; i < v.length; i++) {
                    if (v[i] != null) {
                        writeReference(base + 8 * i, v[i], path, null, i);
                    }
                }
            }
        }
    }
}
