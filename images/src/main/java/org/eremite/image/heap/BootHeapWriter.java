package org.eremite.image.heap;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eremite.vm.object.TypeModel;

/**
 * Writes the boot heap: the host objects reachable from the given roots and from the statics of the classes
 * initialized at build time, each in the guest's layout, and the objects the builder makes for the guest
 * ({@link GuestObject}, {@link GuestArray}). Usage:
 * <pre>
 *   BootHeap heap = new BootHeapWriter(guestModel, SnapshotPolicy.jdkDefaults())
 *           .mirrors(c -&gt; mirrorObjects.get(c))
 *           .statics(Class.forName("java.lang.Integer$IntegerCache"))
 *           .statics(Locale.class, closedWorld::readsStatic)
 *           .zeroStatics("com.example.Main")
 *           .zeroStatics("org.eremite.vm.runtime.CodeMap")
 *           .staticValue("org.eremite.vm.runtime.CodeMap", "methods", codeInfoArray)
 *           .staticField(System.class, "out")
 *           .root("hub:java.lang.String", stringHub)
 *           .write();
 * </pre>
 * The guest model supplies the class shapes (for the JDK: {@link ClassFileShapes} over jrt:, after
 * substitutions, in the real build); the host objects supply the values. One writer writes one heap.
 */
public final class BootHeapWriter {
    /** What {@link #write} lays out, in the order asked. */
    private sealed interface Request {
    }

    private record RootRequest(String label, String name, Object object) implements Request {
    }

    /** Statics of a host class ({@code host} non-null, {@code fields} null for all) or of a class by name, zero. */
    private record StaticsRequest(String className, Class<?> host, Predicate<String> fields) implements Request {
    }

    private final TypeModel guest;
    private final SnapshotPolicy policy;
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Map<String, Object>> staticValues = new LinkedHashMap<>();
    private Function<Class<?>, Object> mirrors;

    /**
     * Whether this JVM lays arrays out as the guest does (HotSpot without compressed oops and class pointers): the
     * JDK's statics hold array offsets and index shifts computed on the host, which must be the guest's.
     */
    public static boolean hostArraysAreGuestArrays() {
        return HostField.hostArraysAreGuestArrays();
    }

    public BootHeapWriter(TypeModel guest, SnapshotPolicy policy) {
        this.guest = guest;
        this.policy = policy;
    }

    /**
     * Adds a root object under {@code name} (its offset is {@link BootHeap#rootOffset}): a host object, a
     * {@link GuestObject} or {@link GuestArray} (e.g. a hub named {@code hub:java.lang.String}), or with a
     * {@link #mirrors} hook a host Class object (its mirror). A name is used once.
     */
    public BootHeapWriter root(String name, Object object) {
        if (object == null) {
            throw new IllegalArgumentException("root " + name + " is null");
        }
        requests.add(new RootRequest("root " + name, name, object));
        return this;
    }

