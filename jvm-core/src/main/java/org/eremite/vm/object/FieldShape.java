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
    private ClassShape owner;

    /**
     * @param name       the field's name
     * @param descriptor its field descriptor ({@code I}, {@code Ljava/lang/String;}, {@code [J} ...)
     * @param access     its access flags; only {@link Access#STATIC} matters to the layout
     * @throws IllegalArgumentException if the descriptor is not one field type
     */
    public FieldShape(String name, String descriptor, int access) {
        MethodDescriptor.checkFieldDescriptor(descriptor);
        this.name = name;
        this.descriptor = descriptor;
        this.access = access;
        this.kind = TypeKind.ofDescriptor(descriptor);
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
