package org.eremite.vm.runtime;

import java.io.PrintStream;

/**
 * Where the boot stub enters Java: heap, arguments, the application's {@code main}, and the exit status, as
 * HotSpot's launcher and default uncaught-exception handler behave. Also the end of {@code System.exit}.
 */
public final class VmEntry {
    private VmEntry() {
    }

    /**
     * Runs the application; the result is the VM's exit status: 0 after main returns, 1 if it threw (printed as
     * HotSpot's default handler does: "Exception in thread "main" " and the stack trace, to System.err).
     */
    public static int start(long bootInfo) {
        Heap.initialize(Heap.start, Platform.memoryEnd(bootInfo));
        Platform.initialize();
        String[] arguments = CommandLine.arguments(Platform.commandLine(bootInfo));
        try {
            invokeMain(arguments);
        } catch (Throwable t) {
            reportUncaught(t);
            return Fatal.FAILURE;
        }
        flushStandardStreams();
        return 0;
    }

    /** The image builder replaces this body with the call of the application's {@code main(String[])}. */
    private static void invokeMain(String[] args) {
        throw new InternalError("the image builder did not bind the application's main method");
    }

    private static void reportUncaught(Throwable t) {
        try {
            flushStandardStreams();
            PrintStream err = System.err;
            err.print(Messages.UNCAUGHT_PREFIX);
            t.printStackTrace(err);
            flushStandardStreams();
        } catch (Throwable failure) {
            Fatal.uncaught(t); // the streams failed: the console still works
        }
    }

    /** {@code System.exit} and {@code Runtime.exit}: flush the standard streams, power off. Does not return. */
    public static void exit(int status) {
        flushStandardStreams();
        Fatal.halt(status);
    }

    private static void flushStandardStreams() {
        PrintStream out = System.out;
        if (out != null) {
            out.flush();
        }
        PrintStream err = System.err;
        if (err != null) {
            err.flush();
        }
    }
}
