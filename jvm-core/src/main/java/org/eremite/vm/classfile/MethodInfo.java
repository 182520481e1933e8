package org.eremite.vm.classfile;

import java.util.List;

/**
 * A method of a class file (JVMS 4.6).
 */
public final class MethodInfo {
    private final int accessFlags;
    private final String name;
    private final MethodDescriptor descriptor;
    private final CodeAttribute code;
    private final List<String> exceptions;
    private final String signature;
    private final List<RawAttribute> attributes;

    MethodInfo(int accessFlags, String name, MethodDescriptor descriptor, CodeAttribute code, List<String> exceptions,
               String signature, List<RawAttribute> attributes) {
        this.accessFlags = accessFlags;
        this.name = name;
        this.descriptor = descriptor;
        this.code = code;
        this.exceptions = exceptions;
        this.signature = signature;
        this.attributes = attributes;
    }

    /**
     * The flags, restricted to {@link AccessFlags#METHOD_FLAGS}. For {@code <clinit>} they are normalized as JVMS
     * 4.6 says ("ignored except for the setting of ACC_STATIC and ACC_STRICT"): ACC_STATIC, plus ACC_STRICT in
     * class files 46.0 to 60.0.
     */
    public int accessFlags() {
        return accessFlags;
    }

    public String name() {
        return name;
    }

    /** The method descriptor text, {@code (I[Ljava/lang/String;)V}. */
    public String descriptor() {
        return descriptor.descriptor();
    }

    /** The parsed method descriptor. */
    public MethodDescriptor methodDescriptor() {
        return descriptor;
    }

    /** The Code attribute, or null for a native or abstract method (JVMS 4.7.3). */
    public CodeAttribute code() {
        return code;
    }

    /** The internal names of the classes in the Exceptions attribute (JVMS 4.7.5), in order; empty if none. */
    public List<String> exceptions() {
        return exceptions;
    }

    /** The generic Signature attribute, or null. */
    public String signature() {
        return signature;
    }

    /** The attributes not interpreted, in class-file order. */
    public List<RawAttribute> attributes() {
        return attributes;
    }

    public boolean isStatic() {
        return AccessFlags.isStatic(accessFlags);
    }

    public boolean isAbstract() {
        return AccessFlags.isAbstract(accessFlags);
    }

    public boolean isNative() {
        return AccessFlags.isNative(accessFlags);
    }

    public boolean isSynchronized() {
        return AccessFlags.isSynchronized(accessFlags);
    }

    public boolean isPrivate() {
        return AccessFlags.isPrivate(accessFlags);
    }

    /** True for {@code <init>}. */
    public boolean isInstanceInitializer() {
        return name.equals(Names.INSTANCE_INITIALIZER);
    }

    /** True for {@code <clinit>}, the class initializer (JVMS 2.9.2). */
    public boolean isClassInitializer() {
        return name.equals(Names.CLASS_INITIALIZER);
    }

    /** Local-variable slots the arguments take, including {@code this} for an instance method (JVMS 2.6.1). */
    public int argumentSlots() {
        return descriptor.parameterSlots() + (isStatic() ? 0 : 1);
    }

    @Override
    public String toString() {
        return name + descriptor.descriptor();
    }
}
