package org.eremite.vm.runtime;

import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;
import org.eremite.vm.object.StatusWord;

/**
 * monitorenter and monitorexit for the one thread: counted locks in the status word's lock bits
 * ({@link StatusWord}). A thin lock counts up to {@link StatusWord#MAX_LOCK_RECURSION} re-entries; deeper
 * nesting inflates the lock to an entry of a side table of counts, which is freed when the count drops to zero.
 * Since no other thread exists, a locked object is always locked by {@link #THREAD_ID}, no CAS is needed, and
 * entering never waits.
 */
public final class Monitors {
    /** The thread id of the one thread in thin locks. */
    static final int THREAD_ID = 1;
    /** HotSpot's message for an exit without a matching enter. */
    static final String NOT_OWNER = "current thread is not owner";

    /** Acquisitions per inflated monitor, by monitor index; 0 marks a free entry. Grown on demand. */
    private static int[] counts;

    private Monitors() {
    }

    /** monitorenter on a non-null object. */
    public static void enter(Object object) {
        long address = Magic.addressOf(object);
        long word = Magic.loadLong(address, ObjectLayout.STATUS_WORD_OFFSET);
        Magic.storeLong(address, ObjectLayout.STATUS_WORD_OFFSET, entered(word));
    }

    /** monitorexit on a non-null object: IllegalMonitorStateException if the thread does not hold it. */
    public static void exit(Object object) {
        long address = Magic.addressOf(object);
        long word = Magic.loadLong(address, ObjectLayout.STATUS_WORD_OFFSET);
        Magic.storeLong(address, ObjectLayout.STATUS_WORD_OFFSET, exited(word));
    }

    /** {@code Thread.holdsLock}: true if the one thread holds the object's monitor. */
    public static boolean holdsLock(Object object) {
        return !StatusWord.isUnlocked(Magic.loadLong(Magic.addressOf(object), ObjectLayout.STATUS_WORD_OFFSET));
    }

    /** The status word after one more acquisition. */
    static long entered(long word) {
        if (StatusWord.isInflated(word)) {
            counts[StatusWord.monitorIndex(word)]++;
            return word;
        }
        if (StatusWord.isUnlocked(word)) {
            return StatusWord.withThinLock(word, THREAD_ID, 0);
        }
        int recursion = StatusWord.lockRecursion(word);
        if (recursion < StatusWord.MAX_LOCK_RECURSION) {
            return StatusWord.withThinLock(word, THREAD_ID, recursion + 1);
        }
        // The thin lock counts 1 + recursion acquisitions; this is one more.
        return StatusWord.withInflatedLock(word, newMonitor(recursion + 2));
    }

    /** The status word after one release; throws IllegalMonitorStateException if the lock is not held. */
    static long exited(long word) {
        if (StatusWord.isInflated(word)) {
            int index = StatusWord.monitorIndex(word);
            if (--counts[index] > 0) {
                return word;
            }
            return StatusWord.withoutLock(word);
        }
        if (StatusWord.isUnlocked(word) || StatusWord.lockOwner(word) != THREAD_ID) {
            throw new IllegalMonitorStateException(NOT_OWNER);
        }
        int recursion = StatusWord.lockRecursion(word);
        if (recursion == 0) {
            return StatusWord.withoutLock(word);
        }
        return StatusWord.withThinLock(word, THREAD_ID, recursion - 1);
    }

    /** A free monitor entry holding {@code count} acquisitions. */
    private static int newMonitor(int count) {
        int[] table = counts;
        int index = 0;
        if (table != null) {
            while (index < table.length && table[index] != 0) {
                index++;
            }
        }
        if (table == null || index == table.length) {
            int[] grown = new int[table == null ? 8 : table.length * 2];
            for (int i = 0; table != null && i < table.length; i++) {
                grown[i] = table[i];
            }
            counts = table = grown;
        }
        table[index] = count;
        return index;
    }
}
