package org.eremite.vm.compiler.baseline;

import static org.eremite.vm.compiler.bytecode.Opcodes.*;

import org.eremite.vm.asm.Label;
import org.eremite.vm.classfile.ConstantPool;
import org.eremite.vm.classfile.ConstantTag;
import org.eremite.vm.classfile.MemberRef;
import org.eremite.vm.classfile.MethodDescriptor;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.baseline.CompilationContext.InitializationBarrier;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.InstructionList;

/**
 * The one switch over opcodes: turns each instruction into a call of its emitter, with the operands decoded,
 * the constant-pool entries looked up and the world's answers (from the {@link CompilationContext}) resolved.
 * Every opcode of JVMS chapter 6 is handled; {@code invokedynamic} and the loadable constants the image builder
 * desugars are refused with an error naming the instruction. An {@code invokestatic} of a {@link
 * org.eremite.vm.magic.Magic} method is an intrinsic, handed to {@link MagicDispatch}; an unknown one is refused.
 */
final class InstructionDispatch {
    private final ConstantPool pool;
    private final MethodCompilation method;
    private final CompilationContext context;
    private final BaselineTemplates t;
    private final InstructionList code;
    private final Label[] labels;

    InstructionDispatch(ConstantPool pool, MethodCompilation method, CompilationContext context,
            BaselineTemplates templates, Label[] labels) {
        this.pool = pool;
        this.method = method;
        this.context = context;
        this.t = templates;
        this.code = method.analysis().code();
        this.labels = labels;
    }

    private Label label(int bytecodeOffset) {
        int index = code.indexOf(bytecodeOffset);
        Label label = index < 0 ? null : labels[index];
        if (label == null) {
            throw new IllegalStateException("no block starts at bytecode offset " + bytecodeOffset);
        }
        return label;
    }

