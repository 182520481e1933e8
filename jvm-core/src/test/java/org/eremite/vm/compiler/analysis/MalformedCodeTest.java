package org.eremite.vm.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;

import java.util.List;
import java.util.function.Consumer;

import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.eremite.vm.classfile.ExceptionHandler;
import org.eremite.vm.compiler.bytecode.BytecodeException;
import org.eremite.vm.compiler.bytecode.GeneratedClass;
import org.eremite.vm.compiler.bytecode.Opcodes;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Code the analysis must reject, each with a {@link BytecodeException} naming the class, method and offset. The
 * methods are written with ASM's ClassWriter, which writes what it is told without checking; the few that no
 * assembler can express (a branch into an instruction) are byte arrays.
 */
class MalformedCodeTest {
    private static final int STATIC = ACC_PUBLIC | ACC_STATIC;

    private static BytecodeException rejected(String descriptor, int maxStack, int maxLocals,
            Consumer<MethodVisitor> code) {
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, 0)
                .method(STATIC, "m", descriptor, maxStack, maxLocals, code).toByteArray();
        BytecodeException e = Analyses.rejection(bytes, "m");
        assertTrue(e.getMessage().startsWith(GeneratedClass.NAME + ".m" + descriptor), e.getMessage());
        return e;
    }

    private static void assertAt(BytecodeException e, int offset, String fragment) {
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains(" at bytecode offset " + offset + ": "), e.getMessage());
        assertTrue(e.problem().contains(fragment), e.getMessage());
    }

    /** Analyzes raw code in the context of an empty generated class's constant pool. */
    private static BytecodeException rejectedCode(int maxStack, int maxLocals, int... code) {
        byte[] bytes = new byte[code.length];
        for (int i = 0; i < code.length; i++) {
            bytes[i] = (byte) code[i];
        }
        ClassFile classFile = ClassFileParser.parse(new GeneratedClass().toByteArray());
        return org.junit.jupiter.api.Assertions.assertThrows(BytecodeException.class, () -> FrameAnalysis.analyze(
                classFile.constantPool(), STATIC, GeneratedClass.NAME, "raw", "()V", maxStack, maxLocals, bytes,
                List.of()));
    }

    @Test
    void unknownOpcodeIsRejected() {
        assertAt(rejectedCode(0, 0, Opcodes.NOP, 0xCB), 1, "unknown opcode 0xcb");
    }

    @Test
    void truncatedOperandIsRejected() {
        assertAt(rejectedCode(1, 0, Opcodes.NOP, Opcodes.BIPUSH), 1, "operands of bipush run past the end");
    }

    @Test
    void branchIntoTheMiddleOfAnInstructionIsRejected() {
        // 0: iconst_0; 1: ifeq +4, to 5; 4: sipush 1 (bytes 4 to 6); 7: return
        assertAt(rejectedCode(1, 0, Opcodes.ICONST_0, Opcodes.IFEQ, 0, 4, Opcodes.SIPUSH, 0, 1, Opcodes.RETURN), 1,
                "ifeq targets offset 5, which is inside the instruction 4: sipush 1");
    }

    @Test
    void stackUnderflowIsRejected() {
        assertAt(rejected("()V", 1, 0, m -> {
            m.visitInsn(Opcodes.ICONST_0);
            m.visitInsn(Opcodes.POP);
            m.visitInsn(Opcodes.POP);
            m.visitInsn(Opcodes.RETURN);
        }), 2, "operand stack underflow: pop needs 1 slot, the stack holds 0");
        assertAt(rejected("()I", 1, 0, m -> m.visitInsn(Opcodes.IRETURN)), 0,
                "operand stack underflow: expected int, the stack holds 0 slots");
    }

    @Test
    void stackOverflowBeyondMaxStackIsRejected() {
        assertAt(rejected("()V", 1, 0, m -> {
            m.visitInsn(Opcodes.ICONST_0);
            m.visitInsn(Opcodes.ICONST_1);
            m.visitInsn(Opcodes.POP2);
            m.visitInsn(Opcodes.RETURN);
        }), 1, "pushing int overflows the operand stack (max_stack 1, depth 1)");
        assertAt(rejected("()V", 2, 0, m -> {
            m.visitInsn(Opcodes.LCONST_0);
            m.visitInsn(Opcodes.DUP2);
            m.visitInsn(Opcodes.RETURN);
        }), 1, "dup2 overflows the operand stack (max_stack 2, depth 2)");
    }

    @Test
    void fallingOffTheEndOfTheCodeIsRejected() {
        assertAt(rejected("()V", 1, 0, m -> {
            m.visitInsn(Opcodes.ICONST_0);
            m.visitInsn(Opcodes.POP);
        }), 1, "execution can fall off the end of the code after pop");
        assertAt(rejected("(I)V", 1, 1, m -> {
            Label back = new Label();
            m.visitLabel(back);
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitJumpInsn(Opcodes.IFEQ, back);
        }), 1, "execution can fall off the end of the code after ifeq");
    }

    @Test
    void unreachableCodeMayRunOffTheEnd() {
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, 0).method(STATIC, "m", "()V", 1, 0, m -> {
            m.visitInsn(Opcodes.RETURN);
            m.visitInsn(Opcodes.ICONST_0);
        }).toByteArray();
        FrameAnalysis analysis = Analyses.analyze(bytes, "m");
        assertTrue(analysis.isReachable(0));
        assertEquals(-1, analysis.stackDepth(1));
        assertEquals(null, analysis.stateAt(1));
        assertTrue(analysis.graph().block(1).fallsOffEnd());
    }

    @Test
    void operandOfTheWrongKindIsRejected() {
        assertAt(rejected("()V", 2, 0, m -> {
            m.visitInsn(Opcodes.FCONST_0);
            m.visitInsn(Opcodes.ICONST_0);
            m.visitInsn(Opcodes.IADD);
            m.visitInsn(Opcodes.RETURN);
        }), 2, "expected int on the operand stack, found float");
        assertAt(rejected("(I)V", 1, 2, m -> {
            m.visitVarInsn(Opcodes.ILOAD, 1);
            m.visitInsn(Opcodes.RETURN);
        }), 0, "iload_1 expects int in local 1, found top");
        assertAt(rejected("(J)V", 2, 2, m -> {
            m.visitVarInsn(Opcodes.DLOAD, 0);
            m.visitInsn(Opcodes.RETURN);
        }), 0, "dload_0 expects double in local 0, found long");
    }

    @Test
    void splittingALongIsRejected() {
        assertAt(rejected("()V", 2, 0, m -> {
            m.visitInsn(Opcodes.LCONST_0);
            m.visitInsn(Opcodes.POP);
            m.visitInsn(Opcodes.RETURN);
        }), 1, "pop would split the long in stack slots 0 and 1");
        assertAt(rejected("()V", 4, 0, m -> {
            m.visitInsn(Opcodes.ICONST_0);
            m.visitInsn(Opcodes.LCONST_0);
            m.visitInsn(Opcodes.SWAP);
            m.visitInsn(Opcodes.RETURN);
        }), 2, "swap would split the long in stack slots 1 and 2");
        assertAt(rejected("(J)V", 2, 2, m -> {
            m.visitVarInsn(Opcodes.LLOAD, 0);
            m.visitVarInsn(Opcodes.LSTORE, 1);
            m.visitVarInsn(Opcodes.LLOAD, 0);
            m.visitInsn(Opcodes.RETURN);
        }), 1, "lstore_1 uses local 1 and 2, but max_locals is 2");
    }

    @Test
    void stacksThatDisagreeWhereControlJoinsAreRejected() {
        assertAt(rejected("(I)V", 1, 1, m -> {
            Label join = new Label();
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitJumpInsn(Opcodes.IFEQ, join);
            m.visitInsn(Opcodes.ICONST_0);
            m.visitLabel(join);
            m.visitInsn(Opcodes.RETURN);
        }), 4, "the operand stack has depth 1 here but depth 0 on another path to offset 5");
        assertAt(rejected("(I)V", 1, 1, m -> {
            Label other = new Label();
            Label join = new Label();
            m.visitVarInsn(Opcodes.ILOAD, 0);
            m.visitJumpInsn(Opcodes.IFEQ, other);
            m.visitInsn(Opcodes.ICONST_0);
            m.visitJumpInsn(Opcodes.GOTO, join);
            m.visitLabel(other);
            m.visitInsn(Opcodes.FCONST_0);
            m.visitLabel(join);
            m.visitInsn(Opcodes.POP);
            m.visitInsn(Opcodes.RETURN);
        }), 8, "stack slot 0 holds float here but int on another path to offset 9");
    }

    @Test
    void returnThatDoesNotMatchTheDescriptorIsRejected() {
        assertAt(rejected("()V", 1, 0, m -> {
            m.visitInsn(Opcodes.ICONST_0);
            m.visitInsn(Opcodes.IRETURN);
        }), 1, "ireturn in a method whose return type is V");
        assertAt(rejected("()Ljava/lang/Object;", 1, 0, m -> m.visitInsn(Opcodes.RETURN)), 0,
                "return in a method whose return type is Ljava/lang/Object;");
    }

    @Test
    void localsBeyondMaxLocalsAreRejected() {
        assertAt(rejected("()V", 1, 1, m -> {
            m.visitInsn(Opcodes.ICONST_0);
            m.visitVarInsn(Opcodes.ISTORE, 1);
            m.visitInsn(Opcodes.RETURN);
        }), 1, "istore_1 uses local 1, but max_locals is 1");
        // The class-file parser already refuses such a method (JVMS 4.7.3), so the analysis gets it directly.
        ClassFile classFile = ClassFileParser.parse(new GeneratedClass().toByteArray());
        BytecodeException parameters = org.junit.jupiter.api.Assertions.assertThrows(BytecodeException.class,
                () -> FrameAnalysis.analyze(classFile.constantPool(), STATIC, GeneratedClass.NAME, "raw", "(JI)V", 0, 2,
                        new byte[] {(byte) Opcodes.RETURN}, List.of()));
        assertEquals(-1, parameters.offset());
        assertTrue(parameters.problem().contains("parameters need 3 locals, but max_locals is 2"),
                parameters.getMessage());
    }

    @Test
    void handlerWithoutRoomForTheExceptionIsRejected() {
        assertAt(rejected("()V", 0, 0, m -> {
            Label start = new Label();
            Label end = new Label();
            m.visitTryCatchBlock(start, end, end, null);
            m.visitLabel(start);
            m.visitInsn(Opcodes.NOP);
            m.visitLabel(end);
            m.visitInsn(Opcodes.RETURN);
        }), 0, "max_stack is 0 and the handler needs one slot");
    }

    @Test
    void exceptionTableThatDoesNotFitTheCodeIsRejected() {
        byte[] code = {(byte) Opcodes.SIPUSH, 0, 1, (byte) Opcodes.POP, (byte) Opcodes.RETURN};
        ClassFile classFile = ClassFileParser.parse(new GeneratedClass().toByteArray());
        BytecodeException e = org.junit.jupiter.api.Assertions.assertThrows(BytecodeException.class,
                () -> FrameAnalysis.analyze(classFile.constantPool(), STATIC, GeneratedClass.NAME, "raw", "()V", 1, 0,
                        code, List.of(new ExceptionHandler(0, 2, 3, null))));
        assertAt(e, 2, "exception table entry 0 [0, 2) -> 3: end_pc is neither the start of an instruction");
    }

    @Test
    void constantsOfTheWrongKindAreRejected() {
        // ldc of a long: only ldc2_w may load it. ASM writes ldc2_w; the byte is patched to ldc_w.
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, 0).method(STATIC, "m", "()V", 2, 0, m -> {
            m.visitLdcInsn(123456789012L);
            m.visitInsn(Opcodes.POP2);
            m.visitInsn(Opcodes.RETURN);
        }).toByteArray();
        bytes[codeOffset(bytes)] = (byte) Opcodes.LDC_W;
        BytecodeException e = Analyses.rejection(bytes, "m");
        assertAt(e, 0, "ldc_w cannot load the long constant");
    }

    @Test
    void invokeinterfaceCountMustMatchTheDescriptor() {
        byte[] bytes = new GeneratedClass(org.objectweb.asm.Opcodes.V17, 0)
                .method(STATIC, "m", "(Ljava/util/List;)V", 3, 1, m -> {
                    m.visitVarInsn(Opcodes.ALOAD, 0);
                    m.visitInsn(Opcodes.LCONST_0);
                    m.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/util/List", "f", "(J)V", true);
                    m.visitInsn(Opcodes.RETURN);
                }).toByteArray();
        int at = codeOffset(bytes) + 2;
        assertEquals(Opcodes.INVOKEINTERFACE, bytes[at] & 0xFF);
        assertEquals(3, bytes[at + 3], "ASM writes the count: receiver and a long");
        bytes[at + 3] = 2;
        assertAt(Analyses.rejection(bytes, "m"), 2, "invokeinterface has count 2, but (J)V with the receiver takes 3");
    }

    /** Where method m's code array starts in the class file {@code bytes}. */
    private static int codeOffset(byte[] bytes) {
        byte[] code = ClassFileParser.parse(bytes).findMethod("m", ClassFileParser.parse(bytes).methods().get(0)
                .descriptor()).code().code();
        int found = -1;
        outer:
        for (int i = 0; i + code.length <= bytes.length; i++) {
            for (int k = 0; k < code.length; k++) {
                if (bytes[i + k] != code[k]) {
                    continue outer;
                }
            }
            if (found >= 0) {
                throw new IllegalStateException("the code occurs twice");
            }
            found = i;
        }
        return found;
    }
}
