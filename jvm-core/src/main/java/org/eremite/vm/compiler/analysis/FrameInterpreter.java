package org.eremite.vm.compiler.analysis;

import org.eremite.vm.classfile.ConstantPool;
import org.eremite.vm.classfile.MethodDescriptor;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.bytecode.BytecodeException;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.Opcodes;

/**
 * The effect of each instruction on the kinds of the locals and the operand stack (JVMS 6.5, the "Operand Stack"
 * paragraph of each instruction), applied to a {@link WorkingFrame} that checks every access, plus the checks that
 * need the method: a return matches the method's return type, and a {@code ret} uses a return address of the
 * subroutine it belongs to. Constant-pool operands come from {@link ConstantPoolOperands}.
 */
final class FrameInterpreter {
    private static final int ACC_STATIC = 0x0008;

    private final String method;
    private final ControlFlowGraph graph;
    private final ConstantPoolOperands operands;
    final WorkingFrame frame;
    /** The method's return type: its computational kind's code, or -1 for void. */
    private final int returnKind;
    private final String returnDescriptor;

    FrameInterpreter(ConstantPool pool, String method, ControlFlowGraph graph, String descriptor, int maxLocals,
            int maxStack) {
        this.method = method;
        this.graph = graph;
        this.operands = new ConstantPoolOperands(pool, method);
        this.frame = new WorkingFrame(method, maxLocals, maxStack);
        MethodDescriptor parsed = ConstantPoolOperands.parseDescriptor(method, descriptor, -1);
        this.returnDescriptor = parsed.returnType();
        this.returnKind = parsed.returnKind() == TypeKind.VOID ? -1 : codeOf(parsed.returnKind());
    }

    /**
     * Loads the frame at method entry (JVMS 2.6.1): {@code this} unless the method is static, then the parameters,
     * a long or double in two locals; every other local is top and the stack is empty.
     */
    void loadEntryFrame(int accessFlags, String descriptor) {
        short[] slots = frame.slots;
        java.util.Arrays.fill(slots, Kinds.TOP);
        frame.depth = 0;
        int local = 0;
        MethodDescriptor parsed = ConstantPoolOperands.parseDescriptor(method, descriptor, -1);
        int needed = ((accessFlags & ACC_STATIC) == 0 ? 1 : 0) + parsed.parameterSlots();
        if (needed > frame.maxLocals) {
            throw new BytecodeException(method, -1, "the receiver and parameters need " + needed
                    + " locals, but max_locals is " + frame.maxLocals + " (JVMS 4.7.3)");
        }
        if ((accessFlags & ACC_STATIC) == 0) {
            slots[local++] = Kinds.REFERENCE;
        }
        for (int i = 0; i < parsed.parameters().size(); i++) {
            short kind = codeOf(parsed.parameterKind(i));
            slots[local++] = kind;
            if (Kinds.isTwoSlot(kind)) {
                slots[local++] = Kinds.secondHalf(kind);
            }
        }
    }