    void emit(Instruction in) {
        int opcode = in.opcode();
        switch (opcode) {
            case NOP:
                return;
            case ACONST_NULL:
                t.aconstNull();
                return;
            case ICONST_M1: case ICONST_0: case ICONST_1: case ICONST_2: case ICONST_3: case ICONST_4: case ICONST_5:
                t.iconst(opcode - ICONST_0);
                return;
            case LCONST_0: case LCONST_1:
                t.lconst(opcode - LCONST_0);
                return;
            case FCONST_0: case FCONST_1: case FCONST_2:
                t.fconst(Float.floatToRawIntBits(opcode - FCONST_0));
                return;
            case DCONST_0: case DCONST_1:
                t.dconst(Double.doubleToRawLongBits(opcode - DCONST_0));
                return;
            case BIPUSH: case SIPUSH:
                t.iconst(in.immediate());
                return;
            case LDC: case LDC_W: case LDC2_W:
                ldc(in);
                return;
            case ILOAD: case ILOAD_0: case ILOAD_1: case ILOAD_2: case ILOAD_3:
                t.iload(in.localIndex());
                return;
            case LLOAD: case LLOAD_0: case LLOAD_1: case LLOAD_2: case LLOAD_3:
                t.lload(in.localIndex());
                return;
            case FLOAD: case FLOAD_0: case FLOAD_1: case FLOAD_2: case FLOAD_3:
                t.fload(in.localIndex());
                return;
            case DLOAD: case DLOAD_0: case DLOAD_1: case DLOAD_2: case DLOAD_3:
                t.dload(in.localIndex());
                return;
            case ALOAD: case ALOAD_0: case ALOAD_1: case ALOAD_2: case ALOAD_3:
                t.aload(in.localIndex());
                return;
            case IALOAD: t.arrayLoad(TypeKind.INT); return;
            case LALOAD: t.arrayLoad(TypeKind.LONG); return;
            case FALOAD: t.arrayLoad(TypeKind.FLOAT); return;
            case DALOAD: t.arrayLoad(TypeKind.DOUBLE); return;
            case AALOAD: t.arrayLoad(TypeKind.REFERENCE); return;
            case BALOAD: t.arrayLoad(TypeKind.BYTE); return;
            case CALOAD: t.arrayLoad(TypeKind.CHAR); return;
            case SALOAD: t.arrayLoad(TypeKind.SHORT); return;
            case ISTORE: case ISTORE_0: case ISTORE_1: case ISTORE_2: case ISTORE_3:
                t.istore(in.localIndex());
                return;
            case LSTORE: case LSTORE_0: case LSTORE_1: case LSTORE_2: case LSTORE_3:
                t.lstore(in.localIndex());
                return;
            case FSTORE: case FSTORE_0: case FSTORE_1: case FSTORE_2: case FSTORE_3:
                t.fstore(in.localIndex());
                return;
            case DSTORE: case DSTORE_0: case DSTORE_1: case DSTORE_2: case DSTORE_3:
                t.dstore(in.localIndex());
                return;
            case ASTORE: case ASTORE_0: case ASTORE_1: case ASTORE_2: case ASTORE_3:
                t.astore(in.localIndex());
                return;
            case IASTORE: t.arrayStore(TypeKind.INT); return;
            case LASTORE: t.arrayStore(TypeKind.LONG); return;
            case FASTORE: t.arrayStore(TypeKind.FLOAT); return;
            case DASTORE: t.arrayStore(TypeKind.DOUBLE); return;
            case AASTORE: t.aastore(); return;
            case BASTORE: t.arrayStore(TypeKind.BYTE); return;
            case CASTORE: t.arrayStore(TypeKind.CHAR); return;
            case SASTORE: t.arrayStore(TypeKind.SHORT); return;
            case POP: t.pop(); return;
            case POP2: t.pop2(); return;
            case DUP: t.dup(); return;
            case DUP_X1: t.dupX1(); return;
            case DUP_X2: t.dupX2(); return;
            case DUP2: t.dup2(); return;
            case DUP2_X1: t.dup2X1(); return;
            case DUP2_X2: t.dup2X2(); return;
            case SWAP: t.swap(); return;
            case IADD: t.iadd(); return;
            case LADD: t.ladd(); return;
            case FADD: t.fadd(); return;
            case DADD: t.dadd(); return;
            case ISUB: t.isub(); return;
            case LSUB: t.lsub(); return;
            case FSUB: t.fsub(); return;
            case DSUB: t.dsub(); return;
            case IMUL: t.imul(); return;
            case LMUL: t.lmul(); return;
            case FMUL: t.fmul(); return;
            case DMUL: t.dmul(); return;
            case IDIV: t.idiv(); return;
            case LDIV: t.ldiv(); return;
            case FDIV: t.fdiv(); return;
            case DDIV: t.ddiv(); return;
            case IREM: t.irem(); return;
            case LREM: t.lrem(); return;
            case FREM: t.frem(); return;
            case DREM: t.drem(); return;
            case INEG: t.ineg(); return;
            case LNEG: t.lneg(); return;
            case FNEG: t.fneg(); return;
            case DNEG: t.dneg(); return;
            case ISHL: t.ishl(); return;
            case LSHL: t.lshl(); return;
            case ISHR: t.ishr(); return;
            case LSHR: t.lshr(); return;
            case IUSHR: t.iushr(); return;
            case LUSHR: t.lushr(); return;
            case IAND: t.iand(); return;
            case LAND: t.land(); return;
            case IOR: t.ior(); return;
            case LOR: t.lor(); return;
            case IXOR: t.ixor(); return;
            case LXOR: t.lxor(); return;
            case IINC: t.iinc(in.localIndex(), in.increment()); return;
            case I2L: t.i2l(); return;
            case I2F: t.i2f(); return;
            case I2D: t.i2d(); return;
            case L2I: t.l2i(); return;
            case L2F: t.l2f(); return;
            case L2D: t.l2d(); return;
            case F2I: t.f2i(); return;
            case F2L: t.f2l(); return;
            case F2D: t.f2d(); return;
            case D2I: t.d2i(); return;
            case D2L: t.d2l(); return;
            case D2F: t.d2f(); return;
            case I2B: t.i2b(); return;
            case I2C: t.i2c(); return;
            case I2S: t.i2s(); return;
            case LCMP: t.lcmp(); return;
            case FCMPL: t.fcmp(false); return;
            case FCMPG: t.fcmp(true); return;
            case DCMPL: t.dcmp(false); return;
            case DCMPG: t.dcmp(true); return;
            case IFEQ: case IFNE: case IFLT: case IFGE: case IFGT: case IFLE:
                t.ifZero(Comparison.ofBranch(opcode - IFEQ), label(in.branchTarget()));
                return;
            case IF_ICMPEQ: case IF_ICMPNE: case IF_ICMPLT: case IF_ICMPGE: case IF_ICMPGT: case IF_ICMPLE:
                t.ifIntCompare(Comparison.ofBranch(opcode - IF_ICMPEQ), label(in.branchTarget()));
                return;
            case IF_ACMPEQ: case IF_ACMPNE:
                t.ifReferenceCompare(opcode == IF_ACMPEQ, label(in.branchTarget()));
                return;
            case IFNULL: case IFNONNULL:
                t.ifNull(opcode == IFNULL, label(in.branchTarget()));
                return;
            case GOTO: case GOTO_W:
                t.goto_(label(in.branchTarget()));
                return;
            case JSR: case JSR_W:
                t.jsr(label(in.branchTarget()), label(in.nextOffset()));
                return;
            case RET:
                t.ret(in.localIndex());
                return;
            case TABLESWITCH:
                t.tableswitch(in.low(), in.high(), caseLabels(in), label(in.defaultTarget()));
                return;
            case LOOKUPSWITCH:
                t.lookupswitch(in.caseKeys(), caseLabels(in), label(in.defaultTarget()));
                return;
            case IRETURN: t.returnValue(TypeKind.INT); return;
            case LRETURN: t.returnValue(TypeKind.LONG); return;
            case FRETURN: t.returnValue(TypeKind.FLOAT); return;
            case DRETURN: t.returnValue(TypeKind.DOUBLE); return;
            case ARETURN: t.returnValue(TypeKind.REFERENCE); return;
            case RETURN: t.returnVoid(); return;
            case GETSTATIC: case PUTSTATIC: {
                MemberRef field = pool.memberRef(in.constantIndex());
                CompilationContext.StaticField slot = context.staticField(field);
                InitializationBarrier barrier = context.staticFieldBarrier(method.owner(), field);
                if (opcode == GETSTATIC) {
                    t.getstatic(slot, barrier);
                } else {
                    t.putstatic(slot, barrier);
                }
                return;
            }
            case GETFIELD: case PUTFIELD: {
                CompilationContext.InstanceField slot = context.instanceField(pool.memberRef(in.constantIndex()));
                if (opcode == GETFIELD) {
                    t.getfield(slot);
                } else {
                    t.putfield(slot);
                }
                return;
            }
            case INVOKEVIRTUAL: {
                MemberRef callee = pool.memberRef(in.constantIndex());
                t.invokevirtual(context.virtualMethod(callee), MethodDescriptor.parse(callee.descriptor()));
                return;
            }
            case INVOKESPECIAL: {
                MemberRef callee = pool.memberRef(in.constantIndex());
                t.invokespecial(context.specialMethod(method.owner(), callee),
                        MethodDescriptor.parse(callee.descriptor()), !callee.name().equals("<init>"));
                return;
            }
            case INVOKESTATIC: {
                MemberRef callee = pool.memberRef(in.constantIndex());
                if (MagicDispatch.isMagic(callee.owner())) {
                    if (!MagicDispatch.emit(callee.name(), callee.descriptor(), t)) {
                        throw refused(in, "Magic has no intrinsic " + callee.name() + callee.descriptor()
                                + " (" + callee.owner() + ")");
                    }
                    return;
                }
                t.invokestatic(context.staticMethod(callee), MethodDescriptor.parse(callee.descriptor()),
                        context.staticMethodBarrier(method.owner(), callee));
                return;
            }
            case INVOKEINTERFACE: {
                MemberRef callee = pool.memberRef(in.constantIndex());
                t.invokeinterface(context.interfaceMethod(callee), MethodDescriptor.parse(callee.descriptor()));
                return;
            }
            case INVOKEDYNAMIC:
                throw refused(in, "invokedynamic is desugared by the image builder (DESIGN.md, pipeline step 2)"
                        + " and cannot be compiled");
            case NEW: {
                String className = pool.className(in.constantIndex());
                t.new_(context.hub(className), context.initializationBarrier(method.owner(), className));
                return;
            }
            case NEWARRAY:
                t.newarray(in.arrayElementKind(), context.hub("[" + in.arrayElementKind().descriptorChar()));
                return;
            case ANEWARRAY:
                t.anewarray(context.hub(arrayOf(pool.className(in.constantIndex()))));
                return;
            case MULTIANEWARRAY:
                t.multianewarray(context.hub(pool.className(in.constantIndex())), in.dimensions());
                return;
            case ARRAYLENGTH:
                t.arraylength();
                return;
            case ATHROW:
                t.athrow();
                return;
            case CHECKCAST:
                t.checkcast(context.hub(pool.className(in.constantIndex())));
                return;
            case INSTANCEOF:
                t.instanceof_(context.hub(pool.className(in.constantIndex())));
                return;
            case MONITORENTER:
                t.monitorenter();
                return;
            case MONITOREXIT:
                t.monitorexit();
                return;
            default:
                throw refused(in, "opcode " + opcode + " has no template");
        }
    }

