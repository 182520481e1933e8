package org.eremite.vm.object;

import org.eremite.vm.classfile.MethodDescriptor;

/**
 * A method as dispatch sees it: name, method descriptor and access flags (JVMS 4.6). Belongs to exactly one
 * {@link ClassShape}, which sets {@link #owner()} when it is built. Identity matters: the dispatch tables
 * and {@link DispatchTables#select} answer with the very {@code MethodShape} objects of the shapes.
 */
public final class MethodShape {
    private final String name;
    private final String descriptor;
    private final int access;
    private ClassShape owner;

    /**
     * @throws IllegalArgumentException if the descriptor is malformed
     */
    public MethodShape(String name, String descriptor, int access) {
        MethodDescriptor.parse(descriptor);
        this.name = name;
        this.descriptor = descriptor;
        this.access = access;
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

    /** The class or interface that declares this method. */
    public ClassShape owner() {
        return owner;
    }

    void setOwner(ClassShape shape) {
        if (owner != null) {
            throw new IllegalStateException("method " + name + descriptor + " already belongs to " + owner.name());
        }
        owner = shape;
    }

    public boolean isStatic() {
        return (access & Access.STATIC) != 0;
    }

    public boolean isPrivate() {
        return (access & Access.PRIVATE) != 0;
    }

    public boolean isPublic() {
        return (access & Access.PUBLIC) != 0;
    }

    public boolean isProtected() {
        return (access & Access.PROTECTED) != 0;
    }

    public boolean isPackagePrivate() {
        return Access.isPackagePrivate(access);
    }

    public boolean isFinal() {
        return (access & Access.FINAL) != 0;
    }

    public boolean isAbstract() {
        return (access & Access.ABSTRACT) != 0;
    }

    /** {@code <init>} or {@code <clinit>}: never dispatched. */
    public boolean isInitializer() {
        return name.startsWith("<");
    }

    /**
     * True for methods an invokevirtual or invokeinterface can select among: not static, not private, not an
     * initializer (JVMS 5.4.5 speaks of instance methods only; private methods never override, 5.4.6).
     */
    public boolean isVirtual() {
        return !isStatic() && !isPrivate() && !isInitializer();
    }

    /** True if this method has the given name and descriptor. */
    public boolean matches(String methodName, String methodDescriptor) {
        return name.equals(methodName) && descriptor.equals(methodDescriptor);
    }

    /** {@code owner.name descriptor}, with the owner in internal form, as in error messages of the VM. */
    @Override
    public String toString() {
        return (owner == null ? "?" : owner.name()) + "." + name + descriptor;
    }
}
