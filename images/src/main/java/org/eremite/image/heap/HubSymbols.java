package org.eremite.image.heap;

/**
 * The one naming function for the link symbols the boot heap refers to but does not define: the hub of a type
 * (what an object's class word points to) and the hub of a class's statics block. The hub phase defines
 * symbols of exactly these names; the linker resolves the heap's relocations against them.
 *
 * <p>Names use {@link Class#getName()}'s spelling, which is also a {@code JavaType}'s name with '/' replaced by
 * '.': {@code hub:java.lang.String}, {@code hub:[I}, {@code hub:[Ljava.lang.String;}, {@code hub:int} (the
 * {@code Class} object of a primitive type), and {@code statics-hub:java.lang.Integer$IntegerCache}.
 */
public final class HubSymbols {
    public static final String HUB_PREFIX = "hub:";
    public static final String STATICS_HUB_PREFIX = "statics-hub:";

    private HubSymbols() {
    }

    /**
     * The hub symbol of a type given by internal name or array descriptor ({@code java/lang/String},
     * {@code [Ljava/lang/String;}), by binary name ({@code java.lang.String}), or a primitive type's name.
     */
    public static String hub(String typeName) {
        return HUB_PREFIX + typeName.replace('/', '.');
    }

    /** The hub symbol of a host class, which must be a class the guest also has (not hidden). */
    public static String hub(Class<?> type) {
        return hub(type.getName());
    }

    /** The symbol of the hub that a class's statics block has in its class word. */
    public static String staticsHub(String className) {
        return STATICS_HUB_PREFIX + className.replace('/', '.');
    }

    /** The binary name ({@code java.lang.String}, {@code [I}) of the type a {@link #hub} symbol names. */
    public static String typeOfHub(String symbol) {
        if (!symbol.startsWith(HUB_PREFIX)) {
            throw new IllegalArgumentException(symbol + " is not a hub symbol");
        }
        return symbol.substring(HUB_PREFIX.length());
    }

    /** The binary name of the class whose statics block has the {@link #staticsHub} symbol {@code symbol}. */
    public static String classOfStaticsHub(String symbol) {
        if (!symbol.startsWith(STATICS_HUB_PREFIX)) {
            throw new IllegalArgumentException(symbol + " is not a statics hub symbol");
        }
        return symbol.substring(STATICS_HUB_PREFIX.length());
    }
}
