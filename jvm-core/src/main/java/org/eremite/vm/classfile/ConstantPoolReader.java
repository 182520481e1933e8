package org.eremite.vm.classfile;

/**
 * Reads the constant pool of a class file (JVMS 4.4) in two passes.
 *
 * <p>{@link #read} decodes the entries: tags, sizes, values, modified UTF-8. It rejects unknown tags, tags
 * newer than the class file (JVMS 4.4, Table 4.4-B), truncated entries and illegal UTF-8. {@link #check}
 * then checks every entry's references, once the class's name is known so that messages can name it
 * (JVMS 4.4.1-4.4.12 and the format checks of 4.8): each index is in range and has the required tag, class
 * names, member names and descriptors are well formed, a Methodref's {@code <init>} returns void, a
 * MethodHandle's kind fits its reference. The users of NameAndType entries decide between field and method
 * descriptors; a NameAndType itself is checked by its own descriptor's form, as HotSpot does.
 * CONSTANT_Dynamic bootstrap indices are checked by the parser against the BootstrapMethods attribute.
 */
final class ConstantPoolReader {
    private final ByteReader in;
    private final int majorVersion;
    private byte[] tags;
    private int[] data;
    private String[] strings;
    /** The class-file offset of each entry, for messages. */
    private int[] offsets;
    private ConstantPool pool;

    ConstantPoolReader(ByteReader in, int majorVersion) {
        this.in = in;
        this.majorVersion = majorVersion;
    }

    ConstantPool read() {
        in.context("constant_pool_count", "");
        int countOffset = in.position();
        int count = in.u2();
        if (count == 0) {
            throw in.error(countOffset, "constant_pool_count is 0");
        }
        tags = new byte[count];
        data = new int[count];
        strings = new String[count];
        offsets = new int[count];
        byte[] bytes = in.bytes();
        for (int i = 1; i < count; i++) {
            int start = in.position();
            offsets[i] = start;
            if (in.remaining() < 1) {
                throw truncated(i, start);
            }
            int tag = bytes[start] & 0xFF;
            int since = ConstantTag.sinceMajorVersion(tag);
            if (since < 0) {
                throw in.error(start, "unknown constant pool tag " + tag + " in entry " + i);
            }
            if (majorVersion < since) {
                throw in.error(start, ConstantTag.name(tag) + " in constant pool entry " + i
                        + " needs class file version " + since + ", this is " + majorVersion);
            }
            int size = entrySize(tag, start);
            if (in.remaining() < size) {
                throw truncated(i, start);
            }
            tags[i] = (byte) tag;
            int p = start + 1;
            if (tag == ConstantTag.UTF8) { // u2 length, then the bytes
                String s = ModifiedUtf8.decode(bytes, p + 2, size - 3, majorVersion);
                if (s == null) {
                    throw in.error(start, "illegal modified UTF-8 in constant pool entry " + i);
                }
                strings[i] = s;
            } else if (size == 3) {
                data[i] = u2(bytes, p);
            } else if (size == 4) {
                data[i] = ((bytes[p] & 0xFF) << 16) | u2(bytes, p + 1); // MethodHandle: kind, index
            } else if (size == 5) {
                data[i] = u4(bytes, p);
            } else { // Long, Double
                if (i + 1 >= count) {
                    throw in.error(start, ConstantTag.name(tag) + " in the last constant pool entry " + i
                            + " needs two entries (JVMS 4.4.5)");
                }
                data[i] = u4(bytes, p);
                data[i + 1] = u4(bytes, p + 4);
                offsets[i + 1] = start;
                in.skip(size);
                i++; // tags[i] stays UNUSABLE
                continue;
            }
            in.skip(size);
        }
        pool = new ConstantPool(majorVersion, tags, data, strings, in.where());
        return pool;
    }

    /** The number of bytes of the entry with {@code tag} at {@code start}, including the tag. */
    private int entrySize(int tag, int start) {
        return switch (tag) {
            case ConstantTag.UTF8 -> in.remaining() < 3 ? 3 : 3 + u2(in.bytes(), start + 1);
            case ConstantTag.CLASS, ConstantTag.STRING, ConstantTag.METHOD_TYPE, ConstantTag.MODULE,
                    ConstantTag.PACKAGE -> 3;
            case ConstantTag.METHOD_HANDLE -> 4;
            case ConstantTag.LONG, ConstantTag.DOUBLE -> 9;
            default -> 5; // Integer, Float, the refs, NameAndType, Dynamic, InvokeDynamic
        };
    }

    private ClassFormatException truncated(int index, int start) {
        return in.error(start, "truncated constant pool entry " + index);
    }

