package org.eremite.vm.classfile;

import org.eremite.vm.testing.JdkClassFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

/**
 * Real class files of java.base corrupted in specific ways: the parser must throw {@link ClassFormatException}
 * whose message names the class (or, before this_class is read, the source), the problem and the byte offset.
 * Offsets are located with ASM's ClassReader ({@code getItem}, {@code header}) and {@link AsmOracle}'s walk.
 */
class MalformedClassFileTest {
    private static final String SOURCE = "java/lang/Object.class";
    private static final byte[] OBJECT = JdkClassFiles.bytesOf("java/lang/Object");

    private static ClassFormatException reject(byte[] bytes) {
        return assertThrows(ClassFormatException.class, () -> ClassFileParser.parse(bytes, SOURCE));
    }

    private static ClassFormatException reject(byte[] bytes, String source) {
        return assertThrows(ClassFormatException.class, () -> ClassFileParser.parse(bytes, source));
    }

    private static void putU2(byte[] b, int offset, int value) {
        b[offset] = (byte) (value >>> 8);
        b[offset + 1] = (byte) value;
    }

    private static void putU4(byte[] b, int offset, int value) {
        putU2(b, offset, value >>> 16);
        putU2(b, offset + 2, value);
    }

    private static int u2(byte[] b, int offset) {
        return ((b[offset] & 0xFF) << 8) | (b[offset + 1] & 0xFF);
    }

    private static int u4(byte[] b, int offset) {
        return (u2(b, offset) << 16) | u2(b, offset + 2);
    }

    private static String hex(int offset) {
        return "0x" + Integer.toHexString(offset);
    }

    @Test
    void badMagic() {
        byte[] b = OBJECT.clone();
        b[3] = (byte) 0xB0;
        ClassFormatException e = reject(b);
        assertEquals(SOURCE + ": bad magic 0xcafebab0 at offset 0x0", e.getMessage());
        assertEquals(SOURCE, e.className());
        assertEquals(0, e.offset());
    }

    @Test
    void version62IsUnsupported() {
        byte[] b = OBJECT.clone();
        putU2(b, 6, 62);
        ClassFormatException e = reject(b);
        assertEquals(SOURCE + ": unsupported class file version 62.0 (supported: 45.0 to 61.0) at offset 0x4",
                e.getMessage());
        assertTrue(e.isUnsupportedVersion());
        putU2(b, 6, 44);
        assertTrue(reject(b).getMessage().contains("unsupported class file version 44.0"));
    }

    @Test
    void previewMinorVersionIsRejectedClearly() {
        byte[] b = OBJECT.clone();
        putU2(b, 4, 0xFFFF);
        ClassFormatException e = reject(b);
        assertEquals(SOURCE + ": class file version 61.65535 uses Java SE preview features (javac --enable-preview),"
                + " which Eremite does not support at offset 0x4", e.getMessage());
        assertTrue(e.isUnsupportedVersion());
        putU2(b, 4, 3);
        assertTrue(reject(b).getMessage().contains("61.3 has a minor version other than 0"));
    }

    @Test
    void oldMajorVersionsAcceptAnyMinorVersion() {
        // JVMS 4.1: before 56 the minor version is free. java/lang/Object's bytes are valid as 55.7.
        byte[] b = OBJECT.clone();
        putU2(b, 4, 7);
        putU2(b, 6, 55);
        ClassFile c = ClassFileParser.parse(b);
        assertEquals(55, c.majorVersion());
        assertEquals(7, c.minorVersion());
    }

    /** Every prefix of java/lang/Object is rejected, with "truncated" and an offset within the prefix. */
    @Test
    void everyTruncationIsReportedWithItsOffset() {
        ClassReader r = new ClassReader(OBJECT);
        int poolCount = r.getItemCount();
        for (int cut = 0; cut < OBJECT.length; cut++) {
            ClassFormatException e = reject(Arrays.copyOf(OBJECT, cut));
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
            assertTrue(e.offset() >= 0 && e.offset() <= cut, cut + ": " + e.getMessage());
            if (cut >= 10 && cut < r.header) {
                // Inside the constant pool: name the entry and where it starts, as ASM's index of entries says.
                int entry = poolCount - 1;
                while (r.getItem(entry) == 0 || r.getItem(entry) - 1 > cut) {
                    entry--;
                }
                int start = r.getItem(entry) - 1;
                assertEquals(SOURCE + ": truncated constant pool entry " + entry + " at offset " + hex(start),
                        e.getMessage(), "cut at " + cut);
            } else if (cut >= r.header + 4) {
                assertEquals("java/lang/Object", e.className(), e.getMessage());
            }
        }
    }

