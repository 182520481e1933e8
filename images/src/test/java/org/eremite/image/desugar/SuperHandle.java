package org.eremite.image.desugar;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Gives {@code sup.Sub.viaSuper()} the body {@code return super::greet} as a bare {@code REF_invokeSpecial}
 * handle to {@code Base.greet}: javac routes {@code super::m} through a lambda method, so only hand-made bytecode
 * reaches this case of the metafactory.
 */
final class SuperHandle {
    private SuperHandle() {
    }

    static byte[] withSuperMethodReference(byte[] sub) {
        ClassNode node = new ClassNode();
        new ClassReader(sub).accept(node, 0);
        MethodNode method = node.methods.stream().filter(m -> m.name.equals("viaSuper")).findFirst().orElseThrow();
        InsnList code = new InsnList();
        code.add(new VarInsnNode(Opcodes.ALOAD, 0));
        code.add(new InvokeDynamicInsnNode("get", "(Lsup/Sub;)Ljava/util/function/Supplier;",
                new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
                        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                                + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;"
                                + "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;", false),
                Type.getMethodType("()Ljava/lang/Object;"),
                new Handle(Opcodes.H_INVOKESPECIAL, "sup/Base", "greet", "()Ljava/lang/String;", false),
                Type.getMethodType("()Ljava/lang/String;")));
        code.add(new InsnNode(Opcodes.ARETURN));
        method.instructions = code;
        method.tryCatchBlocks.clear();
        method.localVariables = null;
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(writer);
        return writer.toByteArray();
    }
}
