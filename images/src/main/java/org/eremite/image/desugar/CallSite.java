package org.eremite.image.desugar;

import org.eremite.image.classpath.CodeLocation;
import org.eremite.image.classpath.ParsedClass;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * One {@code invokedynamic} being desugared: where it is, and the means to replace it.
 *
 * @param owner     the class that holds the call site
 * @param method    the method that holds it
 * @param site      the instruction
 * @param location  class, method and original bytecode offset, for messages
 * @param firstFree the first local variable slot that the method's own code does not use: replacement code may
 *                  use slots from here on, because no stack map frame of the method mentions them
 */
record CallSite(ParsedClass owner, MethodNode method, InvokeDynamicInsnNode site, CodeLocation location,
        int firstFree) {

    /**
     * Puts {@code code} where the {@code invokedynamic} was. The new instructions take over its bytecode offset,
     * so later errors in them still point at the user's line.
     */
    void replaceWith(InsnList code) {
        for (AbstractInsnNode insn = code.getFirst(); insn != null; insn = insn.getNext()) {
            owner.offsets().inherit(insn, site);
        }
        method.instructions.insertBefore(site, code);
        method.instructions.remove(site);
    }

    UnsupportedBytecodeException unsupported(String what) {
        return new UnsupportedBytecodeException(location, what);
    }
}
