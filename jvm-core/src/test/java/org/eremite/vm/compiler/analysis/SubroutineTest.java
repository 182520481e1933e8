package org.eremite.vm.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;

import java.util.Map;

import org.eremite.vm.compiler.bytecode.BytecodeException;
import org.eremite.vm.compiler.bytecode.GeneratedClass;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.Opcodes;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * {@code jsr}/{@code ret} subroutines (class files before version 50), written with ASM as javac 1.4 compiled
 * {@code finally}. Each valid method is also run by HotSpot, whose type-inference verifier is the oracle that the
 * code is valid, and, where ASM's analyzer is right, its frames are compared with ASM's.
 */
class SubroutineTest {
    private static final int STATIC = ACC_PUBLIC | ACC_STATIC;

    /** The offset of the {@code occurrence}-th (from 0) instruction with {@code opcode}. */
    static int offsetOf(FrameAnalysis analysis, int opcode, int occurrence) {
        for (int i = 0; i < analysis.code().size(); i++) {
            Instruction instruction = analysis.code().get(i);
            if (instruction.opcode() == opcode && occurrence-- == 0) {
                return instruction.offset();
            }
        }
        throw new IllegalArgumentException("no " + Opcodes.name(opcode));
    }

    /**
     * {@code static int finallyTwice(int x) { int r; try { r = x + 1; } finally { x++; } return r; }} as javac 1.4
     * compiled it: the finally block is a subroutine called from the end of the try block and from the catch-all
     * handler. Locals: 0 x, 1 the return address, 2 the exception, 3 r.
     */
    private static void finallyTwice(MethodVisitor m) {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label subroutine = new Label();
        m.visitTryCatchBlock(start, end, handler, null);
        m.visitLabel(start);
        m.visitVarInsn(Opcodes.ILOAD, 0);
        m.visitInsn(Opcodes.ICONST_1);
        m.visitInsn(Opcodes.IADD);
        m.visitVarInsn(Opcodes.ISTORE, 3);
        m.visitLabel(end);
        m.visitJumpInsn(Opcodes.JSR, subroutine);
        m.visitVarInsn(Opcodes.ILOAD, 3);
        m.visitInsn(Opcodes.IRETURN);
        m.visitLabel(handler);
        m.visitVarInsn(Opcodes.ASTORE, 2);
        m.visitJumpInsn(Opcodes.JSR, subroutine);
        m.visitVarInsn(Opcodes.ALOAD, 2);
        m.visitInsn(Opcodes.ATHROW);
        m.visitLabel(subroutine);
        m.visitVarInsn(Opcodes.ASTORE, 1);
        m.visitIincInsn(0, 1);
        m.visitVarInsn(Opcodes.RET, 1);
    }

