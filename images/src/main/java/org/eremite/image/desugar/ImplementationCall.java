package org.eremite.image.desugar;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * How a lambda class calls its implementation method: directly, or through a static accessor.
 *
 * @param opcode      the invoke instruction
 * @param owner       its owner class
 * @param name        its method name
 * @param descriptor  its descriptor
 * @param isInterface whether the owner is an interface (the instruction's itf bit)
 * @param allocates   whether a NEW and DUP of {@code owner} precede the arguments (a direct constructor call)
 */
record ImplementationCall(int opcode, String owner, String name, String descriptor, boolean isInterface,
        boolean allocates) {

    /** Code before the arguments are pushed. */
    void emitPrologue(InsnList code) {
        if (allocates) {
            code.add(new TypeInsnNode(Opcodes.NEW, owner));
            code.add(new InsnNode(Opcodes.DUP));
        }
    }

    /** The call itself, after the arguments. */
    void emitCall(InsnList code) {
        code.add(new MethodInsnNode(opcode, owner, name, descriptor, isInterface));
    }
}
