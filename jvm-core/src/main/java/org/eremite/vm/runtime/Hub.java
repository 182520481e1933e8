package org.eremite.vm.runtime;

/**
 * The VM's description of one class, interface, array class or primitive type: the object that the class word of
 * every instance points to. Compiled code reads only the trailing vtable (at {@code Hub}'s instance size plus 8 per
 * entry) and the {@link #initialized} byte (class-initialization barriers); everything else is the runtime's.
 *
 * <p>Hubs are made by the image builder (never by {@code new} in the guest): it writes one per class of the closed
 * world into the boot heap, with the fields below and {@link #vtableLength} words of code addresses after them.
 * The guest {@code java.lang.Class} object of the class is {@link #mirror}, and the mirror points back to its hub.
 */
public final class Hub {
    /** {@link #flags}: an array class. */
    public static final int ARRAY = 1;
    /** {@link #flags}: an interface. */
    public static final int INTERFACE = 2;
    /** {@link #flags}: a primitive type ({@code int.class}...) or {@code void}. */
    public static final int PRIMITIVE = 4;
    /** {@link #flags}: an abstract class or interface. */
    public static final int ABSTRACT = 8;
    /** {@link #flags}: an enum class (a direct subclass of {@code java.lang.Enum} with the enum flag). */
    public static final int ENUM = 16;
    /** {@link #flags}: an array class whose elements are references (its component is a class, interface or array). */
    public static final int REFERENCE_ELEMENTS = 32;
    /** {@link #flags}: the class is java.lang.Throwable or a subclass. */
    public static final int THROWABLE = 64;
    /**
     * {@link #flags}: the class is in {@code java.base} (the boot loader's), for messages that name module and loader
     * as HotSpot's do ("... are in module java.base of loader 'bootstrap'" against "in unnamed module of loader
     * 'app'"); an array class has its element type's.
     */
    public static final int JAVA_BASE = 128;
    /**
     * {@link #flags}: the class names {@code Comparable<itself>} among its direct superinterfaces in its generic
     * signature: the test {@code HashMap.comparableClassFor} makes with reflection, answered at build time.
     */
    public static final int COMPARABLE_TO_ITSELF = 256;

    /**
     * The hub of each interface-like type by its {@link #interfaceId}, so that an IncompatibleClassChangeError can
     * name the interface an invokeinterface asked for. Set by the image builder (if null or too short, the message
     * names the id instead).
     */
    public static Hub[] interfaceHubs;

    /** {@link #initState}: not yet initialized (JVMS 5.5). */
    public static final int UNINITIALIZED = 0;
    /** {@link #initState}: being initialized (by the one thread). */
    public static final int BEING_INITIALIZED = 1;
    /** {@link #initState}: fully initialized. */
    public static final int INITIALIZED = 2;
    /** {@link #initState}: initialization failed: every later use throws NoClassDefFoundError. */
    public static final int ERRONEOUS = 3;

    /** The binary name as {@code Class.getName} returns it: {@code java.lang.String}, {@code [I}, {@code int}. */
    public String name;
    /** The guest's {@code java.lang.Class} object of this class. */
    public Class<?> mirror;
    /** {@link #ARRAY}, {@link #INTERFACE} ... */
    public int flags;
    /** The class's access flags as {@code Class.getModifiers} returns them. */
    public int modifiers;
    /** Bytes of an instance, header included, a multiple of 8; 0 for interfaces, arrays and primitives. */
    public int instanceSize;
    /** Bytes of an element of an array class (1, 2, 4 or 8); 0 otherwise. */
    public int elementSize;
    /** The superclass's hub; null for Object, interfaces and primitives. An array's is Object's. */
    public Hub superHub;
    /** An array class's component type; null otherwise. */
    public Hub componentHub;
    /** The array class whose component this is, if the closed world has it; else null. */
    public Hub arrayHub;

    /** Depth in the class hierarchy: 0 for Object, 1 for its direct subclasses and for array classes ... */
    public int depth;
    /**
     * The Cohen display: {@code display[d]} is the superclass at depth {@code d}, {@code display[depth] == this}.
     * For an array class, its own display (Object, this).
     */
    public Hub[] display;
    /** An interface's number (index into {@link #interfaceBits} of implementers); -1 for other types. */
    public int interfaceId;
    /**
     * The interfaces this type implements, directly or not (itself too if it is an interface), as a bit set over
     * interface ids: bit {@code id & 63} of word {@code id >> 6}. Arrays: Cloneable and Serializable.
     */
    public long[] interfaceBits;
    /** The interface ids that have an itable in this class, in the order of {@link #itables}. */
    public int[] itableIds;
    /**
     * Per implemented interface, the code addresses of its methods in the interface's itable order (0 where the
     * class has no implementation: AbstractMethodError).
     */
    public long[][] itables;

    /** {@link #UNINITIALIZED} ... */
    public int initState;
    /** Non-zero once the class is initialized: the byte compiled class-initialization barriers test. */
    public byte initialized;
    /**
     * What initializing this class initializes first (JVMS 5.5 step 7), in order: for a class, its superclass's hub
     * is {@link #superHub} and this lists the superinterfaces (direct or not) that declare a non-abstract,
     * non-static method; empty for interfaces and arrays.
     */
    public Hub[] initializationInterfaces;
    /** The code address of {@code <clinit>}, or 0 if the class has none (in the image). */
    public long classInitializer;
    /** The code address of an enum's static {@code values()} method, or 0. */
    public long enumValues;
    /**
     * Why initialization failed (state {@link #ERRONEOUS}), as HotSpot 17 records it: an ExceptionInInitializerError
     * whose message names the original exception ("Exception java.lang.ArithmeticException: / by zero [in thread
     * "main"]") and whose stack trace is the original's; the cause of every later NoClassDefFoundError.
     */
    public Throwable initializationError;
    /**
     * An interface's methods in itable order as HotSpot's error messages print them: return type, name and
     * parameter types in source form ({@code void run()}, {@code java.lang.String[] split(int, java.lang.String)});
     * null for other types, or when the builder leaves it out (an AbstractMethodError then names no method).
     */
    public String[] itableSignatures;
    /** The number of vtable entries that follow the fields. */
    public int vtableLength;

    private Hub() {
    }
}