    @Test
    void finallySubroutineKeepsEachCallersUntouchedLocals() {
        byte[] bytes = new GeneratedClass().method(STATIC, "finallyTwice", "(I)I", 2, 4,
                SubroutineTest::finallyTwice).toByteArray();
        assertEquals(6, HotSpot.run(bytes, GeneratedClass.NAME, "finallyTwice", new Class<?>[] {int.class}, 5));
        FrameAnalysis analysis = Analyses.analyzeAgreeingWithAsm(bytes).get("finallyTwice");

        // After the first jsr, r (local 3) is still the int stored before it: the subroutine never touches it.
        int afterFirst = offsetOf(analysis, Opcodes.ILOAD_3, 0);
        assertEquals(SlotKind.INT, analysis.local(afterFirst, 3));
        assertEquals(SlotKind.INT, analysis.local(afterFirst, 0));
        assertEquals(SlotKind.RETURN_ADDRESS, analysis.local(afterFirst, 1));
        assertEquals(SlotKind.TOP, analysis.local(afterFirst, 2));
        // After the second, the exception (local 2) is still a reference.
        int afterSecond = offsetOf(analysis, Opcodes.ALOAD_2, 0);
        assertEquals(SlotKind.REFERENCE, analysis.local(afterSecond, 2));
        assertEquals(SlotKind.TOP, analysis.local(afterSecond, 3));
        // Inside the subroutine the two callers' locals merge.
        int inside = offsetOf(analysis, Opcodes.IINC, 0);
        assertEquals("[IA.. | ]", analysis.stateAt(inside).toString());
        int entry = offsetOf(analysis, Opcodes.ASTORE_1, 0);
        assertEquals("[I... | A]", analysis.stateAt(entry).toString());

        ControlFlowGraph graph = analysis.graph();
        assertEquals(1, graph.subroutineCount());
        Subroutine subroutine = graph.subroutine(0);
        assertSame(graph.blockAt(entry), subroutine.entry());
        assertTrue(subroutine.entry().isSubroutineEntry());
        assertEquals(2, subroutine.callSiteCount());
        assertEquals(1, subroutine.retCount());
        assertSame(subroutine, graph.ownerOfRet(subroutine.ret(0)));
        assertSame(graph.blockAt(afterFirst), subroutine.returnPoint(0));
        assertSame(graph.blockAt(afterSecond), subroutine.returnPoint(1));
        assertTrue(subroutine.returnPoint(0).isReturnPoint());
        BasicBlock retBlock = graph.blockOfInstruction(subroutine.ret(0));
        assertEquals(2, retBlock.successorCount());
        assertSame(subroutine.returnPoint(0), retBlock.successor(0));
        assertSame(subroutine.returnPoint(1), retBlock.successor(1));
        BasicBlock jsrBlock = graph.blockOfInstruction(subroutine.callSite(0));
        assertEquals(1, jsrBlock.successorCount());
        assertSame(subroutine.entry(), jsrBlock.successor(0));
        assertTrue(subroutine.accessesLocal(0) && subroutine.accessesLocal(1));
        assertFalse(subroutine.accessesLocal(2) || subroutine.accessesLocal(3));
        assertTrue(subroutine.contains(subroutine.entry()));
        assertFalse(subroutine.contains(graph.block(0)));
    }

    /**
     * A subroutine that calls another, which stores into a local the outer subroutine never names: after the
     * outer one returns, that local holds what the inner one stored. (ASM's analyzer counts only the locals a
     * subroutine names itself and would say int here; HotSpot's verifier, like JVMS 4.10.2.4, follows the nested
     * store, and so does the analysis.)
     */
    @Test
    void storesOfANestedSubroutineReachTheOuterCaller() {
        byte[] bytes = new GeneratedClass().method(STATIC, "nested", "()Ljava/lang/Object;", 1, 5, m -> {
            Label outer = new Label();
            Label inner = new Label();
            m.visitInsn(Opcodes.ICONST_0);
            m.visitVarInsn(Opcodes.ISTORE, 4);
            m.visitJumpInsn(Opcodes.JSR, outer);
            m.visitVarInsn(Opcodes.ALOAD, 4);
            m.visitInsn(Opcodes.ARETURN);
            m.visitLabel(outer);
            m.visitVarInsn(Opcodes.ASTORE, 1);
            m.visitJumpInsn(Opcodes.JSR, inner);
            m.visitVarInsn(Opcodes.RET, 1);
            m.visitLabel(inner);
            m.visitVarInsn(Opcodes.ASTORE, 2);
            m.visitLdcInsn("stored by the inner subroutine");
            m.visitVarInsn(Opcodes.ASTORE, 4);
            m.visitVarInsn(Opcodes.RET, 2);
        }).toByteArray();
        assertEquals("stored by the inner subroutine", HotSpot.run(bytes, GeneratedClass.NAME, "nested",
                new Class<?>[0]));
        FrameAnalysis analysis = Analyses.analyze(bytes, "nested");
        int afterOuter = offsetOf(analysis, Opcodes.ALOAD, 0);
        assertEquals(SlotKind.REFERENCE, analysis.local(afterOuter, 4));
        ControlFlowGraph graph = analysis.graph();
        assertEquals(2, graph.subroutineCount());
        Subroutine outerSubroutine = graph.subroutine(0);
        Subroutine innerSubroutine = graph.subroutine(1);
        assertTrue(innerSubroutine.accessesLocal(4));
        assertTrue(outerSubroutine.accessesLocal(4), "through the inner subroutine it calls");
        assertFalse(outerSubroutine.accessesLocal(2) && !innerSubroutine.accessesLocal(2));
        assertFalse(outerSubroutine.contains(innerSubroutine.entry()));
    }

