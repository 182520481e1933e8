package org.eremite.vm.compiler.bytecode;

import java.util.function.Consumer;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Test classes written with ASM's {@link ClassWriter}: the way to get well-formed code with instructions javac no
 * longer emits ({@code jsr}, {@code ret}, {@code goto_w}) or rarely does, with a real constant pool around it.
 */
public final class GeneratedClass {
    /** The internal name of every generated class. */
    public static final String NAME = "test/Generated";

    private final ClassWriter writer;

    /** A class of class-file major version {@code version} (49 for code with jsr/ret). */
    public GeneratedClass(int version, int writerFlags) {
        writer = new ClassWriter(writerFlags);
        writer.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, NAME, null, "java/lang/Object", null);
    }

    /** A class of version 49 whose max_stack and max_locals are what each method says. */
    public GeneratedClass() {
        this(Opcodes.V1_5, 0);
    }

    /**
     * Adds a method whose body {@code code} writes, ending with {@code visitMaxs(maxStack, maxLocals)} (ignored
     * if the writer computes them).
     */
    public GeneratedClass method(int access, String name, String descriptor, int maxStack, int maxLocals,
            Consumer<MethodVisitor> code) {
        MethodVisitor method = writer.visitMethod(access, name, descriptor, null, null);
        method.visitCode();
        code.accept(method);
        method.visitMaxs(maxStack, maxLocals);
        method.visitEnd();
        return this;
    }

    public byte[] toByteArray() {
        writer.visitEnd();
        return writer.toByteArray();
    }
}
