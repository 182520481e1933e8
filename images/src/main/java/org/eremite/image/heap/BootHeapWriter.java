package org.eremite.image.heap;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eremite.vm.object.TypeModel;

/**
 * Writes the boot heap: the host objects reachable from the given roots and from the statics of the classes
 * initialized at build time, each in the guest's layout. Usage:
 * <pre>
 *   BootHeap heap = new BootHeapWriter(guestModel, SnapshotPolicy.jdkDefaults())
 *           .statics(Class.forName("java.lang.Integer$IntegerCache"))
 *           .staticField(System.class, "out")
 *           .root("config", someObject)
 *           .write();
 * </pre>
 * The guest model supplies the class shapes (for the JDK: {@link ClassFileShapes} over jrt:, after
 * substitutions, in the real build); the host objects supply the values. One writer writes one heap.
 */
public final class BootHeapWriter {
    private final TypeModel guest;
    private final SnapshotPolicy policy;
    private final List<Object[]> requests = new ArrayList<>();

    public BootHeapWriter(TypeModel guest, SnapshotPolicy policy) {
        this.guest = guest;
        this.policy = policy;
    }

    /** Adds a root object under {@code name} (its offset is {@link BootHeap#rootOffset}). */
    public BootHeapWriter root(String name, Object object) {
        if (object == null) {
            throw new IllegalArgumentException("root " + name + " is null");
        }
        requests.add(new Object[] {"root " + name, name, object});
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
        requests.add(new Object[] {name, name, value});
        return this;
    }

    /** Snapshots the statics of a class initialized at build time (initializing it now if needed). */
    public BootHeapWriter statics(Class<?> c) {
        requests.add(new Object[] {c});
        return this;
    }

    /**
     * Lays out and writes everything: statics blocks and roots in the order added, each object placed when first
     * reached, breadth first.
     *
     * @throws HeapSnapshotException if an object is refused, a class is missing in the guest, or a guest class's
     *                               fields differ from its host class's ({@link ShapeMismatchException})
     */
    public BootHeap write() {
        HeapSnapshot snapshot = new HeapSnapshot(guest, policy);
        Map<String, Long> roots = new LinkedHashMap<>();
        Map<String, StaticsBlock> statics = new LinkedHashMap<>();
        for (Object[] r : requests) {
            if (r.length == 1) {
                StaticsBlock b = snapshot.addStatics((Class<?>) r[0]);
                statics.put(b.className(), b);
            } else {
                roots.put((String) r[1], (long) snapshot.addRoot((String) r[0], r[2]));
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
}
