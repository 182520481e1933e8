package org.eremite.vm.classfile;

/**
 * The constant pool of one class file (JVMS 4.4), read and format-checked by {@link ClassFileParser}.
 *
 * <p>Indices are the class file's own: valid entries are {@code 1 .. size() - 1}, and the slot after a
 * {@code CONSTANT_Long} or {@code CONSTANT_Double} is {@link ConstantTag#UNUSABLE}. Every accessor checks the
 * index and the tag and throws {@link ClassFormatException} naming the class, the index, the tag it expected
 * and the tag it found. The parser has already checked that every entry's own references are well formed
 * (JVMS 4.4, 4.8: a Class names a valid class name, a Fieldref's NameAndType has a field descriptor, a
 * MethodHandle's kind fits its reference ...), so the accessors never fail for any other reason.
 *
 * <p>Storage is flat: a tag per slot, an int per slot (the value of an Integer or Float; the index of the
 * Utf8 of a Class, String, MethodType, Module or Package; two u2 indices packed high and low for the
 * two-index entries and MethodHandle's kind and index; a Long or Double's high word, with the low word in the
 * unusable slot that follows it), and the decoded Utf8 strings. MemberRef, MethodHandleRef and DynamicRef
 * objects are built on first use and cached; the cache is a benign race because they are immutable.
 */
public final class ConstantPool {
    private final int majorVersion;
    private final byte[] tags;
    private final int[] data;
    private final String[] strings;
    private final Object[] resolved;
    /** The class's internal name for messages; the source name until this_class is known. */
    private String owner;

    ConstantPool(int majorVersion, byte[] tags, int[] data, String[] strings, String owner) {
        this.majorVersion = majorVersion;
        this.tags = tags;
        this.data = data;
        this.strings = strings;
        this.resolved = new Object[tags.length];
        this.owner = owner;
    }

    /** constant_pool_count: one more than the largest valid index (index 0 is never valid). */
    public int size() {
        return tags.length;
    }

    /** The major version of the class file this pool belongs to (decides which entries are loadable). */
    public int majorVersion() {
        return majorVersion;
    }

    /**
     * The {@link ConstantTag} of entry {@code index}: {@link ConstantTag#UNUSABLE} for the slot after a Long
     * or Double.
     *
     * @throws ClassFormatException if {@code index} is not within {@code 1 .. size() - 1}
     */
    public int tag(int index) {
        checkIndex(index, null);
        return tags[index];
    }

    /** The decoded string of a CONSTANT_Utf8. */
    public String utf8(int index) {
        expect(index, ConstantTag.UTF8);
        return strings[index];
    }

    /**
     * The name of a CONSTANT_Class: an internal name ({@code java/lang/String}), or for an array class its
     * descriptor ({@code [I}, {@code [Ljava/lang/String;}).
     */
    public String className(int index) {
        expect(index, ConstantTag.CLASS);
        return strings[data[index]];
    }

    /** A CONSTANT_Fieldref, CONSTANT_Methodref or CONSTANT_InterfaceMethodref. */
    public MemberRef memberRef(int index) {
        checkIndex(index, "CONSTANT_Fieldref, CONSTANT_Methodref or CONSTANT_InterfaceMethodref");
        int tag = tags[index];
        if (tag != ConstantTag.FIELDREF && tag != ConstantTag.METHODREF && tag != ConstantTag.INTERFACE_METHODREF) {
            throw wrongTag(index, "CONSTANT_Fieldref, CONSTANT_Methodref or CONSTANT_InterfaceMethodref");
        }
        return memberRefUnchecked(index);
    }

    /** The value of a CONSTANT_Integer. */
    public int intValue(int index) {
        expect(index, ConstantTag.INTEGER);
        return data[index];
    }

    /** The value of a CONSTANT_Long. */
    public long longValue(int index) {
        expect(index, ConstantTag.LONG);
        return wideBits(index);
    }

    /** The value of a CONSTANT_Float (see {@link #floatBits(int)} for the exact bits of a NaN). */
    public float floatValue(int index) {
        return Float.intBitsToFloat(floatBits(index));
    }