    /** Applies {@code instruction} (at instruction index {@code index}) to the working frame. */
    void execute(Instruction instruction, int index) {
        frame.current = instruction;
        int opcode = instruction.opcode();
        switch (opcode) {
            case Opcodes.NOP:
            case Opcodes.GOTO:
            case Opcodes.GOTO_W:
                break;
            case Opcodes.ACONST_NULL:
                frame.push(Kinds.REFERENCE);
                break;
            case Opcodes.ICONST_M1:
            case Opcodes.ICONST_0:
            case Opcodes.ICONST_1:
            case Opcodes.ICONST_2:
            case Opcodes.ICONST_3:
            case Opcodes.ICONST_4:
            case Opcodes.ICONST_5:
            case Opcodes.BIPUSH:
            case Opcodes.SIPUSH:
                frame.push(Kinds.INT);
                break;
            case Opcodes.LCONST_0:
            case Opcodes.LCONST_1:
                frame.push(Kinds.LONG);
                break;
            case Opcodes.FCONST_0:
            case Opcodes.FCONST_1:
            case Opcodes.FCONST_2:
                frame.push(Kinds.FLOAT);
                break;
            case Opcodes.DCONST_0:
            case Opcodes.DCONST_1:
                frame.push(Kinds.DOUBLE);
                break;
            case Opcodes.LDC:
            case Opcodes.LDC_W:
            case Opcodes.LDC2_W:
                frame.push(operands.loadedKind(instruction));
                break;
            case Opcodes.ILOAD:
            case Opcodes.ILOAD_0:
            case Opcodes.ILOAD_1:
            case Opcodes.ILOAD_2:
            case Opcodes.ILOAD_3:
                frame.load(instruction.localIndex(), Kinds.INT);
                break;
            case Opcodes.LLOAD:
            case Opcodes.LLOAD_0:
            case Opcodes.LLOAD_1:
            case Opcodes.LLOAD_2:
            case Opcodes.LLOAD_3:
                frame.load(instruction.localIndex(), Kinds.LONG);
                break;
            case Opcodes.FLOAD:
            case Opcodes.FLOAD_0:
            case Opcodes.FLOAD_1:
            case Opcodes.FLOAD_2:
            case Opcodes.FLOAD_3:
                frame.load(instruction.localIndex(), Kinds.FLOAT);
                break;
            case Opcodes.DLOAD:
            case Opcodes.DLOAD_0:
            case Opcodes.DLOAD_1:
            case Opcodes.DLOAD_2:
            case Opcodes.DLOAD_3:
                frame.load(instruction.localIndex(), Kinds.DOUBLE);
                break;
            case Opcodes.ALOAD:
            case Opcodes.ALOAD_0:
            case Opcodes.ALOAD_1:
            case Opcodes.ALOAD_2:
            case Opcodes.ALOAD_3:
                // JVMS 6.5 aload: it cannot load a return address; only astore may move one.
                frame.load(instruction.localIndex(), Kinds.REFERENCE);
                break;
            case Opcodes.IALOAD:
            case Opcodes.BALOAD:
            case Opcodes.CALOAD:
            case Opcodes.SALOAD:
                frame.arrayLoad(Kinds.INT);
                break;
            case Opcodes.LALOAD:
                frame.arrayLoad(Kinds.LONG);
                break;
            case Opcodes.FALOAD:
                frame.arrayLoad(Kinds.FLOAT);
                break;
            case Opcodes.DALOAD:
                frame.arrayLoad(Kinds.DOUBLE);
                break;
            case Opcodes.AALOAD:
                frame.arrayLoad(Kinds.REFERENCE);
                break;
            case Opcodes.ISTORE:
            case Opcodes.ISTORE_0:
            case Opcodes.ISTORE_1:
            case Opcodes.ISTORE_2:
            case Opcodes.ISTORE_3:
                frame.pop(Kinds.INT);
                frame.store(instruction.localIndex(), Kinds.INT);
                break;
            case Opcodes.LSTORE:
            case Opcodes.LSTORE_0:
            case Opcodes.LSTORE_1:
            case Opcodes.LSTORE_2:
            case Opcodes.LSTORE_3:
                frame.pop(Kinds.LONG);
                frame.store(instruction.localIndex(), Kinds.LONG);
                break;
            case Opcodes.FSTORE:
            case Opcodes.FSTORE_0:
            case Opcodes.FSTORE_1:
            case Opcodes.FSTORE_2:
            case Opcodes.FSTORE_3:
                frame.pop(Kinds.FLOAT);
                frame.store(instruction.localIndex(), Kinds.FLOAT);
                break;
            case Opcodes.DSTORE:
            case Opcodes.DSTORE_0:
            case Opcodes.DSTORE_1:
            case Opcodes.DSTORE_2:
            case Opcodes.DSTORE_3:
                frame.pop(Kinds.DOUBLE);
                frame.store(instruction.localIndex(), Kinds.DOUBLE);
                break;
            case Opcodes.ASTORE:
            case Opcodes.ASTORE_0:
            case Opcodes.ASTORE_1:
            case Opcodes.ASTORE_2:
            case Opcodes.ASTORE_3:
                frame.store(instruction.localIndex(), frame.popReferenceOrReturnAddress());
                break;
            case Opcodes.IASTORE:
            case Opcodes.BASTORE:
            case Opcodes.CASTORE:
            case Opcodes.SASTORE:
                frame.arrayStore(Kinds.INT);
                break;
            case Opcodes.LASTORE:
                frame.arrayStore(Kinds.LONG);
                break;
            case Opcodes.FASTORE:
                frame.arrayStore(Kinds.FLOAT);
                break;
            case Opcodes.DASTORE:
                frame.arrayStore(Kinds.DOUBLE);
                break;
            case Opcodes.AASTORE:
                frame.arrayStore(Kinds.REFERENCE);
                break;
            case Opcodes.POP:
                frame.requireValuesOnTop(1, 1);
                frame.depth -= 1;
                break;
            case Opcodes.POP2:
                frame.requireValuesOnTop(2, 2);
                frame.depth -= 2;
                break;
            case Opcodes.DUP:
                frame.duplicate(1, 0);
                break;
            case Opcodes.DUP_X1:
                frame.duplicate(1, 1);
                break;
            case Opcodes.DUP_X2:
                frame.duplicate(1, 2);
                break;
            case Opcodes.DUP2:
                frame.duplicate(2, 0);
                break;
            case Opcodes.DUP2_X1:
                frame.duplicate(2, 1);
                break;
            case Opcodes.DUP2_X2:
                frame.duplicate(2, 2);
                break;
            case Opcodes.SWAP:
                frame.swap();
                break;
            default:
                executeComputation(instruction, index);
                break;
        }
    }

