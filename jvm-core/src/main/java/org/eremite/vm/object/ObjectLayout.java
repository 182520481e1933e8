package org.eremite.vm.object;

import org.eremite.vm.classfile.TypeKind;

/**
 * The shape of every object in memory (DESIGN.md "Object model": 64-bit, two header words, arrays add a
 * length). All offsets are bytes from the object's address, which is what a reference holds.
 *
 * <pre>
 *  offset  0  class word   pointer to the hub of the object's class (type-check data, vtable, itables)
 *  offset  8  status word  identity hash, lock and GC bits ({@link StatusWord})
 *  offset 16  instance fields ({@link FieldLayout}), or for an array:
 *  offset 16  length       the element count, a 32-bit int
 *  offset 20  (padding)
 *  offset 24  elements     element i at 24 + i * elementSize(kind), for every element kind
 * </pre>
 *
 * <p><b>Why elements start at 24 for every kind:</b> long, double and reference elements need 8-byte alignment
 * (an unaligned 8-byte access is slow or faults on aarch64 and riscv64 for atomics, and a reference must be
 * read in one access for the GC), and 16 + 4 rounded up is 24. HotSpot without compressed class pointers
 * puts int elements at 20 and long elements at 24; using 24 for all kinds costs at most 4 bytes per byte, char,
 * short, int or float array and buys one base offset for every array access, array copy and GC scan.
 *
 * <p>This is exactly HotSpot 17's layout with {@code -XX:-UseCompressedOops -XX:-UseCompressedClassPointers}
 * (JDK 17's {@code arrayOopDesc} also rounds the element base up to a heap word), which the tests use as the
 * oracle. Compressed references or class pointers can come later as a different constant set.
 *
 * <p>Objects are 8-byte aligned and their sizes are multiples of 8; the smallest object (a plain
 * {@code java.lang.Object}) is the 16-byte header alone. Static fields live in a per-class statics block that
 * is laid out like an object with this same header ({@link FieldLayout#ofStatics}).
 */
public final class ObjectLayout {
    /** Bytes in a machine word and in a reference. */
    public static final int WORD_SIZE = 8;
    /** Offset of the class word: the pointer to the hub of the object's type. */
    public static final int CLASS_WORD_OFFSET = 0;
    /** Offset of the status word: identity hash, lock and GC bits ({@link StatusWord}). */
    public static final int STATUS_WORD_OFFSET = 8;
    /** Size of the header every object starts with. */
    public static final int HEADER_SIZE = 16;
    /** Offset of an array's length, a 32-bit int. */
    public static final int ARRAY_LENGTH_OFFSET = HEADER_SIZE;
    /** Size of the array length field. */
    public static final int ARRAY_LENGTH_SIZE = 4;
    /** Offset of element 0 of an array of any kind: 16 + 4, rounded up to 8 so that 8-byte elements are aligned. */
    public static final int ARRAY_BASE_OFFSET = 24;
    /** Alignment of every object's address and size. */
    public static final int OBJECT_ALIGNMENT = 8;
    /** Offset of the first instance field (or static field in a statics block). */
    public static final int FIRST_FIELD_OFFSET = HEADER_SIZE;
    /** The smallest object: a header without fields. */
    public static final int MIN_OBJECT_SIZE = HEADER_SIZE;

    private ObjectLayout() {
    }

    /** Bytes of one array element (or field) of this kind: 1, 2, 4 or 8; references are 8. */
    public static int elementSize(TypeKind kind) {
        if (kind == TypeKind.VOID) {
            throw new IllegalArgumentException("there are no void elements");
        }
        return kind.bytes();
    }

    /** log2 of {@link #elementSize}: the shift that turns an index into a byte offset. */
    public static int elementShift(TypeKind kind) {
        return Integer.numberOfTrailingZeros(elementSize(kind));
    }

    /** The offset of element {@code index} of an array of {@code kind} from the array's address. */
    public static long elementOffset(TypeKind kind, int index) {
        return ARRAY_BASE_OFFSET + ((long) index << elementShift(kind));
    }

    /**
     * The size in bytes of an array of {@code length} elements of {@code kind}: header, length, padding and
     * elements, rounded up to {@link #OBJECT_ALIGNMENT}. Computed in 64 bits with exact arithmetic: every int
     * length gives a size below 2^35, so no valid length overflows, and a negative one is rejected (the caller
     * throws NegativeArraySizeException before it gets here).
     *
     * @throws IllegalArgumentException if {@code length} is negative
     */
    public static long arraySize(TypeKind kind, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative array length " + length);
        }
        long elements = Math.multiplyExact((long) length, (long) elementSize(kind));
        return alignUp(Math.addExact(ARRAY_BASE_OFFSET, elements), OBJECT_ALIGNMENT);
    }

    /**
     * The largest array length of {@code kind} whose {@link #arraySize} is at most {@code maxBytes}; -1 if not
     * even an empty array fits. The allocator compares a requested length against this to throw
     * {@code OutOfMemoryError: Requested array size exceeds VM limit} without computing a size that overflows.
     */
    public static int maxArrayLength(TypeKind kind, long maxBytes) {
        long room = (maxBytes & -OBJECT_ALIGNMENT) - ARRAY_BASE_OFFSET;
        if (room < 0) {
            return -1;
        }
        return (int) Math.min(Integer.MAX_VALUE, room / elementSize(kind));
    }

    /** {@code value} rounded up to a multiple of {@code alignment}, a power of two. */
    public static long alignUp(long value, int alignment) {
        if (alignment <= 0 || (alignment & (alignment - 1)) != 0) {
            throw new IllegalArgumentException("alignment " + alignment + " is not a power of two");
        }
        return Math.addExact(value, alignment - 1) & -(long) alignment;
    }

    /** {@code value} rounded up to a multiple of {@code alignment}, a power of two (int version). */
    public static int alignUp(int value, int alignment) {
        return Math.toIntExact(alignUp((long) value, alignment));
    }
}
