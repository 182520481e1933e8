package org.eremite.vm.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;

import org.eremite.vm.compiler.bytecode.GeneratedClass;
import org.eremite.vm.compiler.bytecode.Opcodes;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;

/**
 * The shape of the graph: where blocks start, the order of successors, handler edges and predecessors. Every graph
 * here also has exactly the edges ASM's analyzer follows ({@link Analyses#analyzeAgreeingWithAsm}).
 */
class ControlFlowGraphTest {
    private static final int STATIC = ACC_PUBLIC | ACC_STATIC;

    /** The start offsets of all blocks, as text: {@code "0 4 9"}. */
    private static String starts(ControlFlowGraph graph) {
        StringBuilder text = new StringBuilder();
        for (int b = 0; b < graph.blockCount(); b++) {
            text.append(b == 0 ? "" : " ").append(graph.block(b).startOffset());
        }
        return text.toString();
    }

    @Test
    void blocksStartAtTargetsAfterTransfersAndAtExceptionTableBounds() {
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, ClassWriter.COMPUTE_MAXS)
                .method(STATIC, "m", "(I)I", 0, 0, m -> {
                    Label start = new Label();
                    Label end = new Label();
                    Label first = new Label();
                    Label second = new Label();
                    Label skip = new Label();
                    m.visitTryCatchBlock(start, end, first, "java/lang/ArithmeticException");
                    m.visitTryCatchBlock(start, end, second, null);
                    m.visitTryCatchBlock(start, end, first, "java/lang/RuntimeException");
                    m.visitInsn(Opcodes.ICONST_1);       // 0
                    m.visitLabel(start);
                    m.visitVarInsn(Opcodes.ILOAD, 0);    // 1: try range starts
                    m.visitInsn(Opcodes.IDIV);           // 2
                    m.visitVarInsn(Opcodes.ISTORE, 0);   // 3
                    m.visitLabel(end);
                    m.visitVarInsn(Opcodes.ILOAD, 0);    // 4: range ended
                    m.visitJumpInsn(Opcodes.IFEQ, skip); // 5
                    m.visitIincInsn(0, 1);               // 8: fall-through
                    m.visitLabel(skip);
                    m.visitVarInsn(Opcodes.ILOAD, 0);    // 11: branch target
                    m.visitInsn(Opcodes.IRETURN);        // 12
                    m.visitLabel(first);
                    m.visitInsn(Opcodes.POP);            // 13: handler
                    m.visitInsn(Opcodes.ICONST_M1);
                    m.visitInsn(Opcodes.IRETURN);
                    m.visitLabel(second);
                    m.visitInsn(Opcodes.ATHROW);         // 16: handler
                }).toByteArray();
        ControlFlowGraph graph = Analyses.analyzeAgreeingWithAsm(bytes).get("m").graph();
        assertEquals("0 1 4 8 11 13 16", starts(graph));
        BasicBlock tryBlock = graph.blockAt(1);
        assertSame(tryBlock, graph.blockAt(3));
        assertEquals(4, tryBlock.endOffset());
        // Handlers in exception-table order, each once although two entries name the first.
        assertEquals(2, tryBlock.handlerCount());
        assertSame(graph.blockAt(13), tryBlock.handler(0));
        assertSame(graph.blockAt(16), tryBlock.handler(1));
        assertTrue(graph.blockAt(13).isHandlerEntry() && graph.blockAt(16).isHandlerEntry());
        assertFalse(tryBlock.isHandlerEntry());
        assertEquals(0, graph.block(0).handlerCount());
        // A conditional branch: the fall-through first, then the target.
        BasicBlock branch = graph.blockAt(4);
        assertEquals(2, branch.successorCount());
        assertSame(graph.blockAt(8), branch.successor(0));
        assertSame(graph.blockAt(11), branch.successor(1));
        assertEquals(0, graph.blockAt(11).successorCount());
        assertEquals(0, graph.blockAt(16).successorCount());
        // Predecessors, normal and exceptional, in block order.
        BasicBlock join = graph.blockAt(11);
        assertEquals(2, join.predecessorCount());
        assertSame(branch, join.predecessor(0));
        assertSame(graph.blockAt(8), join.predecessor(1));
        assertEquals(1, graph.blockAt(13).predecessorCount());
        assertSame(tryBlock, graph.blockAt(13).predecessor(0));
        assertEquals(3, graph.exceptionHandlerCount());
        assertEquals("java/lang/ArithmeticException", graph.exceptionHandler(0).catchType());
    }

    @Test
    void switchSuccessorsAreTheDefaultThenEachCaseTargetOnce() {
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, ClassWriter.COMPUTE_MAXS)
                .method(STATIC, "m", "(I)I", 0, 0, m -> {
                    Label a = new Label();
                    Label b = new Label();
                    Label other = new Label();
                    m.visitVarInsn(Opcodes.ILOAD, 0);
                    m.visitTableSwitchInsn(0, 4, other, b, a, b, other, a);
                    m.visitLabel(a);
                    m.visitInsn(Opcodes.ICONST_1);
                    m.visitInsn(Opcodes.IRETURN);
                    m.visitLabel(b);
                    m.visitInsn(Opcodes.ICONST_2);
                    m.visitInsn(Opcodes.IRETURN);
                    m.visitLabel(other);
                    m.visitInsn(Opcodes.ICONST_3);
                    m.visitInsn(Opcodes.IRETURN);
                }).toByteArray();
        ControlFlowGraph graph = Analyses.analyzeAgreeingWithAsm(bytes).get("m").graph();
        BasicBlock switchBlock = graph.block(0);
        assertEquals(3, switchBlock.successorCount());
        assertSame(graph.block(3), switchBlock.successor(0), "default");
        assertSame(graph.block(2), switchBlock.successor(1), "case 0");
        assertSame(graph.block(1), switchBlock.successor(2), "case 1");
        for (int b = 1; b < 4; b++) {
            assertEquals(1, graph.block(b).predecessorCount());
        }
    }

    @Test
    void instructionsMapToTheirBlocks() {
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, ClassWriter.COMPUTE_MAXS)
                .method(STATIC, "m", "(I)V", 0, 0, m -> {
                    Label loop = new Label();
                    m.visitLabel(loop);
                    m.visitIincInsn(0, -1);
                    m.visitVarInsn(Opcodes.ILOAD, 0);
                    m.visitJumpInsn(Opcodes.IFGT, loop);
                    m.visitInsn(Opcodes.RETURN);
                }).toByteArray();
        ControlFlowGraph graph = Analyses.analyzeAgreeingWithAsm(bytes).get("m").graph();
        assertEquals(2, graph.blockCount());
        BasicBlock loop = graph.block(0);
        assertEquals(0, loop.firstInstruction());
        assertEquals(2, loop.lastInstruction());
        assertEquals(Opcodes.IFGT, loop.terminator().opcode());
        assertSame(loop, graph.blockOfInstruction(1));
        assertSame(loop, graph.blockAt(3));
        assertSame(loop, loop.successor(1), "the back edge");
        assertEquals(1, loop.predecessorCount(), "the method entry is no block: only the back edge");
        assertSame(loop, loop.predecessor(0));
        assertEquals(0, graph.subroutineCount());
    }
}