    /** The bits of a CONSTANT_Float exactly as in the class file (a NaN keeps its payload). */
    public int floatBits(int index) {
        expect(index, ConstantTag.FLOAT);
        return data[index];
    }

    /** The value of a CONSTANT_Double (see {@link #doubleBits(int)} for the exact bits of a NaN). */
    public double doubleValue(int index) {
        return Double.longBitsToDouble(doubleBits(index));
    }

    /** The bits of a CONSTANT_Double exactly as in the class file (a NaN keeps its payload). */
    public long doubleBits(int index) {
        expect(index, ConstantTag.DOUBLE);
        return wideBits(index);
    }

    /** The string of a CONSTANT_String. */
    public String stringValue(int index) {
        expect(index, ConstantTag.STRING);
        return strings[data[index]];
    }

    /** The name of a CONSTANT_NameAndType. */
    public String nameOfNameAndType(int index) {
        expect(index, ConstantTag.NAME_AND_TYPE);
        return strings[data[index] >>> 16];
    }

    /** The field or method descriptor of a CONSTANT_NameAndType. */
    public String descriptorOfNameAndType(int index) {
        expect(index, ConstantTag.NAME_AND_TYPE);
        return strings[data[index] & 0xFFFF];
    }

    /** A CONSTANT_MethodHandle: its reference kind and the member it refers to. */
    public MethodHandleRef methodHandle(int index) {
        expect(index, ConstantTag.METHOD_HANDLE);
        Object cached = resolved[index];
        if (cached != null) {
            return (MethodHandleRef) cached;
        }
        MethodHandleRef handle = new MethodHandleRef(data[index] >>> 16, memberRefUnchecked(data[index] & 0xFFFF));
        resolved[index] = handle;
        return handle;
    }

    /** The method descriptor of a CONSTANT_MethodType. */
    public String methodType(int index) {
        expect(index, ConstantTag.METHOD_TYPE);
        return strings[data[index]];
    }

    /** A CONSTANT_Dynamic or CONSTANT_InvokeDynamic: bootstrap method index, name and descriptor. */
    public DynamicRef dynamic(int index) {
        checkIndex(index, "CONSTANT_Dynamic or CONSTANT_InvokeDynamic");
        int tag = tags[index];
        if (tag != ConstantTag.DYNAMIC && tag != ConstantTag.INVOKE_DYNAMIC) {
            throw wrongTag(index, "CONSTANT_Dynamic or CONSTANT_InvokeDynamic");
        }
        Object cached = resolved[index];
        if (cached != null) {
            return (DynamicRef) cached;
        }
        int nameAndType = data[index] & 0xFFFF;
        DynamicRef dynamic = new DynamicRef(data[index] >>> 16, strings[data[nameAndType] >>> 16],
                strings[data[nameAndType] & 0xFFFF]);
        resolved[index] = dynamic;
        return dynamic;
    }

    /** The module name of a CONSTANT_Module. */
    public String moduleName(int index) {
        expect(index, ConstantTag.MODULE);
        return strings[data[index]];
    }

    /** The package name (internal form, {@code java/lang}) of a CONSTANT_Package. */
    public String packageName(int index) {
        expect(index, ConstantTag.PACKAGE);
        return strings[data[index]];
    }