    /** The class-file offset of entry {@code index}. */
    int offsetOf(int index) {
        return offsets[index];
    }

    /**
     * Checks the references of every entry (see the class comment).
     *
     * @param isModule whether the class file declares a module (ACC_MODULE): only then may CONSTANT_Module
     *                 and CONSTANT_Package appear (JVMS 4.4.11, 4.4.12)
     */
    void check(boolean isModule) {
        pool.setOwner(in.where());
        // Three passes, so that each entry is checked only after the entries it looks through: first those
        // that refer to Utf8 entries only, then the member references and dynamic entries (which look through
        // a NameAndType), last the method handles (which look through a member reference).
        for (int i = 1; i < tags.length; i++) {
            checkDirect(i, isModule);
        }
        for (int i = 1; i < tags.length; i++) {
            int tag = tags[i];
            if (tag == ConstantTag.FIELDREF || tag == ConstantTag.METHODREF || tag == ConstantTag.INTERFACE_METHODREF) {
                checkMemberRef(i);
            } else if (tag == ConstantTag.DYNAMIC || tag == ConstantTag.INVOKE_DYNAMIC) {
                checkDynamic(i);
            }
        }
        for (int i = 1; i < tags.length; i++) {
            if (tags[i] == ConstantTag.METHOD_HANDLE) {
                checkMethodHandle(i);
            }
        }
    }

    /** Checks an entry that refers to Utf8 entries only. */
    private void checkDirect(int i, boolean isModule) {
        int tag = tags[i];
        int d = data[i];
        switch (tag) {
            case ConstantTag.CLASS -> {
                String name = utf8At(i, d);
                if (!Names.isClassEntryName(name)) {
                    throw entryError(i, "illegal class name \"" + name + "\"");
                }
            }
            case ConstantTag.STRING -> utf8At(i, d);
            case ConstantTag.NAME_AND_TYPE -> checkNameAndType(i);
            case ConstantTag.METHOD_TYPE -> checkMethodDescriptor(i, utf8At(i, d));
            case ConstantTag.MODULE, ConstantTag.PACKAGE -> {
                if (!isModule) {
                    throw entryError(i, ConstantTag.name(tag) + " is only allowed in a module-info class file"
                            + " (JVMS 4.4.11)");
                }
                if (utf8At(i, d).isEmpty()) {
                    throw entryError(i, "empty " + (tag == ConstantTag.MODULE ? "module" : "package") + " name");
                }
            }
            default -> {
                // Utf8, Integer, Float, Long, Double, unusable slots refer to nothing; the rest come later.
            }
        }
    }

    private void checkDynamic(int i) {
        int nameAndType = refAt(i, data[i] & 0xFFFF, ConstantTag.NAME_AND_TYPE);
        String descriptor = strings[data[nameAndType] & 0xFFFF];
        boolean isMethod = descriptor.startsWith("(");
        if (tags[i] == ConstantTag.DYNAMIC && isMethod) {
            throw entryError(i, "CONSTANT_Dynamic needs a field descriptor, has " + descriptor);
        }
        if (tags[i] == ConstantTag.INVOKE_DYNAMIC && !isMethod) {
            throw entryError(i, "CONSTANT_InvokeDynamic needs a method descriptor, has " + descriptor);
        }
    }

    private void checkMemberRef(int i) {
        int d = data[i];
        refAt(i, d >>> 16, ConstantTag.CLASS);
        int nameAndType = refAt(i, d & 0xFFFF, ConstantTag.NAME_AND_TYPE);
        String name = strings[data[nameAndType] >>> 16];
        String descriptor = strings[data[nameAndType] & 0xFFFF];
        if (tags[i] == ConstantTag.FIELDREF) {
            if (descriptor.startsWith("(")) {
                throw entryError(i, "field reference with method descriptor " + descriptor);
            }
            return;
        }
        if (!descriptor.startsWith("(")) {
            throw entryError(i, "method reference with field descriptor " + descriptor);
        }
        // JVMS 4.4.2: a Methodref's name may begin with '<' only if it is <init>, which returns void.
        if (tags[i] == ConstantTag.METHODREF && name.startsWith("<") && !name.equals(Names.INSTANCE_INITIALIZER)) {
            throw entryError(i, "method reference to " + name);
        }
    }