    /** Arithmetic, conversions, comparisons, control transfers, fields, invocations and objects. */
    private void executeComputation(Instruction instruction, int index) {
        int opcode = instruction.opcode();
        switch (opcode) {
            case Opcodes.IADD:
            case Opcodes.ISUB:
            case Opcodes.IMUL:
            case Opcodes.IDIV:
            case Opcodes.IREM:
            case Opcodes.ISHL:
            case Opcodes.ISHR:
            case Opcodes.IUSHR:
            case Opcodes.IAND:
            case Opcodes.IOR:
            case Opcodes.IXOR:
                frame.binary(Kinds.INT, Kinds.INT, Kinds.INT);
                break;
            case Opcodes.LADD:
            case Opcodes.LSUB:
            case Opcodes.LMUL:
            case Opcodes.LDIV:
            case Opcodes.LREM:
            case Opcodes.LAND:
            case Opcodes.LOR:
            case Opcodes.LXOR:
                frame.binary(Kinds.LONG, Kinds.LONG, Kinds.LONG);
                break;
            case Opcodes.LSHL:
            case Opcodes.LSHR:
            case Opcodes.LUSHR:
                frame.binary(Kinds.LONG, Kinds.INT, Kinds.LONG);
                break;
            case Opcodes.FADD:
            case Opcodes.FSUB:
            case Opcodes.FMUL:
            case Opcodes.FDIV:
            case Opcodes.FREM:
                frame.binary(Kinds.FLOAT, Kinds.FLOAT, Kinds.FLOAT);
                break;
            case Opcodes.DADD:
            case Opcodes.DSUB:
            case Opcodes.DMUL:
            case Opcodes.DDIV:
            case Opcodes.DREM:
                frame.binary(Kinds.DOUBLE, Kinds.DOUBLE, Kinds.DOUBLE);
                break;
            case Opcodes.LCMP:
                frame.binary(Kinds.LONG, Kinds.LONG, Kinds.INT);
                break;
            case Opcodes.FCMPL:
            case Opcodes.FCMPG:
                frame.binary(Kinds.FLOAT, Kinds.FLOAT, Kinds.INT);
                break;
            case Opcodes.DCMPL:
            case Opcodes.DCMPG:
                frame.binary(Kinds.DOUBLE, Kinds.DOUBLE, Kinds.INT);
                break;
            case Opcodes.INEG:
            case Opcodes.I2B:
            case Opcodes.I2C:
            case Opcodes.I2S:
                frame.unary(Kinds.INT, Kinds.INT);
                break;
            case Opcodes.LNEG:
                frame.unary(Kinds.LONG, Kinds.LONG);
                break;
            case Opcodes.FNEG:
                frame.unary(Kinds.FLOAT, Kinds.FLOAT);
                break;
            case Opcodes.DNEG:
                frame.unary(Kinds.DOUBLE, Kinds.DOUBLE);
                break;
            case Opcodes.I2L:
                frame.unary(Kinds.INT, Kinds.LONG);
                break;
            case Opcodes.I2F:
                frame.unary(Kinds.INT, Kinds.FLOAT);
                break;
            case Opcodes.I2D:
                frame.unary(Kinds.INT, Kinds.DOUBLE);
                break;
            case Opcodes.L2I:
                frame.unary(Kinds.LONG, Kinds.INT);
                break;
            case Opcodes.L2F:
                frame.unary(Kinds.LONG, Kinds.FLOAT);
                break;
            case Opcodes.L2D:
                frame.unary(Kinds.LONG, Kinds.DOUBLE);
                break;
            case Opcodes.F2I:
                frame.unary(Kinds.FLOAT, Kinds.INT);
                break;
            case Opcodes.F2L:
                frame.unary(Kinds.FLOAT, Kinds.LONG);
                break;
            case Opcodes.F2D:
                frame.unary(Kinds.FLOAT, Kinds.DOUBLE);
                break;
            case Opcodes.D2I:
                frame.unary(Kinds.DOUBLE, Kinds.INT);
                break;
            case Opcodes.D2L:
                frame.unary(Kinds.DOUBLE, Kinds.LONG);
                break;
            case Opcodes.D2F:
                frame.unary(Kinds.DOUBLE, Kinds.FLOAT);
                break;
            case Opcodes.IINC:
                frame.checkLocal(instruction.localIndex(), Kinds.INT);
                break;
            case Opcodes.IFEQ:
            case Opcodes.IFNE:
            case Opcodes.IFLT:
            case Opcodes.IFGE:
            case Opcodes.IFGT:
            case Opcodes.IFLE:
            case Opcodes.TABLESWITCH:
            case Opcodes.LOOKUPSWITCH:
                frame.pop(Kinds.INT);
                break;
            case Opcodes.IF_ICMPEQ:
            case Opcodes.IF_ICMPNE:
            case Opcodes.IF_ICMPLT:
            case Opcodes.IF_ICMPGE:
            case Opcodes.IF_ICMPGT:
            case Opcodes.IF_ICMPLE:
                frame.pop(Kinds.INT);
                frame.pop(Kinds.INT);
                break;
            case Opcodes.IF_ACMPEQ:
            case Opcodes.IF_ACMPNE:
                frame.pop(Kinds.REFERENCE);
                frame.pop(Kinds.REFERENCE);
                break;
            case Opcodes.IFNULL:
            case Opcodes.IFNONNULL:
            case Opcodes.ATHROW:
            case Opcodes.MONITORENTER:
            case Opcodes.MONITOREXIT:
                frame.pop(Kinds.REFERENCE);
                break;
            case Opcodes.JSR:
            case Opcodes.JSR_W:
                frame.push(Kinds.returnAddress(graph.subroutineAt(graph.blockAt(instruction.branchTarget())).index()));
                break;
            case Opcodes.RET:
                checkRet(instruction, index);
                break;
            case Opcodes.IRETURN:
            case Opcodes.LRETURN:
            case Opcodes.FRETURN:
            case Opcodes.DRETURN:
            case Opcodes.ARETURN:
            case Opcodes.RETURN:
                returnValue(opcode);
                break;
            case Opcodes.GETSTATIC:
            case Opcodes.PUTSTATIC:
            case Opcodes.GETFIELD:
            case Opcodes.PUTFIELD:
                fieldAccess(instruction);
                break;
            case Opcodes.INVOKEVIRTUAL:
            case Opcodes.INVOKESPECIAL:
            case Opcodes.INVOKESTATIC:
            case Opcodes.INVOKEINTERFACE:
            case Opcodes.INVOKEDYNAMIC:
                invoke(instruction);
                break;
            case Opcodes.NEW:
                operands.className(instruction);
                frame.push(Kinds.REFERENCE);
                break;
            case Opcodes.NEWARRAY:
                frame.unary(Kinds.INT, Kinds.REFERENCE);
                break;
            case Opcodes.ANEWARRAY:
                operands.className(instruction);
                frame.unary(Kinds.INT, Kinds.REFERENCE);
                break;
            case Opcodes.ARRAYLENGTH:
            case Opcodes.INSTANCEOF:
                if (opcode == Opcodes.INSTANCEOF) {
                    operands.className(instruction);
                }
                frame.unary(Kinds.REFERENCE, Kinds.INT);
                break;
            case Opcodes.CHECKCAST:
                operands.className(instruction);
                frame.unary(Kinds.REFERENCE, Kinds.REFERENCE);
                break;
            case Opcodes.MULTIANEWARRAY:
                multianewarray(instruction);
                break;
            default:
                // The decoder admits only opcodes 0 .. 201, and wide is folded into the instruction it modifies.
                throw frame.error("no semantics for opcode " + opcode);
        }
    }

