package org.eremite.vm.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

import org.eremite.vm.classfile.CodeAttribute;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.bytecode.AsmCodeOracle;
import org.eremite.vm.testing.JdkClassFiles;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.MethodNode;

/**
 * Analyzes every method with code in the build JDK's java.base and compares, before every instruction, the kind of
 * every local and stack slot and the stack depth with ASM's {@code Analyzer} and {@code BasicInterpreter} (mapped
 * as {@link AsmFrames} says), the control-flow graph with the edges ASM's analyzer follows, and the deepest stack
 * with the max_stack ASM computes.
 */
class JavaBaseFrameAnalysisTest {
    @Test
    void everyJavaBaseMethodHasAsmsFramesEdgesAndMaxStack() {
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        LongAdder methods = new LongAdder();
        LongAdder reachable = new LongAdder();
        LongAdder unreachable = new LongAdder();
        LongAdder slots = new LongAdder();
        LongAdder blocks = new LongAdder();
        LongAdder handlerEntries = new LongAdder();
        Queue<String> morePrecise = new ConcurrentLinkedQueue<>();
        JdkClassFiles.javaBase().parallelStream().forEach(entry -> {
            AsmCodeOracle oracle = new AsmCodeOracle(entry.bytes());
            for (MethodNode method : oracle.methodsWithCode()) {
                MethodInfo info = oracle.info(method);
                CodeAttribute code = info.code();
                String description = oracle.describe(method);
                try {
                    FrameAnalysis analysis = FrameAnalysis.analyze(oracle.classFile.constantPool(),
                            info.accessFlags(), oracle.node.name, method.name, method.desc, code.maxStack(),
                            code.maxLocals(), code.code(), code.exceptionHandlers());
                    FrameComparison comparison = new FrameComparison(analysis,
                            new AsmFrames(oracle.node.name, method));
                    String difference = comparison.firstFrameDifference();
                    if (difference == null) {
                        difference = comparison.firstEdgeDifference();
                    }
                    if (difference == null && analysis.maxStackDepth() != oracle.computedMaxStack(method)) {
                        difference = "deepest stack " + analysis.maxStackDepth() + ", ASM computes max_stack "
                                + oracle.computedMaxStack(method);
                    }
                    if (difference != null) {
                        failures.add(description + ": " + difference);
                    }
                    if (comparison.morePrecise > 0) {
                        morePrecise.add(description);
                    }
                    methods.increment();
                    reachable.add(comparison.reachable);
                    unreachable.add(analysis.code().size() - comparison.reachable);
                    slots.add(comparison.comparedSlots);
                    blocks.add(analysis.graph().blockCount());
                    for (int b = 0; b < analysis.graph().blockCount(); b++) {
                        if (analysis.graph().block(b).isHandlerEntry()) {
                            handlerEntries.increment();
                        }
                    }
                } catch (Exception e) {
                    failures.add(description + ": " + e);
                }
            }
        });
        System.out.println("java.base frames: " + methods.sum() + " methods, " + reachable.sum()
                + " reachable instructions (" + unreachable.sum() + " unreachable), " + slots.sum()
                + " slot kinds compared, " + blocks.sum() + " blocks, " + handlerEntries.sum() + " handler entries; "
                + "more precise than ASM after a store ending a try range in " + morePrecise);
        assertTrue(failures.isEmpty(), failures.size() + " methods differ, e.g.\n"
                + String.join("\n", failures.stream().limit(20).toList()));
        assertTrue(methods.sum() > 50_000, "expected every java.base method, analyzed " + methods.sum());
        assertTrue(morePrecise.size() < 20, "the store-at-range-end difference should be rare: " + morePrecise);
    }
}