    /**
     * What {@code ldc}/{@code ldc_w}/{@code ldc2_w} of entry {@code index} pushes (JVMS 4.4, Table 4.4-C; JVMS
     * 6.5 ldc): INT, FLOAT, LONG or DOUBLE for the numeric constants; REFERENCE for String, Class, MethodType
     * and MethodHandle; for CONSTANT_Dynamic the computational kind of its field descriptor (a {@code Z},
     * {@code B}, {@code C} or {@code S} dynamic constant pushes an INT, JVMS 2.11.1).
     *
     * @throws ClassFormatException if the entry is not loadable in this class file's version (a Class before
     *                              49, MethodType and MethodHandle before 51, Dynamic before 55)
     */
    public TypeKind loadableKind(int index) {
        checkIndex(index, null);
        int tag = tags[index];
        switch (tag) {
            case ConstantTag.INTEGER:
                return TypeKind.INT;
            case ConstantTag.FLOAT:
                return TypeKind.FLOAT;
            case ConstantTag.LONG:
                return TypeKind.LONG;
            case ConstantTag.DOUBLE:
                return TypeKind.DOUBLE;
            case ConstantTag.STRING:
                return TypeKind.REFERENCE;
            case ConstantTag.CLASS:
                // JVMS 4.4, Table 4.4-C: ldc of a Class is allowed from version 49.0 (Java 5) on.
                requireLoadableSince(index, 49);
                return TypeKind.REFERENCE;
            case ConstantTag.METHOD_HANDLE:
            case ConstantTag.METHOD_TYPE:
                return TypeKind.REFERENCE; // these tags exist only from 51.0 on, checked by the parser
            case ConstantTag.DYNAMIC:
                return TypeKind.ofDescriptor(strings[data[data[index] & 0xFFFF] & 0xFFFF]).computational();
            default:
                throw wrongTag(index, "a loadable constant");
        }
    }

    /** True if {@code ldc} may load entry {@code index} in this class file's version (JVMS 4.4, Table 4.4-C). */
    public boolean isLoadable(int index) {
        checkIndex(index, null);
        return switch (tags[index]) {
            case ConstantTag.INTEGER, ConstantTag.FLOAT, ConstantTag.LONG, ConstantTag.DOUBLE, ConstantTag.STRING,
                    ConstantTag.METHOD_HANDLE, ConstantTag.METHOD_TYPE, ConstantTag.DYNAMIC -> true;
            case ConstantTag.CLASS -> majorVersion >= 49;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return "ConstantPool(" + owner + ", " + (tags.length - 1) + " entries)";
    }

    // ---- used by the parser ----

    void setOwner(String owner) {
        this.owner = owner;
    }

    /** The tag without a check, for the parser (which knows the index is in range). */
    int rawTag(int index) {
        return tags[index];
    }

    /** The int slot without a check, for the parser. */
    int rawData(int index) {
        return data[index];
    }

    /** The Utf8 string of slot {@code index} without a check, or null if it is no Utf8. */
    String rawString(int index) {
        return strings[index];
    }

    /** Checks that {@code index} is a valid index of an entry with {@code expectedTag}. */
    private void expect(int index, int expectedTag) {
        checkIndex(index, ConstantTag.name(expectedTag));
        if (tags[index] != expectedTag) {
            throw wrongTag(index, ConstantTag.name(expectedTag));
        }
    }

    /** Checks that {@code index} is within {@code 1 .. size() - 1}; {@code expected} may be null. */
    private void checkIndex(int index, String expected) {
        if (index <= 0 || index >= tags.length) {
            throw new ClassFormatException(owner, -1, "bad constant pool index " + index
                    + (expected == null ? "" : " (expected " + expected + ")")
                    + ", constant pool size " + tags.length);
        }
    }

    private ClassFormatException wrongTag(int index, String expected) {
        return new ClassFormatException(owner, -1, "constant pool entry " + index + " is "
                + ConstantTag.name(tags[index]) + ", expected " + expected);
    }

    private void requireLoadableSince(int index, int major) {
        if (majorVersion < major) {
            throw new ClassFormatException(owner, -1, "constant pool entry " + index + " ("
                    + ConstantTag.name(tags[index]) + ") is not loadable by ldc in class file version " + majorVersion
                    + " (needs " + major + ")");
        }
    }

    private long wideBits(int index) {
        return ((long) data[index] << 32) | (data[index + 1] & 0xFFFFFFFFL);
    }

    private MemberRef memberRefUnchecked(int index) {
        Object cached = resolved[index];
        if (cached != null) {
            return (MemberRef) cached;
        }
        int classIndex = data[index] >>> 16;
        int nameAndType = data[index] & 0xFFFF;
        MemberRef ref = new MemberRef(strings[data[classIndex]], strings[data[nameAndType] >>> 16],
                strings[data[nameAndType] & 0xFFFF], tags[index] == ConstantTag.INTERFACE_METHODREF);
        resolved[index] = ref;
        return ref;
    }
}
