package org.eremite.vm.compiler.bytecode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.eremite.vm.classfile.MethodInfo;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * ASM as the oracle for one class file: its {@link ClassNode}, and the bytecode offset ASM gives every
 * instruction and label.
 *
 * <p>ASM's tree has no instruction offsets, so the class goes through ASM once more: a fresh label is put before
 * every instruction, and the tree is written with a {@link ClassWriter} that starts from the original constant
 * pool (so every constant keeps its index) and computes max_stack itself ({@code COMPUTE_MAXS}; the StackMapTable
 * frames are kept, because ASM 9.7.1 computes max_stack too low for some methods with handlers when they are
 * skipped: 2 instead of 4 for {@code Signature$CipherAdapter.engineVerify}). After writing,
 * every label knows its offset in ASM's encoding. Where ASM's code array equals the original one
 * ({@link #encodesIdentically}), those offsets are the original offsets, as ASM decoded them. The rewritten
 * class is also where {@link #computedMaxStack} comes from.
 */
public final class AsmCodeOracle {
    /** The class as parsed by the VM's own parser: what the code under test reads. */
    public final ClassFile classFile;
    /** The class as ASM read it; each method has an extra label before every instruction. */
    public final ClassNode node = new ClassNode();
    private final ClassFile rewritten;
    private final Map<AbstractInsnNode, LabelNode> labelBefore = new IdentityHashMap<>();

    public AsmCodeOracle(byte[] bytes) {
        classFile = ClassFileParser.parse(bytes);
        ClassReader reader = new ClassReader(bytes);
        reader.accept(node, 0);
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode insn : method.instructions.toArray()) {
                if (insn.getOpcode() >= 0) {
                    LabelNode label = new LabelNode();
                    method.instructions.insertBefore(insn, label);
                    labelBefore.put(insn, label);
                }
            }
        }
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        node.accept(writer);
        rewritten = ClassFileParser.parse(writer.toByteArray());
    }

    /** The methods that have code, as ASM and as the VM's parser see them. */
    public List<MethodNode> methodsWithCode() {
        List<MethodNode> result = new ArrayList<>();
        for (MethodNode method : node.methods) {
            if (method.instructions.size() > 0) {
                result.add(method);
            }
        }
        return result;
    }

    /** The VM parser's view of {@code method}. */
    public MethodInfo info(MethodNode method) {
        return classFile.findMethod(method.name, method.desc);
    }

    /** {@code owner.name descriptor}, the method description the code under test puts in messages. */
    public String describe(MethodNode method) {
        return node.name + "." + method.name + method.desc;
    }

    /** The real instructions of {@code method} (no labels, line numbers or frames), in order. */
    public static List<AbstractInsnNode> instructions(MethodNode method) {
        List<AbstractInsnNode> result = new ArrayList<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() >= 0) {
                result.add(insn);
            }
        }
        return result;
    }

    /** The offset ASM encoded {@code insn} at. */
    public int offsetOf(AbstractInsnNode insn) {
        return labelBefore.get(insn).getLabel().getOffset();
    }

    /** The offset of a label of the tree (a branch or switch target, a try-catch bound). */
    public static int offsetOf(LabelNode label) {
        return label.getLabel().getOffset();
    }

    /** True if ASM's encoding of {@code method} is byte for byte the original. */
    public boolean encodesIdentically(MethodNode method) {
        byte[] original = info(method).code().code();
        byte[] asm = rewritten.findMethod(method.name, method.desc).code().code();
        return Arrays.equals(original, asm);
    }

    /**
     * True if the label offsets are the original's: ASM encoded the method identically, and in one pass. (Code
     * longer than 32767 bytes may have jumps that ASM first writes short, then rewrites as goto_w/jsr_w in a
     * second pass whose offsets the labels do not see.)
     */
    public boolean offsetsKnown(MethodNode method) {
        return encodesIdentically(method) && info(method).code().codeLength() <= Short.MAX_VALUE;
    }

    /** The max_stack ASM computes for {@code method} from its own control-flow analysis. */
    public int computedMaxStack(MethodNode method) {
        return rewritten.findMethod(method.name, method.desc).code().maxStack();
    }
}
