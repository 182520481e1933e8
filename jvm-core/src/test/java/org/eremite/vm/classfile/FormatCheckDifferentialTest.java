package org.eremite.vm.classfile;

import static org.eremite.vm.classfile.RawAsmAttribute.u2;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The parser's format checks against HotSpot's: class files that differ in one respect (access flags, a name, a
 * descriptor, a constant, an attribute, the class file version) are defined in HotSpot, which runs its format
 * checker on them ({@code ClassFormatError}), and parsed; both must accept or both must reject.
 *
 * <p>Known, deliberate differences: for class files before 49.0 HotSpot restricts names to Java identifiers,
 * while Eremite applies JVMS 4.2 to every version (names are therefore compared from version 49 on); and a
 * CONSTANT_MethodHandle of kind 5, 6, 7 or 9 whose CONSTANT_InterfaceMethodref names {@code <init>} or
 * {@code <clinit>} is rejected as JVMS 4.4.8 says, while HotSpot leaves it to fail at resolution (such variants
 * are checked to differ exactly so).
 */
class FormatCheckDifferentialTest {
    private static final int[] VERSIONS = {Opcodes.V1_1, Opcodes.V1_4, Opcodes.V1_5, Opcodes.V1_6, Opcodes.V1_7,
            Opcodes.V1_8, Opcodes.V11, Opcodes.V16, Opcodes.V17};

    private int variants;
    private final List<String> disagreements = new ArrayList<>();

    /** Defines and parses one variant and records whether HotSpot and the parser disagree. */
    private void compare(String description, String binaryName, byte[] bytes) {
        compare(description, binaryName, bytes, false);
    }

    /**
     * Like {@link #compare(String, String, byte[])}; if {@code jvmsStricterThanHotSpot}, the variant breaks a
     * JVMS rule that HotSpot's format checker does not enforce: the parser must reject it and HotSpot accept it.
     */
    private void compare(String description, String binaryName, byte[] bytes, boolean jvmsStricterThanHotSpot) {
        if (jvmsStricterThanHotSpot) {
            variants++;
            LinkageError hotspot = HotSpot.formatError(binaryName, bytes);
            boolean oursRejects = false;
            try {
                ClassFileParser.parse(bytes, binaryName);
            } catch (ClassFormatException e) {
                oursRejects = true;
            }
            if (hotspot != null || !oursRejects) {
                disagreements.add(description + ": expected the known difference (HotSpot accepts, Eremite rejects),"
                        + " got HotSpot " + hotspot + ", Eremite rejects " + oursRejects);
            }
            return;
        }
        variants++;
        LinkageError hotspot = HotSpot.formatError(binaryName, bytes);
        String ours = null;
        try {
            ClassFileParser.parse(bytes, binaryName);
        } catch (ClassFormatException e) {
            ours = e.getMessage();
        }
        if ((hotspot == null) != (ours == null)) {
            disagreements.add(description + ": HotSpot " + (hotspot == null ? "accepts" : "rejects (" + hotspot + ")")
                    + ", Eremite " + (ours == null ? "accepts" : "rejects (" + ours + ")"));
        }
    }

    private void assertAgreement() {
        System.out.println(getClass().getSimpleName() + ": " + variants + " variants, " + disagreements.size()
                + " disagreements");
        assertTrue(disagreements.isEmpty(), disagreements.size() + " of " + variants + " variants disagree, e.g.\n"
                + String.join("\n", disagreements.subList(0, Math.min(20, disagreements.size()))));
    }

    private static String versionName(int version) {
        return (version & 0xFFFF) + "." + (version >>> 16);
    }

    @Test
    void classAccessFlags() {
        // The nine assigned bits (JVMS Table 4.1-B) and one unassigned bit, in every combination.
        int[] bits = {0x0001, 0x0010, 0x0020, 0x0200, 0x0400, 0x1000, 0x2000, 0x4000, 0x8000, 0x0002};
        for (int version : VERSIONS) {
            for (int combination = 0; combination < 1 << bits.length; combination++) {
                int flags = 0;
                for (int b = 0; b < bits.length; b++) {
                    if ((combination & 1 << b) != 0) {
                        flags |= bits[b];
                    }
                }
                String name = "C" + Integer.toHexString(flags);
                ClassWriter w = new ClassWriter(0);
                w.visit(version, flags, name, null, "java/lang/Object", null);
                w.visitEnd();
                compare("version " + versionName(version) + " class flags " + AccessFlags.hex(flags), name,
                        w.toByteArray());
            }
        }
        assertAgreement();
    }

