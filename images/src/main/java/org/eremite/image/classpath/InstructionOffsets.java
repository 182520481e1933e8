package org.eremite.image.classpath;

import java.util.IdentityHashMap;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;

/**
 * The original bytecode offset of each instruction node of one class, kept beside its ASM tree so that errors
 * found in later phases (a missing class, an unsupported call) can still name the offset in the class file the
 * user has. Instructions that a transformation inserts take over the offset of the instruction they replace.
 */
public final class InstructionOffsets {
    private final Map<AbstractInsnNode, Integer> offsets = new IdentityHashMap<>();

    /**
     * Records an instruction's original offset: the parser does, and so does a transformation that rebuilds a
     * class's instruction nodes (renaming) and carries each offset over to the new node.
     */
    public void put(AbstractInsnNode instruction, int offset) {
        offsets.put(instruction, offset);
    }

    /** The offset of an instruction in the original class file, or -1 for one that has none (generated code). */
    public int offsetOf(AbstractInsnNode instruction) {
        Integer offset = offsets.get(instruction);
        return offset != null ? offset : -1;
    }

    /** Gives {@code added}, which a transformation inserted in place of {@code original}, the same offset. */
    public void inherit(AbstractInsnNode added, AbstractInsnNode original) {
        Integer offset = offsets.get(original);
        if (offset != null) {
            offsets.put(added, offset);
        }
    }

    /** How many instructions have an offset (for tests). */
    public int size() {
        return offsets.size();
    }
}
