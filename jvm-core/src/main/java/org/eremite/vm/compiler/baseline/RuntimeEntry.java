package org.eremite.vm.compiler.baseline;

/**
 * The calls compiled code makes into the VM runtime. Each entry is an ordinary function with the target's C
 * calling convention (DESIGN.md: SysV AMD64, AAPCS64, LP64D), whose signature is documented below in C, with
 * {@code Object} for a reference, {@code Hub} for a class's hub and {@code jint} for a 32-bit Java int. The
 * runtime implements them in Java later; a test harness may implement them in assembly. An entry documented as
 * "does not return" unwinds to a handler or ends the thread; compiled code emits nothing after its call.
 *
 * <p>Every call to an entry is a GC safepoint: the compiler records a GC map at its return address, exactly as
 * for a Java call. {@link #THROW_STACK_OVERFLOW} is not called but jumped to, with the return address of the
 * caller's call on top, whose GC map is the call's.
 */
public enum RuntimeEntry {
    /** {@code Object allocateObject(Hub* hub)}: a new zeroed instance of the (initialized) class. */
    ALLOCATE_OBJECT("allocateObject"),
    /** {@code Object allocateArray(Hub* arrayHub, jint length)}: a new zeroed array; {@code length >= 0}. */
    ALLOCATE_ARRAY("allocateArray"),
    /**
     * {@code Object allocateMultiArray(Hub* arrayHub, jint dimensions, jint* counts)}: multianewarray. The count
     * of dimension {@code i} (0 the outermost) is the 32-bit int at {@code counts + 8 * (dimensions - 1 - i)}:
     * the operand stack slots, which lie at decreasing addresses. Throws NegativeArraySizeException itself.
     */
    ALLOCATE_MULTI_ARRAY("allocateMultiArray"),
    /** {@code void initializeClass(Hub* hub)}: runs class initialization (JVMS 5.5); returns once it is done. */
    INITIALIZE_CLASS("initializeClass"),
    /** {@code void throwException(Object throwable)}: athrow; a null throwable throws NullPointerException. Does not return. */
    THROW("throwException"),
    /** {@code void throwNullPointer()}: an explicit null check failed. Does not return. */
    THROW_NULL_POINTER("throwNullPointer"),
    /**
     * {@code void throwArrayIndexOutOfBounds(jint index, jint length)}: HotSpot's message "Index 5 out of bounds
     * for length 3". Does not return.
     */
    THROW_ARRAY_INDEX_OUT_OF_BOUNDS("throwArrayIndexOutOfBounds"),
    /** {@code void throwArithmetic()}: integer division or remainder by zero, message "/ by zero". Does not return. */
    THROW_ARITHMETIC("throwArithmetic"),
    /** {@code void throwClassCast(Object object, Hub* target)}: checkcast failed. Does not return. */
    THROW_CLASS_CAST("throwClassCast"),
    /** {@code void throwArrayStore(Object array, Object value)}: aastore's store check failed. Does not return. */
    THROW_ARRAY_STORE("throwArrayStore"),
    /** {@code void throwNegativeArraySize(jint length)}: newarray or anewarray with a negative count. Does not return. */
    THROW_NEGATIVE_ARRAY_SIZE("throwNegativeArraySize"),
    /**
     * {@code jint isInstance(Object object, Hub* target)}: the slow path of checkcast and instanceof, for a
     * non-null object whose hub is not the target's: 1 if it is an instance, else 0.
     */
    IS_INSTANCE("isInstance"),
    /**
     * {@code jint isStorable(Object array, Object value)}: the slow path of aastore's store check for a non-null
     * value: 1 if the value may be stored in the array (JVMS 6.5 aastore), else 0.
     */
    IS_STORABLE("isStorable"),
    /** {@code void monitorEnter(Object object)}: monitorenter on a non-null object. */
    MONITOR_ENTER("monitorEnter"),
    /** {@code void monitorExit(Object object)}: monitorexit on a non-null object (IllegalMonitorStateException). */
    MONITOR_EXIT("monitorExit"),
    /**
     * {@code void* lookupInterfaceMethod(Hub* receiverHub, jint interfaceId, jint itableIndex)}: the code address
     * invokeinterface calls (the itable scan of {@code org.eremite.vm.object}); throws
     * IncompatibleClassChangeError or AbstractMethodError itself.
     */
    LOOKUP_INTERFACE_METHOD("lookupInterfaceMethod"),
    /**
     * {@code Object loadClassLiteral(Object nameString)}: the {@code java.lang.Class} of the class whose binary
     * name the string holds, for an {@code ldc} of a class the image has no Class object for.
     */
    LOAD_CLASS_LITERAL("loadClassLiteral"),
    /**
     * {@code void throwStackOverflow()}: a method's frame would reach below the stack limit ({@link
     * SymbolNames#STACK_LIMIT}). Entered by a jump, not a call: the prologue takes its frame down again first, so
     * the entry sees the state of the method's own entry and throws from the caller's call site (the method that
     * could not start is in no stack trace and none of its handlers applies, as with HotSpot's compiled code).
     * Its implementation is compiled without the check, since it starts below the limit. Does not return.
     */
    THROW_STACK_OVERFLOW("throwStackOverflow");

    private final String functionName;

    RuntimeEntry(String functionName) {
        this.functionName = functionName;
    }

    /** The function's name, without the {@link SymbolNames#RUNTIME_PREFIX}. */
    public String functionName() {
        return functionName;
    }

    /** True for the entries that never return to compiled code. */
    public boolean neverReturns() {
        switch (this) {
            case THROW:
            case THROW_NULL_POINTER:
            case THROW_ARRAY_INDEX_OUT_OF_BOUNDS:
            case THROW_ARITHMETIC:
            case THROW_CLASS_CAST:
            case THROW_ARRAY_STORE:
            case THROW_NEGATIVE_ARRAY_SIZE:
            case THROW_STACK_OVERFLOW:
                return true;
            default:
                return false;
        }
    }
}
