package org.eremite.vm.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.eremite.vm.classfile.CodeAttribute;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.bytecode.AsmCodeOracle;
import org.eremite.vm.compiler.bytecode.BytecodeException;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;

/** Runs {@link FrameAnalysis} on the methods of a class file, alone or side by side with ASM's analyzer. */
final class Analyses {
    private Analyses() {
    }

    /** Analyzes one method of a class file (parsed by the VM's parser), as the image builder would. */
    static FrameAnalysis analyze(byte[] classBytes, String methodName) {
        ClassFile classFile = ClassFileParser.parse(classBytes);
        for (MethodInfo method : classFile.methods()) {
            if (method.name().equals(methodName)) {
                CodeAttribute code = method.code();
                return FrameAnalysis.analyze(classFile.constantPool(), method.accessFlags(), classFile.thisClass(),
                        method.name(), method.descriptor(), code.maxStack(), code.maxLocals(), code.code(),
                        code.exceptionHandlers());
            }
        }
        throw new IllegalArgumentException("no method " + methodName);
    }

    /** The exception the analysis of one method throws (it must throw one). */
    static BytecodeException rejection(byte[] classBytes, String methodName) {
        return assertThrows(BytecodeException.class, () -> analyze(classBytes, methodName));
    }

    /**
     * Analyzes every method, asserts that frames, edges and the deepest stack agree with ASM (see
     * {@link FrameComparison}), and returns the analyses by method name.
     */
    static Map<String, FrameAnalysis> analyzeAgreeingWithAsm(byte[] classBytes) {
        AsmCodeOracle oracle = new AsmCodeOracle(classBytes);
        Map<String, FrameAnalysis> analyses = new LinkedHashMap<>();
        for (MethodNode method : oracle.methodsWithCode()) {
            FrameAnalysis analysis = analyze(classBytes, method.name);
            FrameComparison comparison;
            try {
                comparison = new FrameComparison(analysis, new AsmFrames(oracle.node.name, method));
            } catch (AnalyzerException e) {
                throw new AssertionError("ASM rejects " + oracle.describe(method), e);
            }
            assertNull(comparison.firstFrameDifference(), oracle.describe(method));
            assertNull(comparison.firstEdgeDifference(), oracle.describe(method));
            analyses.put(method.name, analysis);
        }
        return analyses;
    }
}
