package org.eremite.vm.compiler.bytecode;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eremite.vm.classfile.ConstantPool;
import org.eremite.vm.classfile.MemberRef;
import org.eremite.vm.classfile.MethodHandleRef;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Compares a decoded {@link InstructionList} with ASM's instruction list of the same method, instruction by
 * instruction: opcode (ASM folds {@code iload_0} into {@code ILOAD 0}, {@code ldc_w}/{@code ldc2_w} into
 * {@code LDC}, {@code goto_w}/{@code jsr_w} into {@code GOTO}/{@code JSR}, and {@code wide} into the instruction
 * it modifies), every operand (constant-pool operands by the values they name), branch and switch targets (by
 * the instruction they land on, and by offset where ASM's encoding is the original's), offsets and lengths.
 */
public final class AsmInstructionComparison {
    private final AsmCodeOracle oracle;
    private final ConstantPool pool;
    private final InstructionList ours;
    private final List<AbstractInsnNode> theirs;
    private final boolean sameEncoding;
    private final Map<AbstractInsnNode, Integer> indexOfInsn = new IdentityHashMap<>();

    public AsmInstructionComparison(AsmCodeOracle oracle, InstructionList ours, List<AbstractInsnNode> theirs,
            boolean sameEncoding) {
        this.oracle = oracle;
        this.pool = oracle.classFile.constantPool();
        this.ours = ours;
        this.theirs = theirs;
        this.sameEncoding = sameEncoding;
        for (int i = 0; i < theirs.size(); i++) {
            indexOfInsn.put(theirs.get(i), i);
        }
    }

    /** The first difference, as text, or null if the lists agree. */
    public String firstDifference() {
        if (ours.size() != theirs.size()) {
            return "decoded " + ours.size() + " instructions, ASM has " + theirs.size();
        }
        for (int i = 0; i < ours.size(); i++) {
            String difference = compare(ours.get(i), theirs.get(i));
            if (difference != null) {
                return "instruction " + i + " (" + ours.get(i) + "): " + difference;
            }
        }
        return null;
    }

    /** ASM's opcode for one of ours. */
    public static int asmOpcode(int opcode) {
        if (opcode >= Opcodes.ILOAD_0 && opcode <= Opcodes.ALOAD_3) {
            return Opcodes.ILOAD + (opcode - Opcodes.ILOAD_0) / 4;
        }
        if (opcode >= Opcodes.ISTORE_0 && opcode <= Opcodes.ASTORE_3) {
            return Opcodes.ISTORE + (opcode - Opcodes.ISTORE_0) / 4;
        }
        switch (opcode) {
            case Opcodes.LDC_W:
            case Opcodes.LDC2_W:
                return Opcodes.LDC;
            case Opcodes.GOTO_W:
                return Opcodes.GOTO;
            case Opcodes.JSR_W:
                return Opcodes.JSR;
            default:
                return opcode;
        }
    }

    private String compare(Instruction ours, AbstractInsnNode insn) {
        if (asmOpcode(ours.opcode()) != insn.getOpcode()) {
            return "ASM has opcode " + insn.getOpcode();
        }
        if (sameEncoding) {
            int asmOffset = oracle.offsetOf(insn);
            if (ours.offset() != asmOffset) {
                return "ASM has offset " + asmOffset;
            }
            int index = indexOfInsn.get(insn);
            int asmNext = index + 1 < theirs.size() ? oracle.offsetOf(theirs.get(index + 1)) : ours.nextOffset();
            if (ours.nextOffset() != asmNext) {
                return "length " + ours.length() + ", ASM's next instruction is at " + asmNext;
            }
        }
        int fixedLength = Opcodes.length(ours.isWide() ? Opcodes.WIDE : ours.opcode());
        if (!ours.isWide() && fixedLength != Opcodes.VARIABLE_LENGTH && fixedLength != ours.length()) {
            return "Opcodes.length says " + fixedLength;
        }
        if (insn instanceof VarInsnNode var) {
            return expect("local", var.var, ours.localIndex());
        }
        if (insn instanceof IincInsnNode iinc) {
            String difference = expect("local", iinc.var, ours.localIndex());
            return difference != null ? difference : expect("increment", iinc.incr, ours.increment());
        }
        if (insn instanceof IntInsnNode intInsn) {
            return expect("operand", intInsn.operand, insn.getOpcode() == Opcodes.NEWARRAY ? ours.arrayType()
                    : ours.immediate());
        }
        if (insn instanceof LdcInsnNode ldc) {
            return compareConstant(ldc.cst, ours.constantIndex());
        }
        if (insn instanceof FieldInsnNode field) {
            return compareMember(pool.memberRef(ours.constantIndex()), field.owner, field.name, field.desc, false);
        }
        if (insn instanceof MethodInsnNode method) {
            if (ours.opcode() == Opcodes.INVOKEINTERFACE) {
                int slots = Type.getArgumentsAndReturnSizes(method.desc) >> 2;
                if (ours.count() != slots) {
                    return "invokeinterface count " + ours.count() + ", descriptor needs " + slots;
                }
            }
            return compareMember(pool.memberRef(ours.constantIndex()), method.owner, method.name, method.desc,
                    method.itf);
        }
        if (insn instanceof InvokeDynamicInsnNode indy) {
            var dynamic = pool.dynamic(ours.constantIndex());
            return dynamic.name().equals(indy.name) && dynamic.descriptor().equals(indy.desc) ? null
                    : "invokedynamic " + dynamic + ", ASM has " + indy.name + indy.desc;
        }
        if (insn instanceof TypeInsnNode type) {
            return expectText("class", type.desc, pool.className(ours.constantIndex()));
        }
        if (insn instanceof MultiANewArrayInsnNode multi) {
            String difference = expectText("class", multi.desc, pool.className(ours.constantIndex()));
            return difference != null ? difference : expect("dimensions", multi.dims, ours.dimensions());
        }
        if (insn instanceof JumpInsnNode jump) {
            return compareTarget("branch target", jump.label, ours.branchTarget());
        }
        if (insn instanceof TableSwitchInsnNode table) {
            String difference = expect("low", table.min, ours.low());
            difference = difference != null ? difference : expect("high", table.max, ours.high());
            difference = difference != null ? difference : compareTarget("default", table.dflt, ours.defaultTarget());
            for (int c = 0; difference == null && c < table.labels.size(); c++) {
                difference = compareTarget("case " + c, table.labels.get(c), ours.caseTarget(c));
            }
            return difference;
        }
        if (insn instanceof LookupSwitchInsnNode lookup) {
            String difference = expect("npairs", lookup.keys.size(), ours.caseCount());
            difference = difference != null ? difference : compareTarget("default", lookup.dflt, ours.defaultTarget());
            for (int c = 0; difference == null && c < lookup.keys.size(); c++) {
                difference = expect("key " + c, lookup.keys.get(c), ours.caseKey(c));
                difference = difference != null ? difference
                        : compareTarget("case " + c, lookup.labels.get(c), ours.caseTarget(c));
            }
            return difference;
        }
        return null;
    }

