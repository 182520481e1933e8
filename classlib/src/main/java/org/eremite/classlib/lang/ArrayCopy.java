package org.eremite.classlib.lang;

import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;
import org.eremite.vm.runtime.Hub;
import org.eremite.vm.runtime.TypeChecks;

/**
 * {@code System.arraycopy} with HotSpot's checks, in its order, and its messages: null arrays, non-arrays, element
 * type mismatch, negative positions and length, bounds, then the copy (overlapping ranges of one array as if
 * through a temporary), and for reference arrays whose element types do not guarantee it, a store check per
 * element that stops at the first failure with the elements before it copied.
 */
final class ArrayCopy {
    private ArrayCopy() {
    }

    static void copy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) {
            throw new NullPointerException();
        }
        Hub s = TypeChecks.hubOf(src);
        Hub d = TypeChecks.hubOf(dest);
        if ((s.flags & Hub.ARRAY) == 0) {
            throw new ArrayStoreException("arraycopy: source type " + s.name + " is not an array");
        }
        if ((d.flags & Hub.ARRAY) == 0) {
            throw new ArrayStoreException("arraycopy: destination type " + d.name + " is not an array");
        }
        boolean references = (s.flags & Hub.REFERENCE_ELEMENTS) != 0;
        if (references != ((d.flags & Hub.REFERENCE_ELEMENTS) != 0) || (!references && s != d)) {
            throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + describe(s) + " into "
                    + describe(d));
        }
        int srcLength = length(src);
        int destLength = length(dest);
        if (length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        }
        if (srcPos < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: source index " + srcPos + " out of bounds for "
                    + describe(s, srcLength));
        }
        if (destPos < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: destination index " + destPos
                    + " out of bounds for " + describe(d, destLength));
        }
        if ((long) srcPos + length > srcLength) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last source index " + ((long) srcPos + length)
                    + " out of bounds for " + describe(s, srcLength));
        }
        if ((long) destPos + length > destLength) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last destination index "
                    + ((long) destPos + length) + " out of bounds for " + describe(d, destLength));
        }
        if (length == 0) {
            return;
        }
        int size = s.elementSize;
        long from = Magic.addressOf(src) + ObjectLayout.ARRAY_BASE_OFFSET + (long) srcPos * size;
        long to = Magic.addressOf(dest) + ObjectLayout.ARRAY_BASE_OFFSET + (long) destPos * size;
        if (references && s != d && !TypeChecks.isSubtype(s.componentHub, d.componentHub)) {
            checkedCopy((Object[]) src, srcPos, (Object[]) dest, destPos, length, s, d);
            return;
        }
        move(from, to, (long) length * size);
    }

    private static void checkedCopy(Object[] src, int srcPos, Object[] dest, int destPos, int length, Hub s, Hub d) {
        Hub component = d.componentHub;
        for (int i = 0; i < length; i++) {
            Object value = src[srcPos + i];
            if (value != null && !TypeChecks.isSubtype(TypeChecks.hubOf(value), component)) {
                throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements"
                        + " of " + s.componentHub.name + "[] to the type of the destination array, "
                        + component.name);
            }
            Magic.storeObject(Magic.addressOf(dest) + ObjectLayout.ARRAY_BASE_OFFSET + 8L * (destPos + i), value);
        }
    }

    /** memmove: byte ranges that may overlap; 8 bytes at a time where both are aligned. */
    private static void move(long from, long to, long bytes) {
        if (to <= from || to >= from + bytes) {
            long i = 0;
            if (((from | to) & 7) == 0) {
                for (; i + 8 <= bytes; i += 8) {
                    Magic.storeLong(to + i, Magic.loadLong(from + i));
                }
            }
            for (; i < bytes; i++) {
                Magic.storeByte(to + i, Magic.loadByte(from + i));
            }
        } else {
            long i = bytes;
            if (((from | to | bytes) & 7) == 0) {
                for (; i >= 8; i -= 8) {
                    Magic.storeLong(to + i - 8, Magic.loadLong(from + i - 8));
                }
            }
            for (; i > 0; i--) {
                Magic.storeByte(to + i - 1, Magic.loadByte(from + i - 1));
            }
        }
    }

    private static int length(Object array) {
        return Magic.loadInt(Magic.addressOf(array) + ObjectLayout.ARRAY_LENGTH_OFFSET);
    }

    /** HotSpot's names in these messages: "int[]", or "object array[]" for any reference array. */
    private static String describe(Hub array) {
        return (array.flags & Hub.REFERENCE_ELEMENTS) != 0 ? "object array[]" : array.componentHub.name + "[]";
    }

    private static String describe(Hub array, int length) {
        String type = (array.flags & Hub.REFERENCE_ELEMENTS) != 0 ? "object array" : array.componentHub.name;
        return type + "[" + length + "]";
    }
}