    private void fieldAccess(Instruction instruction) {
        short kind = operands.fieldKind(instruction);
        switch (instruction.opcode()) {
            case Opcodes.GETSTATIC:
                frame.push(kind);
                break;
            case Opcodes.PUTSTATIC:
                frame.pop(kind);
                break;
            case Opcodes.GETFIELD:
                frame.pop(Kinds.REFERENCE);
                frame.push(kind);
                break;
            default:
                frame.pop(kind);
                frame.pop(Kinds.REFERENCE);
                break;
        }
    }

    /** Pops the arguments (the last one first), then the receiver unless static or dynamic; pushes the result. */
    private void invoke(Instruction instruction) {
        MethodDescriptor callee = operands.invokedMethod(instruction);
        for (int i = callee.parameters().size() - 1; i >= 0; i--) {
            frame.pop(codeOf(callee.parameterKind(i)));
        }
        int opcode = instruction.opcode();
        if (opcode != Opcodes.INVOKESTATIC && opcode != Opcodes.INVOKEDYNAMIC) {
            frame.pop(Kinds.REFERENCE);
        }
        if (callee.returnKind() != TypeKind.VOID) {
            frame.push(codeOf(callee.returnKind()));
        }
    }

    private void multianewarray(Instruction instruction) {
        operands.className(instruction);
        for (int i = 0; i < instruction.dimensions(); i++) {
            frame.pop(Kinds.INT);
        }
        frame.push(Kinds.REFERENCE);
    }

