package org.eremite.vm.runtime;

import org.eremite.vm.magic.Magic;

/**
 * The stack limit of compiled code: the word that every method's prologue compares the stack pointer with
 * ({@code SymbolNames.STACK_LIMIT}), below which it throws StackOverflowError through
 * {@link RuntimeEntries#throwStackOverflow}. The linker fills the word with the stack's bottom plus
 * {@link #RESERVE}, so nothing runs at boot for it.
 *
 * <p>Making and throwing the error needs stack too (the error's constructor, its stack trace, the unwinder), so the
 * throw lowers the limit into the reserve, down to {@link #LAST_RESORT} above the bottom
 * ({@link RuntimeEntries#throwStackOverflow}), as HotSpot disables its yellow zone. The limit comes back
 * ({@link #resuming}) when a handler is entered whose frame lies above the normal limit, i.e. once the error (or
 * whatever the throw turned into) is caught by code that ran before the overflow; a handler inside the reserve
 * belongs to the throw itself and keeps the limit low. An overflow of the reserve, with the limit lowered, is the
 * VM's end ({@link Fatal#stackExhausted}).
 */
public final class StackLimit {
    /** Bytes between the stack's bottom and the normal limit: room to make, fill in and throw the error. */
    public static final long RESERVE = 64 * 1024;
    /**
     * Bytes of the reserve that stay below the lowered limit: a throw that overflows the rest still has room to say
     * so and stop, instead of writing below the stack.
     */
    static final long LAST_RESORT = 8 * 1024;

    /** The address of the limit word; set by the image builder. */
    public static long word;
    /**
     * The normal limit while the word holds the lowered one (a StackOverflowError is being thrown); else 0. Written
     * by {@link RuntimeEntries#throwStackOverflow}, which lowers the limit itself: a call would check the limit it
     * is still below, and end up in the entry again.
     */
    static long normal;

    private StackLimit() {
    }

    /**
     * Called by the unwinder before it enters a handler with stack pointer {@code stackPointer}: closes the reserve
     * if the handler's frame is above it.
     */
    static void resuming(long stackPointer) {
        if (normal != 0 && restores(normal, stackPointer)) {
            Magic.storeLong(word, normal);
            normal = 0;
        }
    }

    /**
     * Whether entering a handler whose frame ends at {@code stackPointer} ends the throw of a StackOverflowError
     * under the normal limit {@code normalLimit}: the frame passed the normal check when its method was entered
     * (frames made during the throw lie below it).
     */
    static boolean restores(long normalLimit, long stackPointer) {
        return Long.compareUnsigned(stackPointer, normalLimit) >= 0;
    }
}
