package org.eremite.vm.classfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The VM's class-file parser (JVMS chapter 4): bytes in, a format-checked {@link ClassFile} out, or a
 * {@link ClassFormatException} that names the class, the byte offset and the problem.
 *
 * <p>It accepts class file versions 45.0 to 61.0 (JDK 1.0.2 to 17). Versions 56 and later must have minor
 * version 0: a preview minor version (65535, {@code javac --enable-preview}) is rejected because Eremite does
 * not implement the preview features of any release (JVMS 4.1).
 *
 * <p>The order of work: header, constant pool (decoded), access flags and this_class (so that every later
 * message names the class), constant pool references checked, superclass and interfaces, fields and methods
 * ({@link MemberParser}), class attributes ({@link ClassAttributeParser}), then the checks that need the
 * whole class (BootstrapMethods present for dynamic constants, no bytes after the end).
 *
 * <p>Runs on the host (image builder) and on the target (run-time class loading): plain Java only.
 */
public final class ClassFileParser {
    public static final int MAGIC = 0xCAFEBABE;
    /** JDK 1.0.2 and 1.1 wrote 45.3; any 45.x is accepted. */
    public static final int MIN_MAJOR_VERSION = 45;
    /** Java 17. */
    public static final int MAX_MAJOR_VERSION = 61;
    /** The minor version of class files that use preview features (JVMS 4.1). */
    public static final int PREVIEW_MINOR_VERSION = 0xFFFF;
    /** The source name used when the caller gives none. */
    public static final String UNNAMED_SOURCE = "<class file>";

    final ByteReader in;
    final Builder result = new Builder();
    ConstantPool pool;
    int majorVersion;

    private ClassFileParser(byte[] bytes, String sourceName) {
        this.in = new ByteReader(bytes, 0, bytes.length, sourceName);
    }

    /** Parses a class file; messages name the class, or {@link #UNNAMED_SOURCE} before this_class is read. */
    public static ClassFile parse(byte[] bytes) {
        return parse(bytes, UNNAMED_SOURCE);
    }

    /**
     * Parses a class file.
     *
     * @param sourceName where the bytes come from (a JAR entry, a file), used in messages until this_class
     *                   has been read
     * @throws ClassFormatException if the bytes are not a well-formed class file of a supported version
     */
    public static ClassFile parse(byte[] bytes, String sourceName) {
        return new ClassFileParser(bytes, sourceName).parse();
    }

    private ClassFile parse() {
        readHeader();
        ConstantPoolReader poolReader = new ConstantPoolReader(in, majorVersion);
        pool = poolReader.read();
        result.constantPool = pool;

        in.context("class header", "");
        int flagsOffset = in.position();
        int rawFlags = in.u2();
        int thisIndex = in.u2();
        String name = nameForMessages(thisIndex);
        if (name != null) {
            in.setWhere(name);
        }
        boolean isModule = majorVersion >= 53 && (rawFlags & AccessFlags.ACC_MODULE) != 0;
        poolReader.check(isModule);

        result.thisClass = classAt(thisIndex, flagsOffset + 2, "this_class");
        if (result.thisClass.startsWith("[")) {
            throw error(flagsOffset + 2, "this_class names an array class");
        }
        result.accessFlags = AccessFlagRules.checkClass(this, rawFlags, flagsOffset);
        readSuperClass();
        readInterfaces();

        readMembers();
        new ClassAttributeParser(this).readAll();

        if (in.remaining() != 0) {
            throw error(in.position(), in.remaining() + " extra bytes after the end of the class file");
        }
        if (isModule) {
            checkModule();
        }
        checkDynamicConstants(poolReader);
        return new ClassFile(result);
    }

