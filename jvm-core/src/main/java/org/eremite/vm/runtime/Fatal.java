package org.eremite.vm.runtime;

import org.eremite.vm.magic.Magic;

/**
 * The VM's last words: straight to the console (not through System.err, whose state is unknown here), then power
 * off. A failure while dying (a message method that throws) powers off at once.
 */
final class Fatal {
    /** The exit status of an uncaught exception and of a failed VM start, as HotSpot's. */
    static final int FAILURE = 1;

    /** What HotSpot prints when even its last stack zone overflows. */
    static final String STACK_EXHAUSTED = "An irrecoverable stack overflow has occurred.\n";

    private static boolean dying;

    private Fatal() {
    }

    /** An exception that no frame caught: prints it as HotSpot's first line does, then exits with status 1. */
    static void uncaught(Throwable throwable) {
        if (!dying) {
            dying = true;
            Platform.write(Messages.UNCAUGHT_PREFIX);
            Platform.write(TypeChecks.hubOf(throwable).name);
            String message = throwable.getLocalizedMessage();
            if (message != null) {
                Platform.write(": ");
                Platform.write(message);
            }
            Platform.write("\n");
        }
        halt(FAILURE);
    }

    /** The VM cannot start: HotSpot's words for that, the reason, status 1. */
    static void initializationFailed(String reason) {
        if (!dying) {
            dying = true;
            Platform.write("Error occurred during initialization of VM\n");
            Platform.write(reason);
            Platform.write("\n");
        }
        halt(FAILURE);
    }

    /**
     * The stack overflowed again while a StackOverflowError was thrown (the reserve under the limit ran out): no Java
     * error can be made any more. HotSpot's words for its own last stack zone, status 1.
     */
    static void stackExhausted() {
        if (!dying) {
            dying = true;
            Platform.write(STACK_EXHAUSTED);
        }
        halt(FAILURE);
    }

    /** Powers off; spins if the platform returns, so that callers may rely on never coming back. */
    static void halt(int status) {
        Platform.powerOff(status);
        while (true) {
            Magic.pause();
        }
    }
}
