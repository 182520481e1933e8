package org.eremite.vm.compiler.npe;

import java.util.List;

import org.eremite.vm.classfile.ConstantPool;
import org.eremite.vm.classfile.ConstantTag;
import org.eremite.vm.classfile.ExceptionHandler;
import org.eremite.vm.classfile.MethodDescriptor;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.InstructionList;
import org.eremite.vm.compiler.bytecode.Opcodes;

/**
 * HotSpot's simulation of the operand stack for NullPointerException messages (JDK 17, {@code bytecodeUtils.cpp},
 * {@code ExceptionMessageBuilder}): which instruction pushed each stack slot before each instruction, found by
 * passes over the code in code order until the instruction at fault has a stack. The messages must be HotSpot's
 * word for word, so this reproduces its algorithm, imprecisions included, rather than the frame analysis of
 * {@code compiler.analysis}:
 * <ul>
 *   <li>The entry has an empty stack; each handler start has one slot pushed "by" the handler's first
 *       instruction, and no local written. Nothing flows along exception edges.</li>
 *   <li>A pass visits the instructions in code order; an instruction without a stack yet is skipped. Passes repeat
 *       while some instruction lacks a stack and the last pass gave a stack to one that had none (a join that
 *       only changes a stack already there does not cause another pass). A pass stops as soon as the instruction
 *       at fault has a stack when the pass reaches it, so later joins into it, and into what it reads, are not
 *       seen.</li>
 *   <li>An instruction's successors are joined one after the other with one working copy of its stack, which
 *       each join changes: the fall-through successor's old stack leaks into the branch target's.</li>
 *   <li>{@code jsr} does not flow to the next instruction and {@code ret} flows nowhere, so code after a
 *       {@code jsr} is reached only by other paths. The switches also flow to the next instruction.</li>
 *   <li>{@code ldc} of a MethodType, MethodHandle or dynamic constant pushes nothing (HotSpot's product build
 *       knows only numbers, strings and classes there), so the stack below is misread afterwards.</li>
 *   <li>The simulation gives up (keeping the stacks it has) past a million stack slots in all.</li>
 * </ul>
 */
final class StackSimulation {
    /** HotSpot's {@code _max_entries}: a bound on the work for pathological methods. */
    private static final int MAX_ENTRIES = 1_000_000;

    private final InstructionList code;
    private final ConstantPool pool;
    /** The stack before each instruction by index; index {@code code.size()} is the end of the code. */
    private final SimulatedStack[] stacks;
    private int entries;
    private boolean addedOne;
    private boolean allProcessed;

    private StackSimulation(InstructionList code, ConstantPool pool) {
        this.code = code;
        this.pool = pool;
        this.stacks = new SimulatedStack[code.size() + 1];
    }

    /**
     * Simulates until the instruction at {@code faultOffset} has a stack, as HotSpot does for a
     * NullPointerException thrown there.
     */
    static StackSimulation run(InstructionList code, List<ExceptionHandler> handlers, ConstantPool pool,
            int faultOffset) {
        StackSimulation simulation = new StackSimulation(code, pool);
        simulation.simulate(handlers, code.indexOf(faultOffset));
        return simulation;
    }

    /** The stack before the instruction at {@code offset}, or null if the simulation gave it none. */
    SimulatedStack stackAt(int offset) {
        return stacks[code.indexOf(offset)];
    }

    private void simulate(List<ExceptionHandler> handlers, int faultIndex) {
        stacks[0] = new SimulatedStack();
        for (ExceptionHandler handler : handlers) {
            int index = code.indexOf(handler.handlerPc());
            if (stacks[index] == null) {
                stacks[index] = new SimulatedStack();
                stacks[index].pushRaw(handler.handlerPc());
            }
        }
        addedOne = true;
        allProcessed = false;
        while (!allProcessed && addedOne) {
            allProcessed = true;
            addedOne = false;
            for (int i = 0; i < code.size(); i++) {
                step(i);
                if (i + 1 == faultIndex && stacks[i + 1] != null) {
                    allProcessed = true;
                    break;
                }
                if (entries > MAX_ENTRIES) {
                    return;
                }
            }
        }
    }

