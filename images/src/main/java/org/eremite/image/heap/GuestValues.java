package org.eremite.image.heap;

import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.object.JavaType;
import org.eremite.vm.object.TypeModel;

/**
 * The checks on values the builder gives for guest fields and elements ({@link GuestObject}, {@link GuestArray},
 * statics overrides): the value's kind must be the slot's (no widening: a {@code Long} in an {@code int} field is
 * an error, not a conversion, since it is most likely a wrong field), and a reference must be assignable to the
 * slot's type in the guest. Copied host objects are not checked here: their class plans compare whole shapes.
 */
final class GuestValues {
    private final TypeModel model;

    GuestValues(TypeModel model) {
        this.model = model;
    }

    /**
     * Why {@code value} cannot be stored in a slot of {@code kind}, or null if it can. Null fits every slot (zero);
     * a {@link SymbolAddress} fits only a long.
     */
    static String kindMismatch(TypeKind kind, Object value) {
        if (value == null) {
            return null;
        }
        if (kind == TypeKind.REFERENCE) {
            return value instanceof SymbolAddress ? "a symbol address (" + value + ") fits only a long, not a reference"
                    : null;
        }
        if (kind == TypeKind.LONG && value instanceof SymbolAddress) {
            return null;
        }
        Class<?> box = boxOf(kind);
        return box.isInstance(value) ? null : "it is " + kind.name().toLowerCase() + ", so the value must be "
                + (box == Integer.class ? "an " : "a ") + box.getSimpleName() + (kind == TypeKind.LONG ? " or a SymbolAddress" : "") + ", not "
                + describe(value);
    }

    /**
     * Why {@code value} cannot be stored in a slot of the field type {@code descriptor}, or null if it can: its
     * kind ({@link #kindMismatch}), and for a reference, the guest type of the value (a GuestObject's class, a
     * GuestArray's type, a host object's class, {@code java.lang.Class} for a host Class object) must be assignable
     * to the descriptor's type. A host lambda is not checked (its guest class is the policy's to name).
     *
     * @throws HeapSnapshotException if the guest lacks the slot's type or the value's
     */
    String mismatch(String descriptor, Object value) {
        TypeKind kind = TypeKind.ofDescriptor(descriptor);
        String problem = kindMismatch(kind, value);
        if (problem != null || value == null || kind != TypeKind.REFERENCE) {
            return problem;
        }
        String valueType = guestTypeName(value);
        if (valueType == null) {
            return null;
        }
        JavaType target = load(descriptor.startsWith("[") ? descriptor : descriptor.substring(1, descriptor.length() - 1));
        JavaType source = load(valueType);
        return isAssignable(target, source) ? null
                : "it is " + target.javaName() + ", and " + describe(value) + " is not one";
    }

    /** The guest's internal type name of a reference value, or null if the policy decides it (a host lambda). */
    private static String guestTypeName(Object value) {
        if (value instanceof GuestObject g) {
            return g.className().replace('.', '/');
        }
        if (value instanceof GuestArray a) {
            return a.typeName().replace('.', '/');
        }
        if (value instanceof Class<?>) {
            return "java/lang/Class";
        }
        Class<?> c = value.getClass();
        Class<?> element = c;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        return element.isHidden() ? null : ClassPlan.internalName(c);
    }

    private JavaType load(String internalName) {
        try {
            return model.type(internalName);
        } catch (RuntimeException e) {
            throw new HeapSnapshotException("the guest cannot load " + internalName.replace('/', '.') + ": " + e, e);
        }
    }

    /**
     * JVMS 6.5 checkcast's "S can be cast to T", from the model's superclass chains and interface lists. (Not
     * {@code TypeCheck.isAssignable}: that one numbers interfaces in the model as a side effect, and the numbering
     * is the hub phase's to make.)
     */
    static boolean isAssignable(JavaType target, JavaType source) {
        if (target == source) {
            return true;
        }
        if (target.isPrimitive() || source.isPrimitive()) {
            return false;
        }
        if (target == target.model().objectType()) {
            return true;
        }
        if (source.isArray()) {
            if (target.isArray()) {
                JavaType tc = target.componentType();
                JavaType sc = source.componentType();
                return tc.isPrimitive() || sc.isPrimitive() ? tc == sc : isAssignable(tc, sc);
            }
            return target.isInterface() && source.allInterfaces().contains(target);
        }
        if (target.isInterface()) {
            return source.allInterfaces().contains(target);
        }
        return !target.isArray() && !source.isInterface() && source.isSubclassOf(target);
    }

    /** A value for messages: {@code a java.lang.Long (5)}, {@code guest org.eremite.vm.runtime.Hub}. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof GuestObject || value instanceof GuestArray) {
            return "a " + value;
        }
        if (value instanceof SymbolAddress) {
            return "the symbol address " + value;
        }
        if (value instanceof Number || value instanceof Character || value instanceof Boolean) {
            return "a " + value.getClass().getName() + " (" + value + ")";
        }
        return "an instance of " + value.getClass().getName();
    }

    private static Class<?> boxOf(TypeKind kind) {
        return switch (kind) {
            case BOOLEAN -> Boolean.class;
            case BYTE -> Byte.class;
            case CHAR -> Character.class;
            case SHORT -> Short.class;
            case INT -> Integer.class;
            case FLOAT -> Float.class;
            case LONG -> Long.class;
            case DOUBLE -> Double.class;
            default -> throw new IllegalArgumentException(kind + " has no box");
        };
    }
}
