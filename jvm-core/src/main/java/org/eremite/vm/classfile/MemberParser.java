package org.eremite.vm.classfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads field_info (JVMS 4.5) and method_info (JVMS 4.6) structures with their attributes, checking names,
 * descriptors, access flags and the attributes a JVM must understand: ConstantValue (4.7.2), Code (4.7.3,
 * via {@link CodeAttributeParser}), Exceptions (4.7.5) and Signature (4.7.9). The others are kept raw after
 * {@link ClassFileParser#otherAttribute}'s checks.
 */
final class MemberParser {
    private final ClassFileParser p;
    private final ByteReader in;
    private int memberOffset;

    MemberParser(ClassFileParser p) {
        this.p = p;
        this.in = p.in;
    }

    /** The class-file offset of the member read last. */
    int lastMemberOffset() {
        return memberOffset;
    }

    FieldInfo readField() {
        int start = in.position();
        memberOffset = start;
        in.context("field", "");
        int rawFlags = in.u2();
        int nameIndex = in.u2();
        int descriptorIndex = in.u2();
        String name = p.utf8At(nameIndex, start + 2, "field name_index");
        if (!Names.isUnqualifiedName(name)) {
            throw p.error(start + 2, "illegal field name \"" + name + "\"");
        }
        String descriptor = p.utf8At(descriptorIndex, start + 4, "field descriptor_index");
        in.member("field", name, null);
        try {
            MethodDescriptor.checkFieldDescriptor(descriptor);
        } catch (IllegalArgumentException e) {
            throw in.error(start + 4, "illegal field descriptor: " + e.getMessage());
        }
        in.member("field", name, descriptor);
        int flags = AccessFlagRules.checkField(p, rawFlags, start);

        Object constantValue = null;
        boolean hasConstantValue = false;
        String signature = null;
        List<RawAttribute> attributes = new ArrayList<>(0);
        in.context("attributes_count", "");
        int count = in.u2();
        for (int i = 0; i < count; i++) {
            ByteReader a = p.attribute(in);
            String attribute = p.attributeName;
            // JVMS 4.7.2: a ConstantValue of a non-static field is silently ignored.
            if (attribute.equals("ConstantValue") && AccessFlags.isStatic(flags)) {
                if (hasConstantValue) {
                    throw p.duplicate(a, attribute);
                }
                hasConstantValue = true;
                constantValue = readConstantValue(a, descriptor);
            } else if (attribute.equals("Signature") && p.majorVersion >= 49) {
                if (signature != null) {
                    throw p.duplicate(a, attribute);
                }
                signature = readSignature(a);
            } else {
                attributes.add(p.otherAttribute(a, attributes));
            }
        }
        in.member(null, null, null);
        return new FieldInfo(flags, name, descriptor, constantValue, signature, List.copyOf(attributes));
    }

    /** JVMS 4.7.2, Table 4.7.2-B: the constant's tag must fit the field's type. */
    private Object readConstantValue(ByteReader a, String descriptor) {
        int offset = a.position();
        int index = a.u2();
        p.endOfAttribute(a, "ConstantValue");
        ConstantPool pool = p.pool;
        p.expect(index, -1, offset, "ConstantValue");
        int tag = pool.rawTag(index);
        char type = descriptor.charAt(0);
        switch (type) {
            case 'J':
                if (tag == ConstantTag.LONG) {
                    return pool.longValue(index);
                }
                break;
            case 'F':
                if (tag == ConstantTag.FLOAT) {
                    return Float.intBitsToFloat(pool.rawData(index));
                }
                break;
            case 'D':
                if (tag == ConstantTag.DOUBLE) {
                    return pool.doubleValue(index);
                }
                break;
            case 'I', 'S', 'C', 'B', 'Z':
                if (tag == ConstantTag.INTEGER) {
                    return pool.rawData(index);
                }
                break;
            default:
                if (tag == ConstantTag.STRING && descriptor.equals("Ljava/lang/String;")) {
                    return pool.stringValue(index);
                }
                break;
        }
        throw a.error(offset, "ConstantValue " + index + " is a " + ConstantTag.name(tag)
                + ", which cannot initialize a field of type " + descriptor);
    }

    private String readSignature(ByteReader a) {
        int offset = a.position();
        String signature = p.utf8At(a.u2(), offset, "Signature");
        p.endOfAttribute(a, "Signature");
        return signature;
    }

    MethodInfo readMethod() {
        int start = in.position();
        memberOffset = start;
        in.context("method", "");
        int rawFlags = in.u2();
        int nameIndex = in.u2();
        int descriptorIndex = in.u2();
        String name = p.utf8At(nameIndex, start + 2, "method name_index");
        if (!Names.isMethodName(name)) {
            throw p.error(start + 2, "illegal method name \"" + name + "\"");
        }
        String descriptorText = p.utf8At(descriptorIndex, start + 4, "method descriptor_index");
        in.member("method", name, null);
        MethodDescriptor descriptor;
        try {
            descriptor = MethodDescriptor.parse(descriptorText);
        } catch (IllegalArgumentException e) {
            throw in.error(start + 4, "illegal method descriptor: " + e.getMessage());
        }
        in.member("method", name, descriptorText);
        // JVMS 2.9: <init> and <clinit> return void; from 51.0 on <clinit> takes no arguments (JVMS 2.9.2).
        if (name.startsWith("<") && !descriptor.returnType().equals("V")) {
            throw in.error(start + 4, name + " must return void");
        }
        if (name.equals(Names.CLASS_INITIALIZER) && p.majorVersion >= 51 && !descriptor.parameters().isEmpty()) {
            throw in.error(start + 4, "<clinit> must take no arguments from class file version 51 on");
        }
        int flags = AccessFlagRules.checkMethod(p, rawFlags, name, start);
        // JVMS 4.3.3: at most 255 slots of arguments, this included.
        int argumentSlots = descriptor.parameterSlots() + (AccessFlags.isStatic(flags) ? 0 : 1);
        if (argumentSlots > 255) {
            throw in.error(start + 4, "arguments take " + argumentSlots + " slots, more than 255");
        }

        CodeAttribute code = null;
        int codeOffset = -1;
        List<String> exceptions = null;
        String signature = null;
        List<RawAttribute> attributes = new ArrayList<>(0);
        in.context("attributes_count", "");
        int count = in.u2();
        for (int i = 0; i < count; i++) {
            ByteReader a = p.attribute(in);
            String attribute = p.attributeName;
            switch (attribute) {
                case "Code" -> {
                    if (code != null) {
                        throw p.duplicate(a, attribute);
                    }
                    codeOffset = p.attributeOffset;
                    code = new CodeAttributeParser(p, a, argumentSlots).read();
                }
                case "Exceptions" -> {
                    if (exceptions != null) {
                        throw p.duplicate(a, attribute);
                    }
                    exceptions = readExceptions(a);
                }
                default -> {
                    if (attribute.equals("Signature") && p.majorVersion >= 49) {
                        if (signature != null) {
                            throw p.duplicate(a, attribute);
                        }
                        signature = readSignature(a);
                    } else {
                        attributes.add(p.otherAttribute(a, attributes));
                    }
                }
            }
        }
        // JVMS 4.7.3: native and abstract methods have no Code attribute, every other method has one.
        boolean bodiless = AccessFlags.isNative(flags) || AccessFlags.isAbstract(flags);
        if (bodiless && code != null) {
            throw in.error(codeOffset, "a native or abstract method has a Code attribute");
        }
        if (!bodiless && code == null) {
            throw in.error(start, "no Code attribute, and the method is neither native nor abstract");
        }
        in.member(null, null, null);
        return new MethodInfo(flags, name, descriptor, code, exceptions == null ? List.of() : exceptions, signature,
                List.copyOf(attributes));
    }

    /** JVMS 4.7.5. */
    private List<String> readExceptions(ByteReader a) {
        int count = a.u2();
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            int offset = a.position();
            names[i] = p.classAt(a.u2(), offset, "Exceptions");
        }
        p.endOfAttribute(a, "Exceptions");
        return List.of(names);
    }
}
