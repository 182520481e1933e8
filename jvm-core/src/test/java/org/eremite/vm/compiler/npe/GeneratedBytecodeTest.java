package org.eremite.vm.compiler.npe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.InstructionList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Bytecode javac does not write, made with ASM: the stack shuffles, wide and high locals, jsr/ret, constants
 * HotSpot's simulation does not know, undescribable pushers, exception handlers, and the quirks of HotSpot's
 * simulation (switch fall-through, joins leaking between successors, passes that stop early, the entry limit).
 * Each scenario is a method; every instruction of every method is compared with HotSpot, and the quirks are
 * also spelled out, so that the expected text is readable here.
 */
class GeneratedBytecodeTest {
    private static final String STRING = "java/lang/String";
    private static final String LENGTH = "length";
    private static StampedClasses classes;
    private static final ForgedFrames FRAMES = new ForgedFrames();

    @BeforeAll
    static void generate() {
        Map<String, byte[]> generated = new LinkedHashMap<>();
        generated.put("gen.Old", old());
        generated.put("gen.Modern", modern());
        generated.put("gen.Instance", instance());
        generated.put("gen.Deep", deep());
        classes = new StampedClasses(generated);
    }

    // ---- the comparison with HotSpot ----

    @Test
    void everyInstructionOfTheGeneratedMethodsGetsHotSpotsMessage() {
        SweepResult total = new SweepResult();
        for (String name : classes.names()) {
            // In gen.Deep each question costs HotSpot a million slots: only the instructions that can throw.
            total.add(classes.sweep(name, FRAMES, !name.equals("gen.Deep")));
        }
        assertEquals(List.of(), total.unidentified, total.toString());
        assertEquals(List.of(), total.mismatches, total + StampedClasses.firstLines(total.mismatches, 40));
    }

    @Test
    void theGeneratedFailuresGetHotSpotsMessages() {
        List<StampedClasses.Outcome> wrong = new ArrayList<>();
        int count = 0;
        for (String name : classes.names()) {
            for (StampedClasses.Outcome outcome : classes.runCases(name)) {
                count++;
                if (!outcome.agrees()) {
                    wrong.add(outcome);
                }
            }
        }
        assertEquals(List.of(), wrong, wrong.size() + " of " + count + " differ:"
                + StampedClasses.firstLines(wrong, 40));
    }

    // ---- what HotSpot says, spelled out ----

    @Test
    void stackShufflesTrackTheirSlots() {
        assertEquals("Cannot invoke \"String.length()\" because \"null\" is null", at("gen.Old", "npeSwap", 0));
        assertEquals("Cannot invoke \"String.length()\" because \"<parameter1>\" is null",
                at("gen.Old", "dupX2", 0));
        assertEquals("Cannot read field \"count\" because \"gen.Old.nothing\" is null",
                at("gen.Old", "npeDup2X2", 0));
    }

    @Test
    void localsPastSixtyThreeAreNeverParameters() {
        assertEquals("Cannot invoke \"Object.hashCode()\" because \"<parameter11>\" is null",
                at("gen.Old", "manyParameters", 0));
        assertEquals("Cannot invoke \"Object.hashCode()\" because \"<local65>\" is null",
                at("gen.Old", "manyParameters", 1));
        assertEquals("Cannot invoke \"String.length()\" because \"<local280>\" is null",
                at("gen.Old", "npeWideLocal", 0));
    }

    @Test
    void codeAfterAJsrHasNoStack() {
        assertEquals("Cannot invoke \"String.length()\"", at("gen.Old", "npeAfterJsr", 0));
        assertEquals("Cannot invoke \"String.length()\" because \"null\" is null",
                at("gen.Old", "npeInSubroutine", 0));
    }

    @Test
    void theInstructionAfterASwitchGetsItsStack() {
        // The pass stops at the fault before the only real path (from 'other') reaches it.
        assertEquals("Cannot invoke \"String.length()\" because \"<parameter1>\" is null",
                at("gen.Old", "afterSwitch", 0));
    }

