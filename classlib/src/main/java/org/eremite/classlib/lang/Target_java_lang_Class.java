package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Alias;
import org.eremite.vm.annotation.Inject;
import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;
import org.eremite.vm.magic.Magic;
import org.eremite.vm.runtime.Hub;
import org.eremite.vm.runtime.TypeChecks;

/**
 * The guest's class objects: each is written by the image builder next to its class's {@link Hub}, with
 * {@code name}, {@code componentType} and the injected {@link #hub} set; what HotSpot answers from its own class
 * data comes from the hub here.
 */
@TargetClass("java.lang.Class")
final class Target_java_lang_Class {
    /** The class's hub; set by the image builder for every class object. */
    @Inject
    Hub hub;
    /** {@code getSimpleName()}, computed by the image builder from the InnerClasses attribute. */
    @Inject
    String simpleName;

    /** {@code getCanonicalName()} of a class that is not an array, computed by the image builder (may be null). */
    @Inject
    String canonicalName;

    @Alias
    private transient Object[] enumConstants;

    @Substitute
    public boolean isInstance(Object obj) {
        return obj != null && TypeChecks.isSubtype(TypeChecks.hubOf(obj), hub);
    }

    @Substitute
    public boolean isAssignableFrom(Class<?> cls) {
        Hub other = ((Target_java_lang_Class) (Object) cls).hub;
        return other == hub || ((hub.flags & Hub.PRIMITIVE) == 0 && (other.flags & Hub.PRIMITIVE) == 0
                && TypeChecks.isSubtype(other, hub));
    }

    @Substitute
    public boolean isInterface() {
        return (hub.flags & Hub.INTERFACE) != 0;
    }

    @Substitute
    public boolean isArray() {
        return (hub.flags & Hub.ARRAY) != 0;
    }

    @Substitute
    public boolean isPrimitive() {
        return (hub.flags & Hub.PRIMITIVE) != 0;
    }

    @Substitute
    public boolean isHidden() {
        return false;
    }

    @Substitute
    public int getModifiers() {
        return hub.modifiers;
    }

    @Substitute
    public Class<?> getSuperclass() {
        if ((hub.flags & (Hub.INTERFACE | Hub.PRIMITIVE)) != 0 || hub.superHub == null) {
            return null;
        }
        return hub.superHub.mirror;
    }

    @Substitute
    public String getSimpleName() {
        if ((hub.flags & Hub.ARRAY) != 0) {
            return hub.componentHub.mirror.getSimpleName() + "[]";
        }
        return simpleName;
    }

    @Substitute
    public String getCanonicalName() {
        if ((hub.flags & Hub.ARRAY) != 0) {
            String component = hub.componentHub.mirror.getCanonicalName();
            return component == null ? null : component + "[]";
        }
        return canonicalName;
    }

    @Substitute
    public boolean desiredAssertionStatus() {
        return false;
    }

    @Substitute
    Object[] getEnumConstantsShared() {
        Object[] constants = enumConstants;
        if (constants == null) {
            if (hub.enumValues == 0) {
                return null;
            }
            if (hub.initialized == 0) {
                org.eremite.vm.runtime.RuntimeEntries.initializeClass(hub); // values() reads the class's statics
            }
            constants = (Object[]) Magic.callObject(hub.enumValues);
            enumConstants = constants;
        }
        return constants;
    }

    /** As the JDK's, without its stream (which would bring the parallel stream machinery into every image). */
    @Substitute
    private String methodToString(String name, Class<?>[] argTypes) {
        StringBuilder b = new StringBuilder(getName()).append('.').append(name).append('(');
        for (int i = 0; argTypes != null && i < argTypes.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(argTypes[i] == null ? "null" : argTypes[i].getName());
        }
        return b.append(')').toString();
    }

    @Alias
    public native String getName();

    @Substitute
    private static Class<?> forName0(String name, boolean initialize, ClassLoader loader, Class<?> caller)
            throws ClassNotFoundException {
        Class<?> c = ClassTable.find(name);
        Hub h = ((Target_java_lang_Class) (Object) c).hub;
        if (initialize && h.initialized == 0) {
            org.eremite.vm.runtime.RuntimeEntries.initializeClass(h);
        }
        return c;
    }

    /** No resources in the guest yet (the application JAR is not embedded): none is found. */
    @Substitute
    public java.io.InputStream getResourceAsStream(String name) {
        return null;
    }

    @Substitute
    public java.net.URL getResource(String name) {
        return null;
    }
}