    /** The array class whose component is {@code className} (an internal name or an array descriptor). */
    static String arrayOf(String className) {
        return className.startsWith("[") ? "[" + className : "[L" + className + ";";
    }

    private Label[] caseLabels(Instruction in) {
        Label[] result = new Label[in.caseCount()];
        for (int i = 0; i < result.length; i++) {
            result[i] = label(in.caseTarget(i));
        }
        return result;
    }

    private void ldc(Instruction in) {
        int index = in.constantIndex();
        switch (pool.tag(index)) {
            case ConstantTag.INTEGER:
                t.iconst(pool.intValue(index));
                return;
            case ConstantTag.FLOAT:
                t.fconst(pool.floatBits(index));
                return;
            case ConstantTag.LONG:
                t.lconst(pool.longValue(index));
                return;
            case ConstantTag.DOUBLE:
                t.dconst(pool.doubleBits(index));
                return;
            case ConstantTag.STRING:
                t.ldcString(context.stringLiteral(pool.stringValue(index)));
                return;
            case ConstantTag.CLASS: {
                String className = pool.className(index);
                String symbol = context.classLiteral(className);
                if (symbol != null) {
                    t.ldcClass(symbol);
                } else {
                    t.ldcClassAtRunTime(context.stringLiteral(SymbolNames.dotted(className)));
                }
                return;
            }
            default:
                throw refused(in, "ldc of a " + ConstantTag.name(pool.tag(index))
                        + " is desugared by the image builder and cannot be compiled");
        }
    }

    private CompilationException refused(Instruction in, String why) {
        return new CompilationException(method.description(), in.offset(), in.toString(), why, null);
    }
}
