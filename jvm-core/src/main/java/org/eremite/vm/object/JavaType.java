package org.eremite.vm.object;

import java.util.ArrayList;
import java.util.List;
import org.eremite.vm.classfile.TypeKind;

/**
 * A resolved type of a {@link TypeModel}: a class, an interface, an array type or a primitive type. Its
 * supertypes are resolved when it is created (JVMS 5.3.5 loads the superclass and superinterfaces first), so
 * a {@code JavaType} is always linked to a complete chain of supertypes.
 *
 * <p>The derived tables (type-check data, field layouts, vtable, itables) are computed on first use by
 * {@link TypeCheck}, {@link FieldLayout} and {@link DispatchTables} and cached here: a {@code JavaType} is the
 * VM's per-class record, from which the image builder (and later the run-time loader) makes the hub that
 * word 0 of every object points to.
 */
public final class JavaType {
    /** What kind of type this is. */
    public enum Sort { PRIMITIVE, CLASS, INTERFACE, ARRAY }

    private static final JavaType[] NONE = new JavaType[0];

    private final TypeModel model;
    private final Sort sort;
    private final String name;
    private final ClassShape shape;
    private final TypeKind primitiveKind;
    private final JavaType component;
    private final JavaType superclass;
    private final JavaType[] interfaces;
    private JavaType arrayType;
    private JavaType[] allInterfaces;

    // Derived data, owned by the table builders of this package.
    TypeCheckInfo typeCheckInfo;
    FieldLayout instanceLayout;
    FieldLayout staticLayout;
    VTable vtable;
    ITable[] itables;
    MethodShape[] interfaceMethods;

    private JavaType(TypeModel model, Sort sort, String name, ClassShape shape, TypeKind primitiveKind,
                     JavaType component, JavaType superclass, JavaType[] interfaces) {
        this.model = model;
        this.sort = sort;
        this.name = name;
        this.shape = shape;
        this.primitiveKind = primitiveKind;
        this.component = component;
        this.superclass = superclass;
        this.interfaces = interfaces;
    }

    static JavaType ofShape(TypeModel model, ClassShape shape, JavaType superclass, JavaType[] interfaces) {
        JavaType t = new JavaType(model, shape.isInterface() ? Sort.INTERFACE : Sort.CLASS, shape.name(), shape,
                null, null, superclass, interfaces);
        shape.bind(t);
        return t;
    }

    static JavaType ofPrimitive(TypeModel model, TypeKind kind) {
        return new JavaType(model, Sort.PRIMITIVE, primitiveName(kind), null, kind, null, null, NONE);
    }

    static JavaType ofArray(TypeModel model, JavaType component, JavaType object, JavaType[] arrayInterfaces) {
        return new JavaType(model, Sort.ARRAY, "[" + component.descriptor(), null, null, component, object,
                arrayInterfaces);
    }

    private static String primitiveName(TypeKind kind) {
        return switch (kind) {
            case BOOLEAN -> "boolean";
            case BYTE -> "byte";
            case CHAR -> "char";
            case SHORT -> "short";
            case INT -> "int";
            case LONG -> "long";
            case FLOAT -> "float";
            case DOUBLE -> "double";
            default -> throw new IllegalArgumentException(kind + " is not a primitive type");
        };
    }

    public TypeModel model() {
        return model;
    }

    public Sort sort() {
        return sort;
    }

    /**
     * The internal name for classes and interfaces ({@code java/lang/String}), the descriptor for arrays
     * ({@code [I}, {@code [Ljava/lang/String;}, as CONSTANT_Class names them), the keyword for primitives
     * ({@code int}).
     */
    public String name() {
        return name;
    }

    /** The field descriptor of this type ({@code Ljava/lang/String;}, {@code [I}, {@code I}). */
    public String descriptor() {
        return switch (sort) {
            case PRIMITIVE -> String.valueOf(primitiveKind.descriptorChar());
            case ARRAY -> name;
            default -> "L" + name + ";";
        };
    }

    public boolean isPrimitive() {
        return sort == Sort.PRIMITIVE;
    }

    public boolean isClass() {
        return sort == Sort.CLASS;
    }

    public boolean isInterface() {
        return sort == Sort.INTERFACE;
    }