    private void checkRet(Instruction instruction, int index) {
        int local = instruction.localIndex();
        frame.requireLocal(local, 1);
        short kind = frame.slots[local];
        if (!Kinds.isReturnAddress(kind)) {
            throw frame.error("ret expects a return address in local " + local + ", found " + Kinds.name(kind));
        }
        Subroutine owner = graph.ownerOfRet(index);
        Subroutine target = graph.subroutine(Kinds.subroutineOf(kind));
        if (owner == null) {
            throw frame.error("ret is not reachable from the entry of any subroutine without a jsr");
        }
        if (owner != target) {
            throw frame.error("ret belongs to the subroutine at " + owner.entry().startOffset()
                    + " but returns through the return address of the subroutine at " + target.entry().startOffset()
                    + ": returning from several nested subroutines at once is not supported");
        }
    }

    private void returnValue(int opcode) {
        int expected;
        switch (opcode) {
            case Opcodes.IRETURN:
                expected = Kinds.INT;
                break;
            case Opcodes.LRETURN:
                expected = Kinds.LONG;
                break;
            case Opcodes.FRETURN:
                expected = Kinds.FLOAT;
                break;
            case Opcodes.DRETURN:
                expected = Kinds.DOUBLE;
                break;
            case Opcodes.ARETURN:
                expected = Kinds.REFERENCE;
                break;
            default:
                expected = -1;
                break;
        }
        if (expected != returnKind) {
            String name = frame.current.name();
            throw frame.error(name + " in a method whose return type is " + returnDescriptor + " (JVMS 6.5 " + name
                    + ")");
        }
        if (expected >= 0) {
            frame.pop((short) expected);
        }
    }

    /** The kind code of a value of descriptor kind {@code kind} on the stack or in a local (JVMS 2.11.1). */
    static short codeOf(TypeKind kind) {
        switch (kind.computational()) {
            case INT:
                return Kinds.INT;
            case LONG:
                return Kinds.LONG;
            case FLOAT:
                return Kinds.FLOAT;
            case DOUBLE:
                return Kinds.DOUBLE;
            case REFERENCE:
                return Kinds.REFERENCE;
            default:
                throw new IllegalArgumentException("no value of kind " + kind);
        }
    }
}
