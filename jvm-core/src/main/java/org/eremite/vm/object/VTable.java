package org.eremite.vm.object;

import java.util.HashMap;
import java.util.List;

/**
 * The virtual-method table of one class: slot i holds what invokevirtual selects, for a receiver of this
 * class, for the method that introduced slot i (its <em>root</em>). A subclass's table starts with its
 * superclass's slots at the same indices. Built by {@link DispatchTables#vtable}.
 */
public final class VTable {
    /** The index of a method that needs no slot: calls to it are bound statically. */
    public static final int NONVIRTUAL = -1;

    private final JavaType type;
    private final MethodShape[] roots;
    private final DispatchEntry[] entries;
    private final int inheritedLength;
    private final HashMap<MethodShape, Integer> declaredIndex;
    private final HashMap<String, Integer> mirandaIndex;

    VTable(JavaType type, MethodShape[] roots, DispatchEntry[] entries, int inheritedLength,
           HashMap<MethodShape, Integer> declaredIndex, HashMap<String, Integer> mirandaIndex) {
        this.type = type;
        this.roots = roots;
        this.entries = entries;
        this.inheritedLength = inheritedLength;
        this.declaredIndex = declaredIndex;
        this.mirandaIndex = mirandaIndex;
    }

    static String key(String name, String descriptor) {
        return name + descriptor;
    }

    public JavaType type() {
        return type;
    }

    public int length() {
        return entries.length;
    }

    /** Slots inherited from the superclass's table (indices {@code 0 .. inheritedLength() - 1}). */
    public int inheritedLength() {
        return inheritedLength;
    }

    /** The method that introduced slot {@code index}: a class method, or an interface method (a miranda slot). */
    public MethodShape root(int index) {
        return roots[index];
    }

    /** What slot {@code index} dispatches to for a receiver of this class. */
    public DispatchEntry entry(int index) {
        return entries[index];
    }

    public List<DispatchEntry> entries() {
        return List.of(entries);
    }

    /**
     * The slot an invokevirtual of {@code method}, declared by this class, goes through: the slot it introduced,
     * or the slot of a method it overrides; {@link #NONVIRTUAL} if it is bound statically (final, in a final
     * class, private, static) and so has none.
     */
    public int indexOfDeclared(MethodShape method) {
        if (method.owner() != type.shape()) {
            throw new IllegalArgumentException(method + " is not declared by " + type);
        }
        Integer i = declaredIndex.get(method);
        return i == null ? NONVIRTUAL : i;
    }

    /**
     * The slot for a name and descriptor that no class of this class's superclass chain declares but a
     * superinterface does (a "miranda" slot, for invokevirtual resolved to an interface method, JVMS 5.4.3.3
     * step 3); {@link #NONVIRTUAL} if there is none.
     */
    public int mirandaIndex(String name, String descriptor) {
        Integer i = mirandaIndex.get(key(name, descriptor));
        return i == null ? NONVIRTUAL : i;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("vtable of ").append(type).append(" (").append(entries.length)
                .append(" slots)");
        for (int i = 0; i < entries.length; i++) {
            s.append("\n  ").append(i).append(": ").append(roots[i]).append(" -> ").append(entries[i]);
        }
        return s.toString();
    }
}