    /** Simulates instruction {@code index} and joins its stack into its successors. */
    private void step(int index) {
        if (stacks[index] == null) {
            allProcessed = false;
            return;
        }
        Instruction insn = code.get(index);
        SimulatedStack stack = stacks[index].copy();
        int bci = insn.offset();
        int opcode = insn.opcode();
        boolean flowEnds = false;
        int target = -1;
        int[] caseTargets = null;
        switch (opcode) {
            case Opcodes.NOP:
            case Opcodes.IINC:
                break;
            case Opcodes.ACONST_NULL:
            case Opcodes.ICONST_M1:
            case Opcodes.ICONST_0:
            case Opcodes.ICONST_1:
            case Opcodes.ICONST_2:
            case Opcodes.ICONST_3:
            case Opcodes.ICONST_4:
            case Opcodes.ICONST_5:
            case Opcodes.FCONST_0:
            case Opcodes.FCONST_1:
            case Opcodes.FCONST_2:
            case Opcodes.BIPUSH:
            case Opcodes.SIPUSH:
            case Opcodes.ILOAD:
            case Opcodes.FLOAD:
            case Opcodes.ALOAD:
            case Opcodes.ILOAD_0:
            case Opcodes.ILOAD_1:
            case Opcodes.ILOAD_2:
            case Opcodes.ILOAD_3:
            case Opcodes.FLOAD_0:
            case Opcodes.FLOAD_1:
            case Opcodes.FLOAD_2:
            case Opcodes.FLOAD_3:
            case Opcodes.ALOAD_0:
            case Opcodes.ALOAD_1:
            case Opcodes.ALOAD_2:
            case Opcodes.ALOAD_3:
            case Opcodes.NEW:
                stack.push(bci, 1);
                break;
            case Opcodes.LCONST_0:
            case Opcodes.LCONST_1:
            case Opcodes.DCONST_0:
            case Opcodes.DCONST_1:
            case Opcodes.LLOAD:
            case Opcodes.DLOAD:
            case Opcodes.LLOAD_0:
            case Opcodes.LLOAD_1:
            case Opcodes.LLOAD_2:
            case Opcodes.LLOAD_3:
            case Opcodes.DLOAD_0:
            case Opcodes.DLOAD_1:
            case Opcodes.DLOAD_2:
            case Opcodes.DLOAD_3:
                stack.push(bci, 2);
                break;
            case Opcodes.LDC:
            case Opcodes.LDC_W:
            case Opcodes.LDC2_W:
                stack.push(bci, constantSlots(insn.constantIndex()));
                break;
            case Opcodes.IALOAD:
            case Opcodes.FALOAD:
            case Opcodes.AALOAD:
            case Opcodes.BALOAD:
            case Opcodes.CALOAD:
            case Opcodes.SALOAD:
                stack.pop(2);
                stack.push(bci, 1);
                break;
            case Opcodes.LALOAD:
            case Opcodes.DALOAD:
                stack.pop(2);
                stack.push(bci, 2);
                break;
            case Opcodes.ISTORE:
            case Opcodes.FSTORE:
            case Opcodes.ASTORE:
            case Opcodes.ISTORE_0:
            case Opcodes.ISTORE_1:
            case Opcodes.ISTORE_2:
            case Opcodes.ISTORE_3:
            case Opcodes.FSTORE_0:
            case Opcodes.FSTORE_1:
            case Opcodes.FSTORE_2:
            case Opcodes.FSTORE_3:
            case Opcodes.ASTORE_0:
            case Opcodes.ASTORE_1:
            case Opcodes.ASTORE_2:
            case Opcodes.ASTORE_3:
                stack.markWritten(insn.localIndex());
                stack.pop(1);
                break;
            case Opcodes.LSTORE:
            case Opcodes.DSTORE:
            case Opcodes.LSTORE_0:
            case Opcodes.LSTORE_1:
            case Opcodes.LSTORE_2:
            case Opcodes.LSTORE_3:
            case Opcodes.DSTORE_0:
            case Opcodes.DSTORE_1:
            case Opcodes.DSTORE_2:
            case Opcodes.DSTORE_3:
                // Only the first of the two slots counts as written, as in HotSpot.
                stack.markWritten(insn.localIndex());
                stack.pop(2);
                break;
            case Opcodes.IASTORE:
            case Opcodes.FASTORE:
            case Opcodes.AASTORE:
            case Opcodes.BASTORE:
            case Opcodes.CASTORE:
            case Opcodes.SASTORE:
                stack.pop(3);
                break;
            case Opcodes.LASTORE:
            case Opcodes.DASTORE:
                stack.pop(4);
                break;
            case Opcodes.POP:
            case Opcodes.MONITORENTER:
            case Opcodes.MONITOREXIT:
                stack.pop(1);
                break;
            case Opcodes.POP2:
                stack.pop(2);
                break;
            case Opcodes.DUP:
            case Opcodes.DUP_X1:
            case Opcodes.DUP_X2:
            case Opcodes.DUP2:
            case Opcodes.DUP2_X1:
            case Opcodes.DUP2_X2:
            case Opcodes.SWAP:
                shuffle(stack, opcode);
                break;
            case Opcodes.IADD:
            case Opcodes.FADD:
            case Opcodes.ISUB:
            case Opcodes.FSUB:
            case Opcodes.IMUL:
            case Opcodes.FMUL:
            case Opcodes.IDIV:
            case Opcodes.FDIV:
            case Opcodes.IREM:
            case Opcodes.FREM:
            case Opcodes.IAND:
            case Opcodes.IOR:
            case Opcodes.IXOR:
            case Opcodes.ISHL:
            case Opcodes.ISHR:
            case Opcodes.IUSHR:
            case Opcodes.FCMPL:
            case Opcodes.FCMPG:
                stack.pop(2);
                stack.push(bci, 1);
                break;
            case Opcodes.LADD:
            case Opcodes.DADD:
            case Opcodes.LSUB:
            case Opcodes.DSUB:
            case Opcodes.LMUL:
            case Opcodes.DMUL:
            case Opcodes.LDIV:
            case Opcodes.DDIV:
            case Opcodes.LREM:
            case Opcodes.DREM:
            case Opcodes.LAND:
            case Opcodes.LOR:
            case Opcodes.LXOR:
                stack.pop(4);
                stack.push(bci, 2);
                break;
            case Opcodes.LSHL:
            case Opcodes.LSHR:
            case Opcodes.LUSHR:
                stack.pop(3);
                stack.push(bci, 2);
                break;
            case Opcodes.INEG:
            case Opcodes.FNEG:
            case Opcodes.I2F:
            case Opcodes.F2I:
            case Opcodes.I2B:
            case Opcodes.I2C:
            case Opcodes.I2S:
            case Opcodes.NEWARRAY:
            case Opcodes.ANEWARRAY:
            case Opcodes.INSTANCEOF:
            case Opcodes.ARRAYLENGTH:
                stack.pop(1);
                stack.push(bci, 1);
                break;
            case Opcodes.LNEG:
            case Opcodes.DNEG:
            case Opcodes.L2D:
            case Opcodes.D2L:
                stack.pop(2);
                stack.push(bci, 2);
                break;
            case Opcodes.I2L:
            case Opcodes.I2D:
            case Opcodes.F2L:
            case Opcodes.F2D:
                stack.pop(1);
                stack.push(bci, 2);
                break;
            case Opcodes.L2I:
            case Opcodes.L2F:
            case Opcodes.D2I:
            case Opcodes.D2F:
                stack.pop(2);
                stack.push(bci, 1);
                break;
            case Opcodes.LCMP:
            case Opcodes.DCMPL:
            case Opcodes.DCMPG:
                stack.pop(4);
                stack.push(bci, 1);
                break;
            case Opcodes.IFEQ:
            case Opcodes.IFNE:
            case Opcodes.IFLT:
            case Opcodes.IFGE:
            case Opcodes.IFGT:
            case Opcodes.IFLE:
            case Opcodes.IFNULL:
            case Opcodes.IFNONNULL:
                stack.pop(1);
                target = insn.branchTarget();
                break;
            case Opcodes.IF_ICMPEQ:
            case Opcodes.IF_ICMPNE:
            case Opcodes.IF_ICMPLT:
            case Opcodes.IF_ICMPGE:
            case Opcodes.IF_ICMPGT:
            case Opcodes.IF_ICMPLE:
            case Opcodes.IF_ACMPEQ:
            case Opcodes.IF_ACMPNE:
                stack.pop(2);
                target = insn.branchTarget();
                break;
            case Opcodes.GOTO:
            case Opcodes.GOTO_W:
                target = insn.branchTarget();
                flowEnds = true;
                break;
            case Opcodes.JSR:
            case Opcodes.JSR_W:
                // The return address; the instruction after the jsr is not a successor (ret's targets are unknown).
                stack.push(bci, 1);
                target = insn.branchTarget();
                flowEnds = true;
                break;
            case Opcodes.RET:
                flowEnds = true;
                break;
            case Opcodes.TABLESWITCH:
            case Opcodes.LOOKUPSWITCH:
                stack.pop(1);
                target = insn.defaultTarget();
                caseTargets = insn.caseTargets();
                break;
            case Opcodes.IRETURN:
            case Opcodes.FRETURN:
            case Opcodes.ARETURN:
            case Opcodes.ATHROW:
                stack.pop(1);
                flowEnds = true;
                break;
            case Opcodes.LRETURN:
            case Opcodes.DRETURN:
                stack.pop(2);
                flowEnds = true;
                break;
            case Opcodes.RETURN:
                flowEnds = true;
                break;
            case Opcodes.GETSTATIC:
                stack.push(bci, fieldSlots(insn));
                break;
            case Opcodes.GETFIELD:
                stack.pop(1);
                stack.push(bci, fieldSlots(insn));
                break;
            case Opcodes.PUTSTATIC:
                stack.pop(fieldSlots(insn));
                break;
            case Opcodes.PUTFIELD:
                stack.pop(fieldSlots(insn) + 1);
                break;
            case Opcodes.INVOKEVIRTUAL:
            case Opcodes.INVOKESPECIAL:
            case Opcodes.INVOKEINTERFACE:
            case Opcodes.INVOKESTATIC:
            case Opcodes.INVOKEDYNAMIC: {
                MethodDescriptor descriptor = MethodDescriptor.parse(invokedDescriptor(pool, insn));
                if (opcode != Opcodes.INVOKESTATIC && opcode != Opcodes.INVOKEDYNAMIC) {
                    stack.pop(1);
                }
                stack.pop(descriptor.parameterSlots());
                stack.push(bci, descriptor.returnKind().slots());
                break;
            }
            case Opcodes.CHECKCAST:
                break;
            case Opcodes.MULTIANEWARRAY:
                stack.pop(insn.dimensions());
                stack.push(bci, 1);
                break;
            default:
                throw new IllegalStateException("no stack effect known for " + insn);
        }
        if (!flowEnds) {
            joinInto(index + 1, stack);
        }
        if (target >= 0) {
            joinInto(code.indexOf(target), stack);
        }
        if (caseTargets != null) {
            for (int caseTarget : caseTargets) {
                joinInto(code.indexOf(caseTarget), stack);
            }
        }
    }

