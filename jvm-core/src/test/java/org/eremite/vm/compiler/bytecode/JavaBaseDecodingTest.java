package org.eremite.vm.compiler.bytecode;

import org.eremite.vm.testing.JdkClassFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

import org.eremite.vm.classfile.CodeAttribute;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Printer;

/**
 * Decodes every method with code in the build JDK's java.base and compares each instruction with ASM's reading
 * of the same class (see {@link AsmInstructionComparison}).
 */
class JavaBaseDecodingTest {
    @Test
    void everyJavaBaseMethodDecodesAsAsmReadsIt() {
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        LongAdder methods = new LongAdder();
        LongAdder instructions = new LongAdder();
        LongAdder identicallyEncoded = new LongAdder();
        AtomicIntegerArray opcodeCounts = new AtomicIntegerArray(256);
        List<JdkClassFiles.Entry> classes = JdkClassFiles.javaBase();
        classes.parallelStream().forEach(entry -> {
            AsmCodeOracle oracle = new AsmCodeOracle(entry.bytes());
            for (MethodNode method : oracle.methodsWithCode()) {
                CodeAttribute code = oracle.info(method).code();
                String description = oracle.describe(method);
                try {
                    InstructionList decoded = InstructionList.decode(description, code.code());
                    boolean identical = oracle.offsetsKnown(method);
                    List<AbstractInsnNode> theirs = AsmCodeOracle.instructions(method);
                    String difference = new AsmInstructionComparison(oracle, decoded, theirs, identical)
                            .firstDifference();
                    if (difference != null) {
                        failures.add(description + ": " + difference);
                    }
                    methods.increment();
                    instructions.add(decoded.size());
                    if (identical) {
                        identicallyEncoded.increment();
                    }
                    for (int i = 0; i < decoded.size(); i++) {
                        Instruction instruction = decoded.get(i);
                        opcodeCounts.incrementAndGet(instruction.isWide() ? Opcodes.WIDE : instruction.opcode());
                    }
                } catch (RuntimeException e) {
                    failures.add(description + ": " + e);
                }
            }
        });
        int distinctOpcodes = 0;
        StringBuilder absent = new StringBuilder();
        for (int op = 0; op <= Opcodes.JSR_W; op++) {
            if (opcodeCounts.get(op) > 0) {
                distinctOpcodes++;
            } else {
                absent.append(' ').append(Opcodes.name(op));
            }
        }
        System.out.println("java.base: " + classes.size() + " classes, " + methods.sum() + " methods, "
                + instructions.sum() + " instructions, " + identicallyEncoded.sum()
                + " methods with ASM's offsets; " + distinctOpcodes + " distinct opcodes; absent:" + absent);
        assertTrue(failures.isEmpty(), failures.size() + " methods differ, e.g.\n"
                + String.join("\n", failures.stream().limit(20).toList()));
        assertTrue(methods.sum() > 50_000, "expected every java.base method, decoded " + methods.sum());
        // ASM's offsets are the original ones only where ASM writes the same bytes; that must be (nearly) always.
        assertTrue(identicallyEncoded.sum() > methods.sum() * 99 / 100);
    }

    @Test
    void namesAndLengthsOfOpcodesAgreeWithAsm() {
        for (int op = 0; op < Printer.OPCODES.length; op++) {
            if (Printer.OPCODES[op] != null && !Printer.OPCODES[op].isEmpty()) {
                assertEquals(Printer.OPCODES[op].toLowerCase(), Opcodes.name(op), "opcode " + op);
            }
        }
        assertEquals("goto_w", Opcodes.name(Opcodes.GOTO_W));
        assertEquals("jsr_w", Opcodes.name(Opcodes.JSR_W));
        assertEquals(org.objectweb.asm.Opcodes.IFNONNULL, Opcodes.IFNONNULL);
        assertEquals(org.objectweb.asm.Opcodes.T_LONG, Opcodes.T_LONG);
    }
}
