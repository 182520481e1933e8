package org.eremite.vm.object;

/**
 * Word 1 of every object header: identity hash, lock and GC bits. Pure functions on the 64-bit value, so the
 * same code runs in the image builder (writing boot-heap headers), in the interpreter and, compiled, on the
 * target, where the runtime reads and compare-and-swaps the word at {@link ObjectLayout#STATUS_WORD_OFFSET}.
 *
 * <pre>
 *  63              33  32  31          16 15       9   8    7   6    3   2    1    0
 * +------------------+---+--------------+----------+----+---+-------+---+----+----+
 * | identity hash 31 | - | owner thread | recursion| INF| - | age 4 | - | FWD|MARK|
 * +------------------+---+--------------+----------+----+---+-------+---+----+----+
 *                        | monitor index (23 bits)  | 1  |   when the lock is inflated
 * +------------------------------------------------------------------------------+
 * | forwarding address (8-aligned, so bits 2..0 are free)                | 1 | 0  |   while forwarded
 * </pre>
 *
 * <ul>
 *   <li><b>Zero is a fresh object</b>: no hash yet, unlocked, unmarked, age 0. The allocator hands out zeroed
 *       memory, so it writes only the class word.</li>
 *   <li><b>Identity hash</b> (bits 33..63): 31 bits, like HotSpot's, so {@code hashCode()} is non-negative.
 *       0 means "not assigned yet"; the first {@code System.identityHashCode} stores a non-zero value from a
 *       generator with a CAS. The hash lives in the header and moves with the object, so a moving GC needs no
 *       address-based hash state. Hash and lock fields never overlap: inflating a lock displaces nothing.</li>
 *   <li><b>Lock</b> (bits 8..31): a thin lock when {@code INF} is clear: owner thread id (16 bits, 0 = unlocked,
 *       so at most 65,535 threads) and recursion count (7 bits: re-entries beyond the first). When a second
 *       thread contends, on {@code wait}/{@code notify}, or when recursion would pass 127, the lock is inflated:
 *       {@code INF} is set and bits 9..31 hold the index of a monitor in the VM's monitor table.</li>
 *   <li><b>GC</b> (bits 0..7): {@code MARK} for marking collectors; {@code FWD} while a moving collector has
 *       copied the object: then the whole word except the low three bits is the new address, and the copy
 *       carries the original status word. Bits 3..6 count the collections survived (age, for promotion); bits
 *       2 and 7 are reserved for the collector. Only the collector changes these bits, with the world stopped.</li>
 * </ul>
 */
public final class StatusWord {
    /** The status word of a newly allocated object. */
    public static final long INITIAL = 0L;

    public static final long MARK_BIT = 1L;
    public static final long FORWARDED_BIT = 1L << 1;
    /** Reserved for the collector (e.g. a "logged" bit for a write barrier). */
    public static final long GC_RESERVED_BIT = 1L << 2;
    public static final int AGE_SHIFT = 3;
    public static final int AGE_BITS = 4;
    public static final long AGE_MASK = ((1L << AGE_BITS) - 1) << AGE_SHIFT;
    public static final int MAX_AGE = (1 << AGE_BITS) - 1;
    /** Reserved for the collector. */
    public static final long GC_RESERVED_BIT_7 = 1L << 7;
    /** All bits only the collector uses. */
    public static final long GC_MASK = 0xFFL;
    /** Mask of a forwarding address: objects are 8-aligned, so its low three bits are zero. */
    public static final long FORWARDING_ADDRESS_MASK = ~7L;

    public static final long LOCK_INFLATED_BIT = 1L << 8;
    public static final int LOCK_RECURSION_SHIFT = 9;
    public static final int LOCK_RECURSION_BITS = 7;
    public static final long LOCK_RECURSION_MASK = ((1L << LOCK_RECURSION_BITS) - 1) << LOCK_RECURSION_SHIFT;
    public static final int MAX_LOCK_RECURSION = (1 << LOCK_RECURSION_BITS) - 1;
    public static final int LOCK_OWNER_SHIFT = 16;
    public static final int LOCK_OWNER_BITS = 16;
    public static final long LOCK_OWNER_MASK = ((1L << LOCK_OWNER_BITS) - 1) << LOCK_OWNER_SHIFT;
    /** Thread ids for thin locks are 1..MAX_THREAD_ID; 0 is "unlocked". */
    public static final int MAX_THREAD_ID = (1 << LOCK_OWNER_BITS) - 1;
    public static final int MONITOR_INDEX_SHIFT = 9;
    public static final int MONITOR_INDEX_BITS = 23;
    public static final int MAX_MONITOR_INDEX = (1 << MONITOR_INDEX_BITS) - 1;
    /** All lock bits: inflated flag, recursion and owner, or inflated flag and monitor index. */
    public static final long LOCK_MASK = 0xFFFFFF00L;

