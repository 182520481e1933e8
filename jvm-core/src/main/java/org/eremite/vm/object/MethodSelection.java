package org.eremite.vm.object;

import java.util.List;
import org.eremite.vm.classfile.MethodDescriptor;

/**
 * Method selection (JVMS 5.4.6) and the run-time errors of invokevirtual and invokeinterface (JVMS 6.5):
 * given the class of the receiver and the resolved method mR, which method runs.
 *
 * <ol>
 *   <li>If mR is private, it is selected.</li>
 *   <li>Otherwise the receiver's class and then its superclasses are searched for a declaration of an
 *       instance method that can override mR ({@link Overriding}); the first one is selected. If it is
 *       abstract: AbstractMethodError; for invokeinterface, if it is not public: IllegalAccessError.</li>
 *   <li>Otherwise, among the maximally-specific superinterface methods of the class with mR's name and
 *       descriptor: exactly one non-abstract is selected; none: AbstractMethodError; several:
 *       IncompatibleClassChangeError.</li>
 * </ol>
 *
 * invokeinterface first requires the receiver's class to implement mR's interface (else
 * IncompatibleClassChangeError). An array receiver behaves as Object, whose methods arrays inherit.
 *
 * <p>Error messages are HotSpot's, word for word, so that an uncaught error prints as it does on HotSpot. One
 * known difference in kind: for conflicting defaults reached by invokeinterface, HotSpot 17 throws
 * AbstractMethodError (its itable skips the conflict's overpass method, bug JDK-8356942, fixed upstream in
 * 2025); this follows the JVMS and throws IncompatibleClassChangeError, as HotSpot does for invokevirtual.
 */
public final class MethodSelection {
    private MethodSelection() {
    }

    /** Selection for invokevirtual on a receiver of class {@code receiver} (an array type dispatches as Object). */
    public static DispatchEntry selectVirtual(JavaType receiver, MethodShape resolved) {
        JavaType c = receiverClass(receiver);
        if (resolved.isPrivate()) {
            return DispatchEntry.method(resolved);
        }
        MethodShape m = searchClasses(c, resolved);
        if (m != null) {
            if (m.isAbstract()) {
                return abstractMethodError(c, resolved, m);
            }
            return DispatchEntry.method(m);
        }
        return fromSuperinterfaces(c, resolved);
    }

    /** Selection for invokeinterface on a receiver of class {@code receiver}. */
    public static DispatchEntry selectInterface(JavaType receiver, MethodShape resolved) {
        JavaType c = receiverClass(receiver);
        JavaType declaring = resolved.owner().type();
        if (declaring.isInterface() && !TypeCheck.isAssignable(declaring, c)) {
            return DispatchEntry.error(DispatchEntry.Kind.INCOMPATIBLE_CLASS_CHANGE_ERROR, resolved,
                    "Class " + c.javaName() + " does not implement the requested interface " + declaring.javaName());
        }
        if (resolved.isPrivate()) {
            return DispatchEntry.method(resolved);
        }
        MethodShape m = searchClasses(c, resolved);
        if (m != null) {
            if (!m.isPublic()) {
                // HotSpot's message names the method as the receiver's: 'java.lang.String p.C.m(int)'.
                return DispatchEntry.error(DispatchEntry.Kind.ILLEGAL_ACCESS_ERROR, m,
                        "'" + signature(m, c.javaName() + "." + m.name()) + "'");
            }
            if (m.isAbstract()) {
                return abstractMethodError(c, resolved, m);
            }
            return DispatchEntry.method(m);
        }
        return fromSuperinterfaces(c, resolved);
    }

    /**
     * Selection as the instruction that names {@code resolved} would do it: invokeinterface for a method of an
     * interface, invokevirtual for a method of a class (also an Object method reached through an interface).
     * An invokevirtual whose resolution ended in a superinterface must use {@link #selectVirtual}.
     */
    public static DispatchEntry select(JavaType receiver, MethodShape resolved) {
        return resolved.owner().isInterface() ? selectInterface(receiver, resolved) : selectVirtual(receiver, resolved);
    }