    /** A try/catch inside a finally block: the handler is part of the subroutine, and its store reaches the caller. */
    @Test
    void handlerInsideASubroutineIsPartOfIt() {
        byte[] bytes = new GeneratedClass().method(STATIC, "handlerInside", "([I)I", 2, 4, m -> {
            Label subroutine = new Label();
            Label start = new Label();
            Label end = new Label();
            Label handler = new Label();
            Label ret = new Label();
            m.visitTryCatchBlock(start, end, handler, null);
            m.visitInsn(Opcodes.ICONST_0);
            m.visitVarInsn(Opcodes.ISTORE, 3);
            m.visitJumpInsn(Opcodes.JSR, subroutine);
            m.visitVarInsn(Opcodes.ILOAD, 2);
            m.visitVarInsn(Opcodes.ILOAD, 3);
            m.visitInsn(Opcodes.IADD);
            m.visitInsn(Opcodes.IRETURN);
            m.visitLabel(subroutine);
            m.visitVarInsn(Opcodes.ASTORE, 1);
            m.visitLabel(start);
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitInsn(Opcodes.ICONST_0);
            m.visitInsn(Opcodes.IALOAD);
            m.visitVarInsn(Opcodes.ISTORE, 2);
            m.visitLabel(end);
            m.visitJumpInsn(Opcodes.GOTO, ret);
            m.visitLabel(handler);
            m.visitInsn(Opcodes.POP);
            m.visitInsn(Opcodes.ICONST_M1);
            m.visitVarInsn(Opcodes.ISTORE, 2);
            m.visitLabel(ret);
            m.visitVarInsn(Opcodes.RET, 1);
        }).toByteArray();
        assertEquals(7, HotSpot.run(bytes, GeneratedClass.NAME, "handlerInside", new Class<?>[] {int[].class},
                (Object) new int[] {7}));
        assertEquals(-1, HotSpot.run(bytes, GeneratedClass.NAME, "handlerInside", new Class<?>[] {int[].class},
                (Object) null));
        FrameAnalysis analysis = Analyses.analyzeAgreeingWithAsm(bytes).get("handlerInside");
        Subroutine subroutine = analysis.graph().subroutine(0);
        BasicBlock handlerBlock = analysis.graph().blockAt(offsetOf(analysis, Opcodes.POP, 0));
        assertTrue(handlerBlock.isHandlerEntry());
        assertTrue(subroutine.contains(handlerBlock));
        assertTrue(subroutine.accessesLocal(2));
        assertFalse(subroutine.accessesLocal(3));
        int afterReturn = offsetOf(analysis, Opcodes.ILOAD_2, 0);
        assertEquals("[RAII | ]", analysis.stateAt(afterReturn).toString());
    }