    /** Fields and methods; JVMS 4.5, 4.6: no two with the same name and descriptor. */
    private void readMembers() {
        MemberParser members = new MemberParser(this);
        in.context("fields_count", "");
        int fieldCount = in.u2();
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < fieldCount; i++) {
            FieldInfo field = members.readField();
            if (!seen.add(field.name() + ' ' + field.descriptor())) {
                throw error(members.lastMemberOffset(), "duplicate field " + field.name() + ":" + field.descriptor());
            }
            result.fields.add(field);
        }
        in.context("methods_count", "");
        int methodCount = in.u2();
        seen.clear();
        for (int i = 0; i < methodCount; i++) {
            MethodInfo method = members.readMethod();
            if (!seen.add(method.name() + method.descriptor())) {
                throw error(members.lastMemberOffset(), "duplicate method " + method.name() + method.descriptor());
            }
            result.methods.add(method);
        }
    }

    private void readHeader() {
        in.context("class file header", "");
        int magic = in.u4();
        if (magic != MAGIC) {
            throw error(0, "bad magic 0x" + Integer.toHexString(magic));
        }
        int minor = in.u2();
        int major = in.u2();
        result.minorVersion = minor;
        result.majorVersion = major;
        majorVersion = major;
        if (major < MIN_MAJOR_VERSION || major > MAX_MAJOR_VERSION) {
            throw new ClassFormatException(in.where(), 4, "unsupported class file version " + major + "." + minor
                    + " (supported: " + MIN_MAJOR_VERSION + ".0 to " + MAX_MAJOR_VERSION + ".0)", true);
        }
        // JVMS 4.1: from 56.0 on, the minor version is 0, or 65535 for preview features of exactly that release.
        if (major >= 56 && minor != 0) {
            String why = minor == PREVIEW_MINOR_VERSION
                    ? " uses Java SE preview features (javac --enable-preview), which Eremite does not support"
                    : " has a minor version other than 0, which class files from version 56 on must not have";
            throw new ClassFormatException(in.where(), 4, "class file version " + major + "." + minor + why, true);
        }
    }

    /** The name of this_class if it is usable, without checking anything else; null if not. */
    private String nameForMessages(int thisIndex) {
        if (thisIndex <= 0 || thisIndex >= pool.size() || pool.rawTag(thisIndex) != ConstantTag.CLASS) {
            return null;
        }
        int nameIndex = pool.rawData(thisIndex);
        if (nameIndex <= 0 || nameIndex >= pool.size()) {
            return null;
        }
        return pool.rawString(nameIndex);
    }

    private void readSuperClass() {
        int offset = in.position();
        int superIndex = in.u2();
        boolean isObject = result.thisClass.equals("java/lang/Object");
        if (superIndex == 0) {
            // JVMS 4.1: only Object has no superclass (and module-info, whose super_class is 0).
            if (!isObject && (result.accessFlags & AccessFlags.ACC_MODULE) == 0) {
                throw error(offset, "super_class is 0, but only java/lang/Object has no superclass");
            }
            return;
        }
        if (isObject) {
            throw error(offset, "java/lang/Object has a superclass");
        }
        String superClass = classAt(superIndex, offset, "super_class");
        if (superClass.startsWith("[")) {
            throw error(offset, "super_class names an array class " + superClass);
        }
        // JVMS 4.1: the superclass of an interface is Object.
        if (AccessFlags.isInterface(result.accessFlags) && !superClass.equals("java/lang/Object")) {
            throw error(offset, "interface has superclass " + superClass + ", not java/lang/Object");
        }
        result.superClass = superClass;
    }

    private void readInterfaces() {
        in.context("interfaces", "");
        int count = in.u2();
        if (count > 0 && result.thisClass.equals("java/lang/Object")) {
            throw error(in.position() - 2, "java/lang/Object implements interfaces");
        }
        for (int i = 0; i < count; i++) {
            int offset = in.position();
            String name = classAt(in.u2(), offset, "interfaces[" + i + "]");
            if (name.startsWith("[")) {
                throw error(offset, "interfaces[" + i + "] names an array class " + name);
            }
            if (result.interfaces.contains(name)) {
                throw error(offset, "duplicate interface " + name);
            }
            result.interfaces.add(name);
        }
    }

    /** JVMS 4.1: the rules for a class file with ACC_MODULE. */
    private void checkModule() {
        if (!result.thisClass.equals("module-info")) {
            throw error(-1, "ACC_MODULE is set, but this_class is not module-info");
        }
        if (result.superClass != null || !result.interfaces.isEmpty() || !result.fields.isEmpty()
                || !result.methods.isEmpty()) {
            throw error(-1, "module-info has a superclass, interfaces, fields or methods");
        }
        boolean hasModule = false;
        for (RawAttribute a : result.attributes) {
            hasModule |= a.name().equals("Module");
        }
        if (!hasModule) {
            throw error(-1, "module-info has no Module attribute");
        }
    }

    /**
     * JVMS 4.7.23: a class with CONSTANT_Dynamic or CONSTANT_InvokeDynamic entries has a BootstrapMethods
     * attribute, and each such entry's bootstrap_method_attr_index is an index into it (JVMS 4.4.10).
     */
    private void checkDynamicConstants(ConstantPoolReader poolReader) {
        int bootstrapCount = result.bootstrapMethods.size();
        for (int i = 1; i < pool.size(); i++) {
            int tag = pool.rawTag(i);
            if (tag == ConstantTag.DYNAMIC || tag == ConstantTag.INVOKE_DYNAMIC) {
                int index = pool.rawData(i) >>> 16;
                if (!result.hasBootstrapMethods) {
                    throw error(poolReader.offsetOf(i), "constant pool entry " + i + " (" + ConstantTag.name(tag)
                            + ") needs a BootstrapMethods attribute, and the class has none");
                }
                if (index >= bootstrapCount) {
                    throw error(poolReader.offsetOf(i), "constant pool entry " + i + " (" + ConstantTag.name(tag)
                            + ") refers to bootstrap method " + index + " of " + bootstrapCount);
                }
            }
        }
    }

    // ---- helpers for MemberParser, CodeAttributeParser, ClassAttributeParser ----

    ClassFormatException error(int offset, String problem) {
        return in.error(offset, problem);
    }

    /**
     * Checks that {@code index}, read at {@code offset} for {@code user} ("super_class"), is a valid constant
     * pool index and, unless {@code tag} is negative, that its entry has that tag.
     */
    void expect(int index, int tag, int offset, String user) {
        if (index <= 0 || index >= pool.size()) {
            throw in.error(offset, "bad constant pool index " + index + " for " + user
                    + (tag < 0 ? "" : " (expected " + ConstantTag.name(tag) + ")") + ", constant pool size "
                    + pool.size());
        }
        if (tag >= 0 && pool.rawTag(index) != tag) {
            throw in.error(offset, user + ": constant pool entry " + index + " is "
                    + ConstantTag.name(pool.rawTag(index)) + ", expected " + ConstantTag.name(tag));
        }
    }

    /** The Utf8 string at {@code index}, read at {@code offset} for {@code user}. */
    String utf8At(int index, int offset, String user) {
        expect(index, ConstantTag.UTF8, offset, user);
        return pool.rawString(index);
    }

    /** The class name at {@code index} (a CONSTANT_Class), read at {@code offset} for {@code user}. */
    String classAt(int index, int offset, String user) {
        expect(index, ConstantTag.CLASS, offset, user);
        return pool.rawString(pool.rawData(index));
    }

    /** Like {@link #classAt}, but index 0 means "none" and gives null. */
    String optionalClassAt(int index, int offset, String user) {
        return index == 0 ? null : classAt(index, offset, user);
    }

    /**
     * Reads an attribute header at {@code reader}'s position (JVMS 4.7) and returns a reader over exactly the
     * attribute's contents, which {@code reader} skips. The name and the header's offset are left in
     * {@link #attributeName} and {@link #attributeOffset}.
     */
    ByteReader attribute(ByteReader reader) {
        int start = reader.position();
        reader.context("attribute header", "");
        int nameIndex = reader.u2();
        long length = reader.u4() & 0xFFFFFFFFL;
        String name = utf8At(nameIndex, start, "attribute_name_index");
        if (length > reader.remaining()) {
            throw reader.error(start, "truncated attribute " + name + ": its length is " + length + ", "
                    + reader.remaining() + " bytes are left");
        }
        attributeName = name;
        attributeOffset = start;
        return reader.slice((int) length, "attribute ", name);
    }

    String attributeName;
    int attributeOffset;

    /** Checks that an interpreted attribute's contents used exactly its length. */
    void endOfAttribute(ByteReader attribute, String name) {
        if (attribute.remaining() != 0) {
            throw attribute.error(attribute.position(), "attribute " + name + " is " + attribute.remaining()
                    + " bytes longer than its contents");
        }
    }

    /** The attribute just read by {@link #attribute}, uninterpreted. */
    RawAttribute raw(ByteReader attribute) {
        return new RawAttribute(attributeName, attributeOffset, attribute.copy(attribute.remaining()));
    }

    /**
     * An attribute of a class, field or method that the model keeps raw, after the checks the JVMS and HotSpot
     * make of it: Synthetic and Deprecated have length 0 (JVMS 4.7.8, 4.7.15); there is at most one
     * SourceDebugExtension (4.7.11), MethodParameters (4.7.24) and, from 49.0 on, at most one of each annotation
     * attribute (4.7.16-4.7.22); MethodParameters has the length its count says. (HotSpot checks the first
     * three in every class file version, though the JVMS defines the last two from 49.0 and 52.0 on; Eremite
     * rejects what HotSpot rejects.)
     *
     * @param sofar the raw attributes of the same class, field or method read before this one
     */
    RawAttribute otherAttribute(ByteReader a, List<RawAttribute> sofar) {
        String name = attributeName;
        switch (name) {
            case "Synthetic", "Deprecated" -> {
                if (a.remaining() != 0) {
                    throw a.error(attributeOffset, "attribute " + name + " has length " + a.remaining()
                            + ", must be 0");
                }
            }
            case "SourceDebugExtension" -> onlyOne(a, name, sofar);
            case "MethodParameters" -> {
                onlyOne(a, name, sofar);
                int count = a.view().u1();
                if (a.remaining() != 1 + 4 * count) {
                    throw a.error(attributeOffset, "MethodParameters of " + count + " parameters has length "
                            + a.remaining());
                }
            }
            case "RuntimeVisibleAnnotations", "RuntimeInvisibleAnnotations", "RuntimeVisibleParameterAnnotations",
                    "RuntimeInvisibleParameterAnnotations", "RuntimeVisibleTypeAnnotations",
                    "RuntimeInvisibleTypeAnnotations", "AnnotationDefault" -> {
                if (majorVersion >= 49) {
                    onlyOne(a, name, sofar);
                }
            }
            default -> {
                // unknown, or not checked
            }
        }
        return raw(a);
    }

    private void onlyOne(ByteReader a, String name, List<RawAttribute> sofar) {
        for (RawAttribute other : sofar) {
            if (other.name().equals(name)) {
                throw duplicate(a, name);
            }
        }
    }

    /** An error for a second attribute of a kind the JVMS allows only once. */
    ClassFormatException duplicate(ByteReader attribute, String name) {
        return attribute.error(attributeOffset, "duplicate " + name + " attribute");
    }

    /** The fields of the ClassFile being built, filled in as parsing proceeds. */
    static final class Builder {
        int minorVersion;
        int majorVersion;
        int accessFlags;
        String thisClass;
        String superClass;
        final List<String> interfaces = new ArrayList<>();
        final List<FieldInfo> fields = new ArrayList<>();
        final List<MethodInfo> methods = new ArrayList<>();
        ConstantPool constantPool;
        String sourceFile;
        String signature;
        boolean hasBootstrapMethods;
        final List<BootstrapMethod> bootstrapMethods = new ArrayList<>();
        final List<InnerClass> innerClasses = new ArrayList<>();
        EnclosingMethod enclosingMethod;
        String nestHost;
        final List<String> nestMembers = new ArrayList<>();
        List<RecordComponent> recordComponents;
        final List<String> permittedSubclasses = new ArrayList<>();
        final List<RawAttribute> attributes = new ArrayList<>();
    }
}
