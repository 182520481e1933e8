package org.eremite.image.desugar;

import org.objectweb.asm.tree.AbstractInsnNode;

/** Walking an ASM instruction list by real instructions, past labels, line numbers and frames. */
public final class Instructions {
    private Instructions() {
    }

    /** The real instruction before {@code insn}, or null. */
    public static AbstractInsnNode previous(AbstractInsnNode insn) {
        AbstractInsnNode p = insn.getPrevious();
        while (p != null && p.getOpcode() < 0) {
            p = p.getPrevious();
        }
        return p;
    }

    /** The real instruction after {@code insn}, or null. */
    public static AbstractInsnNode next(AbstractInsnNode insn) {
        AbstractInsnNode n = insn.getNext();
        while (n != null && n.getOpcode() < 0) {
            n = n.getNext();
        }
        return n;
    }
}