    private static JavaType receiverClass(JavaType receiver) {
        if (receiver.isArray()) {
            return receiver.model().objectType();
        }
        if (!receiver.isClass()) {
            throw new IllegalArgumentException(receiver + " is not a class; receivers are objects of classes or arrays");
        }
        return receiver;
    }

    /** Steps 1 and 2: the first declaration, from c up, of an instance method that can override mR. */
    private static MethodShape searchClasses(JavaType c, MethodShape resolved) {
        for (JavaType x = c; x != null; x = x.superclass()) {
            MethodShape m = x.declaredMethod(resolved.name(), resolved.descriptor());
            if (m != null && !m.isStatic() && Overriding.canOverride(m, resolved)) {
                return m;
            }
        }
        return null;
    }

    /** Step 3. */
    private static DispatchEntry fromSuperinterfaces(JavaType c, MethodShape resolved) {
        List<MethodShape> maximal = MethodResolution.maximallySpecificSuperinterfaceMethods(c, resolved.name(),
                resolved.descriptor());
        MethodShape selected = null;
        StringBuilder conflicting = new StringBuilder();
        int concrete = 0;
        for (MethodShape m : maximal) {
            if (!m.isAbstract()) {
                selected = m;
                concrete++;
                conflicting.append(concrete > 1 ? " " : "").append(m.owner().name()).append('.').append(m.name());
            }
        }
        if (concrete == 1) {
            return DispatchEntry.method(selected);
        }
        if (concrete > 1) {
            return DispatchEntry.error(DispatchEntry.Kind.INCOMPATIBLE_CLASS_CHANGE_ERROR, resolved,
                    "Conflicting default methods: " + conflicting);
        }
        return abstractMethodError(c, resolved, null);
    }

    private static DispatchEntry abstractMethodError(JavaType c, MethodShape resolved, MethodShape selected) {
        String message = "Receiver class " + c.javaName() + " does not define or inherit an implementation of the"
                + " resolved method '" + describe(resolved, resolved.name()) + "' of "
                + kindOfClass(resolved.owner()) + resolved.owner().name().replace('/', '.') + ".";
        if (selected != null && selected != resolved) {
            message += " Selected method is '"
                    + describe(selected, selected.owner().name().replace('/', '.') + "." + selected.name()) + "'.";
        }
        return DispatchEntry.error(DispatchEntry.Kind.ABSTRACT_METHOD_ERROR, selected != null ? selected : resolved,
                message);
    }

    private static String kindOfClass(ClassShape owner) {
        if (owner.isInterface()) {
            return "interface ";
        }
        return owner.isAbstract() ? "abstract class " : "class ";
    }

    /** {@code abstract java.lang.String m(int)}: a method as HotSpot's error messages write it. */
    static String describe(MethodShape m, String name) {
        String modifiers = (m.isAbstract() ? "abstract " : "") + (m.isStatic() ? "static " : "");
        return modifiers + signature(m, name);
    }

    private static String signature(MethodShape m, String name) {
        return signature(m.descriptor(), name);
    }

    /** {@code java.lang.String name(int, java.lang.String[])} for a descriptor, as HotSpot's messages write it. */
    static String signature(String descriptor, String name) {
        MethodDescriptor d = MethodDescriptor.parse(descriptor);
        StringBuilder s = new StringBuilder(typeName(d.returnType())).append(' ').append(name).append('(');
        for (int i = 0; i < d.parameters().size(); i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(typeName(d.parameters().get(i)));
        }
        return s.append(')').toString();
    }

    private static String typeName(String descriptor) {
        int dims = 0;
        while (descriptor.charAt(dims) == '[') {
            dims++;
        }
        String base;
        char c = descriptor.charAt(dims);
        switch (c) {
            case 'L': base = descriptor.substring(dims + 1, descriptor.length() - 1).replace('/', '.'); break;
            case 'V': base = "void"; break;
            case 'Z': base = "boolean"; break;
            case 'B': base = "byte"; break;
            case 'C': base = "char"; break;
            case 'S': base = "short"; break;
            case 'I': base = "int"; break;
            case 'J': base = "long"; break;
            case 'F': base = "float"; break;
            default: base = "double"; break;
        }
        StringBuilder s = new StringBuilder(base);
        for (int i = 0; i < dims; i++) {
            s.append("[]");
        }
        return s.toString();
    }
}