    @Test
    void fieldAccessFlags() {
        int[] bits = {0x0001, 0x0002, 0x0004, 0x0008, 0x0010, 0x0040, 0x0080, 0x1000, 0x4000, 0x0800};
        int[] versions = {Opcodes.V1_4, Opcodes.V1_5, Opcodes.V17};
        for (int version : versions) {
            for (boolean inInterface : new boolean[] {false, true}) {
                for (int combination = 0; combination < 1 << bits.length; combination++) {
                    int flags = 0;
                    for (int b = 0; b < bits.length; b++) {
                        if ((combination & 1 << b) != 0) {
                            flags |= bits[b];
                        }
                    }
                    ClassWriter w = new ClassWriter(0);
                    w.visit(version, inInterface ? Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT : Opcodes.ACC_SUPER,
                            "F", null, "java/lang/Object", null);
                    w.visitField(flags, "f", "I", null, null).visitEnd();
                    w.visitEnd();
                    compare("version " + versionName(version) + (inInterface ? " interface" : " class") + " field flags "
                            + AccessFlags.hex(flags), "F", w.toByteArray());
                }
            }
        }
        assertAgreement();
    }

    @Test
    void methodAccessFlags() {
        Random random = new Random(7);
        String[] names = {"m", "<init>", "<clinit>"};
        for (int version : VERSIONS) {
            for (boolean inInterface : new boolean[] {false, true}) {
                for (String name : names) {
                    for (int sample = 0; sample < 120; sample++) {
                        int flags = random.nextInt(0x2000); // the twelve assigned bits and 0x0200 (unassigned)
                        compare("version " + versionName(version) + (inInterface ? " interface" : " class") + " method "
                                + name + " flags " + AccessFlags.hex(flags), "M",
                                classWithMethod(version, inInterface, flags, name, "()V"));
                    }
                }
            }
        }
        assertAgreement();
    }

