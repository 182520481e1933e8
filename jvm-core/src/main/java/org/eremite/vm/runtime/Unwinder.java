package org.eremite.vm.runtime;

import org.eremite.vm.magic.Magic;

/**
 * Throwing: from the frame that raises, walk the frame-pointer chain outwards; in each frame whose return
 * address (less one: a pc inside the call instruction, so inside the calling bytecode's machine range) lies in a
 * compiled method, search that method's handlers in exception-table order; the first whose range covers the pc
 * and whose catch type the exception is an instance of (any, for a null type) is entered with the exception in
 * the frame's operand-stack slot 0. A frame that is not Java code (or fp 0) ends the walk: nothing caught the
 * exception, which only happens outside {@link VmEntry#start}'s catch-all, and {@link Fatal#uncaught} ends the VM.
 *
 * <p>Entering a handler above the stack's reserve ends a StackOverflowError's throw: the normal stack limit comes
 * back ({@link StackLimit#resuming}).
 *
 * <p>Every frame is searched, the runtime's own (HIDDEN) ones too: that is how {@link ClassInitialization}'s
 * try/catch sees what a {@code <clinit>} throws. The walk allocates nothing.
 */
public final class Unwinder {
    private Unwinder() {
    }

    /** Throws {@code throwable} from the caller of this method's caller onwards. Never returns. */
    public static void raise(Throwable throwable) {
        Hub hub = TypeChecks.hubOf(throwable);
        long fp = Magic.framePointer();
        long pc = Magic.returnAddress(fp);
        fp = Magic.callerFramePointer(fp);
        while (fp != 0) {
            CodeInfo method = CodeMap.find(pc - 1);
            if (method == null) {
                break;
            }
            int handler = handler(method, pc - 1 - method.start, hub);
            if (handler >= 0) {
                Magic.storeObject(fp, method.exceptionSlotOffset, throwable);
                long sp = fp - method.frameSize;
                StackLimit.resuming(sp);
                Magic.resume(method.start + handler, sp, fp);
            }
            pc = Magic.returnAddress(fp);
            fp = Magic.callerFramePointer(fp);
        }
        Fatal.uncaught(throwable);
    }

    /**
     * The code offset of the first handler of {@code method} that covers code offset {@code offset} and catches
     * an exception of class {@code exception}; -1 if none does.
     */
    static int handler(CodeInfo method, long offset, Hub exception) {
        int[] handlers = method.handlers;
        if (handlers == null) {
            return -1;
        }
        Hub[] catchTypes = method.catchTypes;
        for (int i = 0; i + 2 < handlers.length; i += 3) {
            if (offset < handlers[i] || offset >= handlers[i + 1]) {
                continue;
            }
            Hub catchType = catchTypes == null ? null : catchTypes[i / 3];
            if (catchType == null || TypeChecks.isSubtype(exception, catchType)) {
                return handlers[i + 2];
            }
        }
        return -1;
    }
}