    /** {@code finally { continue; }}: the subroutine jumps back into the loop and never returns. */
    @Test
    void subroutineThatNeverReturnsLeavesTheReturnPointUnreachable() {
        byte[] bytes = new GeneratedClass().method(STATIC, "breakOut", "(I)I", 1, 2, m -> {
            Label loop = new Label();
            Label end = new Label();
            Label subroutine = new Label();
            m.visitLabel(loop);
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitJumpInsn(Opcodes.IFLE, end);
            m.visitJumpInsn(Opcodes.JSR, subroutine);
            m.visitIincInsn(0, 100);
            m.visitJumpInsn(Opcodes.GOTO, loop);
            m.visitLabel(subroutine);
            m.visitVarInsn(Opcodes.ASTORE, 1);
            m.visitIincInsn(0, -1);
            m.visitJumpInsn(Opcodes.GOTO, loop);
            m.visitLabel(end);
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitInsn(Opcodes.IRETURN);
        }).toByteArray();
        assertEquals(0, HotSpot.run(bytes, GeneratedClass.NAME, "breakOut", new Class<?>[] {int.class}, 3));
        FrameAnalysis analysis = Analyses.analyzeAgreeingWithAsm(bytes).get("breakOut");
        assertFalse(analysis.isReachable(offsetOf(analysis, Opcodes.IINC, 0)));
        Subroutine subroutine = analysis.graph().subroutine(0);
        assertEquals(0, subroutine.retCount());
        assertFalse(subroutine.contains(subroutine.entry()), "no path from the entry reaches a ret");
    }

