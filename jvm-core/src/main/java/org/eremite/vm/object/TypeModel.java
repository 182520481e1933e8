package org.eremite.vm.object;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.eremite.vm.classfile.TypeKind;

/**
 * One class loader's namespace of types: the shapes it has been given or can find through its
 * {@link ShapeSource}, and the {@link JavaType}s resolved from them. Resolving a class resolves its superclass
 * and superinterfaces first and checks the JVMS 5.3.5 rules on them: a missing class, a superclass that is an
 * interface or final, a "superinterface" that is a class, circularity, and an instance method that can override
 * a final method of a superclass are {@link LinkageFailure}s. As JVMS 5.4.3 requires, a class that failed
 * fails again with the same error on every later attempt.
 *
 * <p>Not thread-safe: the image builder uses one model from one thread, and the run-time class loader will
 * hold its lock while it defines and resolves.
 */
public final class TypeModel {
    public static final String OBJECT = "java/lang/Object";
    public static final String CLONEABLE = "java/lang/Cloneable";
    public static final String SERIALIZABLE = "java/io/Serializable";
    /** JVMS 4.3.2 and 4.4.1: an array type has at most 255 dimensions. */
    public static final int MAX_ARRAY_DIMENSIONS = 255;

    private final ShapeSource source;
    private final HashMap<String, ClassShape> shapes = new HashMap<>();
    private final HashMap<String, JavaType> types = new HashMap<>();
    private final HashSet<String> resolving = new HashSet<>();
    private final HashMap<String, LinkageFailure> failures = new HashMap<>();
    private final ArrayList<JavaType> resolved = new ArrayList<>();
    private final JavaType[] primitives = new JavaType[TypeKind.values().length];
    private int interfaceIds;

    /** A model that knows only the shapes given to {@link #define}. */
    public TypeModel() {
        this(null);
    }

    /** A model that asks {@code source} for shapes it was not given. */
    public TypeModel(ShapeSource source) {
        this.source = source;
    }

    /**
     * Adds a class or interface. Throws {@link LinkageFailure} ({@code LinkageError}) if a class of that name
     * is already in the model, as a class loader's second definition of a name does (JVMS 5.3.5).
     */
    public void define(ClassShape shape) {
        if (shapes.containsKey(shape.name())) {
            throw new LinkageFailure(LinkageFailure.LINKAGE,
                    "duplicate class definition: " + shape.name().replace('/', '.'));
        }
        shapes.put(shape.name(), shape);
    }

    /** The shape of a class or interface by internal name, asking the source if need be; null if none. */
    public ClassShape shape(String internalName) {
        ClassShape s = shapes.get(internalName);
        if (s == null && source != null) {
            s = source.find(internalName);
            if (s != null) {
                if (!s.name().equals(internalName)) {
                    throw new LinkageFailure(LinkageFailure.NO_CLASS_DEF_FOUND,
                            internalName.replace('/', '.') + " (wrong name: " + s.name().replace('/', '.') + ")");
                }
                shapes.put(internalName, s);
            }
        }
        return s;
    }

    /**
     * The type named by a CONSTANT_Class name: an internal class name ({@code java/lang/String}) or an array
     * descriptor ({@code [[I}). Resolves it and its supertypes on first use.
     *
     * @throws LinkageFailure if it or a supertype is missing or malformed (JVMS 5.3.5)
     */
    public JavaType type(String internalName) {
        JavaType t = types.get(internalName);
        if (t != null) {
            return t;
        }
        if (internalName.startsWith("[")) {
            return typeOfDescriptor(internalName);
        }
        return resolveClass(internalName);
    }

    /** The type of a field descriptor: {@code I}, {@code Ljava/lang/String;}, {@code [J}. */
    public JavaType typeOfDescriptor(String descriptor) {
        if (descriptor.isEmpty()) {
            throw new IllegalArgumentException("empty descriptor");
        }
        char c = descriptor.charAt(0);
        if (c == '[') {
            JavaType t = types.get(descriptor);
            return t != null ? t : arrayOf(typeOfDescriptor(descriptor.substring(1)));
        }
        if (c == 'L') {
            if (!descriptor.endsWith(";") || descriptor.length() < 3) {
                throw new IllegalArgumentException("\"" + descriptor + "\" is not a field descriptor");
            }
            return type(descriptor.substring(1, descriptor.length() - 1));
        }
        if (descriptor.length() != 1) {
            throw new IllegalArgumentException("\"" + descriptor + "\" is not a field descriptor");
        }
        return primitive(TypeKind.of(c));
    }

    /** The primitive type of a kind other than REFERENCE and VOID. */
    public JavaType primitive(TypeKind kind) {
        if (kind == TypeKind.REFERENCE || kind == TypeKind.VOID) {
            throw new IllegalArgumentException(kind + " is not a primitive type");
        }
        JavaType t = primitives[kind.ordinal()];
        if (t == null) {
            t = JavaType.ofPrimitive(this, kind);
            primitives[kind.ordinal()] = t;
        }
        return t;
    }

