package org.eremite.vm.compiler.npe;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a class file so that every instruction has a line number of its own, unique in the class: then the
 * line of a stack trace element names the exact bytecode offset of the frame, and the line of offset 0 names
 * the method. The rest of the class (constant pool, local variable tables, frames) is kept.
 */
final class LineStamper {
    private LineStamper() {
    }

    static byte[] stamp(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        int[] line = {0};
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new Stamping(super.visitMethod(access, name, descriptor, signature, exceptions), line);
            }
        }, 0);
        return writer.toByteArray();
    }

    /** Drops the method's own line numbers and gives each instruction the next line. */
    private static final class Stamping extends MethodVisitor {
        private final int[] line;

        Stamping(MethodVisitor next, int[] line) {
            super(Opcodes.ASM9, next);
            this.line = line;
        }

        private void stamp() {
            Label here = new Label();
            super.visitLabel(here);
            super.visitLineNumber(++line[0], here);
        }

        @Override
        public void visitLineNumber(int ignored, Label start) {
        }

        @Override
        public void visitInsn(int opcode) {
            stamp();
            super.visitInsn(opcode);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            stamp();
            super.visitIntInsn(opcode, operand);
        }

        @Override
        public void visitVarInsn(int opcode, int var) {
            stamp();
            super.visitVarInsn(opcode, var);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            stamp();
            super.visitTypeInsn(opcode, type);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            stamp();
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            stamp();
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            stamp();
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            stamp();
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitLdcInsn(Object value) {
            stamp();
            super.visitLdcInsn(value);
        }

        @Override
        public void visitIincInsn(int var, int increment) {
            stamp();
            super.visitIincInsn(var, increment);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            stamp();
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            stamp();
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            stamp();
            super.visitMultiANewArrayInsn(descriptor, dimensions);
        }
    }
}
