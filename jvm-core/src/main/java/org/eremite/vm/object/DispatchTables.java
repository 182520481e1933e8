package org.eremite.vm.object;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Builds and answers from the dispatch tables: per class a {@link VTable} and one {@link ITable} per
 * implemented interface that has methods. Every entry is defined by selection ({@link MethodSelection}):
 * vtable slot i of class C holds {@code selectVirtual(C, root(i))}, itable entry k of C for interface I holds
 * {@code selectInterface(C, method k of I)}. So the tables are right by construction; what the construction
 * decides is which methods get slots and which slot each call site uses (see the package documentation).
 * Tables are computed on first use and cached on the type.
 */
public final class DispatchTables {
    private static final MethodShape[] NO_METHODS = new MethodShape[0];
    private static final ITable[] NO_ITABLES = new ITable[0];

    private DispatchTables() {
    }

    /** JVMS 5.4.6 selection as the instruction naming {@code resolved} does it ({@link MethodSelection#select}). */
    public static DispatchEntry select(JavaType receiver, MethodShape resolved) {
        return MethodSelection.select(receiver, resolved);
    }

    /** The vtable of a class; an array type has Object's. */
    public static VTable vtable(JavaType cls) {
        if (cls.isArray()) {
            return vtable(cls.model().objectType());
        }
        if (!cls.isClass()) {
            throw new IllegalArgumentException(cls + " is not a class; only classes have vtables");
        }
        if (cls.vtable == null) {
            cls.vtable = buildVTable(cls);
        }
        return cls.vtable;
    }

