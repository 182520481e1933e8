package org.eremite.image.desugar;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.ClassNode;

/**
 * Writes desugared classes back to class files. Maximum stack and locals are recomputed; stack map frames are
 * written as they are, because every rewrite keeps them valid: a replaced call site pushes the same type as the
 * {@code invokedynamic} did, the locals it adds are above every local a frame mentions, and generated methods are
 * straight-line code or carry their own frames. So no class hierarchy is needed to write a class.
 */
public final class ClassWriting {
    private ClassWriting() {
    }

    public static byte[] toBytes(ClassNode node) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(writer);
        return writer.toByteArray();
    }
}
