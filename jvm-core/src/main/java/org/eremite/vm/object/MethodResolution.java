package org.eremite.vm.object;

import java.util.ArrayList;
import java.util.List;

/**
 * Method resolution over the model (JVMS 5.4.3.3 for CONSTANT_Methodref, 5.4.3.4 for
 * CONSTANT_InterfaceMethodref) and the maximally-specific superinterface methods both resolution and
 * selection (5.4.6) use. Access checking (5.4.4) is the caller's: it needs the referencing class.
 */
public final class MethodResolution {
    private static final String METHOD_HANDLE = "java/lang/invoke/MethodHandle";
    private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";

    private MethodResolution() {
    }

    /**
     * Resolves a CONSTANT_Methodref naming class {@code c} (JVMS 5.4.3.3): {@code c} must not be an interface;
     * then the method is looked up in c and its superclasses (a signature-polymorphic method of MethodHandle or
     * VarHandle matches by name alone), then among the maximally-specific superinterface methods of c (the one
     * non-abstract one if exactly one is, else any of them).
     *
     * @throws LinkageFailure IncompatibleClassChangeError if c is an interface, NoSuchMethodError if lookup fails
     */
    public static MethodShape resolveMethod(JavaType c, String name, String descriptor) {
        if (c.isPrimitive()) {
            throw new IllegalArgumentException(c + " is primitive");
        }
        if (c.isInterface()) {
            throw new LinkageFailure(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE,
                    "Found interface " + c.javaName() + ", but class was expected");
        }
        JavaType start = c.isArray() ? c.model().objectType() : c;
        for (JavaType x = start; x != null; x = x.superclass()) {
            MethodShape polymorphic = signaturePolymorphic(x, name);
            if (polymorphic != null) {
                return polymorphic;
            }
            MethodShape m = x.declaredMethod(name, descriptor);
            if (m != null) {
                return m;
            }
        }
        MethodShape m = fromSuperinterfaces(start, name, descriptor);
        if (m == null) {
            throw noSuchMethod(c, name, descriptor);
        }
        return m;
    }

    /**
     * Resolves a CONSTANT_InterfaceMethodref naming interface {@code i} (JVMS 5.4.3.4): {@code i} must be an
     * interface; then i itself, then a public instance method of Object, then the maximally-specific
     * superinterface methods of i as in {@link #resolveMethod}.
     *
     * @throws LinkageFailure IncompatibleClassChangeError if i is not an interface, NoSuchMethodError if lookup fails
     */
    public static MethodShape resolveInterfaceMethod(JavaType i, String name, String descriptor) {
        if (!i.isInterface()) {
            throw new LinkageFailure(LinkageFailure.INCOMPATIBLE_CLASS_CHANGE,
                    "Found class " + i.javaName() + ", but interface was expected");
        }
        MethodShape m = i.declaredMethod(name, descriptor);
        if (m != null) {
            return m;
        }
        MethodShape objectMethod = i.model().objectType().declaredMethod(name, descriptor);
        if (objectMethod != null && objectMethod.isPublic() && !objectMethod.isStatic()) {
            return objectMethod;
        }
        m = fromSuperinterfaces(i, name, descriptor);
        if (m == null) {
            throw noSuchMethod(i, name, descriptor);
        }
        return m;
    }

    /**
     * The maximally-specific superinterface methods of {@code c} for a name and descriptor (JVMS 5.4.3.3): the
     * methods declared in a superinterface of c (direct or indirect, also through superclasses) with that name
     * and descriptor, neither private nor static, such that no other such method is declared in a subinterface
     * of the first one's interface. In the order of {@link JavaType#allInterfaces()}.
     */
    public static List<MethodShape> maximallySpecificSuperinterfaceMethods(JavaType c, String name,
                                                                           String descriptor) {
        ArrayList<MethodShape> candidates = new ArrayList<>();
        for (JavaType j : c.allInterfaceArray()) {
            MethodShape m = j.declaredMethod(name, descriptor);
            if (m != null && !m.isPrivate() && !m.isStatic()) {
                candidates.add(m);
            }
        }
        ArrayList<MethodShape> maximal = new ArrayList<>();
        for (MethodShape m : candidates) {
            JavaType declaring = m.owner().type();
            boolean shadowed = false;
            for (MethodShape other : candidates) {
                JavaType otherDeclaring = other.owner().type();
                if (otherDeclaring != declaring && TypeCheck.isAssignable(declaring, otherDeclaring)) {
                    shadowed = true;
                    break;
                }
            }
            if (!shadowed) {
                maximal.add(m);
            }
        }
        return maximal;
    }

    /** Step 3 of 5.4.3.3 and 5.4.3.4: the sole non-abstract maximally-specific method, else any of them. */
    private static MethodShape fromSuperinterfaces(JavaType c, String name, String descriptor) {
        List<MethodShape> maximal = maximallySpecificSuperinterfaceMethods(c, name, descriptor);
        MethodShape concrete = null;
        int concreteCount = 0;
        for (MethodShape m : maximal) {
            if (!m.isAbstract()) {
                concrete = m;
                concreteCount++;
            }
        }
        if (concreteCount == 1) {
            return concrete;
        }
        // "one of these is arbitrarily chosen": every superinterface method qualifies; take the first
        // maximally-specific one, which always exists when any does.
        return maximal.isEmpty() ? null : maximal.get(0);
    }

    /**
     * JVMS 2.9.3: in MethodHandle and VarHandle, a native varargs method taking one {@code Object[]} is
     * signature polymorphic; a Methodref naming it by name matches whatever its descriptor.
     */
    private static MethodShape signaturePolymorphic(JavaType x, String name) {
        String n = x.name();
        if (!n.equals(METHOD_HANDLE) && !n.equals(VAR_HANDLE)) {
            return null;
        }
        MethodShape found = null;
        for (MethodShape m : x.shape().methods()) {
            if (m.name().equals(name)) {
                if (found != null) {
                    return null;
                }
                found = m;
            }
        }
        if (found == null || (found.access() & (Access.NATIVE | Access.VARARGS)) != (Access.NATIVE | Access.VARARGS)
                || !found.descriptor().startsWith("([Ljava/lang/Object;)")) {
            return null;
        }
        return found;
    }

    /** HotSpot's wording: {@code 'void p.C.m(int)'}. */
    private static LinkageFailure noSuchMethod(JavaType c, String name, String descriptor) {
        return new LinkageFailure(LinkageFailure.NO_SUCH_METHOD,
                "'" + MethodSelection.signature(descriptor, c.javaName() + "." + name) + "'");
    }
}
