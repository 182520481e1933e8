package org.eremite.vm.testing;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A class javac 17 cannot write, generated with ASM as a version 49 class file: {@code jsr}/{@code ret},
 * {@code wide} loads, stores and {@code iinc} on more than 256 locals, {@code goto_w} (ASM widens a jump across
 * 40,000 bytes of {@code nop}s), {@code ldc_w}, and every stack instruction in both of its forms ({@code swap},
 * {@code dup_x1}, {@code dup_x2}, {@code dup2_x1}, {@code dup2_x2}, {@code pop}, {@code pop2}). HotSpot runs the
 * same bytes (loaded by a class loader of its own) as the oracle; the compilers' tests compile every method of it.
 * Also a synchronized instance method, {@code multianewarray}, {@code frem} and {@code nop}.
 */
public final class OldBytecode {
    public static final String NAME = "org/eremite/vm/testing/OldBytecodeSubject";

    private OldBytecode() {
    }

    /** The class, loaded into HotSpot. */
    public static Class<?> load() {
        byte[] bytes = classFile();
        return new ClassLoader(OldBytecode.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(NAME.replace('/', '.'), bytes, 0, bytes.length);
            }
        }.define();
    }

    public static byte[] classFile() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER | Opcodes.ACC_FINAL, NAME, null,
                "java/lang/Object", null);
        subroutine(cw);
        wideLocals(cw);
        stackForms(cw);
        farJump(cw);
        synchronizedAndRare(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** static int subroutine(int x): x = (x + 1) * 2 through a finally subroutine that jsr calls twice. */
    private static void subroutine(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "subroutine", "(I)I", null, null);
        mv.visitCode();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label sub = new Label();
        Label done = new Label();
        mv.visitTryCatchBlock(start, end, handler, null);
        mv.visitLabel(start);
        mv.visitIincInsn(0, 1);
        mv.visitLabel(end);
        mv.visitJumpInsn(Opcodes.JSR, sub);
        mv.visitJumpInsn(Opcodes.JSR, sub);
        mv.visitJumpInsn(Opcodes.GOTO, done);
        mv.visitLabel(handler);
        mv.visitVarInsn(Opcodes.ASTORE, 1);
        mv.visitJumpInsn(Opcodes.JSR, sub);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitInsn(Opcodes.ATHROW);
        mv.visitLabel(sub);
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
    }

    /** static long wideLocals(int x, double d): locals 260 .. 300 through wide forms. */
    private static void wideLocals(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "wideLocals", "(ID)J", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitVarInsn(Opcodes.ISTORE, 300);
        mv.visitIincInsn(300, 1000);
        mv.visitIincInsn(300, -3);
        mv.visitVarInsn(Opcodes.DLOAD, 1);
        mv.visitVarInsn(Opcodes.DSTORE, 270);
        mv.visitVarInsn(Opcodes.ILOAD, 300);
        mv.visitInsn(Opcodes.I2L);
        mv.visitVarInsn(Opcodes.LSTORE, 260);
        mv.visitVarInsn(Opcodes.DLOAD, 270);
        mv.visitInsn(Opcodes.D2F);
        mv.visitVarInsn(Opcodes.FSTORE, 280);
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitVarInsn(Opcodes.ASTORE, 290);
        mv.visitVarInsn(Opcodes.LLOAD, 260);
        mv.visitVarInsn(Opcodes.FLOAD, 280);
        mv.visitInsn(Opcodes.F2L);
        mv.visitInsn(Opcodes.LADD);
        mv.visitVarInsn(Opcodes.ALOAD, 290);
        Label isNull = new Label();
        mv.visitJumpInsn(Opcodes.IFNULL, isNull);
        mv.visitInsn(Opcodes.LCONST_1);
        mv.visitInsn(Opcodes.LADD);
        mv.visitLabel(isNull);
        mv.visitInsn(Opcodes.LRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** static long stackForms(int a, int b, long c): each stack instruction in each form. */
    private static void stackForms(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "stackForms", "(IIJ)J", null, null);
        mv.visitCode();
        mv.visitInsn(Opcodes.NOP);
        // swap: b - a
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        mv.visitInsn(Opcodes.SWAP);
        mv.visitInsn(Opcodes.ISUB);
        // dup_x1: [r a] -> [a r a]; imul, iadd: a + r * a
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitInsn(Opcodes.DUP_X1);
        mv.visitInsn(Opcodes.IMUL);
        mv.visitInsn(Opcodes.IADD);
        // dup2_x1, form 1 (three ints): [x 2 3] -> [2 3 x 2 3], then four adds
        mv.visitInsn(Opcodes.ICONST_2);
        mv.visitInsn(Opcodes.ICONST_3);
        mv.visitInsn(Opcodes.DUP2_X1);
        mv.visitInsn(Opcodes.IADD);
        mv.visitInsn(Opcodes.IADD);
        mv.visitInsn(Opcodes.IADD);
        mv.visitInsn(Opcodes.IADD);
        // dup_x2, form 2 (int over a long): [x c] -> i2l later; [x c] is (int, long): dup2_x1 form 2 -> [c x c]
        mv.visitVarInsn(Opcodes.LLOAD, 2);
        mv.visitInsn(Opcodes.DUP2_X1);
        mv.visitInsn(Opcodes.POP2);
        // [c x]: dup_x2 form 2 -> [x c x]
        mv.visitInsn(Opcodes.DUP_X2);
        mv.visitInsn(Opcodes.I2L);
        mv.visitInsn(Opcodes.LMUL);
        // [x (c*x)]: dup2_x2 form 3 (a long over two ints) needs [i i l]: push b under
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        mv.visitInsn(Opcodes.DUP_X2);
        mv.visitInsn(Opcodes.POP);
        // [x b l] -> dup2_x2 -> [l x b l]
        mv.visitInsn(Opcodes.DUP2_X2);
        mv.visitVarInsn(Opcodes.LSTORE, 4);
        mv.visitInsn(Opcodes.ISUB);
        mv.visitInsn(Opcodes.I2L);
        mv.visitVarInsn(Opcodes.LLOAD, 4);
        mv.visitInsn(Opcodes.LXOR);
        mv.visitInsn(Opcodes.LADD);
        // dup2_x2 form 4 (long over long) and form 1 (four ints), pop and pop2 on ints
        mv.visitVarInsn(Opcodes.LLOAD, 2);
        mv.visitInsn(Opcodes.DUP2_X2);
        mv.visitInsn(Opcodes.POP2);
        mv.visitInsn(Opcodes.LSUB);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.ICONST_2);
        mv.visitInsn(Opcodes.ICONST_3);
        mv.visitInsn(Opcodes.ICONST_4);
        mv.visitInsn(Opcodes.DUP2_X2);
        mv.visitInsn(Opcodes.IADD);
        mv.visitInsn(Opcodes.IADD);
        mv.visitInsn(Opcodes.ISUB);
        mv.visitInsn(Opcodes.POP2);
        mv.visitInsn(Opcodes.POP);
        mv.visitInsn(Opcodes.LRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** static int farJump(int x): goto_w over 40,000 nops, and a sum of 300 ldc_w constants. */
    private static void farJump(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "farJump", "(I)I", null, null);
        mv.visitCode();
        Label far = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitJumpInsn(Opcodes.IFLE, far);
        for (int i = 0; i < 40_000; i++) {
            mv.visitInsn(Opcodes.NOP);
        }
        mv.visitIincInsn(0, 7);
        mv.visitLabel(far);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        for (int i = 0; i < 300; i++) {
            mv.visitLdcInsn(i * 1_000_003 + 70_000);
            mv.visitInsn(Opcodes.IXOR);
        }
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * static long wide(long a), synchronized int[][][] cube(int n) and static float rare(float, int): a synchronized
     * instance method, {@code multianewarray}, {@code frem}, {@code nop} and the int forms of {@code dup2_x2}/{@code swap}.
     */
    private static void synchronizedAndRare(ClassWriter cw) {
        MethodVisitor mv;
        // static long wide(long a): 300 locals, wide loads/stores/iinc, dup2_x2 and friends.
        mv = cw.visitMethod(Opcodes.ACC_STATIC, "wide", "(J)J", null, null);
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
    }
}
