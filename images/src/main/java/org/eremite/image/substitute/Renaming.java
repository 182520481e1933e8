package org.eremite.image.substitute;

import org.eremite.image.classpath.InstructionOffsets;
import org.eremite.image.classpath.ParsedClass;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Applies a {@link Remapper} to a class with ASM's {@link ClassRemapper}, which renames every place a class name
 * can stand: owners of field and method instructions, type instructions, descriptors, signatures, {@code ldc}
 * types, {@code invokedynamic} bootstrap handles and arguments, frames, local variables, inner-class and nest
 * attributes, annotations.
 *
 * <p>On trees the original bytecode offsets survive: the remapper turns each instruction into exactly one
 * instruction, in order, so the i-th instruction of the copy takes the offset of the i-th of the original.
 */
final class Renaming {
    private Renaming() {
    }

    /** A renamed copy of a parsed class, with the original offsets carried over; the original is left as it was. */
    static ParsedClass rename(ParsedClass parsed, Remapper remapper) {
        ClassNode renamed = rename(parsed.node(), remapper);
        InstructionOffsets offsets = new InstructionOffsets();
        for (int i = 0; i < renamed.methods.size(); i++) {
            carryOffsets(parsed.node().methods.get(i), parsed.offsets(), renamed.methods.get(i), offsets);
        }
        return new ParsedClass(renamed, parsed.origin(), parsed.application(), offsets);
    }

    static ClassNode rename(ClassNode node, Remapper remapper) {
        ClassNode renamed = new ClassNode();
        node.accept(new ClassRemapper(renamed, remapper));
        return renamed;
    }

    static byte[] rename(byte[] classFile, Remapper remapper) {
        // No COMPUTE_* flag: frames and maximums are copied as they are, with their types renamed.
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(new ClassRemapper(writer, remapper), 0);
        return writer.toByteArray();
    }

    /** Gives each instruction of {@code to} the original offset of its counterpart in {@code from}. */
    static void carryOffsets(MethodNode from, InstructionOffsets fromOffsets, MethodNode to,
            InstructionOffsets toOffsets) {
        AbstractInsnNode a = firstInstruction(from.instructions.getFirst());
        AbstractInsnNode b = firstInstruction(to.instructions.getFirst());
        while (a != null && b != null) {
            int offset = fromOffsets.offsetOf(a);
            if (offset >= 0) {
                toOffsets.put(b, offset);
            }
            a = firstInstruction(a.getNext());
            b = firstInstruction(b.getNext());
        }
        if (a != null || b != null) {
            throw new IllegalStateException("renaming changed the number of instructions of " + from.name + from.desc);
        }
    }

    /** {@code insn} or the first real instruction after it (labels, line numbers and frames are skipped). */
    private static AbstractInsnNode firstInstruction(AbstractInsnNode insn) {
        while (insn != null && insn.getOpcode() < 0) {
            insn = insn.getNext();
        }
        return insn;
    }
}
