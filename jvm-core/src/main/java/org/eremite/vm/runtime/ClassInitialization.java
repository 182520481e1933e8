package org.eremite.vm.runtime;

import java.util.function.Consumer;

import org.eremite.vm.magic.Magic;

/**
 * Class initialization (JVMS 5.5) for the one thread: no lock and no waiting, so steps 1-2 and the notifications
 * fall away, and a request for a class that is being initialized can only be recursive (step 3).
 *
 * <p>A failed class keeps, in {@link Hub#initializationError}, the ExceptionInInitializerError that HotSpot 17
 * records ("Exception X: message [in thread "main"]", with the original's stack trace), and every later request
 * throws "NoClassDefFoundError: Could not initialize class C" caused by it, as HotSpot 17 does.
 */
final class ClassInitialization {
    /**
     * Runs class initializers in host tests instead of {@link Magic#callVoid}; always null in the guest (a plain
     * static without initializer, so that this class has no {@code <clinit>} of its own).
     */
    static Consumer<Hub> initializerHook;

    private ClassInitialization() {
    }

    /** Initializes {@code hub}'s class if needed; throws what JVMS 5.5 says when it cannot. */
    static void initialize(Hub hub) {
        switch (hub.initState) {
            case Hub.INITIALIZED:
            case Hub.BEING_INITIALIZED: // step 4: only this thread can be initializing it: a recursive request
                return;
            case Hub.ERRONEOUS: // step 5
                throw noClassDefinition(hub);
            default:
                break;
        }
        hub.initState = Hub.BEING_INITIALIZED; // step 6
        try {
            initializeSupertypes(hub); // step 7
        } catch (Throwable t) {
            fail(hub, t);
            throw t;
        }
        try {
            runInitializer(hub); // step 9
        } catch (Throwable t) {
            fail(hub, t); // HotSpot records the original exception, then wraps it (steps 11-12)
            throw t instanceof Error ? (Error) t : wrap(t);
        }
        hub.initState = Hub.INITIALIZED; // step 10
        hub.initialized = 1;
    }

    /** Step 7: the superclass, then the superinterfaces that declare non-abstract, non-static methods. */
    private static void initializeSupertypes(Hub hub) {
        Hub superHub = hub.superHub;
        if (superHub != null) {
            initialize(superHub);
        }
        Hub[] interfaces = hub.initializationInterfaces;
        if (interfaces != null) {
            for (int i = 0; i < interfaces.length; i++) {
                initialize(interfaces[i]);
            }
        }
    }

    private static void runInitializer(Hub hub) {
        Consumer<Hub> hook = initializerHook;
        if (hook != null) {
            hook.accept(hub);
        } else if (hub.classInitializer != 0) {
            Magic.callVoid(hub.classInitializer);
        }
    }

    /** Marks {@code hub} erroneous, recording why as HotSpot does (nothing if even that record cannot be made). */
    private static void fail(Hub hub, Throwable cause) {
        hub.initializationError = recordOf(cause);
        hub.initState = Hub.ERRONEOUS;
    }

    private static Throwable recordOf(Throwable cause) {
        try {
            ExceptionInInitializerError record = new ExceptionInInitializerError(
                    Messages.initializationError(cause.getClass().getName(), cause.getMessage()));
            record.setStackTrace(cause.getStackTrace());
            return record;
        } catch (Throwable t) {
            return null; // HotSpot also gives up the record when making it throws
        }
    }

    /** Step 11: a non-Error becomes the cause of an ExceptionInInitializerError, or an OutOfMemoryError. */
    private static Error wrap(Throwable cause) {
        try {
            return new ExceptionInInitializerError(cause);
        } catch (OutOfMemoryError e) {
            return e;
        }
    }

    private static NoClassDefFoundError noClassDefinition(Hub hub) {
        NoClassDefFoundError error = new NoClassDefFoundError(Messages.couldNotInitialize(hub));
        Throwable record = hub.initializationError;
        if (record != null) {
            error.initCause(record);
        }
        return error;
    }
}