    /** The array type with this component type; its supertypes are Object, Cloneable and Serializable. */
    public JavaType arrayOf(JavaType component) {
        if (component.model() != this) {
            throw new IllegalArgumentException(component + " belongs to another model");
        }
        String name = "[" + component.descriptor();
        JavaType t = types.get(name);
        if (t == null) {
            if (component.dimensions() >= MAX_ARRAY_DIMENSIONS) {
                throw new LinkageFailure(LinkageFailure.CLASS_FORMAT,
                        "array type " + name + " has more than " + MAX_ARRAY_DIMENSIONS + " dimensions");
            }
            JavaType[] arrayInterfaces = {type(CLONEABLE), type(SERIALIZABLE)};
            t = JavaType.ofArray(this, component, type(OBJECT), arrayInterfaces);
            types.put(name, t);
            resolved.add(t);
            component.setArrayType(t);
        }
        return t;
    }

    /** {@code java/lang/Object}. */
    public JavaType objectType() {
        return type(OBJECT);
    }

    /** Every class, interface and array type resolved so far, in the order of resolution. */
    public List<JavaType> resolvedTypes() {
        return new ArrayList<>(resolved);
    }

    /** The next interface id (see {@link TypeCheckInfo#interfaceId()}); ids are dense, from 0. */
    int nextInterfaceId() {
        return interfaceIds++;
    }

    /** How many interface ids have been given out. */
    public int interfaceIdCount() {
        return interfaceIds;
    }

    private JavaType resolveClass(String name) {
        LinkageFailure failed = failures.get(name);
        if (failed != null) {
            throw failed;
        }
        try {
            return deriveClass(name);
        } catch (LinkageFailure e) {
            failures.put(name, e);
            throw e;
        }
    }

    /** JVMS 5.3.5 steps 2 to 4: the class, its superclass and superinterfaces, and the final-method check. */
    private JavaType deriveClass(String name) {
        ClassShape shape = shape(name);
        if (shape == null) {
            throw new LinkageFailure(LinkageFailure.NO_CLASS_DEF_FOUND, name);
        }
        if (!resolving.add(name)) {
            throw new LinkageFailure(LinkageFailure.CLASS_CIRCULARITY, javaName(name));
        }
        try {
            JavaType superclass = resolveSuperclass(shape);
            List<String> interfaceNames = shape.interfaceNames();
            JavaType[] interfaces = new JavaType[interfaceNames.size()];
            for (int i = 0; i < interfaces.length; i++) {
                JavaType j = type(interfaceNames.get(i));
                if (!j.isInterface()) {
                    throw new LinkageFailure(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE, "class " + javaName(name)
                            + " cannot implement " + j.javaName() + ", because it is not an interface");
                }
                interfaces[i] = j;
            }
            JavaType t = JavaType.ofShape(this, shape, superclass, interfaces);
            checkNoFinalMethodOverridden(t);
            types.put(name, t);
            resolved.add(t);
            return t;
        } finally {
            resolving.remove(name);
        }
    }

    private JavaType resolveSuperclass(ClassShape shape) {
        String name = shape.name();
        String superName = shape.superName();
        if (superName == null) {
            if (!name.equals(OBJECT)) {
                throw new LinkageFailure(LinkageFailure.CLASS_FORMAT,
                        "class " + javaName(name) + " has no superclass; only java.lang.Object may have none");
            }
            return null;
        }
        if (name.equals(OBJECT)) {
            throw new LinkageFailure(LinkageFailure.CLASS_FORMAT, "java.lang.Object must not have a superclass");
        }
        if (superName.startsWith("[")) {
            throw new LinkageFailure(LinkageFailure.CLASS_FORMAT,
                    "class " + javaName(name) + " names the array type " + superName + " as its superclass");
        }
        if (shape.isInterface() && !superName.equals(OBJECT)) {
            throw new LinkageFailure(LinkageFailure.CLASS_FORMAT,
                    "interface " + javaName(name) + " must have java.lang.Object as superclass (JVMS 4.1)");
        }
        JavaType superclass = type(superName);
        if (superclass.isInterface()) {
            throw new LinkageFailure(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE,
                    "class " + javaName(name) + " has interface " + superclass.javaName() + " as super class");
        }
        if (superclass.isFinal()) {
            // JVMS 5.3.5 (Java SE 15 on; HotSpot JDK-8243583): IncompatibleClassChangeError, no longer VerifyError.
            throw new LinkageFailure(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE,
                    "class " + javaName(name) + " cannot inherit from final class " + superclass.javaName());
        }
        return superclass;
    }

    /**
     * JVMS 5.3.5: if an instance method of class C can override (5.4.5) a final instance method of a superclass,
     * derivation throws IncompatibleClassChangeError. A package-private final method of another package cannot
     * be overridden, so a same-named method beside it is legal.
     */
    private static void checkNoFinalMethodOverridden(JavaType c) {
        if (!c.isClass()) {
            return;
        }
        for (MethodShape m : c.shape().methods()) {
            if (!m.isVirtual()) {
                continue;
            }
            for (JavaType x = c.superclass(); x != null; x = x.superclass()) {
                MethodShape a = x.declaredMethod(m.name(), m.descriptor());
                if (a != null && a.isFinal() && a.isVirtual() && Overriding.canOverride(m, a)) {
                    throw new LinkageFailure(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE, "class " + c.javaName()
                            + " overrides final method " + x.javaName() + "." + m.name() + m.descriptor());
                }
            }
        }
    }

    static String javaName(String internalName) {
        return internalName.replace('/', '.');
    }
}
