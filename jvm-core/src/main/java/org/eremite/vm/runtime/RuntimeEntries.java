package org.eremite.vm.runtime;

import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;

/**
 * The functions compiled code calls ({@code org.eremite.vm.compiler.baseline.RuntimeEntry}): one method per
 * entry, named as its {@code functionName()}, with the Java signature of its C signature (Hub for Hub*, Object
 * for a reference, int for jint, long for a pointer). The image builder binds each entry's symbol to the method
 * of that name. The entries documented as never returning end in a throw: javac's athrow is itself a call of
 * {@link #throwException}, which hands the exception to the {@link Unwinder}; the extra frame holds no handler.
 */
public final class RuntimeEntries {
    private RuntimeEntries() {
    }

    public static Object allocateObject(Hub hub) {
        return Heap.allocateObject(hub);
    }

    public static Object allocateArray(Hub arrayHub, int length) {
        return Heap.allocateArray(arrayHub, length);
    }

    /**
     * multianewarray: the count of dimension {@code i} (0 the outermost) is the int at
     * {@code counts + 8 * (dimensions - 1 - i)}. Every count is checked before anything is allocated (JVMS 6.5),
     * outermost first, as HotSpot reports the first negative one.
     */
    public static Object allocateMultiArray(Hub arrayHub, int dimensions, long counts) {
        for (int i = 0; i < dimensions; i++) {
            int count = count(counts, dimensions, i);
            if (count < 0) {
                throw new NegativeArraySizeException(Messages.negativeArraySize(count));
            }
        }
        return allocateDimension(arrayHub, dimensions, counts, 0);
    }

    private static int count(long counts, int dimensions, int dimension) {
        return Magic.loadInt(counts, 8L * (dimensions - 1 - dimension));
    }

    /** The array of dimension {@code dimension} and, recursively, its sub-arrays. */
    private static Object allocateDimension(Hub arrayHub, int dimensions, long counts, int dimension) {
        int length = count(counts, dimensions, dimension);
        Object array = Heap.allocateArray(arrayHub, length);
        if (dimension + 1 < dimensions) {
            for (int i = 0; i < length; i++) {
                Object element = allocateDimension(arrayHub.componentHub, dimensions, counts, dimension + 1);
                // No GC moves anything yet, so the array's address holds across the allocation above.
                Magic.storeObject(Magic.addressOf(array),
                        ObjectLayout.ARRAY_BASE_OFFSET + (long) i * ObjectLayout.WORD_SIZE, element);
            }
        }
        return array;
    }

    public static void initializeClass(Hub hub) {
        ClassInitialization.initialize(hub);
    }

    /** athrow: the one entry that calls the unwinder directly (a {@code throw} here would call itself). */
    public static void throwException(Object throwable) {
        if (throwable == null) {
            throwable = new NullPointerException();
        }
        Unwinder.raise((Throwable) throwable);
    }

    public static void throwNullPointer() {
        throw new NullPointerException();
    }

    public static void throwArrayIndexOutOfBounds(int index, int length) {
        throw new ArrayIndexOutOfBoundsException(Messages.arrayIndexOutOfBounds(index, length));
    }

    public static void throwArithmetic() {
        throw new ArithmeticException(Messages.divisionByZero());
    }

    public static void throwClassCast(Object object, Hub target) {
        throw new ClassCastException(Messages.classCast(TypeChecks.hubOf(object), target));
    }

    public static void throwArrayStore(Object array, Object value) {
        throw new ArrayStoreException(Messages.arrayStore(TypeChecks.hubOf(value)));
    }

    public static void throwNegativeArraySize(int length) {
        throw new NegativeArraySizeException(Messages.negativeArraySize(length));
    }

    /**
     * A method's frame would reach below the stack limit: entered by a jump from its prologue once the frame is
     * down again, so this frame hangs off the caller's call site. The reserve under the limit is opened for making
     * and throwing the error (HotSpot's has no message); the unwinder closes it when the error is caught
     * ({@link StackLimit}). This method alone is compiled without the limit check, and it calls nothing before the
     * limit is lowered, since every other method checks it. Overflowing the reserve too ends the VM.
     */
    public static void throwStackOverflow() {
        long limit = Magic.loadLong(StackLimit.word);
        if (StackLimit.normal != 0) {
            Magic.storeLong(StackLimit.word, 0); // no more checks: what is left must do for the last words
            Fatal.stackExhausted();
        }
        Magic.storeLong(StackLimit.word, limit - StackLimit.RESERVE + StackLimit.LAST_RESORT);
        StackLimit.normal = limit;
        throw new StackOverflowError();
    }

    public static int isInstance(Object object, Hub target) {
        return TypeChecks.isInstance(object, target);
    }

    public static int isStorable(Object array, Object value) {
        return TypeChecks.isStorable(array, value);
    }

    public static void monitorEnter(Object object) {
        Monitors.enter(object);
    }

    public static void monitorExit(Object object) {
        Monitors.exit(object);
    }

    public static long lookupInterfaceMethod(Hub receiverHub, int interfaceId, int itableIndex) {
        return InterfaceDispatch.lookup(receiverHub, interfaceId, itableIndex);
    }

    /**
     * A class literal the image has no class for: with no run-time class loading yet, HotSpot's error for a
     * missing class (the internal name as message). Run-time loading will answer here.
     */
    public static Object loadClassLiteral(Object nameString) {
        throw new NoClassDefFoundError(Messages.noClassDefinition((String) nameString));
    }
}
