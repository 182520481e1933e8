package org.eremite.image.classpath;

import java.util.Map;
import org.eremite.image.ImageBuildException;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** Reads class files into ASM trees, keeping debug information and stack map frames, and records offsets. */
public final class ClassParser {
    private ClassParser() {
    }

    /** Parses a class file; fails naming the class and its source when the file is malformed. */
    public static ParsedClass parse(ClassFile file, boolean application) {
        ClassNode node = new ClassNode();
        ClassReader reader;
        Map<String, int[]> offsets;
        try {
            reader = new ClassReader(file.bytes());
            // Frames stay compressed as javac wrote them: desugaring only makes changes that keep them valid
            // (see the desugar package), so classes can be written back with COMPUTE_MAXS alone.
            reader.accept(node, 0);
            offsets = BytecodeOffsets.of(reader);
        } catch (RuntimeException e) {
            // The VM's own parser says what is wrong and where (ASM only fails somewhere).
            String where = file.source().name() + "!/" + file.name() + ".class";
            try {
                org.eremite.vm.classfile.ClassFileParser.parse(file.bytes(), where);
            } catch (RuntimeException precise) {
                throw new ImageBuildException("cannot read class " + file.name().replace('/', '.') + ": "
                        + precise.getMessage(), e);
            }
            throw new ImageBuildException("cannot read class " + file.name().replace('/', '.') + " from "
                    + file.source().name() + ": malformed class file (" + e + ")", e);
        }
        if (!node.name.equals(file.name())) {
            throw new ImageBuildException(file.source().name() + ": the entry for " + file.name().replace('/', '.')
                    + " holds class " + node.name.replace('/', '.'));
        }
        InstructionOffsets instructionOffsets = new InstructionOffsets();
        for (MethodNode method : node.methods) {
            int[] methodOffsets = offsets.get(method.name + method.desc);
            if (methodOffsets == null) {
                continue;
            }
            int i = 0;
            for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
                if (insn.getOpcode() >= 0) {
                    if (i >= methodOffsets.length) {
                        throw new IllegalStateException("more instruction nodes than instructions in "
                                + CodeLocation.of(node.name, method.name, method.desc));
                    }
                    instructionOffsets.put(insn, methodOffsets[i++]);
                }
            }
            if (i != methodOffsets.length) {
                throw new IllegalStateException("fewer instruction nodes (" + i + ") than instructions ("
                        + methodOffsets.length + ") in " + CodeLocation.of(node.name, method.name, method.desc));
            }
        }
        return new ParsedClass(node, file.source().name(), application, instructionOffsets);
    }
}
