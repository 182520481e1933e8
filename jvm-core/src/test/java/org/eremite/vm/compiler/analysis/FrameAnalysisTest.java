package org.eremite.vm.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;

import java.util.Map;

import org.eremite.vm.compiler.bytecode.GeneratedClass;
import org.eremite.vm.compiler.bytecode.Opcodes;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;

/**
 * The kinds before each instruction for the cases java.base exercises rarely or not at all: every form of the
 * dup family with longs and doubles, overwriting half of a long, constructors, dynamic constants, and handler
 * entry frames. Frames are checked against ASM's analyzer ({@link Analyses#analyzeAgreeingWithAsm}), and the
 * interesting ones spelled out as {@link TypeState#toString()} text.
 */
class FrameAnalysisTest {
    private static final int STATIC = ACC_PUBLIC | ACC_STATIC;

    private static String stateBefore(FrameAnalysis analysis, int instructionIndex) {
        return analysis.stateAt(analysis.code().get(instructionIndex).offset()).toString();
    }

    @Test
    void dupFamilyMovesWholeLongsAndDoubles() {
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, ClassWriter.COMPUTE_MAXS)
                .method(STATIC, "dups", "(IJFD)V", 0, 0, m -> {
                    m.visitVarInsn(Opcodes.ILOAD, 0);
                    m.visitVarInsn(Opcodes.LLOAD, 1);
                    m.visitInsn(Opcodes.DUP2_X1); // form 2: long over int
                    m.visitInsn(Opcodes.POP2);
                    m.visitInsn(Opcodes.DUP_X2); // form 2: a copy of the int goes under the long
                    m.visitInsn(Opcodes.POP);
                    m.visitInsn(Opcodes.POP2);
                    m.visitInsn(Opcodes.POP);
                    m.visitVarInsn(Opcodes.DLOAD, 4);
                    m.visitVarInsn(Opcodes.LLOAD, 1);
                    m.visitInsn(Opcodes.DUP2_X2); // form 4: long over double
                    m.visitInsn(Opcodes.POP2);
                    m.visitInsn(Opcodes.POP2);
                    m.visitInsn(Opcodes.POP2);
                    m.visitVarInsn(Opcodes.ILOAD, 0);
                    m.visitVarInsn(Opcodes.FLOAD, 3);
                    m.visitVarInsn(Opcodes.LLOAD, 1);
                    m.visitInsn(Opcodes.DUP2_X2); // form 2: long over two category-1 values
                    m.visitInsn(Opcodes.POP2);
                    m.visitInsn(Opcodes.POP2);
                    m.visitInsn(Opcodes.POP2);
                    m.visitVarInsn(Opcodes.DLOAD, 4);
                    m.visitVarInsn(Opcodes.ILOAD, 0);
                    m.visitVarInsn(Opcodes.FLOAD, 3);
                    m.visitInsn(Opcodes.DUP2_X2); // form 3: two category-1 values over a double
                    m.visitInsn(Opcodes.DUP2); // form 1
                    m.visitInsn(Opcodes.POP2);
                    m.visitInsn(Opcodes.SWAP);
                    m.visitInsn(Opcodes.POP2);
                    m.visitInsn(Opcodes.POP2);
                    m.visitInsn(Opcodes.POP2);
                    m.visitInsn(Opcodes.RETURN);
                }).toByteArray();
        FrameAnalysis analysis = Analyses.analyzeAgreeingWithAsm(bytes).get("dups");
        assertEquals("[IJjFDd | IJj]", stateBefore(analysis, 2));
        assertEquals("[IJjFDd | JjIJj]", stateBefore(analysis, 3));
        assertEquals("[IJjFDd | JjDdJj]", stateBefore(analysis, 11));
        assertEquals("[IJjFDd | JjIFJj]", stateBefore(analysis, 18));
        assertEquals("[IJjFDd | IFDdIF]", stateBefore(analysis, 25));
        assertEquals("[IJjFDd | IFDdFI]", stateBefore(analysis, 28));
        assertEquals(8, analysis.maxStackDepth());
    }

    @Test
    void storingIntoHalfOfALongMakesItsOtherHalfTop() {
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, ClassWriter.COMPUTE_MAXS)
                .method(STATIC, "halves", "(JJ)V", 0, 0, m -> {
                    m.visitInsn(Opcodes.ICONST_0);
                    m.visitVarInsn(Opcodes.ISTORE, 1); // second half of the first long
                    m.visitInsn(Opcodes.FCONST_0);
                    m.visitVarInsn(Opcodes.FSTORE, 2); // first half of the second long
                    m.visitInsn(Opcodes.DCONST_0);
                    m.visitVarInsn(Opcodes.DSTORE, 0); // a double over the int and the broken half
                    m.visitInsn(Opcodes.RETURN);
                }).toByteArray();
        FrameAnalysis analysis = Analyses.analyzeAgreeingWithAsm(bytes).get("halves");
        assertEquals("[JjJj | ]", stateBefore(analysis, 0));
        assertEquals("[.IJj | ]", stateBefore(analysis, 2));
        assertEquals("[.IF. | ]", stateBefore(analysis, 4));
        assertEquals("[DdF. | ]", stateBefore(analysis, 6));
    }

    @Test
    void constructorsAndInstanceMethodsStartWithThis() {
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, ClassWriter.COMPUTE_MAXS)
                .method(ACC_PUBLIC, "<init>", "(Ljava/lang/String;[[I)V", 0, 0, m -> {
                    m.visitVarInsn(Opcodes.ALOAD, 0);
                    m.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
                    m.visitTypeInsn(Opcodes.NEW, "java/lang/Object");
                    m.visitInsn(Opcodes.DUP);
                    m.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
                    m.visitInsn(Opcodes.ICONST_2);
                    m.visitInsn(Opcodes.ICONST_3);
                    m.visitMultiANewArrayInsn("[[J", 2);
                    m.visitInsn(Opcodes.POP2);
                    m.visitInsn(Opcodes.RETURN);
                }).toByteArray();
        FrameAnalysis analysis = Analyses.analyzeAgreeingWithAsm(bytes).get("<init>");
        // Uninitialized objects, this in a constructor included, are references: the collector must see them.
        assertEquals("[RRR | ]", stateBefore(analysis, 0));
        assertEquals("[RRR | RR]", stateBefore(analysis, 4));
        assertEquals("[RRR | RII]", stateBefore(analysis, 7));
    }

    @Test
    void dynamicConstantsAndInvokedynamicTakeTheirKindsFromTheirDescriptors() {
        Handle bootstrap = new Handle(org.objectweb.asm.Opcodes.H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps",
                "nullConstant",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;",
                false);
        Handle indyBootstrap = new Handle(org.objectweb.asm.Opcodes.H_INVOKESTATIC,
                "java/lang/invoke/StringConcatFactory",
                "makeConcatWithConstants", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
                        + "Ljava/lang/invoke/MethodType;Ljava/lang/String;[Ljava/lang/Object;)"
                        + "Ljava/lang/invoke/CallSite;", false);
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, ClassWriter.COMPUTE_MAXS)
                .method(STATIC, "dynamic", "()Ljava/lang/String;", 0, 0, m -> {
                    m.visitLdcInsn(new ConstantDynamic("z", "Z", new Handle(org.objectweb.asm.Opcodes.H_INVOKESTATIC,
                            "java/lang/invoke/ConstantBootstraps", "getStaticFinal",
                            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;"
                                    + "Ljava/lang/Class;)Ljava/lang/Object;", false),
                            org.objectweb.asm.Type.getType(Boolean.class)));
                    m.visitLdcInsn(new ConstantDynamic("j", "J", bootstrap));
                    m.visitLdcInsn(new ConstantDynamic("s", "Ljava/lang/String;", bootstrap));
                    m.visitInvokeDynamicInsn("concat", "(ZJLjava/lang/String;)Ljava/lang/String;", indyBootstrap,
                            "\u0001\u0001\u0001");
                    m.visitInsn(Opcodes.ARETURN);
                }).toByteArray();
        FrameAnalysis analysis = Analyses.analyzeAgreeingWithAsm(bytes).get("dynamic");
        assertEquals("[ | IJjR]", stateBefore(analysis, 3));
        assertEquals("[ | R]", stateBefore(analysis, 4));
    }

    @Test
    void handlerStartsWithTheLocalsOfEveryCoveredInstructionMerged() {
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, ClassWriter.COMPUTE_MAXS)
                .method(STATIC, "handler", "(I)I", 0, 0, m -> {
                    Label start = new Label();
                    Label end = new Label();
                    Label handler = new Label();
                    m.visitTryCatchBlock(start, end, handler, "java/lang/ArithmeticException");
                    m.visitInsn(Opcodes.ICONST_0);
                    m.visitVarInsn(Opcodes.ISTORE, 1);
                    m.visitInsn(Opcodes.ACONST_NULL);
                    m.visitVarInsn(Opcodes.ASTORE, 2);
                    m.visitLabel(start);
                    m.visitInsn(Opcodes.FCONST_1);
                    m.visitVarInsn(Opcodes.FSTORE, 1); // local 1: int before, float after: top in the handler
                    m.visitInsn(Opcodes.ICONST_1);
                    m.visitVarInsn(Opcodes.ILOAD, 0);
                    m.visitInsn(Opcodes.IDIV);
                    m.visitVarInsn(Opcodes.ISTORE, 0);
                    m.visitInsn(Opcodes.ICONST_2);
                    m.visitVarInsn(Opcodes.ISTORE, 3); // the last store of the range cannot reach the handler
                    m.visitLabel(end);
                    m.visitVarInsn(Opcodes.ILOAD, 3);
                    m.visitInsn(Opcodes.IRETURN);
                    m.visitLabel(handler);
                    m.visitVarInsn(Opcodes.ASTORE, 2);
                    m.visitInsn(Opcodes.ICONST_M1);
                    m.visitInsn(Opcodes.IRETURN);
                }).toByteArray();
        FrameAnalysis analysis = Analyses.analyze(bytes, "handler");
        BasicBlock handler = analysis.graph().blockAt(analysis.code().get(14).offset());
        assertEquals(true, handler.isHandlerEntry());
        // JVMS 4.10.1.6: the handler sees the frame before each covered instruction. Local 3 is top there: it is
        // only written by the last covered instruction (ASM 9.7.1 would merge in the frame after it as well).
        assertEquals("[I.R. | R]", analysis.stateAt(handler.startOffset()).toString());
        assertEquals(2, analysis.maxStackDepth());
    }

    @Test
    void typeStateAndAccessorsDescribeOneFrame() {
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, ClassWriter.COMPUTE_MAXS)
                .method(STATIC, "m", "(JLjava/lang/Object;)D", 0, 0, m -> {
                    m.visitVarInsn(Opcodes.ALOAD, 2);
                    m.visitInsn(Opcodes.DCONST_1);
                    m.visitInsn(Opcodes.DRETURN);
                }).toByteArray();
        Map<String, FrameAnalysis> analyses = Analyses.analyzeAgreeingWithAsm(bytes);
        FrameAnalysis analysis = analyses.get("m");
        TypeState state = analysis.stateAt(2);
        assertEquals(3, state.localCount());
        assertEquals(SlotKind.LONG, state.local(0));
        assertEquals(SlotKind.LONG_2ND, state.local(1));
        assertEquals(SlotKind.REFERENCE, state.local(2));
        assertEquals(3, state.stackDepth());
        assertEquals(SlotKind.REFERENCE, state.stack(0));
        assertEquals(SlotKind.DOUBLE_2ND, state.stackFromTop(0));
        assertEquals(SlotKind.DOUBLE, state.stackFromTop(1));
        assertEquals(SlotKind.DOUBLE, analysis.stack(2, 1));
        assertEquals(SlotKind.LONG_2ND, analysis.local(2, 1));
        assertEquals(3, analysis.stackDepth(2));
        assertEquals(3, analysis.maxStackDepth());
        assertThrows(IllegalArgumentException.class, () -> analysis.stateAt(3));
        assertThrows(IndexOutOfBoundsException.class, () -> analysis.stack(2, 3));
    }
}
