package org.eremite.image.heap;

import java.lang.reflect.Array;
import java.util.List;
import org.eremite.vm.classfile.MethodDescriptor;
import org.eremite.vm.classfile.TypeKind;

/**
 * An array of the boot heap that the image builder makes rather than copies: the arrays of a
 * {@link GuestObject} whose elements are other GuestObjects ({@code Hub[] display}) or code addresses
 * ({@code long[]} of {@link SymbolAddress}es). A host array of a type the guest has may be written as it is; a
 * GuestArray is for elements the host cannot hold.
 *
 * <p>The type is named as {@link HubSymbols} names array hubs, {@link Class#getName()}'s spelling:
 * {@code [J}, {@code [[J}, {@code [Lorg.eremite.vm.runtime.Hub;} ('/' is accepted too). Elements: for a
 * primitive component type a host array of that type (read when the heap is written, not copied now) or a list of
 * boxes of that type, which for {@code long} may also hold {@link SymbolAddress}es; for a reference component
 * type a list or {@code Object[]} of values as for a {@link GuestObject}'s reference fields (null, GuestObjects,
 * GuestArrays, host objects), each assignable to the component type in the guest (the writer checks). Identity
 * is this Java object's, as for GuestObjects.
 */
public final class GuestArray {
    private final String typeName;
    private final TypeKind elementKind;
    private final Object elements;

    /**
     * @param typeName array type, {@code [J} or {@code [Lorg.eremite.vm.runtime.Hub;}
     * @param elements a host primitive array of the component type, or a {@code List} or {@code Object[]}
     * @throws IllegalArgumentException if the type is not an array type or an element cannot be of its kind
     */
    public GuestArray(String typeName, Object elements) {
        String internal = typeName.replace('.', '/');
        if (!internal.startsWith("[")) {
            throw new IllegalArgumentException("\"" + typeName + "\" is not an array type ([J, [Ljava.lang.String;)");
        }
        try {
            MethodDescriptor.checkFieldDescriptor(internal);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"" + typeName + "\" is not an array type: " + e.getMessage(), e);
        }
        this.typeName = internal.replace('/', '.');
        this.elementKind = TypeKind.ofDescriptor(internal.substring(1));
        Object[] boxed;
        if (elements instanceof List<?> list) {
            boxed = list.toArray();
        } else if (elements instanceof Object[] array) {
            boxed = array.clone();
        } else if (elements != null && elements.getClass().isArray()) {
            Class<?> expected = elementKind == TypeKind.REFERENCE ? null : primitiveClass(elementKind);
            if (elements.getClass().getComponentType() != expected) {
                throw new IllegalArgumentException("a " + this.typeName + " guest array cannot hold the elements of a "
                        + elements.getClass().getSimpleName());
            }
            this.elements = elements;
            return;
        } else {
            throw new IllegalArgumentException("the elements of a " + this.typeName + " guest array must be a List "
                    + "or an array, not " + GuestValues.describe(elements));
        }
        for (int i = 0; i < boxed.length; i++) {
            checkElement(i, boxed[i]);
        }
        this.elements = boxed;
    }

    /** The array type's binary name, as {@link Class#getName()} spells it: {@code [Lorg.eremite.vm.runtime.Hub;}. */
    public String typeName() {
        return typeName;
    }

    /** The kind of the elements: a primitive kind, or REFERENCE. */
    public TypeKind elementKind() {
        return elementKind;
    }

    public int length() {
        return Array.getLength(elements);
    }

    /** Element {@code i}, boxed if primitive. */
    public Object get(int i) {
        return Array.get(elements, i);
    }

    /**
     * Replaces element {@code i} of an array given as a list or {@code Object[]} (for cycles: an array that holds
     * the object that holds it); the host primitive array of an array given as one is changed directly.
     */
    public GuestArray set(int i, Object value) {
        if (!(elements instanceof Object[] array)) {
            throw new IllegalStateException("this " + typeName + " holds a host " + elements.getClass().getSimpleName()
                    + "; change that array instead");
        }
        checkElement(i, value);
        array[i] = value;
        return this;
    }

    /** The elements: the host primitive array given, or an {@code Object[]} of boxes and references. */
    Object elements() {
        return elements;
    }

    private void checkElement(int i, Object value) {
        String problem = GuestValues.kindMismatch(elementKind, value);
        if (problem != null) {
            throw new IllegalArgumentException("element " + i + " of a " + typeName + " guest array: " + problem);
        }
    }

    private static Class<?> primitiveClass(TypeKind kind) {
        return switch (kind) {
            case BOOLEAN -> boolean.class;
            case BYTE -> byte.class;
            case CHAR -> char.class;
            case SHORT -> short.class;
            case INT -> int.class;
            case FLOAT -> float.class;
            case LONG -> long.class;
            case DOUBLE -> double.class;
            default -> throw new IllegalArgumentException(kind + " is not a primitive kind");
        };
    }

    @Override
    public String toString() {
        return "guest " + typeName + "[" + length() + "]";
    }
}
