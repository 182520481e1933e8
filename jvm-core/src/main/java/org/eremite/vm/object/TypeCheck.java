package org.eremite.vm.object;

import java.util.ArrayList;

/**
 * Subtype checks for {@code checkcast}, {@code instanceof} and {@code aastore} (JVMS 6.5: the rules under
 * checkcast; JLS 4.10.3 for arrays), computed from {@link TypeCheckInfo} records, which are the data compiled
 * code reads from hubs. See the package documentation for the scheme and the code it compiles to.
 */
public final class TypeCheck {
    private static final JavaType[] NO_TYPES = new JavaType[0];
    private static final long[] NO_BITS = new long[0];

    private TypeCheck() {
    }

    /**
     * True iff a value of type {@code source} may be stored where {@code target} is expected: JVMS 6.5
     * checkcast's "S can be cast to T", which is also {@code target.isAssignableFrom(source)} of
     * {@code java.lang.Class}. A primitive type is assignable only to itself.
     */
    public static boolean isAssignable(JavaType target, JavaType source) {
        if (target == source) {
            return true;
        }
        if (target.isPrimitive() || source.isPrimitive()) {
            return false;
        }
        return isSubtype(info(source), info(target));
    }

    /**
     * The check compiled code performs, given the source's hub data and the target's: the display test for
     * class-like targets, the interface bitset test for interface-like ones.
     */
    public static boolean isSubtype(TypeCheckInfo source, TypeCheckInfo target) {
        if (target.isInterfaceLike()) {
            return source.hasInterfaceBit(target.interfaceId());
        }
        return source.hasDisplayEntry(target.depth(), target);
    }

    /**
     * True if no type other than {@code type} itself is a subtype of it: a final class, a primitive type, or an
     * array of such. For those targets, compiled code may compare hubs for identity instead.
     */
    public static boolean hasNoProperSubtypes(JavaType type) {
        return switch (type.sort()) {
            case PRIMITIVE -> true;
            case CLASS -> type.isFinal();
            case INTERFACE -> false;
            case ARRAY -> hasNoProperSubtypes(type.componentType());
        };
    }

    /**
     * The type's parent on the display chain: for a class its superclass; for an interface, Object; for an
     * array of primitives or of Object, Object; for any other array {@code E[]}, the array of E's parent
     * ({@code String[][]} -> {@code Object[][]} -> {@code Object[]} -> Object). The chain of a type holds
     * exactly the class-like types it is a subtype of. Null for Object.
     */
    public static JavaType displayParent(JavaType type) {
        JavaType object = type.model().objectType();
        switch (type.sort()) {
            case CLASS:
                return type.superclass();
            case INTERFACE:
                return object;
            case ARRAY: {
                JavaType component = type.componentType();
                if (component.isPrimitive() || component == object) {
                    return object;
                }
                return displayParent(component).arrayType();
            }
            default:
                throw new IllegalArgumentException(type + " is primitive; it has no display");
        }
    }

    /**
     * True if checks against {@code type} use its interface id: interfaces, and arrays whose element type is an
     * interface (a subtype of {@code I[]} is an array of any subtype of I, which no single display chain holds).
     */
    public static boolean isInterfaceLike(JavaType type) {
        return type.elementType().isInterface();
    }

    /** The type-check data of a reference type, computed on first use and cached on the type. */
    public static TypeCheckInfo info(JavaType type) {
        if (type.typeCheckInfo != null) {
            return type.typeCheckInfo;
        }
        if (type.isPrimitive()) {
            throw new IllegalArgumentException(type + " is primitive; it has no type-check data");
        }
        JavaType parent = displayParent(type);
        TypeCheckInfo[] display;
        if (parent == null) {
            display = new TypeCheckInfo[1];
        } else {
            TypeCheckInfo[] parentDisplay = info(parent).display();
            display = new TypeCheckInfo[parentDisplay.length + 1];
            System.arraycopy(parentDisplay, 0, display, 0, parentDisplay.length);
        }
        int id = isInterfaceLike(type) ? type.model().nextInterfaceId() : -1;
        TypeCheckInfo component = null;
        if (type.isArray() && type.componentType().isReference()) {
            component = info(type.componentType());
        }
        TypeCheckInfo info = new TypeCheckInfo(type, display, id, component);
        display[display.length - 1] = info;
        // Cache before computing the supertypes: an array of interfaces is among its own supertypes' arrays.
        type.typeCheckInfo = info;
        JavaType[] supertypes = interfaceSupertypes(type);
        info.setInterfaceSupertypes(supertypes, bitsOf(type, supertypes));
        return info;
    }

    /**
     * The interface-like supertypes of a type: a class's are all its superinterfaces; an interface's are itself
     * and its superinterfaces; an array's are Cloneable, Serializable and {@code J[]} for each interface-like
     * supertype J of its component (JLS 4.10.3). Every array type so named is created, so that it has its id
     * before any bitset that must contain it is built.
     */
    static JavaType[] interfaceSupertypes(JavaType type) {
        ArrayList<JavaType> list = new ArrayList<>();
        switch (type.sort()) {
            case INTERFACE:
                list.add(type);
                addAll(list, type.allInterfaceArray());
                break;
            case CLASS:
                addAll(list, type.allInterfaceArray());
                break;
            case ARRAY: {
                addAll(list, type.interfaceArray());
                JavaType component = type.componentType();
                if (component.isReference()) {
                    for (JavaType j : info(component).interfaceSupertypes()) {
                        add(list, j.arrayType());
                    }
                }
                break;
            }
            default:
                return NO_TYPES;
        }
        return list.toArray(NO_TYPES);
    }

    private static long[] bitsOf(JavaType type, JavaType[] supertypes) {
        if (supertypes.length == 0) {
            return NO_BITS;
        }
        int[] ids = new int[supertypes.length];
        int max = 0;
        for (int i = 0; i < supertypes.length; i++) {
            ids[i] = info(supertypes[i]).interfaceId();
            if (ids[i] < 0) {
                throw new IllegalStateException(supertypes[i] + " in the interface set of " + type
                        + " has no interface id");
            }
            max = Math.max(max, ids[i]);
        }
        long[] bits = new long[(max >>> 6) + 1];
        for (int id : ids) {
            bits[id >>> 6] |= 1L << (id & 63);
        }
        return bits;
    }

    private static void addAll(ArrayList<JavaType> list, JavaType[] types) {
        for (JavaType t : types) {
            add(list, t);
        }
    }

    private static void add(ArrayList<JavaType> list, JavaType t) {
        if (!list.contains(t)) {
            list.add(t);
        }
    }
}