    public boolean isArray() {
        return sort == Sort.ARRAY;
    }

    /** True for classes, interfaces and arrays. */
    public boolean isReference() {
        return sort != Sort.PRIMITIVE;
    }

    /** True for a class whose class file has ACC_FINAL. */
    public boolean isFinal() {
        return shape != null && shape.isFinal();
    }

    /** The kind of a value of this type: the primitive's kind, or {@link TypeKind#REFERENCE}. */
    public TypeKind kind() {
        return sort == Sort.PRIMITIVE ? primitiveKind : TypeKind.REFERENCE;
    }

    /** The class-file description of a class or interface; null for arrays and primitives. */
    public ClassShape shape() {
        return shape;
    }

    /**
     * The direct superclass: as the class file says for classes and interfaces (so {@code java/lang/Object} for
     * an interface, JVMS 4.1), {@code java/lang/Object} for arrays (JVMS 4.10.1.2), null for Object and
     * primitives.
     */
    public JavaType superclass() {
        return superclass;
    }

    /** The direct superinterfaces: the class file's, or Cloneable and Serializable for arrays (JLS 10.8). */
    public List<JavaType> interfaces() {
        return List.of(interfaces);
    }

    JavaType[] interfaceArray() {
        return interfaces;
    }

    /** The component type of an array type ({@code [I} for {@code [[I}); null for other types. */
    public JavaType componentType() {
        return component;
    }

    /** The innermost element type of an array type ({@code int} for {@code [[I}); this type if not an array. */
    public JavaType elementType() {
        JavaType t = this;
        while (t.component != null) {
            t = t.component;
        }
        return t;
    }

    /** Array dimensions: 0 for non-arrays. */
    public int dimensions() {
        int d = 0;
        for (JavaType t = this; t.component != null; t = t.component) {
            d++;
        }
        return d;
    }

    /** The array type whose component is this type. */
    public JavaType arrayType() {
        if (arrayType == null) {
            arrayType = model.arrayOf(this);
        }
        return arrayType;
    }

    void setArrayType(JavaType array) {
        arrayType = array;
    }

    /**
     * The run-time package (JVMS 5.3) as an internal package name. A model is one defining loader's namespace,
     * so the package name alone identifies the run-time package. Arrays are in their element type's package;
     * primitives and their arrays in {@code java/lang}.
     */
    public String packageName() {
        JavaType e = elementType();
        return e.shape != null ? e.shape.packageName() : "java/lang";
    }

    /** The method this class or interface declares with this name and descriptor, or null. */
    public MethodShape declaredMethod(String methodName, String descriptor) {
        return shape == null ? null : shape.declaredMethod(methodName, descriptor);
    }

    /**
     * Every superinterface, direct or indirect, including those of superclasses, each once, in a fixed order:
     * the superclass's list first, then each direct superinterface followed by its own list. An interface is not
     * in its own list.
     */
    public List<JavaType> allInterfaces() {
        return List.of(allInterfaceArray());
    }

    JavaType[] allInterfaceArray() {
        if (allInterfaces == null) {
            ArrayList<JavaType> all = new ArrayList<>();
            if (superclass != null && sort != Sort.INTERFACE) {
                addAll(all, superclass.allInterfaceArray());
            }
            for (JavaType direct : interfaces) {
                addOnce(all, direct);
                addAll(all, direct.allInterfaceArray());
            }
            allInterfaces = all.toArray(NONE);
        }
        return allInterfaces;
    }

    private static void addAll(ArrayList<JavaType> list, JavaType[] types) {
        for (JavaType t : types) {
            addOnce(list, t);
        }
    }

    private static void addOnce(ArrayList<JavaType> list, JavaType t) {
        if (!list.contains(t)) {
            list.add(t);
        }
    }

    /** True if {@code other} is this type or a (direct or indirect) superclass of it. */
    public boolean isSubclassOf(JavaType other) {
        for (JavaType t = this; t != null; t = t.superclass) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The Java-language name: {@code java.lang.String}, {@code int[][]}. */
    public String javaName() {
        if (sort == Sort.ARRAY) {
            return component.javaName() + "[]";
        }
        return name.replace('/', '.');
    }

    @Override
    public String toString() {
        return javaName();
    }
}
