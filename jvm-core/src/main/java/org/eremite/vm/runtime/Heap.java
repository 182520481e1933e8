package org.eremite.vm.runtime;

import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;
import org.eremite.vm.object.StatusWord;

/**
 * The heap: a bump allocator over {@code [start, end)} (no collector yet), and identity hash codes.
 *
 * <p>Every object is 8-aligned, zeroed, and gets its header: class word = its hub's address, status word 0
 * ({@link StatusWord#INITIAL}), and an array its length. Sizes are computed in long arithmetic and compared with
 * the room left before anything is written, so a failing allocation changes nothing.
 *
 * <p><b>Out of memory.</b> The two OutOfMemoryErrors are made at {@link #initialize} while memory remains and
 * reused (HotSpot preallocates its own likewise). The last {@link #RESERVE} bytes of the heap are kept back:
 * when an allocation fails, the reserve is opened only while the error's stack trace is filled in (one long[]
 * of at most 1024 pcs), so the error names where it happened; if even that fails, the error keeps its old trace.
 */
public final class Heap {
    /** Bytes kept back for the stack trace of an OutOfMemoryError: 1024 frames of 8 bytes, with room to spare. */
    static final long RESERVE = 32 * 1024;
    /** Below this, past the reserve, the VM does not start (the console buffer and the errors need about 1 KiB). */
    static final long MINIMUM_FREE = 4 * 1024;
    /** The longest array HotSpot 17 allocates (its default; longer: "Requested array size exceeds VM limit"). */
    static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 2;
    /** HotSpot's messages for an exhausted heap and for an array longer than {@link #MAX_ARRAY_LENGTH}. */
    static final String HEAP_SPACE = "Java heap space";
    static final String ARRAY_TOO_LARGE = "Requested array size exceeds VM limit";
    /** The identity hash generator's increment: 2^64 / golden ratio, odd (SplitMix64's). */
    private static final long HASH_INCREMENT = 0x9E3779B97F4A7C15L;

    /** The first free address after the image; set by the image builder. */
    public static long start;

    private static long top;
    private static long end;
    /** {@link #end} less {@link #RESERVE}, or {@link #end} while the reserve is open. */
    private static long limit;
    private static boolean reserveOpen;
    private static OutOfMemoryError heapSpace;
    private static OutOfMemoryError arrayTooLarge;
    /** State of the identity hash generator; any value works, so it needs no initializer. */
    private static long hashState;

    private Heap() {
    }

    /** Takes {@code [start, end)} for the heap and makes the errors that exhaustion throws. */
    public static void initialize(long heapStart, long heapEnd) {
        top = ObjectLayout.alignUp(heapStart, ObjectLayout.OBJECT_ALIGNMENT);
        end = heapEnd & -ObjectLayout.OBJECT_ALIGNMENT;
        limit = end - RESERVE;
        reserveOpen = false;
        if (limit - top < MINIMUM_FREE) {
            // The errors below do not exist yet: open the reserve so that the console's one buffer can be made
            // for the message; without room even for that, stop without a word.
            limit = end;
            if (end - top >= MINIMUM_FREE) {
                Fatal.initializationFailed("Too small initial heap");
            }
            Fatal.halt(Fatal.FAILURE);
        }
        heapSpace = new OutOfMemoryError(HEAP_SPACE);
        arrayTooLarge = new OutOfMemoryError(ARRAY_TOO_LARGE);
    }

    /** Bytes that allocation can still hand out (the reserve excluded). */
    public static long free() {
        return Math.max(0, limit - top);
    }

    /** Bytes of the heap in all: free and allocated ({@code Runtime.totalMemory}). */
    public static long total() {
        return end - start;
    }

    /** A new zeroed instance of {@code hub}'s class. */
    public static Object allocateObject(Hub hub) {
        long size = hub.instanceSize;
        long address = reserve(size);
        clear(address, size);
        Magic.storeLong(address, ObjectLayout.CLASS_WORD_OFFSET, Magic.addressOf(hub));
        return Magic.toObject(address);
    }

    /** A new zeroed array of {@code arrayHub}'s class with {@code length} elements. */
    public static Object allocateArray(Hub arrayHub, int length) {
        long size = arraySize(arrayHub.elementSize, length);
        long address = reserve(size);
        clear(address, size);
        Magic.storeLong(address, ObjectLayout.CLASS_WORD_OFFSET, Magic.addressOf(arrayHub));
        Magic.storeInt(address, ObjectLayout.ARRAY_LENGTH_OFFSET, length);
        return Magic.toObject(address);
    }

    /**
     * The bytes of an array of {@code length} elements of {@code elementSize} bytes, 8-aligned; at most 2^35, so
     * no overflow. Throws NegativeArraySizeException for a negative length (compiled code checks first), and the
     * OutOfMemoryError HotSpot throws for a length it never allocates.
     */
    static long arraySize(int elementSize, int length) {
        if (length < 0) {
            throw new NegativeArraySizeException(Messages.negativeArraySize(length));
        }
        if (length > MAX_ARRAY_LENGTH) {
            throw outOfMemory(arrayTooLarge);
        }
        long bytes = ObjectLayout.ARRAY_BASE_OFFSET + (long) length * elementSize;
        return (bytes + ObjectLayout.OBJECT_ALIGNMENT - 1) & -ObjectLayout.OBJECT_ALIGNMENT;
    }

    /** Takes {@code size} bytes (a multiple of 8) from the heap, or throws OutOfMemoryError having taken none. */
    static long reserve(long size) {
        long address = top;
        // limit - top is negative once the reserve has been used into: then nothing fits.
        if (size > limit - address) {
            throw outOfMemory(heapSpace);
        }
        top = address + size;
        return address;
    }

    /** Fills in the error's stack trace from the reserve, if that is possible, and returns it. */
    private static OutOfMemoryError outOfMemory(OutOfMemoryError error) {
        if (reserveOpen) {
            // Filling in the trace ran out too: close the reserve; the error keeps the trace it had.
            closeReserve();
            return error;
        }
        reserveOpen = true;
        limit = end;
        error.fillInStackTrace();
        closeReserve();
        return error;
    }

    private static void closeReserve() {
        reserveOpen = false;
        limit = end - RESERVE;
    }

    private static void clear(long address, long size) {
        for (long offset = 0; offset < size; offset += 8) {
            Magic.storeLong(address, offset, 0L);
        }
    }

    /** {@code System.identityHashCode}: the hash in the status word, assigned on first request; 0 for null. */
    public static int identityHashCode(Object object) {
        if (object == null) {
            return 0;
        }
        long address = Magic.addressOf(object);
        long word = Magic.loadLong(address, ObjectLayout.STATUS_WORD_OFFSET);
        int hash = StatusWord.hash(word);
        if (hash == 0) {
            // One thread: no other writer of the status word, so a plain store does what a CAS would.
            hash = nextHash();
            Magic.storeLong(address, ObjectLayout.STATUS_WORD_OFFSET, StatusWord.withHash(word, hash));
        }
        return hash;
    }

    /**
     * The next identity hash: 1..{@link StatusWord#MAX_HASH}, never 0 (the status word's "none yet"). SplitMix64's
     * output function over a Weyl sequence: well spread, and any state, 0 included, is a valid start, so the
     * sequence is the same on every boot (runs are reproducible).
     */
    static int nextHash() {
        while (true) {
            long z = hashState += HASH_INCREMENT;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            int hash = (int) (z >>> (64 - StatusWord.HASH_BITS));
            if (hash != 0) {
                return hash;
            }
        }
    }
}