    @Test
    void bytesAfterTheEndAreRejected() {
        byte[] b = Arrays.copyOf(OBJECT, OBJECT.length + 3);
        assertEquals("java/lang/Object: 3 extra bytes after the end of the class file at offset " + hex(OBJECT.length),
                reject(b).getMessage());
    }

    @Test
    void constantPoolIndexOutOfRangeInAMethod() {
        byte[] b = OBJECT.clone();
        AsmOracle.MethodLayout method = new AsmOracle(OBJECT).methodLayouts().get(0);
        putU2(b, method.offset() + 2, 999);
        int size = new ClassReader(OBJECT).getItemCount();
        assertEquals("java/lang/Object: bad constant pool index 999 for method name_index (expected CONSTANT_Utf8),"
                + " constant pool size " + size + " at offset " + hex(method.offset() + 2), reject(b).getMessage());
    }

    @Test
    void constantPoolIndexOutOfRangeInsideThePool() {
        byte[] b = OBJECT.clone();
        ClassReader r = new ClassReader(OBJECT);
        int methodref = firstEntry(r, ConstantTag.METHODREF);
        putU2(b, r.getItem(methodref), 999);
        assertEquals("java/lang/Object: constant pool entry " + methodref + " (CONSTANT_Methodref): bad constant pool"
                + " index 999 (expected CONSTANT_Class) at offset " + hex(r.getItem(methodref) - 1), reject(b).getMessage());
    }

    private static int firstEntry(ClassReader r, int tag) {
        for (int i = 1; i < r.getItemCount(); i++) {
            if (r.getItem(i) != 0 && r.readByte(r.getItem(i) - 1) == tag) {
                return i;
            }
        }
        throw new AssertionError("no entry with tag " + tag);
    }

    @Test
    void wrongTagWhereAClassIsExpected() {
        byte[] string = JdkClassFiles.bytesOf("java/lang/String");
        ClassReader r = new ClassReader(string);
        int utf8 = firstEntry(r, ConstantTag.UTF8);
        byte[] b = string.clone();
        putU2(b, r.header + 4, utf8); // super_class
        assertEquals("java/lang/String: super_class: constant pool entry " + utf8 + " is CONSTANT_Utf8, expected"
                + " CONSTANT_Class at offset " + hex(r.header + 4), reject(b, "String.class").getMessage());
        // A Class entry whose name is not a Utf8 is caught in the constant pool itself.
        b = string.clone();
        int classEntry = firstEntry(r, ConstantTag.CLASS);
        putU2(b, r.getItem(classEntry), classEntry);
        assertEquals("java/lang/String: constant pool entry " + classEntry + " (CONSTANT_Class): refers to entry "
                + classEntry + ", a CONSTANT_Class, where a CONSTANT_Utf8 is expected at offset "
                + hex(r.getItem(classEntry) - 1), reject(b, "String.class").getMessage());
    }

    @Test
    void badMethodDescriptor() {
        byte[] b = OBJECT.clone();
        ClassReader r = new ClassReader(OBJECT);
        AsmOracle.MethodLayout method = new AsmOracle(OBJECT).methodLayouts().get(1);
        int thisClassName = r.readUnsignedShort(r.getItem(r.readUnsignedShort(r.header + 2))); // "java/lang/Object"
        putU2(b, method.offset() + 4, thisClassName);
        assertEquals("java/lang/Object: method " + method.name() + ": illegal method descriptor: descriptor"
                + " \"java/lang/Object\" does not start with '(' (at 0) at offset " + hex(method.offset() + 4),
                reject(b).getMessage());
    }

