package org.eremite.vm.object;

/**
 * The type-check data of one class, interface or array type: exactly what compiled {@code checkcast},
 * {@code instanceof} and {@code aastore} read from a hub (see the package documentation for the code).
 *
 * <ul>
 *   <li>{@link #depth()} and {@link #display()}: the type's display (Cohen 1991): {@code display[i]} is its
 *       ancestor at depth i on the "display chain" ({@link TypeCheck#displayParent}), {@code display[depth]} is
 *       the type itself, {@code display[0]} is Object.</li>
 *   <li>{@link #interfaceId()}: for an interface-like type (an interface, or an array whose element type is
 *       an interface), its dense id; -1 for every other type.</li>
 *   <li>{@link #interfaceBits()}: bit k (word k / 64, bit k % 64) is set iff this type is a subtype of the
 *       interface-like type with id k; trailing zero words are not stored.</li>
 *   <li>{@link #component()}: an array of references' component type's data, for aastore; else null.</li>
 * </ul>
 *
 * <p>In the image, each {@code TypeCheckInfo} reference becomes the hub of that type; identity of these
 * objects is identity of hubs.
 */
public final class TypeCheckInfo {
    private final JavaType type;
    private final int depth;
    private final TypeCheckInfo[] display;
    private final int interfaceId;
    private long[] interfaceBits;
    private JavaType[] interfaceSupertypes;
    private final TypeCheckInfo component;

    TypeCheckInfo(JavaType type, TypeCheckInfo[] display, int interfaceId, TypeCheckInfo component) {
        this.type = type;
        this.depth = display.length - 1;
        this.display = display;
        this.interfaceId = interfaceId;
        this.component = component;
    }

    void setInterfaceSupertypes(JavaType[] supertypes, long[] bits) {
        this.interfaceSupertypes = supertypes;
        this.interfaceBits = bits;
    }

    public JavaType type() {
        return type;
    }

    /** Length of the display chain below this type: 0 for Object. */
    public int depth() {
        return depth;
    }

    /** The display: {@code depth() + 1} entries, Object first, this type last. */
    public TypeCheckInfo[] display() {
        return display.clone();
    }

    /** The display entry at {@code level}, for {@code level <= depth()}. */
    public TypeCheckInfo displayAt(int level) {
        return display[level];
    }

    /** True if this type is tested by its interface id (interfaces and arrays of interfaces), not its display. */
    public boolean isInterfaceLike() {
        return interfaceId >= 0;
    }

    /** The dense id of an interface-like type; -1 for classes and the other array types. */
    public int interfaceId() {
        return interfaceId;
    }

    /** The interface bitset: bit k set iff this type is a subtype of the interface-like type with id k. */
    public long[] interfaceBits() {
        return interfaceBits.clone();
    }

    /** Words in {@link #interfaceBits()}. */
    public int interfaceBitsLength() {
        return interfaceBits.length;
    }

    /** The interface-like supertypes the bitset encodes (this type included if it is interface-like). */
    public JavaType[] interfaceSupertypes() {
        return interfaceSupertypes.clone();
    }

    /** An array of references' component type's data (what aastore checks against); null otherwise. */
    public TypeCheckInfo component() {
        return component;
    }

    boolean hasDisplayEntry(int level, TypeCheckInfo target) {
        return level < display.length && display[level] == target;
    }

    boolean hasInterfaceBit(int id) {
        int word = id >>> 6;
        return word < interfaceBits.length && ((interfaceBits[word] >>> (id & 63)) & 1L) != 0;
    }

    @Override
    public String toString() {
        return "type-check data of " + type + " (depth " + depth
                + (interfaceId >= 0 ? ", interface id " + interfaceId : "") + ")";
    }
}
