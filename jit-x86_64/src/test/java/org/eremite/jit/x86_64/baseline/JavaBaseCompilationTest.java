package org.eremite.jit.x86_64.baseline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.baseline.BaselineCompiler;
import org.eremite.vm.compiler.baseline.CompilationException;
import org.eremite.vm.compiler.baseline.CompiledMethod;
import org.eremite.vm.compiler.bytecode.InstructionList;
import org.eremite.vm.compiler.bytecode.Opcodes;
import org.eremite.vm.testing.JdkClassFiles;
import org.junit.jupiter.api.Test;

/**
 * Compiles every method with code of the build JDK's java.base for x86_64 with a made-up context and checks that
 * every bytecode has a template, nothing throws but the documented refusals (invokedynamic and ldc of method
 * handles, types and dynamic constants, which the image builder desugars), and the tables are consistent with the
 * code. Prints the compile speed (bytecode bytes per second, all threads' compile time summed) and the code-size
 * ratio.
 */
class JavaBaseCompilationTest {
    @Test
    void everyJavaBaseMethodCompilesWithConsistentTables() {
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        LongAdder methods = new LongAdder();
        LongAdder refused = new LongAdder();
        LongAdder bytecodeBytes = new LongAdder();
        LongAdder machineBytes = new LongAdder();
        LongAdder nanos = new LongAdder();
        LongAdder gcMaps = new LongAdder();
        LongAdder nullChecks = new LongAdder();
        AtomicLongArray opcodes = new AtomicLongArray(256);
        TestContext context = new TestContext();
        JdkClassFiles.javaBase().parallelStream().forEach(entry -> {
            ClassFile classFile = ClassFileParser.parse(entry.bytes(), entry.path());
            BaselineCompiler compiler = new BaselineCompiler(context, new Backend());
            for (MethodInfo method : classFile.methods()) {
                if (method.code() == null) {
                    continue;
                }
                String description = classFile.thisClass() + "." + method.name() + method.descriptor();
                long start = System.nanoTime();
                CompiledMethod compiled;
                try {
                    compiled = compiler.compile(classFile, method);
                } catch (CompilationException e) {
                    if (e.getMessage().contains("invokedynamic") || e.getMessage().contains("desugared")) {
                        refused.increment();
                    } else {
                        failures.add(e.getMessage());
                    }
                    continue;
                } catch (RuntimeException e) {
                    failures.add(description + ": " + e);
                    continue;
                }
                nanos.add(System.nanoTime() - start);
                methods.increment();
                bytecodeBytes.add(method.code().codeLength());
                machineBytes.add(compiled.codeSize());
                gcMaps.add(compiled.gcMaps().size());
                nullChecks.add(compiled.implicitNullChecks().length);
                InstructionList instructions = InstructionList.decode(description, method.code().code());
                for (int i = 0; i < instructions.size(); i++) {
                    opcodes.incrementAndGet(instructions.get(i).opcode());
                }
                String problem = TableChecks.problem(compiled);
                if (problem != null) {
                    failures.add(description + ": " + problem);
                }
            }
        });
        double seconds = nanos.sum() / 1e9;
        System.out.printf("java.base x86_64 baseline: %d methods (%d refused: invokedynamic or desugared ldc), "
                + "%d bytecode bytes -> %d machine bytes (ratio %.2f), %.0f bytecode bytes/s per thread "
                + "(%.1f s summed over threads), %d GC maps, %d implicit null checks%n", methods.sum(), refused.sum(),
                bytecodeBytes.sum(), machineBytes.sum(), (double) machineBytes.sum() / bytecodeBytes.sum(),
                bytecodeBytes.sum() / seconds, seconds, gcMaps.sum(), nullChecks.sum());
        assertTrue(failures.isEmpty(), failures.size() + " methods failed, e.g.\n"
                + String.join("\n", failures.stream().limit(20).toList()));
        assertTrue(methods.sum() > 50_000, "expected every java.base method, compiled " + methods.sum());
        TreeMap<String, Long> missing = new TreeMap<>();
        for (int opcode = 0; opcode <= Opcodes.JSR_W; opcode++) {
            if (!NOT_IN_JAVA_BASE.contains(Opcodes.name(opcode)) && opcodes.get(opcode) == 0) {
                missing.put(Opcodes.name(opcode), 0L);
            }
        }
        assertTrue(missing.isEmpty(), "opcodes never compiled in java.base: " + missing.keySet());
    }

    /**
     * One thread, warmed up: the compile speed (front end included) on the classes of java.lang and java.util, in
     * bytecode bytes per second, and the code-size ratio. Prints only: the figure depends on the machine.
     */
    @Test
    void compileSpeedOnOneThread() {
        List<ClassFile> classes = new java.util.ArrayList<>();
        for (JdkClassFiles.Entry entry : JdkClassFiles.javaBase()) {
            if (entry.path().startsWith("java/lang/") || entry.path().startsWith("java/util/")) {
                classes.add(ClassFileParser.parse(entry.bytes(), entry.path()));
            }
        }
        BaselineCompiler compiler = new BaselineCompiler(new TestContext(), new Backend());
        long[] totals = new long[3];
        for (int round = 0; round < 3; round++) {
            totals[0] = 0;
            totals[1] = 0;
            long start = System.nanoTime();
            for (ClassFile classFile : classes) {
                for (MethodInfo method : classFile.methods()) {
                    if (method.code() == null) {
                        continue;
                    }
                    try {
                        CompiledMethod compiled = compiler.compile(classFile, method);
                        totals[0] += method.code().codeLength();
                        totals[1] += compiled.codeSize();
                    } catch (CompilationException e) {
                        // refused (invokedynamic): not counted
                    }
                }
            }
            totals[2] = System.nanoTime() - start;
        }
        System.out.printf("compile speed, one thread, java.lang and java.util (%d classes): %.0f bytecode bytes/s, "
                + "ratio %.2f machine bytes per bytecode byte%n", classes.size(), totals[0] / (totals[2] / 1e9),
                (double) totals[1] / totals[0]);
    }

    /**
     * The opcodes java.base 17 does not use (or, for invokedynamic, that the compiler refuses; wide is folded into
     * the instruction it modifies): {@link OldBytecode} has them, and ListingRoundTripTest compiles it.
     */
    static final List<String> NOT_IN_JAVA_BASE = List.of("nop", "invokedynamic", "wide", "jsr", "jsr_w", "ret", "goto_w",
            "dup2_x2", "frem", "fstore_0", "swap");
}
