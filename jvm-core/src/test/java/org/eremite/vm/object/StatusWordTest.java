package org.eremite.vm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-1 scheme: fields are disjoint, each setter changes only its field, and values round-trip. */
class StatusWordTest {
    private static final long[] FIELD_MASKS = {StatusWord.HASH_MASK, StatusWord.LOCK_MASK, StatusWord.GC_MASK};

    @Test
    void fieldsAreDisjointAndLeaveOneReservedBit() {
        long union = 0;
        for (long m : FIELD_MASKS) {
            assertEquals(0, union & m);
            union |= m;
        }
        assertEquals(1L << 32, ~union, "bit 32 is the only bit outside hash, lock and GC fields");
        long gc = StatusWord.MARK_BIT | StatusWord.FORWARDED_BIT | StatusWord.GC_RESERVED_BIT | StatusWord.AGE_MASK
                | StatusWord.GC_RESERVED_BIT_7;
        assertEquals(StatusWord.GC_MASK, gc);
        assertEquals(StatusWord.LOCK_MASK, StatusWord.LOCK_INFLATED_BIT | StatusWord.LOCK_RECURSION_MASK
                | StatusWord.LOCK_OWNER_MASK);
    }

    @Test
    void freshObjectIsUnhashedUnlockedUnmarked() {
        long w = StatusWord.INITIAL;
        assertFalse(StatusWord.isHashed(w));
        assertEquals(0, StatusWord.hash(w));
        assertTrue(StatusWord.isUnlocked(w));
        assertFalse(StatusWord.isMarked(w));
        assertFalse(StatusWord.isForwarded(w));
        assertEquals(0, StatusWord.age(w));
    }

    @Test
    void eachSetterChangesOnlyItsField() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            long w = random.nextLong() & ~StatusWord.FORWARDED_BIT;
            int hash = 1 + random.nextInt(StatusWord.MAX_HASH);
            long hashed = StatusWord.withHash(w, hash);
            assertEquals(hash, StatusWord.hash(hashed));
            assertTrue(StatusWord.hash(hashed) > 0, "identity hashes are non-negative ints like HotSpot's");
            assertEquals(w & ~StatusWord.HASH_MASK, hashed & ~StatusWord.HASH_MASK);

            int owner = 1 + random.nextInt(StatusWord.MAX_THREAD_ID);
            int recursion = random.nextInt(StatusWord.MAX_LOCK_RECURSION + 1);
            long locked = StatusWord.withThinLock(w, owner, recursion);
            assertEquals(owner, StatusWord.lockOwner(locked));
            assertEquals(recursion, StatusWord.lockRecursion(locked));
            assertFalse(StatusWord.isInflated(locked));
            assertFalse(StatusWord.isUnlocked(locked));
            assertEquals(w & ~StatusWord.LOCK_MASK, locked & ~StatusWord.LOCK_MASK);

            int monitor = random.nextInt(StatusWord.MAX_MONITOR_INDEX + 1);
            long inflated = StatusWord.withInflatedLock(locked, monitor);
            assertTrue(StatusWord.isInflated(inflated));
            assertEquals(monitor, StatusWord.monitorIndex(inflated));
            assertEquals(StatusWord.hash(w), StatusWord.hash(inflated), "inflating displaces no hash");
            assertTrue(StatusWord.isUnlocked(StatusWord.withoutLock(inflated)));

            int age = random.nextInt(StatusWord.MAX_AGE + 1);
            long aged = StatusWord.withAge(w, age);
            assertEquals(age, StatusWord.age(aged));
            assertEquals(w & ~StatusWord.AGE_MASK, aged & ~StatusWord.AGE_MASK);
            assertTrue(StatusWord.isMarked(StatusWord.withMark(w)));
            assertFalse(StatusWord.isMarked(StatusWord.withoutMark(w)));
        }
    }

    @Test
    void forwardingKeepsTheWholeAddress() {
        long address = 0x0000_7fff_dead_bee8L;
        long w = StatusWord.forwardedTo(address);
        assertTrue(StatusWord.isForwarded(w));
        assertEquals(address, StatusWord.forwardingAddress(w));
        assertThrows(IllegalArgumentException.class, () -> StatusWord.forwardedTo(address + 4));
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StatusWord.withHash(0, 0));
        assertThrows(IllegalArgumentException.class, () -> StatusWord.withThinLock(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> StatusWord.withThinLock(0, StatusWord.MAX_THREAD_ID + 1, 0));
        assertThrows(IllegalArgumentException.class, () -> StatusWord.withThinLock(0, 1, StatusWord.MAX_LOCK_RECURSION + 1));
        assertThrows(IllegalArgumentException.class, () -> StatusWord.withInflatedLock(0, -1));
        assertThrows(IllegalArgumentException.class, () -> StatusWord.withAge(0, StatusWord.MAX_AGE + 1));
    }
}