    /** A class (or interface) with one method; it has a Code attribute unless it is abstract or native. */
    private static byte[] classWithMethod(int version, boolean inInterface, int flags, String name, String descriptor) {
        ClassWriter w = new ClassWriter(0);
        w.visit(version, inInterface ? Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT : Opcodes.ACC_SUPER, "M", null,
                "java/lang/Object", null);
        MethodVisitor m = w.visitMethod(flags, name, descriptor, null, null);
        if ((flags & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0) {
            m.visitCode();
            m.visitInsn(Opcodes.RETURN);
            m.visitMaxs(0, 10);
        }
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    private static final String[] NAMES = {"f", "a.b", "a;b", "a[b", "a/b", "a<b", "a>b", "<init>", "<clinit>", "<x>",
            "", "\u00e9t\u00e9", "1abc", "a-b", "$", "a\u0000b"};

    @Test
    void fieldAndMethodNames() {
        for (int version : new int[] {Opcodes.V1_5, Opcodes.V17}) {
            for (String name : NAMES) {
                ClassWriter w = new ClassWriter(0);
                w.visit(version, Opcodes.ACC_SUPER, "N", null, "java/lang/Object", null);
                w.visitField(Opcodes.ACC_STATIC, name, "I", null, null).visitEnd();
                w.visitEnd();
                compare("version " + versionName(version) + " field name \"" + name + "\"", "N", w.toByteArray());
                compare("version " + versionName(version) + " method name \"" + name + "\"", "M",
                        classWithMethod(version, false, Opcodes.ACC_STATIC, name, "()V"));
            }
        }
        assertAgreement();
    }

    private static final String[] FIELD_DESCRIPTORS = {"I", "Z", "V", "[V", "[I", "[[J", "Ljava/lang/Object;",
            "Ljava/lang/Object", "L;", "Ljava.lang.Object;", "La//b;", "L/a;", "La/;", "La;b;", "I;", "II", "", "[",
            "[".repeat(255) + "I", "[".repeat(256) + "I", "Q", "Lx[y;"};

    private static final String[] METHOD_DESCRIPTORS = {"()V", "(I)V", "(V)V", "()", "(I", "()II", "()[V", ")V",
            "(Ljava/lang/String;[[I)J", "(L;)V", "(La.b;)V", "([)V", "(II)[I", "()Ljava/lang/Object", "x()V"};

    @Test
    void descriptors() {
        for (int version : new int[] {Opcodes.V1_5, Opcodes.V17}) {
            for (String descriptor : FIELD_DESCRIPTORS) {
                ClassWriter w = new ClassWriter(0);
                w.visit(version, Opcodes.ACC_SUPER, "D", null, "java/lang/Object", null);
                w.visitField(Opcodes.ACC_STATIC, "f", descriptor, null, null).visitEnd();
                w.visitEnd();
                compare("version " + versionName(version) + " field descriptor \"" + descriptor + "\"", "D",
                        w.toByteArray());
            }
            for (String descriptor : METHOD_DESCRIPTORS) {
                compare("version " + versionName(version) + " method descriptor \"" + descriptor + "\"", "M",
                        classWithMethod(version, false, Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE, "m", descriptor));
                compare("version " + versionName(version) + " <init> descriptor \"" + descriptor + "\"", "M",
                        classWithMethod(version, false, Opcodes.ACC_NATIVE, "<init>", descriptor));
                compare("version " + versionName(version) + " <clinit> descriptor \"" + descriptor + "\"", "M",
                        classWithMethod(version, false, Opcodes.ACC_STATIC, "<clinit>", descriptor));
            }
        }
        assertAgreement();
    }

    @Test
    void argumentSlotsLimit() {
        for (int slots : new int[] {254, 255, 256}) {
            for (boolean isStatic : new boolean[] {false, true}) {
                String descriptor = "(" + "I".repeat(slots - 2) + "J)V";
                compare(slots + " argument slots, static " + isStatic, "M", classWithMethod(Opcodes.V17, false,
                        Opcodes.ACC_NATIVE | (isStatic ? Opcodes.ACC_STATIC : 0), "m", descriptor));
            }
        }
        assertAgreement();
    }

    /** ConstantValue against the field's type (JVMS 4.7.2): every constant kind on every field type. */
    @Test
    void constantValues() {
        Object[] values = {1, 1L, 1f, 1d, "s"};
        String[] types = {"I", "S", "C", "B", "Z", "J", "F", "D", "Ljava/lang/String;", "Ljava/lang/Object;", "[I"};
        for (Object value : values) {
            for (String type : types) {
                for (boolean isStatic : new boolean[] {false, true}) {
                    ClassWriter w = new ClassWriter(0);
                    w.visit(Opcodes.V17, Opcodes.ACC_SUPER, "K", null, "java/lang/Object", null);
                    FieldVisitor f = w.visitField(isStatic ? Opcodes.ACC_STATIC : 0, "f", type, null, value);
                    f.visitEnd();
                    w.visitEnd();
                    compare("ConstantValue " + value.getClass().getSimpleName() + " on " + (isStatic ? "static " : "")
                            + type, "K", w.toByteArray());
                }
            }
        }
        assertAgreement();
    }

    @Test
    void classNamesAndSuperclasses() {
        String[] names = {"A", "a/b/C", "a//C", "/A", "A/", "[I", "[LA;", "a.b.C", "A;", "", "<A>"};
        for (int version : new int[] {Opcodes.V1_5, Opcodes.V17}) {
            for (String name : names) {
                ClassWriter w = new ClassWriter(0);
                w.visit(version, Opcodes.ACC_SUPER, "T", null, name, null);
                w.visitEnd();
                compare("version " + versionName(version) + " superclass \"" + name + "\"", "T", w.toByteArray());
                w = new ClassWriter(0);
                w.visit(version, Opcodes.ACC_SUPER | Opcodes.ACC_ABSTRACT, "T", null, "java/lang/Object",
                        new String[] {name});
                w.visitEnd();
                compare("version " + versionName(version) + " interface \"" + name + "\"", "T", w.toByteArray());
            }
        }
        assertAgreement();
    }

    /** Method handles of every kind against every kind of reference (JVMS 4.4.8), and Methodrefs to specials. */
    @Test
    void methodHandlesAndMethodReferences() {
        String[] names = {"m", "<init>", "<clinit>"};
        for (int version : new int[] {Opcodes.V1_7, Opcodes.V1_8, Opcodes.V17}) {
            for (int kind = Opcodes.H_GETFIELD; kind <= Opcodes.H_INVOKEINTERFACE; kind++) {
                for (boolean isInterface : new boolean[] {false, true}) {
                    for (String name : names) {
                        String descriptor = kind <= Opcodes.H_PUTSTATIC ? "I" : "()V";
                        ClassWriter w = new ClassWriter(0);
                        w.visit(version, Opcodes.ACC_SUPER, "H", null, "java/lang/Object", null);
                        w.newHandle(kind, "java/lang/Object", name.equals("m") && kind <= Opcodes.H_PUTSTATIC ? "f" : name,
                                descriptor, isInterface);
                        w.visitEnd();
                        // JVMS 4.4.8: kinds 5, 6, 7, 9 must not name <init> or <clinit>. HotSpot rejects <init> for
                        // 5 to 7 and <clinit> in Methodrefs, but an InterfaceMethodref (allowed for kind 9, and for 6
                        // and 7 from 52.0 on) to <clinit>, or kind 9 to <init>, only fails at resolution.
                        boolean interfaceKind = kind == Opcodes.H_INVOKEINTERFACE || (version >= Opcodes.V1_8
                                && (kind == Opcodes.H_INVOKESTATIC || kind == Opcodes.H_INVOKESPECIAL));
                        boolean knownDifference = isInterface && interfaceKind && (name.equals("<clinit>")
                                || (name.equals("<init>") && kind == Opcodes.H_INVOKEINTERFACE));
                        compare("version " + versionName(version) + " method handle kind " + kind + " of "
                                + (isInterface ? "interface " : "") + name, "H", w.toByteArray(), knownDifference);
                    }
                }
            }
        }
        for (String name : names) {
            for (String descriptor : new String[] {"()V", "()I", "(I)V"}) {
                for (boolean isInterface : new boolean[] {false, true}) {
                    ClassWriter w = new ClassWriter(0);
                    w.visit(Opcodes.V17, Opcodes.ACC_SUPER, "R", null, "java/lang/Object", null);
                    w.newMethod("java/lang/Object", name, descriptor, isInterface);
                    w.visitEnd();
                    compare((isInterface ? "InterfaceMethodref " : "Methodref ") + name + descriptor, "R", w.toByteArray());
                }
            }
        }
        assertAgreement();
    }

    @Test
    void localVariableTables() {
        String[][] variables = {{"x", "I"}, {"x", "J"}, {"a.b", "I"}, {"<init>", "I"}, {"x", "V"}, {"x", "Lq;"},
                {"x", "L;"}};
        for (String[] variable : variables) {
            for (int index = 0; index < 4; index++) {
                ClassWriter w = new ClassWriter(0);
                w.visit(Opcodes.V17, Opcodes.ACC_SUPER, "L", null, "java/lang/Object", null);
                MethodVisitor m = w.visitMethod(Opcodes.ACC_STATIC, "m", "()V", null, null);
                m.visitCode();
                org.objectweb.asm.Label start = new org.objectweb.asm.Label();
                org.objectweb.asm.Label end = new org.objectweb.asm.Label();
                m.visitLabel(start);
                m.visitInsn(Opcodes.NOP);
                m.visitLabel(end);
                m.visitInsn(Opcodes.RETURN);
                m.visitLocalVariable(variable[0], variable[1], null, start, end, index);
                m.visitMaxs(0, 3);
                m.visitEnd();
                w.visitEnd();
                compare("local variable " + variable[0] + ":" + variable[1] + " in slot " + index + " of 3", "L",
                        w.toByteArray());
            }
        }
        assertAgreement();
    }

    @Test
    void innerClassesNestsAndSealing() {
        String[] outers = {null, "O", "I"};
        String[] innerNames = {null, "I"};
        for (int version : new int[] {Opcodes.V1_6, Opcodes.V1_7, Opcodes.V17}) {
            for (String outer : outers) {
                for (String innerName : innerNames) {
                    ClassWriter w = new ClassWriter(0);
                    w.visit(version, Opcodes.ACC_SUPER, "I", null, "java/lang/Object", null);
                    w.visitInnerClass("I", outer, innerName, Opcodes.ACC_STATIC);
                    w.visitEnd();
                    compare("version " + versionName(version) + " InnerClasses I in " + outer + " named " + innerName, "I",
                            w.toByteArray());
                }
            }
        }
        for (boolean host : new boolean[] {false, true}) {
            for (boolean members : new boolean[] {false, true}) {
                for (boolean isFinal : new boolean[] {false, true}) {
                    ClassWriter w = new ClassWriter(0);
                    w.visit(Opcodes.V17, Opcodes.ACC_SUPER | (isFinal ? Opcodes.ACC_FINAL : 0), "N", null,
                            "java/lang/Object", null);
                    if (host) {
                        w.visitNestHost("java/lang/Object");
                    }
                    if (members) {
                        w.visitNestMember("N$M");
                    }
                    w.visitPermittedSubclass("N$S");
                    w.visitEnd();
                    compare("NestHost " + host + ", NestMembers " + members + ", sealed, final " + isFinal, "N",
                            w.toByteArray());
                }
            }
        }
        assertAgreement();
    }

    /**
     * Modified UTF-8 (JVMS 4.4.7) in a Utf8 entry that nothing else checks (the SourceFile name): legal and
     * illegal byte sequences, in class files up to 47.0 (where HotSpot tolerates over-long forms) and after.
     */
    @Test
    void modifiedUtf8() {
        int[][] sequences = {{0x41, 0x42, 0x43}, {0xC0, 0x80, 0x41}, {0xC1, 0x81, 0x41}, {0xC2, 0x80, 0x41},
                {0xE0, 0x80, 0x80}, {0xE0, 0xA0, 0x80}, {0xED, 0xA0, 0x80}, {0xEF, 0xBF, 0xBF}, {0xF0, 0x90, 0x80},
                {0xFF, 0x41, 0x41}, {0x80, 0x41, 0x41}, {0x41, 0x00, 0x41}, {0xC2, 0x41, 0x41}, {0x41, 0x41, 0xC2},
                {0x41, 0xE0, 0xA0}, {0xE0, 0x41, 0x80}, {0xDF, 0xBF, 0x41}, {0xC0, 0xBF, 0x41}};
        for (int version : new int[] {Opcodes.V1_1, Opcodes.V1_3, Opcodes.V1_4, Opcodes.V17}) {
            for (int[] sequence : sequences) {
                ClassWriter w = new ClassWriter(0);
                w.visit(version, Opcodes.ACC_SUPER, "U", null, "java/lang/Object", null);
                w.visitSource("QQQ", null);
                w.visitEnd();
                byte[] bytes = w.toByteArray();
                int at = indexOf(bytes, new byte[] {0, 3, 'Q', 'Q', 'Q'}) + 2;
                StringBuilder hex = new StringBuilder();
                for (int i = 0; i < 3; i++) {
                    bytes[at + i] = (byte) sequence[i];
                    hex.append(String.format(" %02x", sequence[i]));
                }
                compare("version " + versionName(version) + " Utf8" + hex, "U", bytes);
            }
        }
        assertAgreement();
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }

    /** One attribute variant: where it goes, its name and its content. */
    private record AttributeCase(String where, String name, Function<ClassWriter, byte[]> content) {
    }

    /**
     * Attributes that are duplicated, of the wrong length, refer to the wrong constants, or sit where the JVMS
     * does not define them, at class, field, method and Code level, in versions that do and do not recognize them.
     */
    @Test
    void attributes() {
        Function<ClassWriter, byte[]> utf8 = w -> u2(w.newUTF8("x"));
        Function<ClassWriter, byte[]> classEntry = w -> u2(w.newClass("java/lang/Object"));
        List<AttributeCase> cases = List.of(
                new AttributeCase("class", "SourceFile", utf8),
                new AttributeCase("class", "SourceFile", w -> new byte[] {0, 1, 0}),
                new AttributeCase("class", "SourceFile", classEntry),
                new AttributeCase("class", "Signature", utf8),
                new AttributeCase("class", "Signature", w -> new byte[0]),
                new AttributeCase("class", "InnerClasses", w -> u2(1, w.newClass("A"), 0, 0, 0, 0)),
                new AttributeCase("class", "InnerClasses", w -> u2(0, 0)),
                new AttributeCase("class", "EnclosingMethod", w -> u2(w.newClass("A"), 0)),
                new AttributeCase("class", "EnclosingMethod", w -> u2(w.newClass("A"), w.newNameType("m", "()V"))),
                new AttributeCase("class", "EnclosingMethod", w -> u2(w.newUTF8("A"), 0)),
                new AttributeCase("class", "NestHost", classEntry),
                new AttributeCase("class", "NestHost", w -> u2(w.newClass("A"), 0)),
                new AttributeCase("class", "NestMembers", w -> u2(1, w.newUTF8("A"))),
                new AttributeCase("class", "NestMembers", w -> u2(2, w.newClass("A"))),
                new AttributeCase("class", "PermittedSubclasses", w -> u2(1, w.newClass("A"))),
                new AttributeCase("class", "PermittedSubclasses", w -> u2(1, w.newUTF8("A"))),
                new AttributeCase("class", "BootstrapMethods", w -> u2(0)),
                new AttributeCase("class", "BootstrapMethods", w -> u2(1, w.newUTF8("A"), 0)),
                new AttributeCase("class", "BootstrapMethods", w -> u2(1, w.newHandle(Opcodes.H_INVOKESTATIC, "A", "b",
                        "()V", false), 1, w.newNameType("n", "I"))),
                new AttributeCase("class", "BootstrapMethods", w -> u2(1, w.newHandle(Opcodes.H_INVOKESTATIC, "A", "b",
                        "()V", false), 1, w.newConst(1L))),
                new AttributeCase("class", "Record", w -> u2(1, w.newUTF8("c"), w.newUTF8("I"), 0)),
                new AttributeCase("class", "Record", w -> u2(1, w.newUTF8("c"), w.newUTF8("V"), 0)),
                new AttributeCase("class", "Record", w -> u2(1, w.newUTF8("c"), w.newUTF8("I"))),
                new AttributeCase("class", "Synthetic", w -> new byte[0]),
                new AttributeCase("class", "Synthetic", w -> new byte[1]),
                new AttributeCase("class", "Deprecated", w -> new byte[1]),
                new AttributeCase("class", "SourceDebugExtension", w -> new byte[] {'x'}),
                new AttributeCase("class", "RuntimeVisibleAnnotations", w -> new byte[] {9, 9, 9}),
                new AttributeCase("field", "Synthetic", w -> new byte[1]),
                new AttributeCase("field", "Deprecated", w -> new byte[1]),
                new AttributeCase("method", "Synthetic", w -> new byte[1]),
                new AttributeCase("method", "Deprecated", w -> new byte[1]),
                new AttributeCase("method", "MethodParameters", w -> new byte[] {1, 0, 0, 0, 0}),
                new AttributeCase("method", "MethodParameters", w -> new byte[] {1, 0, 0, 0}),
                new AttributeCase("method", "MethodParameters", w -> new byte[] {1, 0, 1, 0, 0}),
                new AttributeCase("method", "MethodParameters", w -> new byte[] {1, 0, 0, 0, 0}),
                new AttributeCase("method", "MethodParameters", w -> new byte[] {1, 0, 1, 0, 0}),
                new AttributeCase("method", "MethodParameters", w -> {
                    int c = w.newClass("C");
                    return new byte[] {1, (byte) (c >> 8), (byte) c, 0, 0};
                }),
                new AttributeCase("method", "MethodParameters", w -> {
                    int c = w.newUTF8("a.b");
                    return new byte[] {1, (byte) (c >> 8), (byte) c, 0, 0};
                }),
                new AttributeCase("method", "MethodParameters", w -> new byte[] {1, 0x7F, 0x7F, 0, 0}),
                new AttributeCase("method", "AnnotationDefault", w -> new byte[] {9}),
                new AttributeCase("method", "RuntimeVisibleAnnotations", w -> u2(0)),
                new AttributeCase("method", "RuntimeInvisibleAnnotations", w -> u2(0)),
                new AttributeCase("method", "RuntimeVisibleParameterAnnotations", w -> new byte[] {0}),
                new AttributeCase("method", "RuntimeVisibleTypeAnnotations", w -> u2(0)),
                new AttributeCase("method", "RuntimeInvisibleTypeAnnotations", w -> u2(0)),
                new AttributeCase("method", "RuntimeInvisibleParameterAnnotations", w -> new byte[] {0}),
                new AttributeCase("field", "RuntimeInvisibleAnnotations", w -> u2(0)),
                new AttributeCase("field", "RuntimeInvisibleTypeAnnotations", w -> u2(0)),
                new AttributeCase("class", "RuntimeInvisibleTypeAnnotations", w -> u2(0)),
                new AttributeCase("field", "RuntimeVisibleAnnotations", w -> u2(0)),
                new AttributeCase("field", "RuntimeVisibleTypeAnnotations", w -> u2(0)),
                new AttributeCase("class", "RuntimeVisibleAnnotations", w -> u2(0)),
                new AttributeCase("class", "RuntimeInvisibleAnnotations", w -> u2(0)),
                new AttributeCase("class", "RuntimeVisibleTypeAnnotations", w -> u2(0)),
                new AttributeCase("class", "Module", w -> u2(0)),
                new AttributeCase("class", "ModulePackages", w -> u2(0)),
                new AttributeCase("code", "RuntimeVisibleTypeAnnotations", w -> u2(0)),
                new AttributeCase("method", "RuntimeVisibleParameterAnnotations", w -> new byte[] {9}),
                new AttributeCase("class", "StackMapTable", w -> new byte[] {1, 2, 3}),
                new AttributeCase("class", "Unknown", w -> new byte[] {1, 2, 3}),
                new AttributeCase("field", "ConstantValue", w -> u2(w.newConst(7))),
                new AttributeCase("field", "ConstantValue", w -> u2(w.newConst("s"))),
                new AttributeCase("field", "ConstantValue", w -> new byte[] {0}),
                new AttributeCase("field", "Signature", utf8),
                new AttributeCase("nonstatic field", "ConstantValue", w -> u2(w.newConst("s"))),
                new AttributeCase("method", "Code", w -> u2(1, 1, 0, 1, 0xB100, 0, 0)),
                new AttributeCase("method", "Exceptions", w -> u2(1, w.newClass("java/lang/Exception"))),
                new AttributeCase("method", "Exceptions", w -> u2(2, w.newClass("java/lang/Exception"))),
                new AttributeCase("method", "Exceptions", w -> u2(1, w.newUTF8("java/lang/Exception"))),
                new AttributeCase("method", "Signature", utf8),
                new AttributeCase("code", "LineNumberTable", w -> u2(1, 0, 7)),
                new AttributeCase("code", "LineNumberTable", w -> u2(1, 2, 7)),
                new AttributeCase("code", "LineNumberTable", w -> u2(2, 0, 7)),
                new AttributeCase("code", "LocalVariableTable", w -> u2(1, 0, 2, w.newUTF8("v"), w.newUTF8("I"), 0)),
                new AttributeCase("code", "LocalVariableTable", w -> u2(1, 0, 3, w.newUTF8("v"), w.newUTF8("I"), 0)),
                new AttributeCase("code", "LocalVariableTable", w -> u2(1, 2, 0, w.newUTF8("v"), w.newUTF8("I"), 0)),
                new AttributeCase("code", "LocalVariableTable", w -> u2(1, 0, 1, w.newUTF8("v"), w.newClass("I"), 0)),
                new AttributeCase("code", "LocalVariableTypeTable", w -> u2(1, 0, 2, w.newUTF8("v"), w.newUTF8("TT;"), 0)),
                new AttributeCase("code", "LocalVariableTypeTable", w -> u2(1, 0, 3, w.newUTF8("v"), w.newUTF8("TT;"), 0)),
                new AttributeCase("code", "LocalVariableTypeTable", w -> u2(1, 0, 2, w.newUTF8("v"), w.newUTF8("TT;"), 5)),
                new AttributeCase("code", "LocalVariableTable+LocalVariableTypeTable",
                        w -> u2(1, 0, 2, w.newUTF8("v"), w.newUTF8("TT;"), 0)),
                new AttributeCase("code", "LocalVariableTable+LocalVariableTypeTable",
                        w -> u2(1, 0, 1, w.newUTF8("v"), w.newUTF8("TT;"), 0)),
                new AttributeCase("code", "LocalVariableTable+LocalVariableTypeTable",
                        w -> u2(1, 0, 2, w.newUTF8("w"), w.newUTF8("TT;"), 0)),
                new AttributeCase("code", "StackMapTable", w -> u2(0)),
                new AttributeCase("code", "Unknown", w -> new byte[] {9}));
        for (int version : new int[] {Opcodes.V1_4, Opcodes.V1_6, Opcodes.V1_8, Opcodes.V17}) {
            for (AttributeCase c : cases) {
                for (int copies = 1; copies <= 2; copies++) {
                    compare("version " + versionName(version) + " " + copies + " x " + c.where + " attribute " + c.name
                            + " " + c.content.apply(new ClassWriter(0)).length + " bytes", "A",
                            classWithAttribute(version, c, copies));
                }
            }
        }
        assertAgreement();
    }

    /** A class whose code is {@code nop; return} (2 bytes), with {@code copies} of the attribute. */
    private static byte[] classWithAttribute(int version, AttributeCase c, int copies) {
        ClassWriter w = new ClassWriter(0);
        w.visit(version, Opcodes.ACC_SUPER, "A", null, "java/lang/Object", null);
        boolean field = c.where.endsWith("field");
        FieldVisitor f = w.visitField(c.where.equals("field") ? Opcodes.ACC_STATIC : 0, "f", field
                && c.name.equals("ConstantValue") ? "Ljava/lang/String;" : "I", null, null);
        MethodVisitor m = w.visitMethod(Opcodes.ACC_STATIC, "m", "()V", null, null);
        for (int i = 0; i < copies; i++) {
            if (c.name.equals("LocalVariableTable+LocalVariableTypeTable")) {
                // A LocalVariableTable for v:I in slot 0 over the code, then the case's LocalVariableTypeTable.
                m.visitAttribute(new RawAsmAttribute("LocalVariableTable", true,
                        x -> u2(1, 0, 2, x.newUTF8("v"), x.newUTF8("I"), 0)));
                m.visitAttribute(new RawAsmAttribute("LocalVariableTypeTable", true, c.content));
                continue;
            }
            RawAsmAttribute attribute = new RawAsmAttribute(c.name, c.where.equals("code"), c.content);
            switch (c.where) {
                case "class" -> w.visitAttribute(attribute);
                case "field", "nonstatic field" -> f.visitAttribute(attribute);
                default -> m.visitAttribute(attribute);
            }
        }
        f.visitEnd();
        m.visitCode();
        m.visitInsn(Opcodes.NOP);
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, 1);
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    /** JVMS 4.1, 4.5, 4.6: no duplicate interfaces, no two fields or methods with the same name and descriptor. */
    @Test
    void duplicateMembersAndInterfaces() {
        String[][] pairs = {{"a", "I", "a", "I"}, {"a", "I", "a", "J"}, {"a", "I", "b", "I"}};
        for (String[] pair : pairs) {
            ClassWriter w = new ClassWriter(0);
            w.visit(Opcodes.V17, Opcodes.ACC_SUPER, "D", null, "java/lang/Object", null);
            w.visitField(Opcodes.ACC_STATIC, pair[0], pair[1], null, null).visitEnd();
            w.visitField(Opcodes.ACC_STATIC, pair[2], pair[3], null, null).visitEnd();
            w.visitEnd();
            compare("fields " + String.join(" ", pair), "D", w.toByteArray());
            w = new ClassWriter(0);
            w.visit(Opcodes.V17, Opcodes.ACC_SUPER, "D", null, "java/lang/Object", null);
            w.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE, pair[0], "()" + pair[1], null, null).visitEnd();
            w.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE, pair[2], "()" + pair[3], null, null).visitEnd();
            w.visitEnd();
            compare("methods " + String.join(" ", pair), "D", w.toByteArray());
        }
        for (String[] interfaces : new String[][] {{"java/lang/Runnable", "java/lang/Runnable"},
                {"java/lang/Runnable", "java/lang/Cloneable"}}) {
            ClassWriter w = new ClassWriter(0);
            w.visit(Opcodes.V17, Opcodes.ACC_SUPER | Opcodes.ACC_ABSTRACT, "D", null, "java/lang/Object", interfaces);
            w.visitEnd();
            compare("interfaces " + String.join(" ", interfaces), "D", w.toByteArray());
        }
        assertAgreement();
    }
}
