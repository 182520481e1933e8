package org.eremite.vm.classfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the attributes of the ClassFile structure (JVMS 4.7) that a JVM needs: SourceFile (4.7.10),
 * InnerClasses (4.7.6), EnclosingMethod (4.7.7), Signature (4.7.9), BootstrapMethods (4.7.23), NestHost
 * (4.7.28), NestMembers (4.7.29), Record (4.7.30) and PermittedSubclasses (4.7.31). Each is recognized only
 * from the class file version that introduced it (JVMS 4.7, Table 4.7-A); in an older class file an attribute
 * of that name is not recognized and is kept raw, like any other unknown attribute.
 */
final class ClassAttributeParser {
    private final ClassFileParser p;
    private final ClassFileParser.Builder result;
    private boolean seenSourceFile;
    private boolean seenInnerClasses;
    private boolean seenNestMembers;
    private boolean seenPermittedSubclasses;

    ClassAttributeParser(ClassFileParser p) {
        this.p = p;
        this.result = p.result;
    }

    void readAll() {
        ByteReader in = p.in;
        in.context("class attributes_count", "");
        int count = in.u2();
        int major = p.majorVersion;
        for (int i = 0; i < count; i++) {
            ByteReader a = p.attribute(in);
            String name = p.attributeName;
            switch (name) {
                case "SourceFile" -> {
                    once(a, name, seenSourceFile);
                    seenSourceFile = true;
                    int offset = a.position();
                    result.sourceFile = p.utf8At(a.u2(), offset, name);
                    p.endOfAttribute(a, name);
                }
                case "InnerClasses" -> {
                    once(a, name, seenInnerClasses);
                    seenInnerClasses = true;
                    readInnerClasses(a);
                }
                case "EnclosingMethod" -> {
                    if (major < 49) {
                        result.attributes.add(p.raw(a));
                    } else {
                        once(a, name, result.enclosingMethod != null);
                        readEnclosingMethod(a);
                    }
                }
                case "Signature" -> {
                    if (major < 49) {
                        result.attributes.add(p.raw(a));
                    } else {
                        once(a, name, result.signature != null);
                        int offset = a.position();
                        result.signature = p.utf8At(a.u2(), offset, name);
                        p.endOfAttribute(a, name);
                    }
                }
                case "BootstrapMethods" -> {
                    if (major < 51) {
                        result.attributes.add(p.raw(a));
                    } else {
                        once(a, name, result.hasBootstrapMethods);
                        result.hasBootstrapMethods = true;
                        readBootstrapMethods(a);
                    }
                }
                case "NestHost" -> {
                    if (major < 55) {
                        result.attributes.add(p.raw(a));
                    } else {
                        once(a, name, result.nestHost != null);
                        int offset = a.position();
                        result.nestHost = p.classAt(a.u2(), offset, name);
                        p.endOfAttribute(a, name);
                    }
                }
                case "NestMembers" -> {
                    if (major < 55) {
                        result.attributes.add(p.raw(a));
                    } else {
                        once(a, name, seenNestMembers);
                        seenNestMembers = true;
                        readClassList(a, name, result.nestMembers);
                    }
                }
                case "Record" -> {
                    if (major < 60) {
                        result.attributes.add(p.raw(a));
                    } else {
                        once(a, name, result.recordComponents != null);
                        readRecord(a);
                    }
                }
                case "PermittedSubclasses" -> {
                    if (major < 61) {
                        result.attributes.add(p.raw(a));
                    } else {
                        once(a, name, seenPermittedSubclasses);
                        seenPermittedSubclasses = true;
                        readClassList(a, name, result.permittedSubclasses);
                    }
                }
                default -> result.attributes.add(p.otherAttribute(a, result.attributes));
            }
        }
        // JVMS 4.7.28, 4.7.29: a class is either a nest host (NestMembers) or a nest member (NestHost).
        if (result.nestHost != null && seenNestMembers) {
            throw p.error(-1, "both a NestHost and a NestMembers attribute");
        }
        // JVMS 4.7.31: a final class cannot be sealed.
        if (seenPermittedSubclasses && AccessFlags.isFinal(result.accessFlags)) {
            throw p.error(-1, "a final class has a PermittedSubclasses attribute");
        }
    }

    private void once(ByteReader a, String name, boolean seen) {
        if (seen) {
            throw p.duplicate(a, name);
        }
    }