    @Test
    void aFallThroughStackLeaksIntoTheBranchTarget() {
        assertEquals("Cannot invoke \"String.length()\"", at("gen.Old", "leakyJoin", 1));
    }

    @Test
    void aPassStopsAtTheFaultBeforeABackEdgeJoins() {
        assertEquals("Cannot invoke \"String.length()\" because \"null\" is null",
                at("gen.Old", "loopCarriedStack", 0));
    }

    @Test
    void undescribablePushersLeaveTheBecauseOpen() {
        assertEquals("Cannot invoke \"String.length()\" because \"", at("gen.Modern", "indyResult", 0));
        assertEquals("Cannot invoke \"Object.hashCode()\" because \"", at("gen.Old", "newReceiver", 1));
    }

    @Test
    void aHandlerThatCallsOnItsExceptionNamesItself() {
        assertEquals("Cannot invoke \"java.lang.Throwable.getMessage()\" because the return value of "
                + "\"java.lang.Throwable.getMessage()\" is null", at("gen.Old", "handlerCall", 1));
    }

    @Test
    void aHandlerForgetsTheStoresBeforeIt() {
        assertEquals("Cannot invoke \"String.length()\" because \"<local0>\" is null",
                at("gen.Old", "handlerStore", 0));
        assertEquals("Cannot invoke \"String.length()\" because \"<parameter1>\" is null",
                at("gen.Old", "handlerStore", 1));
    }

    @Test
    void anIncrementIsNoStore() {
        assertEquals("Cannot load from object array because \"<parameter1>[<parameter2>]\" is null",
                at("gen.Old", "indexFromParameter", 1));
    }

    @Test
    void constantsHotSpotCannotSimulatePushNothing() {
        String misread = "Cannot invoke \"String.length()\" because \"null\" is null";
        assertEquals(misread, at("gen.Modern", "afterMethodType", 0));
        assertEquals(misread, at("gen.Modern", "afterMethodHandle", 0));
        assertEquals(misread, at("gen.Modern", "afterDynamicConstant", 0));
    }

    @Test
    void sipushIndexesPrintUnsigned() {
        assertEquals("Cannot load from object array because \"<parameter1>[65336]\" is null",
                at("gen.Old", "negativeIndex", 1));
    }

    @Test
    void theSimulationGivesUpPastAMillionSlots() {
        assertEquals("Cannot invoke \"String.length()\" because \"null\" is null", at("gen.Deep", "deepStack", 0));
        assertEquals("Cannot invoke \"String.length()\"", at("gen.Deep", "deepStack", 1));
    }

    @Test
    void localVariableTablesNameOnlyWhatTheyCover() {
        assertEquals("Cannot invoke \"String.length()\" because \"first\" is null",
                at("gen.Old", "localNames", 0));
        assertEquals("Cannot invoke \"String.length()\" because \"<parameter1>\" is null",
                at("gen.Old", "localNames", 1));
    }

    @Test
    void anOverwrittenThisIsALocal() {
        assertEquals("Cannot read field \"next\" because \"<local0>\" is null",
                at("gen.Instance", "overwrittenThis", 0));
        assertEquals("Cannot read field \"next\" because \"this\" is null", at("gen.Instance", "thisChain", 0));
        assertEquals("Cannot read field \"next\" because \"this.next\" is null",
                at("gen.Instance", "thisChain", 1));
    }

    @Test
    void monitorExitAndInvokeSpecialHaveMessages() {
        assertEquals("Cannot exit synchronized block because \"null\" is null",
                at("gen.Old", "monitorExit", 0));
        assertEquals("Cannot invoke \"gen.Instance.hidden()\" because \"<parameter1>\" is null",
                at("gen.Instance", "privateSpecial", 0));
        assertNull(at("gen.Instance", "constructs", 0));
    }