    @Test
    void farJsrWAndGotoWAreAnalyzedLikeTheirShortForms() {
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V1_5,
                org.objectweb.asm.ClassWriter.COMPUTE_MAXS).method(STATIC, "far", "(I)V", 0, 0, m -> {
                    Label top = new Label();
                    Label subroutine = new Label();
                    Label end = new Label();
                    m.visitLabel(top);
                    m.visitJumpInsn(Opcodes.JSR, subroutine);
                    m.visitVarInsn(Opcodes.ILOAD, 0);
                    m.visitJumpInsn(Opcodes.IFEQ, end);
                    for (int i = 0; i < 33_000; i++) {
                        m.visitInsn(Opcodes.NOP);
                    }
                    m.visitIincInsn(0, -1);
                    m.visitVarInsn(Opcodes.ILOAD, 0);
                    m.visitJumpInsn(Opcodes.IFNE, top);
                    m.visitInsn(Opcodes.RETURN);
                    m.visitLabel(subroutine);
                    m.visitVarInsn(Opcodes.ASTORE, 1);
                    m.visitVarInsn(Opcodes.RET, 1);
                    m.visitLabel(end);
                    m.visitInsn(Opcodes.RETURN);
                }).toByteArray();
        assertNull(HotSpot.run(bytes, GeneratedClass.NAME, "far", new Class<?>[] {int.class}, 2));
        FrameAnalysis analysis = Analyses.analyzeAgreeingWithAsm(bytes).get("far");
        assertEquals(Opcodes.JSR_W, analysis.code().get(0).opcode());
        assertEquals("[IA | ]", analysis.stateAt(analysis.code().get(1).offset()).toString());
    }

    /**
     * A long the caller keeps in locals 4-5 loses its second half when the subroutine stores an int in local 5:
     * after the return local 5 is that int and local 4 is top, not half a long.
     */
    @Test
    void subroutineStoringIntoHalfOfALongBreaksIt() {
        byte[] bytes = new GeneratedClass().method(STATIC, "halfLong", "()I", 2, 6, m -> {
            Label subroutine = new Label();
            m.visitInsn(Opcodes.LCONST_1);
            m.visitVarInsn(Opcodes.LSTORE, 4);
            m.visitJumpInsn(Opcodes.JSR, subroutine);
            m.visitVarInsn(Opcodes.ILOAD, 5);
            m.visitInsn(Opcodes.IRETURN);
            m.visitLabel(subroutine);
            m.visitVarInsn(Opcodes.ASTORE, 1);
            m.visitIntInsn(Opcodes.BIPUSH, 42);
            m.visitVarInsn(Opcodes.ISTORE, 5);
            m.visitVarInsn(Opcodes.RET, 1);
        }).toByteArray();
        assertEquals(42, HotSpot.run(bytes, GeneratedClass.NAME, "halfLong", new Class<?>[0]));
        FrameAnalysis analysis = Analyses.analyze(bytes, "halfLong");
        assertEquals("[.A...I | ]", analysis.stateAt(offsetOf(analysis, Opcodes.ILOAD, 0)).toString());
    }

    @Test
    void retReturningFromTwoNestedSubroutinesAtOnceIsRejected() {
        byte[] bytes = new GeneratedClass().method(STATIC, "multiLevel", "()V", 1, 3, m -> {
            Label outer = new Label();
            Label inner = new Label();
            m.visitJumpInsn(Opcodes.JSR, outer);
            m.visitInsn(Opcodes.RETURN);
            m.visitLabel(outer);
            m.visitVarInsn(Opcodes.ASTORE, 1);
            m.visitJumpInsn(Opcodes.JSR, inner);
            m.visitInsn(Opcodes.RETURN);
            m.visitLabel(inner);
            m.visitVarInsn(Opcodes.ASTORE, 2);
            m.visitVarInsn(Opcodes.RET, 1);
        }).toByteArray();
        BytecodeException e = Analyses.rejection(bytes, "multiLevel");
        assertEquals(10, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains("ret belongs to the subroutine at 9 but returns through the return "
                + "address of the subroutine at 4"), e.getMessage());
    }

    @Test
    void retOfALocalWithoutAReturnAddressIsRejected() {
        byte[] bytes = new GeneratedClass().method(STATIC, "noAddress", "()V", 1, 2, m -> {
            m.visitInsn(Opcodes.ICONST_0);
            m.visitVarInsn(Opcodes.ISTORE, 1);
            m.visitVarInsn(Opcodes.RET, 1);
        }).toByteArray();
        BytecodeException e = Analyses.rejection(bytes, "noAddress");
        assertEquals(2, e.offset());
        assertTrue(e.problem().contains("ret expects a return address in local 1, found int"), e.getMessage());
    }

    @Test
    void aloadOfAReturnAddressIsRejected() {
        byte[] bytes = new GeneratedClass().method(STATIC, "aloadAddress", "()V", 1, 2, m -> {
            Label subroutine = new Label();
            m.visitJumpInsn(Opcodes.JSR, subroutine);
            m.visitInsn(Opcodes.RETURN);
            m.visitLabel(subroutine);
            m.visitVarInsn(Opcodes.ASTORE, 1);
            m.visitVarInsn(Opcodes.ALOAD, 1);
            m.visitInsn(Opcodes.POP);
            m.visitVarInsn(Opcodes.RET, 1);
        }).toByteArray();
        BytecodeException e = Analyses.rejection(bytes, "aloadAddress");
        assertEquals(5, e.offset());
        assertTrue(e.problem().contains("aload_1 expects reference in local 1, found return address"),
                e.getMessage());
    }

    @Test
    void returnPastTheEndOfTheCodeIsRejectedAtTheJsr() {
        byte[] bytes = new GeneratedClass().method(STATIC, "jsrAtEnd", "()V", 1, 2, m -> {
            Label subroutine = new Label();
            Label call = new Label();
            m.visitJumpInsn(Opcodes.GOTO, call);
            m.visitLabel(subroutine);
            m.visitVarInsn(Opcodes.ASTORE, 1);
            m.visitVarInsn(Opcodes.RET, 1);
            m.visitLabel(call);
            m.visitJumpInsn(Opcodes.JSR, subroutine);
        }).toByteArray();
        BytecodeException e = Analyses.rejection(bytes, "jsrAtEnd");
        assertEquals(6, e.offset());
        assertTrue(e.problem().contains("the jsr is the last instruction"), e.getMessage());
    }

    @Test
    void deepestStackAndLocalsOfAMethodWithASubroutine() {
        byte[] bytes = new GeneratedClass().method(STATIC, "finallyTwice", "(I)I", 2, 4,
                SubroutineTest::finallyTwice).toByteArray();
        Map<String, FrameAnalysis> analyses = Analyses.analyzeAgreeingWithAsm(bytes);
        FrameAnalysis analysis = analyses.get("finallyTwice");
        assertEquals(2, analysis.maxStackDepth());
        assertEquals(4, analysis.maxLocals());
    }
}