    @Test
    void codeLengthZero() {
        byte[] b = OBJECT.clone();
        AsmOracle.MethodLayout method = codeMethod(OBJECT);
        putU4(b, method.codeAttribute() + 10, 0);
        assertEquals("java/lang/Object: method " + method.name() + method.descriptor() + ": code length 0 at offset "
                + hex(method.codeAttribute() + 10), reject(b).getMessage());
    }

    @Test
    void codeLength65536() {
        byte[] b = OBJECT.clone();
        AsmOracle.MethodLayout method = codeMethod(OBJECT);
        putU4(b, method.codeAttribute() + 10, 65536);
        assertEquals("java/lang/Object: method " + method.name() + method.descriptor() + ": code length 65536, must be"
                + " less than 65536 at offset " + hex(method.codeAttribute() + 10), reject(b).getMessage());
    }

    private static AsmOracle.MethodLayout codeMethod(byte[] bytes) {
        for (AsmOracle.MethodLayout m : new AsmOracle(bytes).methodLayouts()) {
            if (m.codeAttribute() >= 0) {
                return m;
            }
        }
        throw new AssertionError("no method with code");
    }

    /** The first method of java/lang/String with an exception table, and its first entry's offset. */
    private record Handler(AsmOracle.MethodLayout method, int codeLength, int entry) {
    }

    private static Handler firstHandler(byte[] bytes) {
        for (AsmOracle.MethodLayout m : new AsmOracle(bytes).methodLayouts()) {
            if (m.codeAttribute() < 0) {
                continue;
            }
            int codeLength = u4(bytes, m.codeAttribute() + 10);
            int table = m.codeAttribute() + 14 + codeLength;
            if (u2(bytes, table) > 0) {
                return new Handler(m, codeLength, table + 2);
            }
        }
        throw new AssertionError("no exception handler");
    }

    @Test
    void exceptionHandlerBeyondTheCode() {
        byte[] string = JdkClassFiles.bytesOf("java/lang/String");
        Handler h = firstHandler(string);
        String method = "java/lang/String: method " + h.method.name() + h.method.descriptor() + ": exception handler 0";
        byte[] b = string.clone();
        putU2(b, h.entry + 4, h.codeLength);
        assertEquals(method + " starts at pc " + h.codeLength + ", beyond the code of length " + h.codeLength
                + " at offset " + hex(h.entry), reject(b).getMessage());
        b = string.clone();
        putU2(b, h.entry + 2, h.codeLength + 1);
        assertTrue(reject(b).getMessage().startsWith(method + " covers ["), reject(b).getMessage());
        b = string.clone();
        putU2(b, h.entry + 2, u2(string, h.entry)); // end_pc == start_pc: an empty range
        assertTrue(reject(b).getMessage().contains("not a non-empty range"));
    }

    @Test
    void catchTypeMustBeAClass() {
        byte[] string = JdkClassFiles.bytesOf("java/lang/String");
        Handler h = firstHandler(string);
        int utf8 = firstEntry(new ClassReader(string), ConstantTag.UTF8);
        byte[] b = string.clone();
        putU2(b, h.entry + 6, utf8);
        assertEquals("java/lang/String: method " + h.method.name() + h.method.descriptor() + ": catch_type: constant"
                + " pool entry " + utf8 + " is CONSTANT_Utf8, expected CONSTANT_Class at offset " + hex(h.entry + 6),
                reject(b).getMessage());
    }

    @Test
    void nativeMethodWithCodeAndConcreteMethodWithout() {
        byte[] b = OBJECT.clone();
        AsmOracle.MethodLayout method = null;
        for (AsmOracle.MethodLayout m : new AsmOracle(OBJECT).methodLayouts()) {
            if (m.name().equals("toString")) {
                method = m;
            }
        }
        int flags = u2(b, method.offset());
        putU2(b, method.offset(), flags | AccessFlags.ACC_NATIVE);
        assertTrue(reject(b).getMessage().endsWith("a native or abstract method has a Code attribute at offset "
                + hex(method.codeAttribute())), reject(b).getMessage());
        // Object.getClass is native: clearing ACC_NATIVE leaves a concrete method without code.
        b = OBJECT.clone();
        for (AsmOracle.MethodLayout m : new AsmOracle(OBJECT).methodLayouts()) {
            if (m.name().equals("getClass")) {
                putU2(b, m.offset(), u2(b, m.offset()) & ~AccessFlags.ACC_NATIVE);
                assertEquals("java/lang/Object: method getClass()Ljava/lang/Class;: no Code attribute, and the method"
                        + " is neither native nor abstract at offset " + hex(m.offset()), reject(b).getMessage());
            }
        }
    }

