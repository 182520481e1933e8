package org.eremite.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The oracle of the Magic corpus: a plain-Java model of {@link Magic} with the same static methods, for the HotSpot
 * side of the differential test, which cannot run intrinsics. {@link #load} redefines a corpus class with every
 * call of Magic redirected here; its results are what the compiled code must print. Nothing is typed in by hand:
 * <ul>
 *   <li><b>Memory</b> is the objects themselves. {@code addressOf} gives each object a made-up address (a 1 MiB
 *       region each, 0 for null) and {@code toObject} inverts it. A {@code long[]}'s words are its elements at
 *       {@link ObjectLayout#ARRAY_BASE_OFFSET}, its length the int at {@link ObjectLayout#ARRAY_LENGTH_OFFSET}; an
 *       access of width n reads or writes n single bytes of those longs in little-endian order (the byte order of
 *       all our ISAs), and sub-int loads extend as Java's casts do. A reference is stored as its address.</li>
 *   <li><b>Frames</b> are numbered by their depth on the host's stack (StackWalker): a frame at depth d has the
 *       frame pointer {@code TOP - STEP * d}, its caller's is one STEP higher, the stack pointer is half a STEP
 *       below, and the return address is derived from the caller frame's method and bytecode index, so the same
 *       call site gives the same value and different sites different ones. The corpus only compares frame values
 *       with each other, so the model agrees with any real stack whose frames are linked.</li>
 *   <li><b>Code</b> is the corpus class's own methods: {@link #methodAddress} gives each one a made-up address
 *       (where the guest's harness passes the compiled method's symbol), and {@code callVoid} and
 *       {@code callObject} invoke the method of that address in the class that calls them (the redefined one), so
 *       its effects and exceptions are the callee's own.</li>
 *   <li><b>Resume</b> can only continue a frame after the call it is making (at a return address, with that
 *       frame's stack and frame pointers, which is what the corpus uses it for). The model checks exactly that
 *       and throws {@link Resumed}, which unwinds the frames in between; the corpus wraps such a call in a
 *       {@code catch (Throwable)} with nothing after the call inside the {@code try}, so continuing after the
 *       call (compiled) and after the catch (here) is the same.</li>
 *   <li>{@code fence} and {@code pause} do nothing (one thread).</li>
 * </ul>
 */
public final class HostMagic {
    private static final long FIRST_OBJECT = 0x4000_0000L;
    private static final long REGION = 1L << 20;
    private static final long TOP = 0x7000_0000_0000L;
    private static final long STEP = 0x1000;

    private static final long FIRST_METHOD = 0x2000_0000L;
    private static final long METHOD_STEP = 0x100;

    private static final Map<Object, Long> ADDRESSES = new IdentityHashMap<>();
    private static final List<Object> OBJECTS = new ArrayList<>();
    /** The methods that have an address: name and descriptor, the address's index. */
    private static final List<String> METHODS = new ArrayList<>();

    /** What {@link #resume} throws to end the frames between it and the frame it continues. */
    public static final class Resumed extends Error {
        private static final long serialVersionUID = 1L;

        Resumed() {
            super("resumed", null, false, false);
        }
    }

    private HostMagic() {
    }

    /** {@code corpus} redefined in a class loader of its own, its Magic calls made to this class. */
    static Class<?> load(Class<?> corpus) throws IOException {
        String name = corpus.getName();
        byte[] original;
        try (InputStream in = corpus.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            original = in.readAllBytes();
        }
        String host = HostMagic.class.getName().replace('.', '/');
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(original).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, method, descriptor, signature,
                        exceptions)) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String callee, String desc, boolean itf) {
                        super.visitMethodInsn(opcode, owner.equals(Magic.INTERNAL_NAME) ? host : owner, callee, desc,
                                itf);
                    }
                };
            }
        }, 0);
        byte[] redirected = writer.toByteArray();
        ClassLoader loader = new ClassLoader(HostMagic.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
                if (!className.equals(name)) {
                    return super.loadClass(className, resolve);
                }
                synchronized (getClassLoadingLock(className)) {
                    Class<?> loaded = findLoadedClass(className);
                    return loaded != null ? loaded : defineClass(className, redirected, 0, redirected.length);
                }
            }
        };
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    // ---------------------------------------------------------------- the memory model

    private static long[] words(long address) {
        if (address >= FIRST_OBJECT) {
            int index = (int) ((address - FIRST_OBJECT) / REGION);
            if (index < OBJECTS.size() && OBJECTS.get(index) instanceof long[] array) {
                return array;
            }
        }
        throw new IllegalArgumentException("the model has no long[] at 0x" + Long.toHexString(address));
    }

    private static long offsetInObject(long address) {
        return (address - FIRST_OBJECT) % REGION;
    }

    private static int byteAt(long address) {
        long[] array = words(address);
        long offset = offsetInObject(address);
        if (offset >= ObjectLayout.ARRAY_LENGTH_OFFSET && offset < ObjectLayout.ARRAY_LENGTH_OFFSET + 4) {
            return array.length >>> (8 * (offset - ObjectLayout.ARRAY_LENGTH_OFFSET)) & 0xFF;
        }
        long element = offset - ObjectLayout.ARRAY_BASE_OFFSET;
        if (element < 0 || element >= 8L * array.length) {
            throw new IllegalArgumentException("the model reads outside the elements at offset " + offset);
        }
        return (int) (array[(int) (element / 8)] >>> (8 * (element % 8))) & 0xFF;
    }

    private static void putByte(long address, int value) {
        long[] array = words(address);
        long element = offsetInObject(address) - ObjectLayout.ARRAY_BASE_OFFSET;
        if (element < 0 || element >= 8L * array.length) {
            throw new IllegalArgumentException("the model writes outside the elements at offset " + (element + 24));
        }
        int index = (int) (element / 8);
        long shift = 8 * (element % 8);
        array[index] = array[index] & ~(0xFFL << shift) | (value & 0xFFL) << shift;
    }

    /** The little-endian value of the {@code bytes} bytes at {@code address}. */
    private static long read(long address, int bytes) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value |= (long) byteAt(address + i) << (8 * i);
        }
        return value;
    }

    private static void write(long address, int bytes, long value) {
        for (int i = 0; i < bytes; i++) {
            putByte(address + i, (int) (value >>> (8 * i)));
        }
    }

    // ---------------------------------------------------------------- Magic, modelled

    public static byte loadByte(long address) {
        return (byte) read(address, 1);
    }

    public static byte loadByte(long base, long offset) {
        return loadByte(base + offset);
    }

    public static void storeByte(long address, byte value) {
        write(address, 1, value);
    }

    public static void storeByte(long base, long offset, byte value) {
        storeByte(base + offset, value);
    }

    public static short loadShort(long address) {
        return (short) read(address, 2);
    }

    public static short loadShort(long base, long offset) {
        return loadShort(base + offset);
    }

    public static void storeShort(long address, short value) {
        write(address, 2, value);
    }

    public static void storeShort(long base, long offset, short value) {
        storeShort(base + offset, value);
    }

    public static char loadChar(long address) {
        return (char) read(address, 2);
    }

    public static char loadChar(long base, long offset) {
        return loadChar(base + offset);
    }

    public static void storeChar(long address, char value) {
        write(address, 2, value);
    }

    public static void storeChar(long base, long offset, char value) {
        storeChar(base + offset, value);
    }

    public static int loadInt(long address) {
        return (int) read(address, 4);
    }

    public static int loadInt(long base, long offset) {
        return loadInt(base + offset);
    }

    public static void storeInt(long address, int value) {
        write(address, 4, value);
    }

    public static void storeInt(long base, long offset, int value) {
        storeInt(base + offset, value);
    }

    public static long loadLong(long address) {
        return read(address, 8);
    }

    public static long loadLong(long base, long offset) {
        return loadLong(base + offset);
    }

    public static void storeLong(long address, long value) {
        write(address, 8, value);
    }

    public static void storeLong(long base, long offset, long value) {
        storeLong(base + offset, value);
    }

    public static float loadFloat(long address) {
        return Float.intBitsToFloat(loadInt(address));
    }

    public static float loadFloat(long base, long offset) {
        return loadFloat(base + offset);
    }

    public static void storeFloat(long address, float value) {
        storeInt(address, Float.floatToRawIntBits(value));
    }

    public static void storeFloat(long base, long offset, float value) {
        storeFloat(base + offset, value);
    }

    public static double loadDouble(long address) {
        return Double.longBitsToDouble(loadLong(address));
    }

    public static double loadDouble(long base, long offset) {
        return loadDouble(base + offset);
    }

    public static void storeDouble(long address, double value) {
        storeLong(address, Double.doubleToRawLongBits(value));
    }

    public static void storeDouble(long base, long offset, double value) {
        storeDouble(base + offset, value);
    }

    public static Object loadObject(long address) {
        return toObject(loadLong(address));
    }

    public static Object loadObject(long base, long offset) {
        return loadObject(base + offset);
    }

    public static void storeObject(long address, Object value) {
        storeLong(address, addressOf(value));
    }

    public static void storeObject(long base, long offset, Object value) {
        storeObject(base + offset, value);
    }

    public static long addressOf(Object object) {
        if (object == null) {
            return 0;
        }
        Long address = ADDRESSES.get(object);
        if (address == null) {
            address = FIRST_OBJECT + REGION * OBJECTS.size();
            ADDRESSES.put(object, address);
            OBJECTS.add(object);
        }
        return address;
    }

    public static Object toObject(long address) {
        if (address == 0) {
            return null;
        }
        long index = (address - FIRST_OBJECT) / REGION;
        if (address < FIRST_OBJECT || offsetInObject(address) != 0 || index >= OBJECTS.size()) {
            throw new IllegalArgumentException("the model has no object at 0x" + Long.toHexString(address));
        }
        return OBJECTS.get((int) index);
    }

    /** The depth of the frame that called a HostMagic method (frames from the bottom of the stack). */
    private static long callerDepth() {
        return StackWalker.getInstance().walk(frames -> frames.count()) - 2;
    }

    public static long framePointer() {
        return TOP - STEP * callerDepth();
    }

    public static long callerFramePointer(long framePointer) {
        return framePointer + STEP;
    }

    /** Where the frame at {@code framePointer} returns: its caller's method and bytecode index, as one number. */
    public static long returnAddress(long framePointer) {
        long depth = (TOP - framePointer) / STEP;
        List<StackWalker.StackFrame> frames = StackWalker.getInstance().walk(s -> s.toList());
        // frames.get(0) is this method, at depth frames.size(); the frame at depth k is frames.get(size - k).
        StackWalker.StackFrame caller = frames.get((int) (frames.size() - (depth - 1)));
        String site = caller.getClassName() + "." + caller.getMethodName() + caller.getDescriptor();
        return ((long) site.hashCode() << 32) + caller.getByteCodeIndex();
    }

    public static long stackPointer() {
        return TOP - STEP * callerDepth() - STEP / 2;
    }

    // ---------------------------------------------------------------- control transfer, modelled

    /** The made-up address of the corpus method {@code name}{@code descriptor}, for callVoid and callObject. */
    static long methodAddress(String name, String descriptor) {
        String method = name + descriptor;
        int index = METHODS.indexOf(method);
        if (index < 0) {
            index = METHODS.size();
            METHODS.add(method);
        }
        return FIRST_METHOD + METHOD_STEP * index;
    }

    /** Invokes the method of {@code address} in the class of the calling method, as compiled code would call it. */
    private static Object call(long address, Class<?> caller) {
        long index = (address - FIRST_METHOD) / METHOD_STEP;
        if (address < FIRST_METHOD || (address - FIRST_METHOD) % METHOD_STEP != 0 || index >= METHODS.size()) {
            throw new IllegalArgumentException("the model has no method at 0x" + Long.toHexString(address));
        }
        String wanted = METHODS.get((int) index);
        for (java.lang.reflect.Method method : caller.getDeclaredMethods()) {
            if (wanted.equals(method.getName() + org.objectweb.asm.Type.getMethodDescriptor(method))) {
                if (!java.lang.reflect.Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0) {
                    throw new IllegalArgumentException(wanted + " is not a static method without parameters");
                }
                method.setAccessible(true);
                try {
                    return method.invoke(null);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw (Error) e.getCause();
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new IllegalArgumentException(caller.getName() + " has no method " + wanted);
    }

    private static final StackWalker CLASSES = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    public static void callVoid(long address) {
        call(address, CLASSES.getCallerClass());
    }

    public static Object callObject(long address) {
        return call(address, CLASSES.getCallerClass());
    }

    /**
     * Continues the frame at {@code framePointer} after the call it is making, which must be where {@code pc}
     * says (the return address of its callee's frame) with {@code stackPointer} its stack pointer; anything else
     * the model cannot do and refuses.
     */
    public static void resume(long pc, long stackPointer, long framePointer) {
        long depth = (TOP - framePointer) / STEP;
        if ((TOP - framePointer) % STEP != 0 || depth < 1 || depth >= callerDepth()) {
            throw new IllegalArgumentException("resume: 0x" + Long.toHexString(framePointer)
                    + " is not the frame pointer of a caller");
        }
        if (stackPointer != framePointer - STEP / 2) {
            throw new IllegalArgumentException("resume: the stack pointer is not that frame's");
        }
        if (pc != returnAddress(framePointer - STEP)) {
            throw new IllegalArgumentException("resume: the pc is not the return address of that frame's call");
        }
        throw new Resumed();
    }

    public static void fence() {
    }

    public static void pause() {
    }
}
