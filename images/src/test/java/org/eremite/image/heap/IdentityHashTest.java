package org.eremite.image.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.IdentityHashMap;
import org.eremite.vm.object.StatusWord;
import org.eremite.vm.object.TypeModel;
import org.junit.jupiter.api.Test;

class IdentityHashTest {
    @Test
    void identityHashesOfHashMapKeysArePreserved() {
        HashMap<Fixtures.IdentityKey, Integer> byIdentity = new HashMap<>();
        IdentityHashMap<Object, String> identity = new IdentityHashMap<>();
        for (int i = 0; i < 300; i++) {
            Fixtures.IdentityKey k = new Fixtures.IdentityKey(i);
            byIdentity.put(k, i);
            identity.put(k, "v" + i);
        }
        BootHeap heap = HeapAssertions.roundTrip(SnapshotPolicy.jdkDefaults(), byIdentity, identity);
        // HostGraph compared every status word with System.identityHashCode; spot-check one key here too.
        Fixtures.IdentityKey any = byIdentity.keySet().iterator().next();
        TypeModel model = TestModels.guest();
        BootHeap single = new BootHeapWriter(model, SnapshotPolicy.none()).root("k", any).write();
        long status = new HeapReader(single, model).object(single.rootOffset("k")).statusWord;
        assertEquals(System.identityHashCode(any), StatusWord.hash(status));
        assertEquals(0, StatusWord.withoutLock(status) & ~StatusWord.HASH_MASK);
        assertNotEquals(0, heap.objectCount());
    }

    @Test
    void objectsTheHostNeverHashedGetAHashToo() {
        Object fresh = new Object();
        TypeModel model = TestModels.guest();
        BootHeap heap = new BootHeapWriter(model, SnapshotPolicy.none()).root("o", fresh).write();
        long status = new HeapReader(heap, model).object(heap.rootOffset("o")).statusWord;
        assertEquals(System.identityHashCode(fresh), StatusWord.hash(status));
        assertEquals(16, heap.size());
    }
}
