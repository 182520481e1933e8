package org.eremite.vm.compiler.bytecode;

import java.util.List;

import org.eremite.vm.classfile.ExceptionHandler;

/**
 * The instructions of one method's code array, decoded and checked as a whole: every instruction is well formed
 * ({@link BytecodeReader}), the last one ends exactly at the end of the code, and every branch and switch target
 * is the start of an instruction (JVMS 4.9.1). Instructions are numbered in code order from 0; offsets map to
 * indices and back in constant time.
 */
public final class InstructionList {
    /** JVMS 4.7.3: "The value of the code_length item must be greater than zero and less than 65536." */
    public static final int MAX_CODE_LENGTH = 65535;

    private final String method;
    private final int codeLength;
    private final Instruction[] instructions;
    /** The index of the instruction starting at each offset, -1 for offsets inside an instruction. */
    private final int[] indexAtOffset;

    private InstructionList(String method, int codeLength, Instruction[] instructions, int[] indexAtOffset) {
        this.method = method;
        this.codeLength = codeLength;
        this.instructions = instructions;
        this.indexAtOffset = indexAtOffset;
    }

    /**
     * Decodes all of {@code code}.
     *
     * @param method a description of the method for error messages, e.g. {@code java/lang/String.length()I}
     * @throws BytecodeException naming the method and the offset of the first malformed instruction
     */
    public static InstructionList decode(String method, byte[] code) {
        if (code.length == 0 || code.length > MAX_CODE_LENGTH) {
            throw new BytecodeException(method, -1, "code length " + code.length + " is not within 1 .. "
                    + MAX_CODE_LENGTH + " (JVMS 4.7.3)");
        }
        int[] indexAtOffset = new int[code.length];
        Instruction[] decoded = new Instruction[Math.max(16, code.length / 2)];
        int count = 0;
        BytecodeReader reader = new BytecodeReader(method, code);
        while (reader.hasNext()) {
            int offset = reader.position();
            Instruction instruction = reader.next();
            if (count == decoded.length) {
                Instruction[] larger = new Instruction[count * 2];
                System.arraycopy(decoded, 0, larger, 0, count);
                decoded = larger;
            }
            for (int i = offset + 1; i < instruction.nextOffset(); i++) {
                indexAtOffset[i] = -1;
            }
            indexAtOffset[offset] = count;
            decoded[count++] = instruction;
        }
        Instruction[] instructions = new Instruction[count];
        System.arraycopy(decoded, 0, instructions, 0, count);
        InstructionList list = new InstructionList(method, code.length, instructions, indexAtOffset);
        list.checkTargets();
        return list;
    }

    private void checkTargets() {
        for (Instruction instruction : instructions) {
            if (instruction.isBranch()) {
                checkTarget(instruction, instruction.branchTarget());
            } else if (instruction.isSwitch()) {
                checkTarget(instruction, instruction.defaultTarget());
                for (int i = 0; i < instruction.caseCount(); i++) {
                    checkTarget(instruction, instruction.caseTarget(i));
                }
            }
        }
    }

    private void checkTarget(Instruction instruction, int target) {
        // The decoder has already checked that the target is inside the code.
        if (indexAtOffset[target] < 0) {
            throw new BytecodeException(method, instruction.offset(), instruction.name() + " targets offset " + target
                    + ", which is inside the instruction " + containing(target) + " (JVMS 4.9.1)");
        }
    }

    /**
     * Checks an exception table against the code (JVMS 4.7.3): each {@code start_pc} and {@code handler_pc} is the
     * start of an instruction, each {@code end_pc} is the start of an instruction or the code length, and
     * {@code start_pc < end_pc}.
     *
     * @throws BytecodeException naming the entry, with the offset of the bad pc
     */
    public void checkExceptionTable(List<ExceptionHandler> handlers) {
        for (int i = 0; i < handlers.size(); i++) {
            ExceptionHandler handler = handlers.get(i);
            String entry = "exception table entry " + i + " [" + handler.startPc() + ", " + handler.endPc() + ") -> "
                    + handler.handlerPc();
            if (!isInstructionStart(handler.startPc())) {
                throw new BytecodeException(method, handler.startPc(),
                        entry + ": start_pc is not the start of an instruction (JVMS 4.7.3)");
            }
            if (handler.endPc() != codeLength && !isInstructionStart(handler.endPc())) {
                throw new BytecodeException(method, handler.endPc(), entry
                        + ": end_pc is neither the start of an instruction nor the code length (JVMS 4.7.3)");
            }
            if (handler.startPc() >= handler.endPc()) {
                throw new BytecodeException(method, handler.startPc(),
                        entry + ": start_pc is not less than end_pc (JVMS 4.7.3)");
            }
            if (!isInstructionStart(handler.handlerPc())) {
                throw new BytecodeException(method, handler.handlerPc(),
                        entry + ": handler_pc is not the start of an instruction (JVMS 4.7.3)");
            }
        }
    }

    /** The description of the method, as given to {@link #decode}. */
    public String method() {
        return method;
    }

    /** The length of the code array in bytes. */
    public int codeLength() {
        return codeLength;
    }

    /** The number of instructions. */
    public int size() {
        return instructions.length;
    }

    /** The instruction with index {@code index} (0 is the one at offset 0). */
    public Instruction get(int index) {
        return instructions[index];
    }

    /** True if an instruction starts at {@code offset}. */
    public boolean isInstructionStart(int offset) {
        return offset >= 0 && offset < codeLength && indexAtOffset[offset] >= 0;
    }

    /** The index of the instruction that starts at {@code offset}, or -1 if none does. */
    public int indexOf(int offset) {
        return offset >= 0 && offset < codeLength ? indexAtOffset[offset] : -1;
    }

    /**
     * The instruction that starts at {@code offset}.
     *
     * @throws IllegalArgumentException if no instruction starts there
     */
    public Instruction at(int offset) {
        int index = indexOf(offset);
        if (index < 0) {
            throw new IllegalArgumentException(method + ": no instruction starts at offset " + offset);
        }
        return instructions[index];
    }

    /** The instruction that contains byte {@code offset}, as text for messages. */
    private String containing(int offset) {
        int start = offset;
        while (indexAtOffset[start] < 0) {
            start--;
        }
        return instructions[indexAtOffset[start]].toString();
    }
}