    @Test
    void maxLocalsMustHoldTheArguments() {
        byte[] b = OBJECT.clone();
        AsmOracle.MethodLayout equals = null;
        for (AsmOracle.MethodLayout m : new AsmOracle(OBJECT).methodLayouts()) {
            if (m.name().equals("equals")) {
                equals = m;
            }
        }
        putU2(b, equals.codeAttribute() + 8, 1); // this + one argument need 2
        assertEquals("java/lang/Object: method equals(Ljava/lang/Object;)Z: max_locals 1 is less than the 2 slots of"
                + " the arguments at offset " + hex(equals.codeAttribute() + 8), reject(b).getMessage());
    }

    @Test
    void unknownConstantTagAndIllegalUtf8() {
        ClassReader r = new ClassReader(OBJECT);
        int utf8 = firstEntry(r, ConstantTag.UTF8);
        byte[] b = OBJECT.clone();
        b[r.getItem(utf8) - 1] = 2; // tag 2 is unassigned
        assertEquals(SOURCE + ": unknown constant pool tag 2 in entry " + utf8 + " at offset " + hex(r.getItem(utf8) - 1),
                reject(b).getMessage());
        b = OBJECT.clone();
        b[r.getItem(utf8) + 2] = 0; // JVMS 4.4.7: no byte may be zero
        assertEquals(SOURCE + ": illegal modified UTF-8 in constant pool entry " + utf8 + " at offset "
                + hex(r.getItem(utf8) - 1), reject(b).getMessage());
    }

    @Test
    void duplicateMethod() {
        byte[] b = OBJECT.clone();
        java.util.List<AsmOracle.MethodLayout> methods = new AsmOracle(OBJECT).methodLayouts();
        // Give method 2 the name and descriptor of method 1 (both name and descriptor indices).
        AsmOracle.MethodLayout first = methods.get(1);
        AsmOracle.MethodLayout second = methods.get(2);
        putU2(b, second.offset() + 2, u2(OBJECT, first.offset() + 2));
        putU2(b, second.offset() + 4, u2(OBJECT, first.offset() + 4));
        putU2(b, second.offset(), u2(OBJECT, first.offset())); // same flags, so that Code presence stays right
        ClassFormatException e = reject(b);
        assertEquals("java/lang/Object: duplicate method " + first.name() + first.descriptor() + " at offset "
                + hex(second.offset()), e.getMessage());
    }

    /**
     * Random corruption of several real classes: whatever the bytes, the parser either accepts them or throws
     * ClassFormatException, never another exception (index out of bounds, null pointer ...).
     */
    @Test
    void randomCorruptionOnlyEverThrowsClassFormatException() {
        Random random = new Random(20250501);
        String[] classes = {"java/lang/Object", "java/lang/String", "java/util/HashMap", "java/lang/invoke/MethodHandles",
                "java/lang/Record", "java/util/concurrent/ConcurrentHashMap"};
        int rejected = 0;
        int mutations = 0;
        for (String name : classes) {
            byte[] original = JdkClassFiles.bytesOf(name);
            for (int i = 0; i < 1500; i++) {
                byte[] b = original.clone();
                int changes = 1 + random.nextInt(3);
                for (int c = 0; c < changes; c++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                mutations++;
                try {
                    ClassFileParser.parse(b, name);
                } catch (ClassFormatException e) {
                    rejected++;
                    assertFalse(e.getMessage().isEmpty());
                } catch (RuntimeException e) {
                    throw new AssertionError(name + " mutation " + i + " threw " + e, e);
                }
            }
        }
        System.out.println("random corruption: " + rejected + " of " + mutations + " mutated class files rejected");
    }
}
