package org.eremite.vm.classfile;

import java.util.List;

/**
 * A parsed and format-checked class file (JVMS 4.1), made by {@link ClassFileParser}. Immutable.
 *
 * <p>Class names are internal names ({@code java/lang/String}). Lists are unmodifiable and in class-file order;
 * an absent attribute is null (single values) or an empty list, except {@link #recordComponents()}, which is
 * null when the class has no Record attribute (so that a record with no components is told apart).
 */
public final class ClassFile {
    final int minorVersion;
    final int majorVersion;
    final int accessFlags;
    final String thisClass;
    final String superClass;
    final List<String> interfaces;
    final List<FieldInfo> fields;
    final List<MethodInfo> methods;
    final ConstantPool constantPool;
    final String sourceFile;
    final String signature;
    final List<BootstrapMethod> bootstrapMethods;
    final List<InnerClass> innerClasses;
    final EnclosingMethod enclosingMethod;
    final String nestHost;
    final List<String> nestMembers;
    final List<RecordComponent> recordComponents;
    final List<String> permittedSubclasses;
    final List<RawAttribute> attributes;

    ClassFile(ClassFileParser.Builder b) {
        this.minorVersion = b.minorVersion;
        this.majorVersion = b.majorVersion;
        this.accessFlags = b.accessFlags;
        this.thisClass = b.thisClass;
        this.superClass = b.superClass;
        this.interfaces = List.copyOf(b.interfaces);
        this.fields = List.copyOf(b.fields);
        this.methods = List.copyOf(b.methods);
        this.constantPool = b.constantPool;
        this.sourceFile = b.sourceFile;
        this.signature = b.signature;
        this.bootstrapMethods = List.copyOf(b.bootstrapMethods);
        this.innerClasses = List.copyOf(b.innerClasses);
        this.enclosingMethod = b.enclosingMethod;
        this.nestHost = b.nestHost;
        this.nestMembers = List.copyOf(b.nestMembers);
        this.recordComponents = b.recordComponents == null ? null : List.copyOf(b.recordComponents);
        this.permittedSubclasses = List.copyOf(b.permittedSubclasses);
        this.attributes = List.copyOf(b.attributes);
    }

    public int minorVersion() {
        return minorVersion;
    }

    /** 45 (Java 1.0/1.1) to 61 (Java 17). */
    public int majorVersion() {
        return majorVersion;
    }

    /**
     * The class's flags, restricted to {@link AccessFlags#CLASS_FLAGS}. In class files older than 50.0 an
     * interface also gets ACC_ABSTRACT, which old compilers left out (JVMS 4.1; HotSpot does the same).
     */
    public int accessFlags() {
        return accessFlags;
    }

    /** This class's internal name ({@code module-info} for a module declaration). */
    public String thisClass() {
        return thisClass;
    }

    /** The superclass's internal name; null only for {@code java/lang/Object} and module-info. */
    public String superClass() {
        return superClass;
    }

    /** The direct superinterfaces' internal names. */
    public List<String> interfaces() {
        return interfaces;
    }

    public List<FieldInfo> fields() {
        return fields;
    }

    public List<MethodInfo> methods() {
        return methods;
    }

    public ConstantPool constantPool() {
        return constantPool;
    }

    /** The SourceFile attribute (JVMS 4.7.10), or null. */
    public String sourceFile() {
        return sourceFile;
    }

    /** The generic Signature attribute (JVMS 4.7.9), unparsed, or null. */
    public String signature() {
        return signature;
    }

    /** The BootstrapMethods attribute (JVMS 4.7.23), indexed by {@link DynamicRef#bootstrapMethodIndex()}. */
    public List<BootstrapMethod> bootstrapMethods() {
        return bootstrapMethods;
    }

    /** The InnerClasses attribute (JVMS 4.7.6). */
    public List<InnerClass> innerClasses() {
        return innerClasses;
    }

    /** The EnclosingMethod attribute (JVMS 4.7.7), or null. */
    public EnclosingMethod enclosingMethod() {
        return enclosingMethod;
    }

    /** The NestHost attribute (JVMS 4.7.28): the host's internal name, or null. */
    public String nestHost() {
        return nestHost;
    }

    /** The NestMembers attribute (JVMS 4.7.29). */
    public List<String> nestMembers() {
        return nestMembers;
    }

    /** The Record attribute's components (JVMS 4.7.30), or null if there is no Record attribute. */
    public List<RecordComponent> recordComponents() {
        return recordComponents;
    }

    /** The PermittedSubclasses attribute (JVMS 4.7.31); empty if the class is not sealed. */
    public List<String> permittedSubclasses() {
        return permittedSubclasses;
    }

    /** The class attributes not interpreted (annotations, Module, SourceDebugExtension ...), in order. */
    public List<RawAttribute> attributes() {
        return attributes;
    }

    public boolean isInterface() {
        return AccessFlags.isInterface(accessFlags);
    }

    public boolean isAbstract() {
        return AccessFlags.isAbstract(accessFlags);
    }

    public boolean isFinal() {
        return AccessFlags.isFinal(accessFlags);
    }

    /** True for a module-info class file (ACC_MODULE), which declares a module, not a class. */
    public boolean isModule() {
        return AccessFlags.isModule(accessFlags);
    }

    /** The method with this name and descriptor, or null. */
    public MethodInfo findMethod(String name, String descriptor) {
        for (MethodInfo m : methods) {
            if (m.name().equals(name) && m.descriptor().equals(descriptor)) {
                return m;
            }
        }
        return null;
    }

    /** The field with this name and descriptor, or null. */
    public FieldInfo findField(String name, String descriptor) {
        for (FieldInfo f : fields) {
            if (f.name().equals(name) && f.descriptor().equals(descriptor)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return thisClass + " (class file " + majorVersion + "." + minorVersion + ")";
    }
}