    public static final int HASH_SHIFT = 33;
    public static final int HASH_BITS = 31;
    public static final long HASH_MASK = ((1L << HASH_BITS) - 1) << HASH_SHIFT;
    /** The largest identity hash; hashes are 1..MAX_HASH, 0 meaning "none yet". */
    public static final int MAX_HASH = Integer.MAX_VALUE;

    private StatusWord() {
    }

    // ---- identity hash

    /** The identity hash, or 0 if none has been assigned. */
    public static int hash(long word) {
        return (int) (word >>> HASH_SHIFT);
    }

    public static boolean isHashed(long word) {
        return (word & HASH_MASK) != 0;
    }

    /** {@code word} with identity hash {@code hash}, which must be in 1..{@link #MAX_HASH}. */
    public static long withHash(long word, int hash) {
        if (hash <= 0) {
            throw new IllegalArgumentException("identity hash " + hash + " is not in 1.." + MAX_HASH);
        }
        return (word & ~HASH_MASK) | ((long) hash << HASH_SHIFT);
    }

    // ---- lock

    public static boolean isUnlocked(long word) {
        return (word & LOCK_MASK) == 0;
    }

    public static boolean isInflated(long word) {
        return (word & LOCK_INFLATED_BIT) != 0;
    }

    /** The thin lock's owner thread id; 0 if unlocked. Meaningless when inflated. */
    public static int lockOwner(long word) {
        return (int) ((word & LOCK_OWNER_MASK) >>> LOCK_OWNER_SHIFT);
    }

    /** The thin lock's re-entries beyond the first acquisition. Meaningless when inflated. */
    public static int lockRecursion(long word) {
        return (int) ((word & LOCK_RECURSION_MASK) >>> LOCK_RECURSION_SHIFT);
    }

    /** {@code word} thin-locked by {@code threadId} (1..MAX_THREAD_ID) with {@code recursion} re-entries. */
    public static long withThinLock(long word, int threadId, int recursion) {
        if (threadId <= 0 || threadId > MAX_THREAD_ID) {
            throw new IllegalArgumentException("thread id " + threadId + " is not in 1.." + MAX_THREAD_ID);
        }
        if (recursion < 0 || recursion > MAX_LOCK_RECURSION) {
            throw new IllegalArgumentException("recursion " + recursion + " is not in 0.." + MAX_LOCK_RECURSION);
        }
        return (word & ~LOCK_MASK) | ((long) threadId << LOCK_OWNER_SHIFT)
                | ((long) recursion << LOCK_RECURSION_SHIFT);
    }

    /** The monitor-table index of an inflated lock. */
    public static int monitorIndex(long word) {
        return (int) ((word & LOCK_MASK & ~LOCK_INFLATED_BIT) >>> MONITOR_INDEX_SHIFT);
    }

    /** {@code word} with its lock inflated to monitor {@code index} (0..MAX_MONITOR_INDEX). */
    public static long withInflatedLock(long word, int index) {
        if (index < 0 || index > MAX_MONITOR_INDEX) {
            throw new IllegalArgumentException("monitor index " + index + " is not in 0.." + MAX_MONITOR_INDEX);
        }
        return (word & ~LOCK_MASK) | LOCK_INFLATED_BIT | ((long) index << MONITOR_INDEX_SHIFT);
    }

    /** {@code word} with the lock bits cleared (unlocked, not inflated). */
    public static long withoutLock(long word) {
        return word & ~LOCK_MASK;
    }

    // ---- GC

    public static boolean isMarked(long word) {
        return (word & MARK_BIT) != 0;
    }

    public static long withMark(long word) {
        return word | MARK_BIT;
    }

    public static long withoutMark(long word) {
        return word & ~MARK_BIT;
    }

    public static int age(long word) {
        return (int) ((word & AGE_MASK) >>> AGE_SHIFT);
    }

    public static long withAge(long word, int age) {
        if (age < 0 || age > MAX_AGE) {
            throw new IllegalArgumentException("age " + age + " is not in 0.." + MAX_AGE);
        }
        return (word & ~AGE_MASK) | ((long) age << AGE_SHIFT);
    }

    public static boolean isForwarded(long word) {
        return (word & FORWARDED_BIT) != 0;
    }

    /** The status word of an object that a moving collector copied to {@code newAddress} (8-aligned). */
    public static long forwardedTo(long newAddress) {
        if ((newAddress & ~FORWARDING_ADDRESS_MASK) != 0) {
            throw new IllegalArgumentException("address 0x" + Long.toHexString(newAddress) + " is not 8-aligned");
        }
        return newAddress | FORWARDED_BIT;
    }

    /** The new address of a forwarded object. */
    public static long forwardingAddress(long word) {
        return word & FORWARDING_ADDRESS_MASK;
    }
}