    private void checkNameAndType(int i) {
        int d = data[i];
        String name = utf8At(i, d >>> 16);
        String descriptor = utf8At(i, d & 0xFFFF);
        if (descriptor.startsWith("(")) {
            if (!Names.isMethodName(name)) {
                throw entryError(i, "illegal method name \"" + name + "\"");
            }
            checkMethodDescriptor(i, descriptor);
            // JVMS 4.3.3, 2.9: <init> and <clinit> return void.
            if (name.startsWith("<") && !descriptor.endsWith(")V")) {
                throw entryError(i, "method " + name + " has non-void descriptor " + descriptor);
            }
            // JVMS 2.9.2: from 51.0 on, <clinit> takes no arguments (HotSpot checks this here too).
            if (name.equals(Names.CLASS_INITIALIZER) && majorVersion >= 51 && !descriptor.equals("()V")) {
                throw entryError(i, "<clinit> with descriptor " + descriptor);
            }
        } else {
            if (!Names.isUnqualifiedName(name)) {
                throw entryError(i, "illegal field name \"" + name + "\"");
            }
            try {
                MethodDescriptor.checkFieldDescriptor(descriptor);
            } catch (IllegalArgumentException e) {
                throw entryError(i, "illegal field descriptor: " + e.getMessage());
            }
        }
    }

    private void checkMethodHandle(int i) {
        int kind = data[i] >>> 16;
        int reference = data[i] & 0xFFFF;
        if (kind < MethodHandleRef.REF_GET_FIELD || kind > MethodHandleRef.REF_INVOKE_INTERFACE) {
            throw entryError(i, "illegal method handle reference kind " + kind);
        }
        if (reference == 0 || reference >= tags.length) {
            throw entryError(i, "bad constant pool index " + reference);
        }
        int refTag = tags[reference];
        // JVMS 4.4.8: which reference each kind needs; invokeStatic and invokeSpecial may name an interface
        // method from version 52.0 on.
        boolean ok = switch (kind) {
            case MethodHandleRef.REF_GET_FIELD, MethodHandleRef.REF_GET_STATIC, MethodHandleRef.REF_PUT_FIELD,
                    MethodHandleRef.REF_PUT_STATIC -> refTag == ConstantTag.FIELDREF;
            case MethodHandleRef.REF_INVOKE_VIRTUAL, MethodHandleRef.REF_NEW_INVOKE_SPECIAL ->
                    refTag == ConstantTag.METHODREF;
            case MethodHandleRef.REF_INVOKE_STATIC, MethodHandleRef.REF_INVOKE_SPECIAL ->
                    refTag == ConstantTag.METHODREF
                            || (refTag == ConstantTag.INTERFACE_METHODREF && majorVersion >= 52);
            default -> refTag == ConstantTag.INTERFACE_METHODREF;
        };
        if (!ok) {
            throw entryError(i, MethodHandleRef.kindName(kind) + " refers to entry " + reference + ", a "
                    + ConstantTag.name(refTag));
        }
        String name = strings[data[data[reference] & 0xFFFF] >>> 16];
        if (kind == MethodHandleRef.REF_NEW_INVOKE_SPECIAL) {
            if (!name.equals(Names.INSTANCE_INITIALIZER)) {
                throw entryError(i, "REF_newInvokeSpecial of a method named " + name + ", not <init>");
            }
        } else if (kind >= MethodHandleRef.REF_INVOKE_VIRTUAL && name.startsWith("<")) {
            throw entryError(i, MethodHandleRef.kindName(kind) + " of " + name);
        }
    }

    private void checkMethodDescriptor(int i, String descriptor) {
        try {
            MethodDescriptor.parse(descriptor);
        } catch (IllegalArgumentException e) {
            throw entryError(i, "illegal method descriptor: " + e.getMessage());
        }
    }

    /** The Utf8 string at {@code index}, which entry {@code user} refers to. */
    private String utf8At(int user, int index) {
        refAt(user, index, ConstantTag.UTF8);
        return strings[index];
    }

    /** Checks that entry {@code user} refers to an entry with {@code tag} at {@code index}; returns it. */
    private int refAt(int user, int index, int tag) {
        if (index <= 0 || index >= tags.length) {
            throw entryError(user, "bad constant pool index " + index + " (expected " + ConstantTag.name(tag) + ")");
        }
        if (tags[index] != tag) {
            throw entryError(user, "refers to entry " + index + ", a " + ConstantTag.name(tags[index])
                    + ", where a " + ConstantTag.name(tag) + " is expected");
        }
        return index;
    }

    private ClassFormatException entryError(int index, String problem) {
        return in.error(offsets[index], "constant pool entry " + index + " (" + ConstantTag.name(tags[index]) + "): "
                + problem);
    }

    private static int u2(byte[] b, int p) {
        return ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
    }

    private static int u4(byte[] b, int p) {
        return ((b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
    }
}
