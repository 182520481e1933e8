package org.eremite.vm.classfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one Code attribute (JVMS 4.7.3) and the attributes within it that a JVM needs: LineNumberTable
 * (4.7.12), LocalVariableTable (4.7.13, with LocalVariableTypeTable checked by {@link LocalVariableTables}) and
 * StackMapTable (4.7.4, kept as bytes for the verifier).
 *
 * <p>Range checks follow JVMS 4.7.3 as far as they need no instruction decoding, and match HotSpot's format
 * checker: {@code 0 < code_length < 65536}; max_locals holds the arguments; each handler's {@code start_pc <
 * end_pc <= code_length} and {@code handler_pc < code_length}; line number start pcs within the code. Whether a
 * pc is the start of an instruction is the verifier's concern.
 *
 * <p>The layout is the same for every version: the one-byte max_stack/max_locals and two-byte code_length of
 * pre-release class files (45.0 to 45.2) are not supported, by HotSpot 17 either.
 */
final class CodeAttributeParser {
    /** JVMS 4.7.3: code_length "must be less than 65536". */
    static final int MAX_CODE_LENGTH = 65535;

    private final ClassFileParser p;
    private final ByteReader a;
    private final int argumentSlots;

    /** @param argumentSlots the slots the method's arguments take, {@code this} included */
    CodeAttributeParser(ClassFileParser p, ByteReader codeAttribute, int argumentSlots) {
        this.p = p;
        this.a = codeAttribute;
        this.argumentSlots = argumentSlots;
    }

    CodeAttribute read() {
        int maxStack = a.u2();
        int maxLocalsOffset = a.position();
        int maxLocals = a.u2();
        // HotSpot's format check: the arguments must fit in the locals (JVMS 2.6.1).
        if (maxLocals < argumentSlots) {
            throw a.error(maxLocalsOffset, "max_locals " + maxLocals + " is less than the " + argumentSlots
                    + " slots of the arguments");
        }
        int lengthOffset = a.position();
        long codeLength = a.u4() & 0xFFFFFFFFL;
        if (codeLength == 0) {
            throw a.error(lengthOffset, "code length 0");
        }
        if (codeLength > MAX_CODE_LENGTH) {
            throw a.error(lengthOffset, "code length " + codeLength + ", must be less than 65536");
        }
        if (codeLength > a.remaining()) {
            throw a.error(lengthOffset, "truncated attribute Code: code length " + codeLength + ", "
                    + a.remaining() + " bytes left");
        }
        int length = (int) codeLength;
        byte[] code = a.copy(length);
        List<ExceptionHandler> handlers = readExceptionTable(length);

        int[] lineNumbers = new int[0];
        LocalVariableTables localVariables = new LocalVariableTables(p, length, maxLocals);
        byte[] stackMapTable = null;
        List<RawAttribute> attributes = new ArrayList<>(0);
        a.context("Code attribute's attributes_count", "");
        int count = a.u2();
        for (int i = 0; i < count; i++) {
            ByteReader attribute = p.attribute(a);
            String name = p.attributeName;
            switch (name) {
                case "LineNumberTable" -> lineNumbers = readLineNumbers(attribute, length, lineNumbers);
                case "LocalVariableTable" -> localVariables.readLocalVariableTable(attribute);
                default -> {
                    // JVMS 4.7.4: StackMapTable is recognized from 50.0 on, at most one per Code attribute.
                    if (name.equals("StackMapTable") && p.majorVersion >= 50) {
                        if (stackMapTable != null) {
                            throw p.duplicate(attribute, name);
                        }
                        stackMapTable = attribute.copy(attribute.remaining());
                    } else {
                        if (name.equals("LocalVariableTypeTable") && p.majorVersion >= 49) {
                            localVariables.readLocalVariableTypeTable(attribute.view()); // checked, then kept raw
                        }
                        attributes.add(p.raw(attribute));
                    }
                }
            }
        }
        p.endOfAttribute(a, "Code");
        return new CodeAttribute(maxStack, maxLocals, code, handlers, lineNumbers, localVariables.finish(),
                stackMapTable, List.copyOf(attributes));
    }

    private List<ExceptionHandler> readExceptionTable(int codeLength) {
        a.context("exception table", "");
        int count = a.u2();
        if (count == 0) {
            return List.of();
        }
        ExceptionHandler[] handlers = new ExceptionHandler[count];
        for (int i = 0; i < count; i++) {
            int offset = a.position();
            int startPc = a.u2();
            int endPc = a.u2();
            int handlerPc = a.u2();
            int catchTypeIndex = a.u2();
            if (startPc >= endPc || endPc > codeLength) {
                throw a.error(offset, "exception handler " + i + " covers [" + startPc + ", " + endPc
                        + "), not a non-empty range within the code of length " + codeLength);
            }
            if (handlerPc >= codeLength) {
                throw a.error(offset, "exception handler " + i + " starts at pc " + handlerPc
                        + ", beyond the code of length " + codeLength);
            }
            String catchType = p.optionalClassAt(catchTypeIndex, offset + 6, "catch_type");
            handlers[i] = new ExceptionHandler(startPc, endPc, handlerPc, catchType);
        }
        return List.of(handlers);
    }

    /** Appends the entries of one LineNumberTable to {@code sofar}; JVMS 4.7.12 allows several. */
    private int[] readLineNumbers(ByteReader attribute, int codeLength, int[] sofar) {
        int count = attribute.u2();
        if (attribute.remaining() != 4 * count) {
            throw attribute.error(p.attributeOffset, "LineNumberTable of " + count + " entries has length "
                    + (attribute.remaining() + 2));
        }
        int[] lines = new int[sofar.length + 2 * count];
        System.arraycopy(sofar, 0, lines, 0, sofar.length);
        for (int i = 0; i < count; i++) {
            int offset = attribute.position();
            int startPc = attribute.u2();
            if (startPc >= codeLength) {
                throw attribute.error(offset, "LineNumberTable entry " + i + " has start_pc " + startPc
                        + ", beyond the code of length " + codeLength);
            }
            lines[sofar.length + 2 * i] = startPc;
            lines[sofar.length + 2 * i + 1] = attribute.u2();
        }
        return lines;
    }
}
