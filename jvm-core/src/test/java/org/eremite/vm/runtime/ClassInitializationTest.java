package org.eremite.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The JVMS 5.5 state machine, with class initializers run by a hook: order, recursion, and failures compared with
 * what HotSpot does when host classes fail the same way (exception classes, messages, causes, the second try).
 */
class ClassInitializationTest {
    static final List<String> HOST_EVENTS = new ArrayList<>();

    static boolean always() {
        return true;
    }

    static Object mark(String name) {
        HOST_EVENTS.add(name);
        return name;
    }

    static class DividesByZero {
        static int zero;
        static int value = 1 / zero;
    }

    static class ThrowsWithoutMessage {
        static {
            if (always()) {
                throw new IllegalStateException();
            }
        }
    }

    static class ThrowsError {
        static {
            if (always()) {
                throw new StackOverflowError("deep");
            }
        }
    }

    static class FailingParent {
        static {
            if (always()) {
                throw new UnsupportedOperationException("parent");
            }
        }
    }

    static class ChildOfFailing extends FailingParent {
        static int value;
    }

    static class Base {
        static Object marked = mark("Base");
    }

    interface WithDefault {
        Object MARK = mark("WithDefault");

        default void method() {
        }
    }

    interface Plain {
        Object MARK = mark("Plain");
    }

    interface ExtendsDefault extends WithDefault {
        Object MARK = mark("ExtendsDefault");
    }

    static class Derived extends Base implements Plain, ExtendsDefault {
        static Object marked = mark("Derived");
    }

    private final Hub object = initialized("java.lang.Object");
    private final Map<String, Supplier<Throwable>> failures = new HashMap<>();
    private final List<String> events = new ArrayList<>();

    @AfterEach
    void removeHook() {
        ClassInitialization.initializerHook = null;
    }

    private static Hub initialized(String name) {
        Hub hub = HostHubs.named(name, 0);
        hub.initState = Hub.INITIALIZED;
        hub.initialized = 1;
        return hub;
    }

    private Hub hubOf(Class<?> c, Hub superHub) {
        Hub hub = HostHubs.named(c.getName(), c.isInterface() ? Hub.INTERFACE : 0);
        hub.superHub = superHub;
        hub.initializationInterfaces = new Hub[0];
        return hub;
    }

    private void installHook() {
        ClassInitialization.initializerHook = hub -> {
            events.add(hub.name.substring(hub.name.indexOf('$') + 1));
            Supplier<Throwable> failure = failures.get(hub.name);
            if (failure != null) {
                sneakyThrow(failure.get());
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    private static Throwable hostInitialization(Class<?> c) {
        try {
            Class.forName(c.getName(), true, c.getClassLoader());
        } catch (Throwable t) {
            return t;
        }
        return fail(c + " initialized on the host");
    }

    private static Throwable guestInitialization(Hub hub) {
        try {
            ClassInitialization.initialize(hub);
        } catch (Throwable t) {
            return t;
        }
        return fail(hub.name + " initialized");
    }

    private static void assertSameFailure(Throwable host, Throwable guest) {
        assertEquals(host.getClass(), guest.getClass(), "exception class");
        assertEquals(host.getMessage(), guest.getMessage(), "message");
        Throwable hostCause = host.getCause();
        Throwable guestCause = guest.getCause();
        if (hostCause == null) {
            assertNull(guestCause);
        } else {
            assertEquals(hostCause.getClass(), guestCause.getClass(), "cause class");
            assertEquals(hostCause.getMessage(), guestCause.getMessage(), "cause message");
        }
    }

    /** Initializes on the host and in the model twice each; both attempts must fail alike. */
    private void assertFailsLikeHotSpot(Class<?> c, Hub hub) {
        Throwable hostFirst = hostInitialization(c);
        Throwable hostSecond = hostInitialization(c);
        Throwable guestFirst = guestInitialization(hub);
        assertEquals(Hub.ERRONEOUS, hub.initState);
        assertEquals(0, hub.initialized);
        Throwable guestSecond = guestInitialization(hub);
        assertSameFailure(hostFirst, guestFirst);
        assertSameFailure(hostSecond, guestSecond);
        assertSame(hub.initializationError, guestSecond.getCause());
    }

    @Test
    void exceptionOfAnInitializerIsWrappedThenRecordedForLaterAttempts() {
        installHook();
        failures.put(DividesByZero.class.getName(), () -> new ArithmeticException("/ by zero"));
        assertFailsLikeHotSpot(DividesByZero.class, hubOf(DividesByZero.class, object));
    }

    @Test
    void recordOfAnExceptionWithoutMessageOmitsTheColon() {
        installHook();
        failures.put(ThrowsWithoutMessage.class.getName(), IllegalStateException::new);
        assertFailsLikeHotSpot(ThrowsWithoutMessage.class, hubOf(ThrowsWithoutMessage.class, object));
    }

    @Test
    void errorOfAnInitializerIsThrownAsItIs() {
        installHook();
        StackOverflowError error = new StackOverflowError("deep");
        failures.put(ThrowsError.class.getName(), () -> error);
        Hub hub = hubOf(ThrowsError.class, object);
        assertFailsLikeHotSpot(ThrowsError.class, hub);
        assertArrayEquals(error.getStackTrace(), hub.initializationError.getStackTrace(),
                "the record carries the original's stack trace");
    }

    @Test
    void failedSuperclassMakesTheSubclassErroneousToo() {
        installHook();
        failures.put(FailingParent.class.getName(), () -> new UnsupportedOperationException("parent"));
        Hub parent = hubOf(FailingParent.class, object);
        Hub child = hubOf(ChildOfFailing.class, parent);
        assertFailsLikeHotSpot(ChildOfFailing.class, child);
        assertEquals(Hub.ERRONEOUS, parent.initState);
        assertEquals(List.of("FailingParent"), events, "the child's own initializer never ran");
    }

    @Test
    void superclassThenDefaultMethodInterfacesThenTheClass() throws ClassNotFoundException {
        HOST_EVENTS.clear();
        Class.forName(Derived.class.getName(), true, Derived.class.getClassLoader());
        installHook();
        Hub base = hubOf(Base.class, object);
        Hub withDefault = hubOf(WithDefault.class, null);
        Hub derived = hubOf(Derived.class, base);
        // What the builder lists: the superinterfaces that declare a non-abstract, non-static method.
        derived.initializationInterfaces = new Hub[] {withDefault};
        ClassInitialization.initialize(derived);
        assertEquals(HOST_EVENTS, events);
        for (Hub hub : new Hub[] {base, withDefault, derived}) {
            assertEquals(Hub.INITIALIZED, hub.initState);
            assertEquals(1, hub.initialized);
        }
        ClassInitialization.initialize(derived);
        assertEquals(HOST_EVENTS, events, "an initialized class is not initialized again");
    }

    @Test
    void recursiveRequestDuringInitializationReturns() {
        Hub hub = hubOf(Base.class, object);
        List<Integer> statesSeen = new ArrayList<>();
        ClassInitialization.initializerHook = h -> {
            ClassInitialization.initialize(h);
            statesSeen.add(h.initState);
        };
        ClassInitialization.initialize(hub);
        assertEquals(List.of(Hub.BEING_INITIALIZED), statesSeen);
        assertEquals(Hub.INITIALIZED, hub.initState);
    }
}