    private String compareTarget(String what, LabelNode label, int target) {
        AbstractInsnNode landing = label;
        while (landing.getOpcode() < 0) {
            landing = landing.getNext();
        }
        int asmIndex = indexOfInsn.get(landing);
        if (ours.indexOf(target) != asmIndex) {
            return what + " " + target + " is instruction " + ours.indexOf(target) + ", ASM's is instruction "
                    + asmIndex;
        }
        return sameEncoding ? expect(what + " offset", AsmCodeOracle.offsetOf(label), target) : null;
    }

    private String compareConstant(Object constant, int index) {
        Object value;
        if (constant instanceof Integer) {
            value = pool.intValue(index);
        } else if (constant instanceof Float f) {
            return expect("float bits", Float.floatToRawIntBits(f), pool.floatBits(index));
        } else if (constant instanceof Long) {
            value = pool.longValue(index);
        } else if (constant instanceof Double d) {
            return Double.doubleToRawLongBits(d) == pool.doubleBits(index) ? null : "double constant differs";
        } else if (constant instanceof String) {
            value = pool.stringValue(index);
        } else if (constant instanceof Type type) {
            value = type.getSort() == Type.METHOD ? pool.methodType(index) : pool.className(index);
            constant = type.getSort() == Type.METHOD ? type.getDescriptor() : type.getInternalName();
        } else if (constant instanceof Handle handle) {
            MethodHandleRef ref = pool.methodHandle(index);
            if (ref.kind() != handle.getTag()) {
                return "method handle kind " + ref.kind() + ", ASM has " + handle.getTag();
            }
            return compareMember(ref.member(), handle.getOwner(), handle.getName(), handle.getDesc(),
                    handle.isInterface());
        } else if (constant instanceof ConstantDynamic dynamic) {
            var ref = pool.dynamic(index);
            return ref.name().equals(dynamic.getName()) && ref.descriptor().equals(dynamic.getDescriptor()) ? null
                    : "dynamic constant " + ref + ", ASM has " + dynamic;
        } else {
            return "unexpected ASM constant " + constant;
        }
        return constant.equals(value) ? null : "constant #" + index + " is " + value + ", ASM has " + constant;
    }

    private static String compareMember(MemberRef ref, String owner, String name, String descriptor,
            boolean isInterface) {
        if (ref.owner().equals(owner) && ref.name().equals(name) && ref.descriptor().equals(descriptor)
                && ref.isInterface() == isInterface) {
            return null;
        }
        return "member " + ref + (ref.isInterface() ? " (interface)" : "") + ", ASM has " + owner + "." + name
                + descriptor + (isInterface ? " (interface)" : "");
    }

    private static String expect(String what, int asm, int decoded) {
        return asm == decoded ? null : what + " " + decoded + ", ASM has " + asm;
    }

    private static String expectText(String what, String asm, String decoded) {
        return asm.equals(decoded) ? null : what + " " + decoded + ", ASM has " + asm;
    }
}
