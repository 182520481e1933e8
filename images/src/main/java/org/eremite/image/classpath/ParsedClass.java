package org.eremite.image.classpath;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * A class as the builder works on it: its ASM tree (which desugaring changes in place), where it came from, and
 * the original bytecode offsets of its instructions.
 *
 * @param node        the class; later phases may add methods and rewrite code
 * @param origin      for messages: the JAR's name, {@code java.base}, or what generated it
 * @param application whether the class belongs to the application (read from its JAR, or generated for a call
 *                    site in it) rather than to the JDK
 * @param offsets     original bytecode offsets of the instructions of {@code node}
 */
public record ParsedClass(ClassNode node, String origin, boolean application, InstructionOffsets offsets) {

    public String name() {
        return node.name;
    }

    public boolean isInterface() {
        return (node.access & Opcodes.ACC_INTERFACE) != 0;
    }

    /** A class made by the builder itself (no original bytecode, no offsets). */
    public static ParsedClass generated(ClassNode node, String origin, boolean application) {
        return new ParsedClass(node, origin, application, new InstructionOffsets());
    }
}