    /**
     * Joins {@code stack} into the stack of instruction {@code index}; {@code stack} becomes the join too, and
     * is what the next successor of the same instruction receives.
     */
    private void joinInto(int index, SimulatedStack stack) {
        if (stacks[index] != null) {
            stack.join(stacks[index]);
        } else {
            addedOne = true;
            entries += stack.size();
        }
        stacks[index] = stack.copy();
    }

    /** The dup family and swap, slot by slot (a long or double is two slots, as in JVMS 2.11.1 category 2). */
    private static void shuffle(SimulatedStack stack, int opcode) {
        int top1 = stack.pusher(0);
        int top2 = stack.pusher(1);
        int top3 = stack.pusher(2);
        int top4 = stack.pusher(3);
        switch (opcode) {
            case Opcodes.DUP:
                stack.pushRaw(top1);
                break;
            case Opcodes.DUP_X1:
                stack.pop(2);
                pushAll(stack, top1, top2, top1);
                break;
            case Opcodes.DUP_X2:
                stack.pop(3);
                pushAll(stack, top1, top3, top2, top1);
                break;
            case Opcodes.DUP2:
                pushAll(stack, top2, top1);
                break;
            case Opcodes.DUP2_X1:
                stack.pop(3);
                pushAll(stack, top2, top1, top3, top2, top1);
                break;
            case Opcodes.DUP2_X2:
                stack.pop(4);
                pushAll(stack, top2, top1, top4, top3, top2, top1);
                break;
            default: // SWAP
                stack.pop(2);
                pushAll(stack, top1, top2);
                break;
        }
    }

    private static void pushAll(SimulatedStack stack, int... pushers) {
        for (int pusher : pushers) {
            stack.pushRaw(pusher);
        }
    }

    /**
     * The slots {@code ldc} of entry {@code index} pushes as HotSpot 17's product build simulates it: nothing for
     * a MethodType, MethodHandle or dynamic constant.
     */
    private int constantSlots(int index) {
        switch (pool.tag(index)) {
            case ConstantTag.LONG:
            case ConstantTag.DOUBLE:
                return 2;
            case ConstantTag.INTEGER:
            case ConstantTag.FLOAT:
            case ConstantTag.STRING:
            case ConstantTag.CLASS:
                return 1;
            default:
                return 0;
        }
    }

    private int fieldSlots(Instruction insn) {
        return TypeKind.ofDescriptor(pool.memberRef(insn.constantIndex()).descriptor()).slots();
    }

    /** The method descriptor of an invoke instruction's constant. */
    static String invokedDescriptor(ConstantPool pool, Instruction insn) {
        if (insn.opcode() == Opcodes.INVOKEDYNAMIC) {
            return pool.dynamic(insn.constantIndex()).descriptor();
        }
        return pool.memberRef(insn.constantIndex()).descriptor();
    }
}
