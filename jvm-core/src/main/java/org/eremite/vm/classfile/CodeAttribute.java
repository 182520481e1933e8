package org.eremite.vm.classfile;

import java.util.List;

/**
 * The Code attribute of a method (JVMS 4.7.3), with the attributes inside it that a JVM uses: LineNumberTable
 * (JVMS 4.7.12), LocalVariableTable (4.7.13) and StackMapTable (4.7.4, kept as raw bytes).
 *
 * <p>The parser has checked the ranges (JVMS 4.7.3, as HotSpot's format checker): {@code 0 < code length <
 * 65536}, every handler's {@code startPc < endPc <= code length} and {@code handlerPc < code length}, line
 * number and local variable pcs inside the code. Whether those pcs start instructions is for the bytecode
 * verifier (JVMS 4.10), which decodes the instructions.
 */
public final class CodeAttribute {
    private final int maxStack;
    private final int maxLocals;
    private final byte[] code;
    private final List<ExceptionHandler> exceptionHandlers;
    /** (startPc, line) pairs in class-file order, as {@link #lineNumberAt} needs them. */
    private final int[] lineNumbers;
    private final List<LocalVariable> localVariables;
    private final byte[] stackMapTable;
    private final List<RawAttribute> attributes;

    CodeAttribute(int maxStack, int maxLocals, byte[] code, List<ExceptionHandler> exceptionHandlers,
                  int[] lineNumbers, List<LocalVariable> localVariables, byte[] stackMapTable,
                  List<RawAttribute> attributes) {
        this.maxStack = maxStack;
        this.maxLocals = maxLocals;
        this.code = code;
        this.exceptionHandlers = exceptionHandlers;
        this.lineNumbers = lineNumbers;
        this.localVariables = localVariables;
        this.stackMapTable = stackMapTable;
        this.attributes = attributes;
    }

    public int maxStack() {
        return maxStack;
    }

    public int maxLocals() {
        return maxLocals;
    }

    /** The bytecode. The array is shared, not copied: callers must not modify it. */
    public byte[] code() {
        return code;
    }

    public int codeLength() {
        return code.length;
    }

    /** The exception table in class-file order, which is the order handlers are searched (JVMS 2.10). */
    public List<ExceptionHandler> exceptionHandlers() {
        return exceptionHandlers;
    }

    /** The entries of all LineNumberTable attributes, in class-file order; empty if there are none. */
    public List<LineNumber> lineNumbers() {
        LineNumber[] entries = new LineNumber[lineNumbers.length / 2];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new LineNumber(lineNumbers[2 * i], lineNumbers[2 * i + 1]);
        }
        return List.of(entries);
    }

    public boolean hasLineNumbers() {
        return lineNumbers.length > 0;
    }

    /**
     * The source line of the instruction at {@code pc}, or -1 if unknown, as HotSpot's
     * {@code Method::line_number_from_bci} answers it, so that stack traces match HotSpot's: an entry starting
     * exactly at {@code pc} wins (the first such in table order); otherwise the entry with the greatest start
     * below {@code pc} (the last such in table order, since the table need not be sorted and may repeat pcs,
     * JVMS 4.7.12).
     */
    public int lineNumberAt(int pc) {
        if (pc < 0 || pc >= code.length) {
            return -1;
        }
        int bestPc = 0;
        int bestLine = -1;
        for (int i = 0; i < lineNumbers.length; i += 2) {
            int start = lineNumbers[i];
            if (start == pc) {
                return lineNumbers[i + 1];
            }
            if (start < pc && start >= bestPc) {
                bestPc = start;
                bestLine = lineNumbers[i + 1];
            }
        }
        return bestLine;
    }

    /** The entries of all LocalVariableTable attributes in class-file order; empty if there are none. */
    public List<LocalVariable> localVariables() {
        return localVariables;
    }

    /** The StackMapTable attribute's bytes after its header (JVMS 4.7.4), or null if there is none. */
    public byte[] stackMapTable() {
        return stackMapTable == null ? null : stackMapTable.clone();
    }

    /** The attributes of the Code attribute not interpreted (LocalVariableTypeTable, type annotations ...). */
    public List<RawAttribute> attributes() {
        return attributes;
    }
}
