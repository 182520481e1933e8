package org.eremite.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import org.junit.jupiter.api.Test;

/** The runtime's subtype test over hubs agrees with HotSpot's {@code Class.isAssignableFrom} on every pair. */
class TypeChecksTest {
    /** Interfaces registered first, so that the ones under test get ids past 64 (multi-word bit sets). */
    private static final String[] FILLER_INTERFACES = {"BiConsumer", "BiFunction", "BinaryOperator",
        "BiPredicate", "BooleanSupplier", "Consumer", "DoubleBinaryOperator", "DoubleConsumer", "DoubleFunction",
        "DoublePredicate", "DoubleSupplier", "DoubleToIntFunction", "DoubleToLongFunction", "DoubleUnaryOperator",
        "Function", "IntBinaryOperator", "IntConsumer", "IntFunction", "IntPredicate", "IntSupplier",
        "IntToDoubleFunction", "IntToLongFunction", "IntUnaryOperator", "LongBinaryOperator", "LongConsumer",
        "LongFunction", "LongPredicate", "LongSupplier", "LongToDoubleFunction", "LongToIntFunction",
        "LongUnaryOperator", "ObjDoubleConsumer", "ObjIntConsumer", "ObjLongConsumer", "Predicate", "Supplier",
        "ToDoubleBiFunction", "ToDoubleFunction", "ToIntBiFunction", "ToIntFunction", "ToLongBiFunction",
        "ToLongFunction", "UnaryOperator"};
    private static final Class<?>[] MORE_FILLERS = {java.util.Deque.class, java.util.NavigableSet.class,
        java.util.NavigableMap.class, java.util.ListIterator.class, java.util.Enumeration.class,
        java.util.EventListener.class, java.util.Formattable.class, java.util.Spliterator.class,
        java.util.PrimitiveIterator.class, java.util.Comparator.class, java.util.concurrent.Callable.class,
        java.util.concurrent.Executor.class, java.util.concurrent.Future.class, Appendable.class,
        java.io.Closeable.class, java.io.Flushable.class, Readable.class};

    private static final Class<?>[] TYPES = {Object.class, String.class, Integer.class, Number.class, Long.class,
        Comparable.class, Serializable.class, Cloneable.class, CharSequence.class, Runnable.class, Thread.class,
        ArrayList.class, AbstractList.class, List.class, Collection.class, Iterable.class, RandomAccess.class,
        Exception.class, RuntimeException.class, ArithmeticException.class, Throwable.class, Error.class,
        int.class, long.class, int[].class, long[].class, int[][].class, int[][][].class, Object[].class,
        Object[][].class, String[].class, String[][].class, Integer[].class, Number[].class, Number[][].class,
        Comparable[].class, Comparable[][].class, Serializable[].class, Cloneable[].class, Cloneable[][].class,
        CharSequence[][].class, Runnable[].class, Thread[].class, List[].class, ArrayList[][].class,
        RuntimeException[].class};

    @Test
    void subtypeTestAgreesWithIsAssignableFromOnEveryPair() throws ClassNotFoundException {
        HostHubs world = new HostHubs();
        for (String name : FILLER_INTERFACES) {
            world.hub(Class.forName("java.util.function." + name));
        }
        for (Class<?> c : MORE_FILLERS) {
            world.hub(c);
        }
        for (Class<?> c : TYPES) {
            world.hub(c);
        }
        assertTrue(world.hub(Runnable.class).interfaceId >= 64 || world.hub(RandomAccess.class).interfaceId >= 64,
                "some interface under test has an id in the second bit-set word");
        int checked = 0;
        for (Class<?> source : TYPES) {
            for (Class<?> target : TYPES) {
                boolean expected = target.isAssignableFrom(source);
                assertEquals(expected, TypeChecks.isSubtype(world.hub(source), world.hub(target)),
                        source.getTypeName() + " assignable to " + target.getTypeName());
                checked++;
            }
        }
        assertEquals(TYPES.length * TYPES.length, checked);
    }

    @Test
    void missingOrNegativeInterfaceIdsAreNoMatch() {
        Hub hub = HostHubs.named("X", 0);
        assertEquals(false, TypeChecks.hasInterfaceBit(hub, 3));
        hub.interfaceBits = new long[] {-1L};
        assertEquals(true, TypeChecks.hasInterfaceBit(hub, 63));
        assertEquals(false, TypeChecks.hasInterfaceBit(hub, 64));
        assertEquals(false, TypeChecks.hasInterfaceBit(hub, -1));
    }
}