    /**
     * Adds the value of one static field as a root named {@code static C.f} (e.g. {@code static java.lang.System.out}),
     * without snapshotting the rest of the class's statics: for classes whose statics the guest sets up itself
     * from a few build-time objects.
     */
    public BootHeapWriter staticField(Class<?> c, String fieldName) {
        Field f;
        try {
            f = c.getDeclaredField(fieldName);
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException(c.getName() + " has no field " + fieldName);
        }
        if (!Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
            throw new IllegalArgumentException(f + " is not a static reference field");
        }
        String name = "static " + c.getName() + "." + fieldName;
        Object value = HostField.of(f).read(null);
        if (value == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        requests.add(new RootRequest(name, name, value));
        return this;
    }

    /** Snapshots the statics of a class initialized at build time (initializing it now if needed). */
    public BootHeapWriter statics(Class<?> c) {
        requests.add(new StaticsRequest(c.getName(), c, null));
        return this;
    }

    /**
     * Snapshots the host values of the static fields whose names {@code fieldNames} accepts (those the closed
     * world reads); the others stay zero in the block, and only the accepted ones are compared with the guest's
     * shape and traversed.
     */
    public BootHeapWriter statics(Class<?> c, Predicate<String> fieldNames) {
        requests.add(new StaticsRequest(c.getName(), c, fieldNames));
        return this;
    }

    /**
     * Adds the statics block of a class that has no host values (an application class, a class initialized at
     * run time, or one the host never loaded), by binary name: zero, except that each field with a ConstantValue
     * attribute (JVMS 4.7.2) holds its constant (a String constant as the interned host String, so that equal
     * literals are one object).
     */
    public BootHeapWriter zeroStatics(String binaryName) {
        requests.add(new StaticsRequest(binaryName.replace('/', '.'), null, null));
        return this;
    }

    /**
     * Sets one static field of a class whose statics block is written ({@link #statics} or {@link #zeroStatics},
     * asked before or after this): the value, as for a {@link GuestObject}'s fields, takes the place of the host's
     * value, of a field rule's and of a ConstantValue. Setting a field again replaces the value.
     */
    public BootHeapWriter staticValue(String binaryName, String fieldName, Object value) {
        staticValues.computeIfAbsent(binaryName.replace('/', '.'), k -> new LinkedHashMap<>()).put(fieldName, value);
        return this;
    }

    /**
     * Writes a reference to a host {@code java.lang.Class} object as a reference to {@code hook.apply(c)}
     * instead, normally the {@link GuestObject} of {@code java.lang.Class} that the builder made for the class
     * (its mirror). The hook is asked once per class, whatever the class (arrays, primitives and hidden classes
     * too: the hook decides); it must give an object for every class it is asked about, and a different object
     * for each. The mirror gets the host Class's identity hash. Without a hook, such a
     * reference is a relocation to the class's hub symbol.
     */
    public BootHeapWriter mirrors(Function<Class<?>, Object> hook) {
        mirrors = hook;
        return this;
    }

    /**
     * Lays out and writes everything: statics blocks and roots in the order added, each object placed when first
     * reached, breadth first.
     *
     * @throws HeapSnapshotException if an object is refused, a class is missing in the guest, a guest class's
     *                               fields differ from its host class's ({@link ShapeMismatchException}), or a
     *                               value of a GuestObject, GuestArray or static override does not fit its slot
     */
    public BootHeap write() {
        checkRequests();
        HeapSnapshot snapshot = new HeapSnapshot(guest, policy, mirrors);
        Map<String, Long> roots = new LinkedHashMap<>();
        Map<String, StaticsBlock> statics = new LinkedHashMap<>();
        for (Request r : requests) {
            if (r instanceof StaticsRequest s) {
                Map<String, Object> values = staticValues.getOrDefault(s.className(), Map.of());
                StaticsBlock b = s.host() != null ? snapshot.addStatics(s.host(), s.fields(), values)
                        : snapshot.addZeroStatics(s.className(), values);
                statics.put(b.className(), b);
            } else {
                RootRequest root = (RootRequest) r;
                roots.put(root.name(), (long) snapshot.addRoot(root.label(), root.object()));
            }
        }
        snapshot.drain();
        List<ClassStatistics> classes = new ArrayList<>();
        snapshot.statistics().forEach((type, s) -> classes.add(new ClassStatistics(type, (int) s[0], s[1])));
        classes.sort(Comparator.comparingLong(ClassStatistics::bytes).reversed()
                .thenComparing(ClassStatistics::typeName));
        HeapBytes heap = snapshot.heap();
        return new BootHeap(heap.toArray(), heap.relocations(), roots, statics, classes, snapshot.objectCount(),
                snapshot.substitutions());
    }

    /** One root per name, one statics block per class, and a statics block for every class given static values. */
    private void checkRequests() {
        Set<String> rootNames = new HashSet<>();
        Set<String> staticsClasses = new HashSet<>();
        for (Request r : requests) {
            if (r instanceof StaticsRequest s && !staticsClasses.add(s.className())) {
                throw new HeapSnapshotException("the statics block of " + s.className() + " is asked for twice");
            }
            if (r instanceof RootRequest root && !rootNames.add(root.name())) {
                throw new HeapSnapshotException("two roots are named " + root.name());
            }
        }
        staticValues.forEach((c, values) -> {
            if (!staticsClasses.contains(c)) {
                throw new HeapSnapshotException("static values are given for " + c + " (" + String.join(", ",
                        values.keySet()) + "), but its statics block is not written: add statics(" + c
                        + ") or zeroStatics(\"" + c + "\")");
            }
        });
    }
}
