package org.eremite.image.build;

import java.util.List;
import org.eremite.image.reach.AnalysisRequest;
import org.eremite.image.reach.MethodRef;

/**
 * What the VM itself calls in Java code and the objects it makes, which no bytecode of the application shows:
 * roots of the analysis besides {@code main}. The list follows what HotSpot does around {@code main} and is
 * the VM's to extend as it grows (its own entry points, the objects of the boot heap).
 *
 * <p>Setting "JDK initialized in the guest" (the only one until the build-time heap snapshot exists): the VM
 * runs {@code System.initPhase1} at boot, as HotSpot does, which sets up {@code System.out} and the properties;
 * so all static initializers of the JDK run in the guest and are analyzed. JDK-FACTS.md measures this setting at
 * about 2,200 classes for hello world, against about 60 with the JDK initialized at build time.
 */
public final class VmRoots {
    private VmRoots() {
    }

    /** Exceptions the VM throws itself (JVMS 6.5: null checks, arithmetic, bounds, casts, linkage, resources). */
    public static final List<String> IMPLICIT_EXCEPTIONS = List.of(
            "java/lang/NullPointerException",
            "java/lang/ArithmeticException",
            "java/lang/ArrayIndexOutOfBoundsException",
            "java/lang/ArrayStoreException",
            "java/lang/ClassCastException",
            "java/lang/NegativeArraySizeException",
            "java/lang/IllegalMonitorStateException",
            "java/lang/OutOfMemoryError",
            "java/lang/StackOverflowError",
            "java/lang/AbstractMethodError",
            "java/lang/IncompatibleClassChangeError",
            "java/lang/NoSuchFieldError",
            "java/lang/NoSuchMethodError",
            "java/lang/NoClassDefFoundError",
            "java/lang/ExceptionInInitializerError");

    /** Adds the VM's roots for a guest that initializes the JDK itself. */
    public static AnalysisRequest addGuestJdkStartup(AnalysisRequest request) {
        request.addRoot(new MethodRef("java/lang/System", "initPhase1", "()V"),
                "the VM initializes the JDK at boot (System.initPhase1)");
        request.addRoot(new MethodRef("java/lang/Thread", "dispatchUncaughtException", "(Ljava/lang/Throwable;)V"),
                "the VM reports an exception that escapes main");
        request.addRoot(new MethodRef("java/lang/Shutdown", "shutdown", "()V"),
                "the VM runs the shutdown hooks when main returns");
        request.addInstantiated("java/lang/Thread", "the VM makes the main thread");
        request.addInstantiated("java/lang/ThreadGroup", "the VM makes the main thread's group");
        for (String exception : IMPLICIT_EXCEPTIONS) {
            request.addInstantiated(exception, "the VM throws it from bytecodes");
            request.addRoot(new MethodRef(exception, "<init>", "(Ljava/lang/String;)V"),
                    "the VM constructs the exceptions it throws");
        }
        return request;
    }
}