    private void readInnerClasses(ByteReader a) {
        int count = a.u2();
        // Like HotSpot, tolerate extra bytes in class files before 49.0, some of whose compilers wrote them.
        if (p.majorVersion >= 49 ? a.remaining() != 8 * count : a.remaining() < 8 * count) {
            throw a.error(p.attributeOffset, "InnerClasses of " + count + " entries has length " + (a.remaining() + 2));
        }
        for (int i = 0; i < count; i++) {
            int offset = a.position();
            String inner = p.classAt(a.u2(), offset, "InnerClasses inner_class_info_index");
            String outer = p.optionalClassAt(a.u2(), offset + 2, "InnerClasses outer_class_info_index");
            int nameIndex = a.u2();
            String innerName = nameIndex == 0 ? null : p.utf8At(nameIndex, offset + 4, "InnerClasses inner_name_index");
            int flags = a.u2() & AccessFlags.INNER_CLASS_FLAGS;
            // JVMS 4.7.6 also says that from 51.0 on an entry without inner_name has no outer class. Like HotSpot,
            // the parser does not enforce that: the attribute only serves reflection, and a class that loads on
            // HotSpot must load here.
            if (inner.equals(outer)) {
                throw a.error(offset, "InnerClasses entry " + i + ": " + inner + " is its own outer class");
            }
            result.innerClasses.add(new InnerClass(inner, outer, innerName, flags));
        }
        a.skip(a.remaining());
    }

    private void readEnclosingMethod(ByteReader a) {
        int offset = a.position();
        String className = p.classAt(a.u2(), offset, "EnclosingMethod class_index");
        int methodIndex = a.u2();
        p.endOfAttribute(a, "EnclosingMethod");
        String methodName = null;
        String methodDescriptor = null;
        if (methodIndex != 0) {
            p.expect(methodIndex, ConstantTag.NAME_AND_TYPE, offset + 2, "EnclosingMethod method_index");
            methodName = p.pool.nameOfNameAndType(methodIndex);
            methodDescriptor = p.pool.descriptorOfNameAndType(methodIndex);
            if (!methodDescriptor.startsWith("(")) {
                throw a.error(offset + 2, "EnclosingMethod method_index names a field, " + methodName);
            }
        }
        result.enclosingMethod = new EnclosingMethod(className, methodName, methodDescriptor);
    }

    private void readBootstrapMethods(ByteReader a) {
        int count = a.u2();
        ConstantPool pool = p.pool;
        for (int i = 0; i < count; i++) {
            int offset = a.position();
            int handle = a.u2();
            p.expect(handle, ConstantTag.METHOD_HANDLE, offset, "bootstrap method " + i);
            int argumentCount = a.u2();
            int[] arguments = new int[argumentCount];
            for (int j = 0; j < argumentCount; j++) {
                int argumentOffset = a.position();
                int argument = a.u2();
                p.expect(argument, -1, argumentOffset, "bootstrap method " + i + " argument " + j);
                // JVMS 4.7.23: each argument is a loadable constant (JVMS 4.4, Table 4.4-C).
                if (!pool.isLoadable(argument)) {
                    throw a.error(argumentOffset, "bootstrap method " + i + " argument " + j
                            + " is constant pool entry " + argument + ", a " + ConstantTag.name(pool.rawTag(argument))
                            + ", which is not loadable");
                }
                arguments[j] = argument;
            }
            result.bootstrapMethods.add(new BootstrapMethod(handle, arguments));
        }
        p.endOfAttribute(a, "BootstrapMethods");
    }

    private void readClassList(ByteReader a, String attribute, List<String> into) {
        int count = a.u2();
        for (int i = 0; i < count; i++) {
            int offset = a.position();
            into.add(p.classAt(a.u2(), offset, attribute));
        }
        p.endOfAttribute(a, attribute);
    }

    private void readRecord(ByteReader a) {
        int count = a.u2();
        List<RecordComponent> components = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int offset = a.position();
            String name = p.utf8At(a.u2(), offset, "Record component name_index");
            if (!Names.isUnqualifiedName(name)) {
                throw a.error(offset, "illegal record component name \"" + name + "\"");
            }
            String descriptor = p.utf8At(a.u2(), offset + 2, "Record component descriptor_index");
            try {
                MethodDescriptor.checkFieldDescriptor(descriptor);
            } catch (IllegalArgumentException e) {
                throw a.error(offset + 2, "record component " + name + ": illegal descriptor: " + e.getMessage());
            }
            String signature = null;
            int attributeCount = a.u2();
            for (int j = 0; j < attributeCount; j++) {
                ByteReader attribute = p.attribute(a);
                if (p.attributeName.equals("Signature")) {
                    once(attribute, "record component Signature", signature != null);
                    int signatureOffset = attribute.position();
                    signature = p.utf8At(attribute.u2(), signatureOffset, "Signature");
                    p.endOfAttribute(attribute, "Signature");
                }
                // Annotations and unknown attributes of components are not kept.
            }
            components.add(new RecordComponent(name, descriptor, signature));
        }
        p.endOfAttribute(a, "Record");
        result.recordComponents = components;
    }
}
