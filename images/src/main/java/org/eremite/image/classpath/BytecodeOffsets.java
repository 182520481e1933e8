package org.eremite.image.classpath;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;

/**
 * The bytecode offset of every instruction of every method of a class file, in order, read from the raw
 * {@code Code} attributes (JVMS 4.7.3). ASM's tree API drops offsets; ASM's reader produces exactly one
 * instruction node per instruction, so the i-th instruction node of a method has the i-th offset found here.
 */
public final class BytecodeOffsets {
    private BytecodeOffsets() {
    }

    /** Offsets per method, keyed by {@code name + descriptor}; abstract and native methods have none. */
    public static Map<String, int[]> of(ClassReader reader) {
        char[] buffer = new char[reader.getMaxStringLength()];
        Map<String, int[]> result = new HashMap<>();
        int p = reader.header + 6; // access_flags, this_class, super_class
        p += 2 + 2 * reader.readUnsignedShort(p); // interfaces
        int fields = reader.readUnsignedShort(p);
        p += 2;
        for (int i = 0; i < fields; i++) {
            p = skipAttributes(reader, p + 6);
        }
        int methods = reader.readUnsignedShort(p);
        p += 2;
        for (int i = 0; i < methods; i++) {
            String name = reader.readUTF8(p + 2, buffer);
            String descriptor = reader.readUTF8(p + 4, buffer);
            int attributes = reader.readUnsignedShort(p + 6);
            p += 8;
            for (int a = 0; a < attributes; a++) {
                int length = reader.readInt(p + 2);
                if ("Code".equals(reader.readUTF8(p, buffer))) {
                    // Code: name u2, length u4, max_stack u2, max_locals u2, code_length u4, code[]
                    int codeLength = reader.readInt(p + 10);
                    result.put(name + descriptor, instructionOffsets(reader, p + 14, codeLength));
                }
                p += 6 + length;
            }
        }
        return result;
    }

    private static int skipAttributes(ClassReader reader, int p) {
        int attributes = reader.readUnsignedShort(p);
        p += 2;
        for (int a = 0; a < attributes; a++) {
            p += 6 + reader.readInt(p + 2);
        }
        return p;
    }

    private static int[] instructionOffsets(ClassReader reader, int start, int length) {
        int[] offsets = new int[Math.max(4, length / 2)];
        int count = 0;
        int pc = 0;
        while (pc < length) {
            if (count == offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, count * 2);
            }
            offsets[count++] = pc;
            pc += instructionLength(reader, start, pc);
        }
        return java.util.Arrays.copyOf(offsets, count);
    }

    /** The length in bytes of the instruction at {@code pc} (JVMS 6.5). */
    static int instructionLength(ClassReader reader, int codeStart, int pc) {
        int opcode = reader.readByte(codeStart + pc);
        switch (opcode) {
            case 0x10, 0x12, 0x15, 0x16, 0x17, 0x18, 0x19, 0x36, 0x37, 0x38, 0x39, 0x3a, 0xa9, 0xbc:
                return 2; // bipush, ldc, xload n, xstore n, ret, newarray
            case 0x11, 0x13, 0x14, 0x84, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xbb, 0xbd, 0xc0, 0xc1, 0xc6,
                    0xc7:
                return 3; // sipush, ldc_w, ldc2_w, iinc, field and method refs, new, anewarray, casts, ifnull
            case 0xc5:
                return 4; // multianewarray
            case 0xb9, 0xba, 0xc8, 0xc9:
                return 5; // invokeinterface, invokedynamic, goto_w, jsr_w
            case 0xc4:
                return reader.readByte(codeStart + pc + 1) == 0x84 ? 6 : 4; // wide iinc, wide load/store/ret
            case 0xaa: { // tableswitch: padding to a multiple of 4, default, low, high, jump table
                int p = align(pc + 1);
                int low = reader.readInt(codeStart + p + 4);
                int high = reader.readInt(codeStart + p + 8);
                return p + 12 + 4 * (high - low + 1) - pc;
            }
            case 0xab: { // lookupswitch: padding, default, npairs, pairs
                int p = align(pc + 1);
                int pairs = reader.readInt(codeStart + p + 4);
                return p + 8 + 8 * pairs - pc;
            }
            default:
                if (opcode >= 0x99 && opcode <= 0xa8) {
                    return 3; // if<cond>, if_icmp<cond>, if_acmp<cond>, goto, jsr
                }
                if (opcode > 0xc9) {
                    throw new IllegalArgumentException("invalid opcode 0x" + Integer.toHexString(opcode)
                            + " at bytecode offset " + pc);
                }
                return 1;
        }
    }

    private static int align(int pc) {
        return (pc + 3) & ~3;
    }
}