    private static VTable buildVTable(JavaType cls) {
        VTable inherited = cls.superclass() == null ? null : vtable(cls.superclass());
        ArrayList<MethodShape> roots = new ArrayList<>();
        HashMap<String, Integer> mirandas = new HashMap<>();
        int inheritedLength = 0;
        if (inherited != null) {
            inheritedLength = inherited.length();
            for (int i = 0; i < inheritedLength; i++) {
                roots.add(inherited.root(i));
                MethodShape root = inherited.root(i);
                if (root.owner().isInterface()) {
                    mirandas.put(VTable.key(root.name(), root.descriptor()), i);
                }
            }
        }
        HashMap<MethodShape, Integer> declaredIndex = new HashMap<>();
        boolean finalClass = cls.isFinal();
        for (MethodShape m : cls.shape().methods()) {
            if (!m.isVirtual()) {
                continue;
            }
            int overridden = VTable.NONVIRTUAL;
            for (int i = 0; i < inheritedLength && overridden < 0; i++) {
                if (Overriding.canOverride(m, roots.get(i))) {
                    overridden = i;
                }
            }
            if (m.isFinal() || finalClass) {
                continue; // bound statically: a final method's selection is always itself
            }
            if (overridden < 0 || m.isPackagePrivate()) {
                // A package-private method roots its own slot even when it overrides: its overriders (same
                // package only) are not those of the public or protected method it overrides.
                declaredIndex.put(m, roots.size());
                roots.add(m);
            } else {
                declaredIndex.put(m, overridden);
            }
        }
        for (JavaType j : cls.allInterfaceArray()) {
            for (MethodShape im : interfaceMethodArray(j)) {
                String key = VTable.key(im.name(), im.descriptor());
                if (!mirandas.containsKey(key) && !chainDeclares(cls, im.name(), im.descriptor())) {
                    mirandas.put(key, roots.size());
                    roots.add(im);
                }
            }
        }
        MethodShape[] rootArray = roots.toArray(NO_METHODS);
        DispatchEntry[] entries = new DispatchEntry[rootArray.length];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = MethodSelection.selectVirtual(cls, rootArray[i]);
        }
        return new VTable(cls, rootArray, entries, inheritedLength, declaredIndex, mirandas);
    }

    /** True if {@code cls} or a superclass declares any method (static and private too) with this name and descriptor. */
    private static boolean chainDeclares(JavaType cls, String name, String descriptor) {
        for (JavaType x = cls; x != null; x = x.superclass()) {
            if (x.declaredMethod(name, descriptor) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The methods an interface's itable has slots for, in declaration order: its own methods that are neither
     * static nor private (abstract and default ones). Methods inherited from superinterfaces are in those
     * interfaces' itables.
     */
    public static List<MethodShape> interfaceMethods(JavaType iface) {
        return List.of(interfaceMethodArray(iface));
    }

    static MethodShape[] interfaceMethodArray(JavaType iface) {
        if (!iface.isInterface()) {
            throw new IllegalArgumentException(iface + " is not an interface");
        }
        if (iface.interfaceMethods == null) {
            ArrayList<MethodShape> list = new ArrayList<>();
            for (MethodShape m : iface.shape().methods()) {
                if (m.isVirtual()) {
                    list.add(m);
                }
            }
            iface.interfaceMethods = list.toArray(NO_METHODS);
        }
        return iface.interfaceMethods;
    }

    /**
     * The itables of a class in the order compiled code searches them: one per superinterface (direct or
     * indirect, in {@link JavaType#allInterfaces()} order) that has at least one itable method. An array type has
     * Object's (none).
     */
    public static List<ITable> itables(JavaType cls) {
        return List.of(itableArray(cls));
    }

    static ITable[] itableArray(JavaType cls) {
        if (cls.isArray()) {
            return NO_ITABLES;
        }
        if (!cls.isClass()) {
            throw new IllegalArgumentException(cls + " is not a class; only classes have itables");
        }
        if (cls.itables == null) {
            ArrayList<ITable> tables = new ArrayList<>();
            for (JavaType j : cls.allInterfaceArray()) {
                MethodShape[] methods = interfaceMethodArray(j);
                if (methods.length == 0) {
                    continue;
                }
                DispatchEntry[] entries = new DispatchEntry[methods.length];
                for (int k = 0; k < methods.length; k++) {
                    entries[k] = MethodSelection.selectInterface(cls, methods[k]);
                }
                tables.add(new ITable(cls, j, methods, entries));
            }
            cls.itables = tables.toArray(NO_ITABLES);
        }
        return cls.itables;
    }

    /** The itable of {@code cls} for {@code iface}; null if the class does not implement it or it has no methods. */
    public static ITable itable(JavaType cls, JavaType iface) {
        for (ITable t : itableArray(cls)) {
            if (t.iface() == iface) {
                return t;
            }
        }
        return null;
    }

    /** The interface ids of {@link #itables} in search order: the array compiled invokeinterface scans. */
    public static int[] itableInterfaceIds(JavaType cls) {
        ITable[] tables = itableArray(cls);
        int[] ids = new int[tables.length];
        for (int i = 0; i < tables.length; i++) {
            ids[i] = tables[i].interfaceId();
        }
        return ids;
    }

    /**
     * True if an invocation of {@code resolved} (by invokevirtual or invokeinterface) always runs
     * {@code resolved} itself, so the compiler calls it directly: private methods (JVMS 5.4.6), final methods
     * (no method may override them) and methods of final classes (the receiver's class is the method's own).
     */
    public static boolean isStaticallyBound(MethodShape resolved) {
        if (resolved.isStatic()) {
            throw new IllegalArgumentException(resolved + " is static; it is never dispatched");
        }
        return resolved.isPrivate() || resolved.isInitializer() || resolved.isFinal() || resolved.owner().isFinal();
    }

    /**
     * The vtable slot an invokevirtual goes through, given the class its Methodref names (after resolution
     * found {@code resolved}; an Object method reached by invokeinterface uses Object here). Valid for every
     * receiver that is a subclass of {@code referenced}. {@link VTable#NONVIRTUAL} when the call is bound
     * statically ({@link #isStaticallyBound}).
     */
    public static int vtableIndex(JavaType referenced, MethodShape resolved) {
        if (isStaticallyBound(resolved)) {
            return VTable.NONVIRTUAL;
        }
        ClassShape owner = resolved.owner();
        if (!owner.isInterface()) {
            return vtable(owner.type()).indexOfDeclared(resolved);
        }
        JavaType c = referenced.isArray() ? referenced.model().objectType() : referenced;
        int index = c.isClass() ? vtable(c).mirandaIndex(resolved.name(), resolved.descriptor()) : VTable.NONVIRTUAL;
        if (index < 0) {
            throw new IllegalArgumentException(resolved + " is an interface method that " + referenced
                    + " has no vtable slot for; call it with invokeinterface through an itable");
        }
        return index;
    }

    /**
     * The itable slot of an interface method in its interface's itable (the same in every class);
     * {@link VTable#NONVIRTUAL} for a private interface method, which is bound statically.
     */
    public static int itableIndex(MethodShape resolved) {
        if (!resolved.owner().isInterface()) {
            throw new IllegalArgumentException(resolved + " is not an interface method; use vtableIndex");
        }
        if (resolved.isPrivate()) {
            return VTable.NONVIRTUAL;
        }
        MethodShape[] methods = interfaceMethodArray(resolved.owner().type());
        for (int k = 0; k < methods.length; k++) {
            if (methods[k] == resolved) {
                return k;
            }
        }
        throw new IllegalArgumentException(resolved + " is static; it has no itable slot");
    }
}
