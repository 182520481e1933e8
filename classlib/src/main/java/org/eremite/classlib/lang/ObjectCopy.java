package org.eremite.classlib.lang;

import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;
import org.eremite.vm.runtime.Heap;
import org.eremite.vm.runtime.Hub;
import org.eremite.vm.runtime.TypeChecks;

/**
 * {@code Object.clone()}: a new object of the same class whose fields (or elements) are the original's, with a
 * fresh header (its own identity hash, no lock). Arrays are always cloneable; other objects only if their class
 * implements Cloneable, else CloneNotSupportedException with the class name, as HotSpot.
 */
final class ObjectCopy {
    private ObjectCopy() {
    }

    static Object shallowCopy(Object original) throws CloneNotSupportedException {
        Hub hub = TypeChecks.hubOf(original);
        long from = Magic.addressOf(original);
        Object copy;
        long start;
        long end;
        if ((hub.flags & Hub.ARRAY) != 0) {
            int length = Magic.loadInt(from + ObjectLayout.ARRAY_LENGTH_OFFSET);
            copy = Heap.allocateArray(hub, length);
            start = ObjectLayout.ARRAY_BASE_OFFSET;
            end = start + (long) length * hub.elementSize;
        } else {
            if (!(original instanceof Cloneable)) {
                throw new CloneNotSupportedException(hub.name);
            }
            copy = Heap.allocateObject(hub);
            start = ObjectLayout.FIRST_FIELD_OFFSET;
            end = hub.instanceSize;
        }
        long to = Magic.addressOf(copy);
        long i = start;
        for (; i + 8 <= end; i += 8) {
            Magic.storeLong(to + i, Magic.loadLong(from + i));
        }
        for (; i < end; i++) {
            Magic.storeByte(to + i, Magic.loadByte(from + i));
        }
        return copy;
    }
}
