package org.eremite.vm.object;

import java.util.List;

/**
 * One class's implementations of one interface's methods: entry k is what invokeinterface selects, for a
 * receiver of the class, for the interface's k-th itable method ({@link DispatchTables#interfaceMethods}).
 */
public final class ITable {
    private final JavaType type;
    private final JavaType iface;
    private final MethodShape[] methods;
    private final DispatchEntry[] entries;

    ITable(JavaType type, JavaType iface, MethodShape[] methods, DispatchEntry[] entries) {
        this.type = type;
        this.iface = iface;
        this.methods = methods;
        this.entries = entries;
    }

    /** The class whose table this is. */
    public JavaType type() {
        return type;
    }

    /** The interface the table implements. */
    public JavaType iface() {
        return iface;
    }

    /** The interface id the compiled search compares ({@link TypeCheckInfo#interfaceId()}). */
    public int interfaceId() {
        return TypeCheck.info(iface).interfaceId();
    }

    public int length() {
        return entries.length;
    }

    /** The interface method of slot {@code index}. */
    public MethodShape method(int index) {
        return methods[index];
    }

    public DispatchEntry entry(int index) {
        return entries[index];
    }

    public List<DispatchEntry> entries() {
        return List.of(entries);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("itable of ").append(type).append(" for ").append(iface);
        for (int i = 0; i < entries.length; i++) {
            s.append("\n  ").append(i).append(": ").append(methods[i].name()).append(methods[i].descriptor())
                    .append(" -> ").append(entries[i]);
        }
        return s.toString();
    }
}
