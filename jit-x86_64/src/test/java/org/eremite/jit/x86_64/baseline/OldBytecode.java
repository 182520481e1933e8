package org.eremite.jit.x86_64.baseline;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Class files with the bytecode javac 17 never emits, generated with ASM: {@code jsr}/{@code ret} (class version
 * 49), {@code wide} loads, stores and {@code iinc}, {@code goto_w}-free long methods, a synchronized static and
 * instance method, {@code multianewarray}, and every {@code dup}/{@code swap} form on longs and ints.
 */
final class OldBytecode {
    static final String NAME = "test/OldBytecode";

    private OldBytecode() {
    }

    static byte[] classFile() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, NAME, null, "java/lang/Object", null);

        // static int finallyWithJsr(int x): try { x += 1 } finally { x *= 2 } return x, the javac 1.4 way.
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "finallyWithJsr", "(I)I", null, null);
        mv.visitCode();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label subroutine = new Label();
        Label done = new Label();
        mv.visitTryCatchBlock(start, end, handler, null);
        mv.visitLabel(start);
        mv.visitIincInsn(0, 1);
        mv.visitLabel(end);
        mv.visitJumpInsn(Opcodes.JSR, subroutine);
        mv.visitJumpInsn(Opcodes.GOTO, done);
        mv.visitLabel(handler);
        mv.visitVarInsn(Opcodes.ASTORE, 1);
        mv.visitJumpInsn(Opcodes.JSR, subroutine);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitInsn(Opcodes.ATHROW);
        mv.visitLabel(subroutine);
        mv.visitVarInsn(Opcodes.ASTORE, 2);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitInsn(Opcodes.ICONST_2);
        mv.visitInsn(Opcodes.IMUL);
        mv.visitVarInsn(Opcodes.ISTORE, 0);
        mv.visitVarInsn(Opcodes.RET, 2);
        mv.visitLabel(done);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        // static synchronized long wide(long a): 300 locals, wide loads/stores/iinc, dup2_x2 and friends.
        mv = cw.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_SYNCHRONIZED, "wide", "(J)J", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.LLOAD, 0);
        mv.visitVarInsn(Opcodes.LSTORE, 290);
        mv.visitIntInsn(Opcodes.SIPUSH, 1000);
        mv.visitVarInsn(Opcodes.ISTORE, 300);
        mv.visitIincInsn(300, -500);
        mv.visitVarInsn(Opcodes.LLOAD, 290);
        mv.visitVarInsn(Opcodes.LLOAD, 290);
        mv.visitInsn(Opcodes.DUP2_X2);
        mv.visitInsn(Opcodes.POP2);
        mv.visitInsn(Opcodes.LADD);
        mv.visitVarInsn(Opcodes.ILOAD, 300);
        mv.visitInsn(Opcodes.DUP_X2);
        mv.visitInsn(Opcodes.POP);
        mv.visitVarInsn(Opcodes.LSTORE, 292);
        mv.visitInsn(Opcodes.I2L);
        mv.visitVarInsn(Opcodes.LLOAD, 292);
        mv.visitInsn(Opcodes.LADD);
        mv.visitInsn(Opcodes.LRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        // synchronized int[][][] cube(int n): multianewarray, monitorenter/exit on this.
        mv = cw.visitMethod(Opcodes.ACC_SYNCHRONIZED, "cube", "(I)[[[I", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitInsn(Opcodes.MONITORENTER);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitInsn(Opcodes.MONITOREXIT);
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        mv.visitInsn(Opcodes.DUP);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMultiANewArrayInsn("[[[I", 3);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        // static float rare(float f, int i): fstore_0, frem, swap, dup2_x2 on four ints, nop, goto_w-sized jsr_w
        // is left to the decoder tests (ASM chooses the short forms).
        mv = cw.visitMethod(Opcodes.ACC_STATIC, "rare", "(FI)F", null, null);
        mv.visitCode();
        mv.visitInsn(Opcodes.NOP);
        mv.visitVarInsn(Opcodes.FLOAD, 0);
        mv.visitLdcInsn(1.5f);
        mv.visitInsn(Opcodes.FREM);
        mv.visitVarInsn(Opcodes.FSTORE, 0);
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.ICONST_2);
        mv.visitInsn(Opcodes.ICONST_3);
        mv.visitInsn(Opcodes.DUP2_X2);
        mv.visitInsn(Opcodes.SWAP);
        mv.visitInsn(Opcodes.POP2);
        mv.visitInsn(Opcodes.POP2);
        mv.visitInsn(Opcodes.POP2);
        mv.visitVarInsn(Opcodes.FLOAD, 0);
        mv.visitInsn(Opcodes.FRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
