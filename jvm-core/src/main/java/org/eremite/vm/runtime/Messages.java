package org.eremite.vm.runtime;

/**
 * The detail messages of the exceptions the runtime raises, word for word as HotSpot 17 prints them (the tests
 * provoke each one on the host and compare). Only cold paths call these: they concatenate strings.
 */
final class Messages {
    /** How HotSpot names the module and loader of a class of java.base, and of an application class. */
    static final String JAVA_BASE_MODULE = "module java.base of loader 'bootstrap'";
    static final String APPLICATION_MODULE = "unnamed module of loader 'app'";
    /** The one thread's name, as HotSpot's messages quote it. */
    static final String MAIN_THREAD = "main";
    /** What HotSpot's default handler prints before an exception that ends the main thread (a constant). */
    static final String UNCAUGHT_PREFIX = "Exception in thread \"" + MAIN_THREAD + "\" ";

    private Messages() {
    }

    /** ArrayIndexOutOfBoundsException from an array access. */
    static String arrayIndexOutOfBounds(int index, int length) {
        return "Index " + index + " out of bounds for length " + length;
    }

    /** NegativeArraySizeException: the count itself. */
    static String negativeArraySize(int count) {
        return Integer.toString(count);
    }

    /** ArithmeticException from an integer division or remainder. */
    static String divisionByZero() {
        return "/ by zero";
    }

    /** ArrayStoreException from aastore: the stored value's class name. */
    static String arrayStore(Hub value) {
        return value.name;
    }

    /**
     * ClassCastException: "class A cannot be cast to class B (A and B are in unnamed module of loader 'app')", or
     * with two module clauses when they differ. Only java.base and the application's unnamed module exist here.
     */
    static String classCast(Hub from, Hub to) {
        String fromModule = moduleOf(from);
        String toModule = moduleOf(to);
        String where;
        if (fromModule.equals(toModule)) {
            where = from.name + " and " + to.name + " are in " + fromModule;
        } else {
            where = from.name + " is in " + fromModule + "; " + to.name + " is in " + toModule;
        }
        return "class " + from.name + " cannot be cast to class " + to.name + " (" + where + ")";
    }

    private static String moduleOf(Hub hub) {
        return (hub.flags & Hub.JAVA_BASE) != 0 ? JAVA_BASE_MODULE : APPLICATION_MODULE;
    }

    /** IncompatibleClassChangeError of invokeinterface on an object whose class lacks the interface. */
    static String doesNotImplement(Hub receiver, int interfaceId) {
        return "Class " + receiver.name + " does not implement the requested interface " + interfaceName(interfaceId);
    }

    /** AbstractMethodError of invokeinterface whose itable entry is empty. */
    static String abstractMethod(Hub receiver, int interfaceId, int itableIndex) {
        Hub face = interfaceHub(interfaceId);
        String[] signatures = face == null ? null : face.itableSignatures;
        String method = signatures != null && itableIndex >= 0 && itableIndex < signatures.length
                ? "'abstract " + signatures[itableIndex] + "' "
                : "";
        return "Receiver class " + receiver.name + " does not define or inherit an implementation of the resolved"
                + " method " + method + "of interface " + interfaceName(interfaceId) + ".";
    }

    private static Hub interfaceHub(int interfaceId) {
        Hub[] hubs = Hub.interfaceHubs;
        return hubs != null && interfaceId >= 0 && interfaceId < hubs.length ? hubs[interfaceId] : null;
    }

    private static String interfaceName(int interfaceId) {
        Hub face = interfaceHub(interfaceId);
        return face != null ? face.name : "with interface id " + interfaceId;
    }

    /** NoClassDefFoundError for a class whose initialization failed before. */
    static String couldNotInitialize(Hub hub) {
        return "Could not initialize class " + hub.name;
    }

    /**
     * The message of the ExceptionInInitializerError that HotSpot records when a class's initialization fails:
     * "Exception java.lang.ArithmeticException: / by zero [in thread "main"]", without ": message" when the
     * exception has none.
     */
    static String initializationError(String exceptionClassName, String message) {
        String text = message == null ? "" : ": " + message;
        return "Exception " + exceptionClassName + text + " [in thread \"" + MAIN_THREAD + "\"]";
    }

    /** NoClassDefFoundError for a class literal the image has no class for: the internal name, as HotSpot's. */
    static String noClassDefinition(String binaryName) {
        return binaryName.replace('.', '/');
    }
}
