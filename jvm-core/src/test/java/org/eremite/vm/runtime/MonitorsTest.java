package org.eremite.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eremite.vm.object.StatusWord;
import org.junit.jupiter.api.Test;

/** Counted monitors in the status word: nesting, inflation past the thin count, release, errors. */
class MonitorsTest {
    private static final long HASHED = StatusWord.withHash(StatusWord.INITIAL, 0x1234567);

    @Test
    void nestedEntriesAreCountedAndReleasedToTheOriginalWord() {
        for (int depth : new int[] {1, 2, 128, 129, 300}) {
            long word = HASHED;
            for (int i = 0; i < depth; i++) {
                word = Monitors.entered(word);
                assertEquals(0x1234567, StatusWord.hash(word), "the hash survives locking");
                assertEquals(i >= StatusWord.MAX_LOCK_RECURSION + 1, StatusWord.isInflated(word),
                        "inflated only past the thin count, at entry " + (i + 1));
            }
            for (int i = 0; i < depth; i++) {
                assertTrue(!StatusWord.isUnlocked(word));
                word = Monitors.exited(word);
            }
            assertEquals(HASHED, word, "depth " + depth);
        }
    }

    @Test
    void exitWithoutOwnershipThrowsIllegalMonitorState() {
        IllegalMonitorStateException e = assertThrows(IllegalMonitorStateException.class,
                () -> Monitors.exited(HASHED));
        assertEquals(Monitors.NOT_OWNER, e.getMessage());
        long otherThread = StatusWord.withThinLock(HASHED, Monitors.THREAD_ID + 1, 0);
        assertThrows(IllegalMonitorStateException.class, () -> Monitors.exited(otherThread));
    }

    @Test
    void inflatedMonitorsAreDistinctAndReused() {
        long a = StatusWord.INITIAL;
        long b = StatusWord.INITIAL;
        for (int i = 0; i <= StatusWord.MAX_LOCK_RECURSION + 1; i++) {
            a = Monitors.entered(a);
            b = Monitors.entered(b);
        }
        assertTrue(StatusWord.isInflated(a) && StatusWord.isInflated(b));
        assertNotEquals(StatusWord.monitorIndex(a), StatusWord.monitorIndex(b));
        int indexOfA = StatusWord.monitorIndex(a);
        for (int i = 0; i <= StatusWord.MAX_LOCK_RECURSION + 1; i++) {
            a = Monitors.exited(a);
        }
        assertEquals(StatusWord.INITIAL, a);
        long c = StatusWord.INITIAL;
        for (int i = 0; i <= StatusWord.MAX_LOCK_RECURSION + 1; i++) {
            c = Monitors.entered(c);
        }
        assertEquals(indexOfA, StatusWord.monitorIndex(c), "a released monitor is reused");
        for (int i = 0; i <= StatusWord.MAX_LOCK_RECURSION + 1; i++) {
            b = Monitors.exited(b);
            c = Monitors.exited(c);
        }
        assertEquals(StatusWord.INITIAL, b);
        assertEquals(StatusWord.INITIAL, c);
    }
}
