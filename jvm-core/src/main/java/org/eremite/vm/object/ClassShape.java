package org.eremite.vm.object;

import java.util.ArrayList;
import java.util.List;

/**
 * What the object model needs to know of one class or interface, as its class file says it (JVMS 4.1): the
 * internal name, the superclass and direct superinterfaces by name, the access flags, and the declared fields
 * and methods. Nothing here is resolved: names are looked up when a {@link TypeModel} turns the shape into a
 * {@link JavaType}. The image builder fills shapes from parsed class files; the run-time loader will do the
 * same on the target. A shape joins at most one model ({@link #type()}).
 */
public final class ClassShape {
    private final String name;
    private final String superName;
    private final String[] interfaceNames;
    private final int access;
    private final FieldShape[] fields;
    private final MethodShape[] methods;
    private JavaType type;

    /**
     * @param name           internal name, e.g. {@code java/util/ArrayList}
     * @param superName      internal name of the direct superclass; null only for {@code java/lang/Object}
     *                       (an interface names {@code java/lang/Object}, JVMS 4.1)
     * @param interfaceNames internal names of the direct superinterfaces, in class-file order
     * @param access         the class's access flags ({@link Access#INTERFACE}, {@link Access#ABSTRACT},
     *                       {@link Access#FINAL} matter here)
     * @param fields         declared fields, in class-file order; each joins this shape
     * @param methods        declared methods, in class-file order; each joins this shape
     */
    public ClassShape(String name, String superName, List<String> interfaceNames, int access,
                      List<FieldShape> fields, List<MethodShape> methods) {
        if (name.isEmpty() || name.charAt(0) == '[') {
            throw new IllegalArgumentException("\"" + name + "\" is not the internal name of a class or interface");
        }
        this.name = name;
        this.superName = superName;
        this.interfaceNames = interfaceNames.toArray(new String[0]);
        this.access = access;
        this.fields = fields.toArray(new FieldShape[0]);
        this.methods = methods.toArray(new MethodShape[0]);
        for (FieldShape f : this.fields) {
            f.setOwner(this);
        }
        for (MethodShape m : this.methods) {
            m.setOwner(this);
        }
    }

    /** A builder, convenient for hand-made shapes: public, superclass {@code java/lang/Object}, no members. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** The direct superclass's internal name; null only for {@code java/lang/Object}. */
    public String superName() {
        return superName;
    }

    public List<String> interfaceNames() {
        return List.of(interfaceNames);
    }

    public int access() {
        return access;
    }

    public boolean isInterface() {
        return (access & Access.INTERFACE) != 0;
    }

    public boolean isAbstract() {
        return (access & Access.ABSTRACT) != 0;
    }

    public boolean isFinal() {
        return (access & Access.FINAL) != 0;
    }

    public List<FieldShape> fields() {
        return List.of(fields);
    }

    public List<MethodShape> methods() {
        return List.of(methods);
    }

    /** The package part of the internal name ({@code java/util}), empty for the unnamed package. */
    public String packageName() {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    /** The declared method with this name and descriptor, or null (JVMS 4.6: there is at most one). */
    public MethodShape declaredMethod(String methodName, String descriptor) {
        for (MethodShape m : methods) {
            if (m.matches(methodName, descriptor)) {
                return m;
            }
        }
        return null;
    }

    /** The declared field with this name and descriptor, or null. */
    public FieldShape declaredField(String fieldName, String descriptor) {
        for (FieldShape f : fields) {
            if (f.name().equals(fieldName) && f.descriptor().equals(descriptor)) {
                return f;
            }
        }
        return null;
    }

    /** The type this shape became in its model, or null while it is not resolved. */
    public JavaType type() {
        return type;
    }

    void bind(JavaType resolved) {
        if (type != null) {
            throw new IllegalStateException("the shape of " + name + " already belongs to a model");
        }
        type = resolved;
    }

    @Override
    public String toString() {
        return (isInterface() ? "interface " : "class ") + name;
    }

    /** Collects a shape's parts; {@link #build()} makes the shape. */
    public static final class Builder {
        private final String name;
        private String superName = "java/lang/Object";
        private final List<String> interfaces = new ArrayList<>();
        private int access = Access.PUBLIC;
        private final List<FieldShape> fields = new ArrayList<>();
        private final List<MethodShape> methods = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        public Builder superName(String internalName) {
            superName = internalName;
            return this;
        }

        public Builder addInterface(String internalName) {
            interfaces.add(internalName);
            return this;
        }

        /** Sets all access flags at once; add {@link Access#INTERFACE} and {@link Access#ABSTRACT} for an interface. */
        public Builder access(int flags) {
            access = flags;
            return this;
        }

        public Builder field(String fieldName, String descriptor, int flags) {
            fields.add(new FieldShape(fieldName, descriptor, flags));
            return this;
        }

        /** A static field with a ConstantValue ({@link FieldShape#constantValue()}). */
        public Builder field(String fieldName, String descriptor, int flags, Object constantValue) {
            fields.add(new FieldShape(fieldName, descriptor, flags, constantValue));
            return this;
        }

        public Builder method(String methodName, String descriptor, int flags) {
            methods.add(new MethodShape(methodName, descriptor, flags));
            return this;
        }

        public ClassShape build() {
            return new ClassShape(name, superName, interfaces, access, fields, methods);
        }
    }
}
