package org.eremite.vm.compiler.baseline;

/**
 * The one mangling scheme of Eremite's symbols: Java names as a reader expects them, so that objdump, gdb and
 * QEMU's gdbstub show {@code java.lang.String.hashCode()I}. ELF symbol names may hold any byte but NUL, so no
 * escaping is needed; Jasm's listings quote names that are not plain identifiers, as GNU as accepts them.
 *
 * <ul>
 *   <li>a method: {@code <class, dots>.<name><descriptor>}, e.g. {@code java.lang.String.indexOf(Ljava/lang/String;I)I}
 *       (the descriptor keeps its slashes: it is the exact JVMS 4.3.3 text, which tells overloads apart);</li>
 *   <li>a class's hub: {@code hub:java.lang.String}, arrays by descriptor: {@code hub:[I},
 *       {@code hub:[Ljava.lang.String;};</li>
 *   <li>a class's statics block: {@code statics:java.lang.System};</li>
 *   <li>a class's {@code java.lang.Class} object: {@code class:java.lang.String};</li>
 *   <li>a runtime entry: {@code eremite.runtime.<name>} ({@link RuntimeEntry#functionName()});</li>
 *   <li>the stack limit word: {@link #STACK_LIMIT}.</li>
 * </ul>
 */
public final class SymbolNames {
    public static final String HUB_PREFIX = "hub:";
    public static final String STATICS_PREFIX = "statics:";
    public static final String CLASS_PREFIX = "class:";
    public static final String RUNTIME_PREFIX = "eremite.runtime.";
    /**
     * The 8-byte word that holds the lowest stack pointer a method's frame may reach (the stack's bottom plus a
     * reserve for throwing StackOverflowError): every prologue compares the stack pointer with it after building
     * the frame, and jumps to {@link RuntimeEntry#THROW_STACK_OVERFLOW} below it. The linker defines it; the
     * runtime lowers it while it throws the error.
     */
    public static final String STACK_LIMIT = "eremite.stack_limit";

    private SymbolNames() {
    }

    /** The symbol of the compiled code of {@code owner.name descriptor}; {@code owner} is an internal name. */
    public static String method(String owner, String name, String descriptor) {
        return dotted(owner) + "." + name + descriptor;
    }

    /** The hub of a class (internal name, {@code java/lang/String}) or array class (descriptor, {@code [I}). */
    public static String hub(String className) {
        return HUB_PREFIX + dotted(className);
    }

    /** The statics block of a class. */
    public static String statics(String className) {
        return STATICS_PREFIX + dotted(className);
    }

    /** The {@code java.lang.Class} object of a class or array class. */
    public static String classObject(String className) {
        return CLASS_PREFIX + dotted(className);
    }

    /** The function that implements a runtime entry. */
    public static String runtime(RuntimeEntry entry) {
        return RUNTIME_PREFIX + entry.functionName();
    }

    /** An internal name or descriptor with its slashes turned to dots. */
    public static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }
}