    /**
     * Eremite's message for the {@code n}-th instruction (0-based) of method {@code name} that can throw (or
     * calls a constructor).
     */
    private static String at(String className, String name, int n) {
        ClassFile classFile = classes.classFile(className);
        for (MethodInfo method : classFile.methods()) {
            if (method.name().equals(name)) {
                NullPointerMessages messages = new NullPointerMessages(classFile, method);
                InstructionList code = InstructionList.decode(method.toString(), method.code().code());
                int seen = 0;
                for (int i = 0; i < code.size(); i++) {
                    Instruction insn = code.get(i);
                    boolean constructorCall = insn.opcode() == INVOKESPECIAL
                            && classFile.constantPool().memberRef(insn.constantIndex()).name().equals("<init>");
                    if ((messages.canThrow(insn.offset()) || constructorCall) && seen++ == n) {
                        return messages.messageAt(insn.offset());
                    }
                }
                throw new AssertionError(name + " has only " + seen + " instructions that can throw");
            }
        }
        throw new AssertionError("no method " + name);
    }

    // ---- the generated classes ----

    /** A version 49 class (no stack maps, jsr allowed): shapes and quirks of the simulation. */
    private static byte[] old() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V1_5, ACC_PUBLIC | ACC_SUPER, "gen/Old", null, "java/lang/Object", null);
        cw.visitField(ACC_STATIC, "nothing", "Lgen/Old;", null, null).visitEnd();
        cw.visitField(0, "count", "I", null, null).visitEnd();
        method(cw, "npeSwap", "()V", m -> {
            m.visitInsn(ACONST_NULL);
            m.visitLdcInsn("s");
            m.visitInsn(SWAP);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP2);
            m.visitInsn(RETURN);
        });
        method(cw, "npeDupX2", "()V", m -> call(m, "gen/Old", "dupX2", "(Ljava/lang/String;)V"));
        method(cw, "dupX2", "(Ljava/lang/String;)V", m -> {
            m.visitLdcInsn(1L);
            m.visitVarInsn(ALOAD, 0);
            m.visitInsn(DUP_X2); // s, long, s
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitInsn(POP2);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
        });
        method(cw, "npeDup2X2", "()V", m -> {
            m.visitFieldInsn(GETSTATIC, "gen/Old", "nothing", "Lgen/Old;");
            m.visitLdcInsn("a");
            m.visitLdcInsn(2.0);
            m.visitInsn(DUP2_X2); // 2.0, nothing, "a", 2.0
            m.visitInsn(POP2);
            m.visitInsn(POP);
            m.visitFieldInsn(GETFIELD, "gen/Old", "count", "I");
            m.visitInsn(POP);
            m.visitInsn(POP2);
            m.visitInsn(RETURN);
        });
        method(cw, "shuffles", "(Ljava/lang/String;Ljava/lang/String;)V", m -> {
            m.visitVarInsn(ALOAD, 0);
            m.visitVarInsn(ALOAD, 1);
            m.visitInsn(DUP2); // a b a b
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitVarInsn(ALOAD, 0);
            m.visitInsn(DUP2_X1); // a b a -> b a a b a
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitInsn(POP2);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
        });
        method(cw, "manyParameters", "(" + "Ljava/lang/Object;".repeat(70) + ")V", m -> {
            m.visitVarInsn(ALOAD, 10);
            m.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "hashCode", "()I", false);
            m.visitInsn(POP);
            m.visitVarInsn(ALOAD, 65);
            m.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "hashCode", "()I", false);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
        });
        method(cw, "npeWideLocal", "()V", m -> {
            m.visitInsn(ICONST_0);
            m.visitVarInsn(ISTORE, 300);
            m.visitInsn(ACONST_NULL);
            m.visitVarInsn(ASTORE, 280);
            m.visitVarInsn(ALOAD, 280);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitIincInsn(300, 1000);
            m.visitInsn(RETURN);
        });
        method(cw, "npeAfterJsr", "()V", m -> {
            Label sub = new Label();
            m.visitJumpInsn(JSR, sub);
            m.visitInsn(ACONST_NULL);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
            m.visitLabel(sub);
            m.visitVarInsn(ASTORE, 0);
            m.visitVarInsn(RET, 0);
        });
        method(cw, "npeInSubroutine", "()V", m -> {
            Label sub = new Label();
            m.visitJumpInsn(JSR, sub);
            m.visitInsn(RETURN);
            m.visitLabel(sub);
            m.visitVarInsn(ASTORE, 0);
            m.visitInsn(ACONST_NULL);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitVarInsn(RET, 0);
        });
        method(cw, "afterSwitch", "(Ljava/lang/String;I)V", m -> {
            Label next = new Label();
            Label other = new Label();
            m.visitVarInsn(ALOAD, 0);
            m.visitVarInsn(ILOAD, 1);
            m.visitTableSwitchInsn(0, 0, other, other);
            m.visitLabel(next); // reached only from 'other', but HotSpot also flows the switch into it
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
            m.visitLabel(other);
            m.visitInsn(POP);
            m.visitInsn(ACONST_NULL);
            m.visitJumpInsn(GOTO, next);
        });
        method(cw, "leakyJoin", "(Ljava/lang/String;I)V", m -> {
            Label l1 = new Label();
            Label join = new Label();
            Label join2 = new Label();
            m.visitVarInsn(ILOAD, 1);
            m.visitJumpInsn(IFEQ, l1);
            m.visitInsn(ACONST_NULL);
            m.visitJumpInsn(GOTO, join);
            m.visitLabel(l1);
            m.visitVarInsn(ALOAD, 0);
            m.visitVarInsn(ILOAD, 1);
            m.visitJumpInsn(IFEQ, join2);
            m.visitLabel(join);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
            m.visitLabel(join2); // only the parameter reaches here, but the join at 'join' leaked in
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
        });
        method(cw, "loopCarriedStack", "(Ljava/lang/String;)V", m -> {
            Label loop = new Label();
            m.visitInsn(ACONST_NULL);
            m.visitLabel(loop);
            m.visitInsn(DUP);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitInsn(POP);
            m.visitVarInsn(ALOAD, 0);
            m.visitJumpInsn(GOTO, loop);
        });
        method(cw, "newReceiver", "()V", m -> {
            m.visitTypeInsn(NEW, "java/lang/Object");
            m.visitInsn(DUP);
            m.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            m.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "hashCode", "()I", false);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
        });
        method(cw, "handlerCall", "()V", m -> {
            Label start = new Label();
            Label end = new Label();
            Label handler = new Label();
            m.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
            m.visitLabel(start);
            m.visitInsn(ACONST_NULL);
            m.visitInsn(ATHROW);
            m.visitLabel(end);
            m.visitLabel(handler);
            m.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Throwable", "getMessage", "()Ljava/lang/String;", false);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
        });
        method(cw, "handlerStore", "(Ljava/lang/String;)V", m -> {
            Label start = new Label();
            Label end = new Label();
            Label handler = new Label();
            m.visitTryCatchBlock(start, end, handler, null);
            m.visitLabel(start);
            m.visitInsn(ACONST_NULL);
            m.visitVarInsn(ASTORE, 0);
            m.visitVarInsn(ALOAD, 0);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitLabel(end);
            m.visitInsn(RETURN);
            m.visitLabel(handler);
            m.visitInsn(POP);
            m.visitVarInsn(ALOAD, 0); // no store in the handler: still a parameter for HotSpot
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
        });
        method(cw, "negativeIndex", "([[Ljava/lang/Object;)V", m -> {
            m.visitVarInsn(ALOAD, 0);
            m.visitIntInsn(SIPUSH, -200);
            m.visitInsn(AALOAD);
            m.visitInsn(ICONST_0);
            m.visitInsn(AALOAD);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
        });
        method(cw, "monitorExit", "()V", m -> {
            m.visitInsn(ACONST_NULL);
            m.visitInsn(MONITOREXIT);
            m.visitInsn(RETURN);
        });
        method(cw, "localNames", "(Ljava/lang/String;)V", m -> {
            Label a = new Label();
            Label b = new Label();
            Label c = new Label();
            m.visitLabel(a);
            m.visitVarInsn(ALOAD, 0);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitLabel(b);
            m.visitVarInsn(ALOAD, 0);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitLabel(c);
            m.visitInsn(RETURN);
            m.visitLocalVariable("first", "Ljava/lang/String;", null, a, b, 0);
            m.visitLocalVariable("shadow", "Ljava/lang/String;", null, a, b, 0);
            m.visitLocalVariable("late", "Ljava/lang/String;", null, c, c, 0);
        });
        method(cw, "indexFromParameter", "([[Ljava/lang/Object;I)V", m -> {
            m.visitIincInsn(1, 1); // iinc is no store: the index is still the parameter
            m.visitVarInsn(ALOAD, 0);
            m.visitVarInsn(ILOAD, 1);
            m.visitInsn(AALOAD);
            m.visitInsn(ICONST_0);
            m.visitInsn(AALOAD);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
        });
        method(cw, "castAndArrays", "(Ljava/lang/Object;[J[D)V", m -> {
            m.visitVarInsn(ALOAD, 0);
            m.visitTypeInsn(CHECKCAST, STRING);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitVarInsn(ALOAD, 1);
            m.visitInsn(ICONST_0);
            m.visitVarInsn(ALOAD, 2);
            m.visitInsn(ICONST_0);
            m.visitInsn(DALOAD);
            m.visitInsn(D2L);
            m.visitInsn(LASTORE);
            m.visitVarInsn(ALOAD, 2);
            m.visitInsn(ICONST_1);
            m.visitLdcInsn(3.0);
            m.visitInsn(DASTORE);
            m.visitInsn(RETURN);
        });
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** A method whose simulation passes HotSpot's budget of a million stack slots. */
    private static byte[] deep() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V1_5, ACC_PUBLIC | ACC_SUPER, "gen/Deep", null, "java/lang/Object", null);
        method(cw, "deepStack", "()V", m -> {
            // Pushing 1,200 slots and idling at that depth passes HotSpot's million-slot budget.
            m.visitInsn(ACONST_NULL);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            for (int i = 0; i < 1200; i++) {
                m.visitInsn(ACONST_NULL);
            }
            for (int i = 0; i < 600; i++) {
                m.visitInsn(NOP);
            }
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            for (int i = 0; i < 1199; i++) {
                m.visitInsn(POP);
            }
            m.visitInsn(RETURN);
        });
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** A version 55 class with the constants and calls HotSpot's simulation does not know. */
    private static byte[] modern() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V11, ACC_PUBLIC | ACC_SUPER, "gen/Modern", null, "java/lang/Object", null);
        Consumer<Object> afterConstant = constant -> method(cw, "after" + kind(constant), "()V", m -> {
            m.visitInsn(ACONST_NULL);
            m.visitLdcInsn("s");
            m.visitLdcInsn(constant);
            m.visitInsn(POP);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP2);
            m.visitInsn(RETURN);
        });
        afterConstant.accept(Type.getMethodType("()V"));
        afterConstant.accept(new Handle(H_INVOKESTATIC, "gen/Modern", "indyResult", "()V", false));
        afterConstant.accept(new ConstantDynamic("zero", "I", new Handle(H_INVOKESTATIC,
                "java/lang/invoke/ConstantBootstraps", "nullConstant",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;",
                false)));
        method(cw, "indyResult", "()V", m -> {
            m.visitInvokeDynamicInsn("concat", "()Ljava/lang/String;", new Handle(H_INVOKESTATIC,
                    "java/lang/invoke/StringConcatFactory", "makeConcatWithConstants",
                    "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                            + "Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false), "x");
            m.visitMethodInsn(INVOKEVIRTUAL, STRING, LENGTH, "()I", false);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
        });
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static String kind(Object constant) {
        if (constant instanceof Type) {
            return "MethodType";
        }
        return constant instanceof Handle ? "MethodHandle" : "DynamicConstant";
    }

    /** Instance methods: {@code this}, overwritten; invokespecial of a private method; a constructor call. */
    private static byte[] instance() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V1_5, ACC_PUBLIC | ACC_SUPER, "gen/Instance", null, "java/lang/Object", null);
        cw.visitField(0, "next", "Lgen/Instance;", null, null).visitEnd();
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        instanceMethod(cw, "overwrittenThis", m -> {
            m.visitInsn(ACONST_NULL);
            m.visitVarInsn(ASTORE, 0);
            m.visitVarInsn(ALOAD, 0);
            m.visitFieldInsn(GETFIELD, "gen/Instance", "next", "Lgen/Instance;");
            m.visitInsn(POP);
            m.visitInsn(RETURN);
        });
        instanceMethod(cw, "thisChain", m -> {
            m.visitVarInsn(ALOAD, 0);
            m.visitFieldInsn(GETFIELD, "gen/Instance", "next", "Lgen/Instance;");
            m.visitFieldInsn(GETFIELD, "gen/Instance", "next", "Lgen/Instance;");
            m.visitInsn(POP);
            m.visitInsn(RETURN);
        });
        newAndCall(cw, "npeOverwrittenThis", "overwrittenThis");
        newAndCall(cw, "npeThisChain", "thisChain");
        MethodVisitor hidden = cw.visitMethod(ACC_PRIVATE, "hidden", "()V", null, null);
        hidden.visitCode();
        hidden.visitInsn(RETURN);
        hidden.visitMaxs(0, 0);
        hidden.visitEnd();
        method(cw, "npePrivateSpecial", "()V", m -> call(m, "gen/Instance", "privateSpecial", "(Lgen/Instance;)V"));
        method(cw, "privateSpecial", "(Lgen/Instance;)V", m -> {
            m.visitVarInsn(ALOAD, 0);
            m.visitMethodInsn(INVOKESPECIAL, "gen/Instance", "hidden", "()V", false);
            m.visitInsn(RETURN);
        });
        method(cw, "constructs", "()V", m -> {
            m.visitTypeInsn(NEW, "gen/Instance");
            m.visitInsn(DUP);
            m.visitMethodInsn(INVOKESPECIAL, "gen/Instance", "<init>", "()V", false);
            m.visitInsn(POP);
            m.visitInsn(RETURN);
        });
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void newAndCall(ClassWriter cw, String name, String target) {
        method(cw, name, "()V", m -> {
            m.visitTypeInsn(NEW, "gen/Instance");
            m.visitInsn(DUP);
            m.visitMethodInsn(INVOKESPECIAL, "gen/Instance", "<init>", "()V", false);
            m.visitMethodInsn(INVOKEVIRTUAL, "gen/Instance", target, "()V", false);
            m.visitInsn(RETURN);
        });
    }

    /** Calls the static method {@code owner.name(descriptor)} with null for its one argument. */
    private static void call(MethodVisitor m, String owner, String name, String descriptor) {
        m.visitInsn(ACONST_NULL);
        m.visitMethodInsn(INVOKESTATIC, owner, name, descriptor, false);
        m.visitInsn(RETURN);
    }

    private static void method(ClassWriter cw, String name, String descriptor, Consumer<MethodVisitor> body) {
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, name, descriptor, null, null);
        m.visitCode();
        body.accept(m);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    private static void instanceMethod(ClassWriter cw, String name, Consumer<MethodVisitor> body) {
        MethodVisitor m = cw.visitMethod(ACC_PUBLIC, name, "()V", null, null);
        m.visitCode();
        body.accept(m);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }
}
