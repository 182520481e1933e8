package org.eremite.vm.object;

import org.eremite.vm.classfile.MethodDescriptor;
import org.eremite.vm.classfile.TypeKind;

/**
 * A field as the object model sees it: name, field descriptor and access flags (JVMS 4.5). Belongs to exactly
 * one {@link ClassShape}, which sets {@link #owner()} when it is built.
 */
public final class FieldShape {
    private final String name;
    private final String descriptor;
    private final int access;
    private final TypeKind kind;
    private final Object constantValue;
    private ClassShape owner;

    /**
     * @param name       the field's name
     * @param descriptor its field descriptor ({@code I}, {@code Ljava/lang/String;}, {@code [J} ...)
     * @param access     its access flags; only {@link Access#STATIC} matters to the layout
     * @throws IllegalArgumentException if the descriptor is not one field type
     */
    public FieldShape(String name, String descriptor, int access) {
        this(name, descriptor, access, null);
    }

    /**
     * A field with the value of its ConstantValue attribute (JVMS 4.7.2), which a static field holds from
     * preparation on, before any {@code <clinit>} runs: so a statics block made without running the class's
     * initializer (the image builder's, for classes initialized at run time) must hold it too.
     *
     * @param constantValue as {@code FieldInfo.constantValue}: an Integer for {@code Z B C S I} fields, a Long,
     *                      Float, Double or String; null for none. Ignored (null) for a non-static field, as JVMS
     *                      4.7.2 ignores the attribute there
     */
    public FieldShape(String name, String descriptor, int access, Object constantValue) {
        MethodDescriptor.checkFieldDescriptor(descriptor);
        this.name = name;
        this.descriptor = descriptor;
        this.access = access;
        this.kind = TypeKind.ofDescriptor(descriptor);
        this.constantValue = (access & Access.STATIC) != 0 ? constantValue : null;
    }

    public String name() {
        return name;
    }

    public String descriptor() {
        return descriptor;
    }

    public int access() {
        return access;
    }

    /** The field's kind: its size in the layout is {@code kind().bytes()} (8 for references). */
    public TypeKind kind() {
        return kind;
    }

    /** The ConstantValue of a static field (Integer, Long, Float, Double or String), or null if it has none. */
    public Object constantValue() {
        return constantValue;
    }

    public boolean isStatic() {
        return (access & Access.STATIC) != 0;
    }

    public boolean isReference() {
        return kind == TypeKind.REFERENCE;
    }

    /** The class or interface that declares this field. */
    public ClassShape owner() {
        return owner;
    }

    void setOwner(ClassShape shape) {
        if (owner != null) {
            throw new IllegalStateException("field " + name + " already belongs to " + owner.name());
        }
        owner = shape;
    }

    @Override
    public String toString() {
        return (owner == null ? "?" : owner.name()) + "." + name + ":" + descriptor;
    }
}
