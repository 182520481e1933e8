package org.eremite.vm.compiler.baseline;

import java.util.ArrayList;
import java.util.List;

import org.eremite.vm.asm.Label;
import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.CodeAttribute;
import org.eremite.vm.classfile.ConstantPool;
import org.eremite.vm.classfile.ExceptionHandler;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.analysis.BasicBlock;
import org.eremite.vm.compiler.analysis.ControlFlowGraph;
import org.eremite.vm.compiler.analysis.FrameAnalysis;
import org.eremite.vm.compiler.bytecode.BytecodeException;
import org.eremite.vm.compiler.bytecode.Instruction;
import org.eremite.vm.compiler.bytecode.InstructionList;

/**
 * The baseline compiler: compiles one method with an ISA's templates. It decodes and analyzes the method with the
 * front end ({@link FrameAnalysis}), walks the instructions once in code order, binds a label at every block
 * start, and calls the emitter of each reachable instruction ({@link InstructionDispatch}); then it turns the
 * bytecode exception table into machine ranges and collects the tables the templates recorded into a
 * {@link CompiledMethod}.
 */
public final class BaselineCompiler {
    private final CompilationContext context;
    private final BaselineBackend backend;
    private boolean listing;

    public BaselineCompiler(CompilationContext context, BaselineBackend backend) {
        this.context = context;
        this.backend = backend;
    }

    /** Makes every compiled method carry its assembly listing ({@link CompiledMethod#listing()}). */
    public BaselineCompiler withListing(boolean enabled) {
        listing = enabled;
        return this;
    }

    /** Compiles {@code method} of {@code classFile}, under the symbol {@link SymbolNames#method}. */
    public CompiledMethod compile(ClassFile classFile, MethodInfo method) {
        return compile(classFile.constantPool(), classFile.thisClass(), method,
                SymbolNames.method(classFile.thisClass(), method.name(), method.descriptor()));
    }

    /**
     * Compiles {@code method}, whose class is {@code owner} with constant pool {@code pool}, under {@code symbol}.
     *
     * @throws CompilationException naming the method and the instruction, for code the front end rejects (a
     *                              {@link BytecodeException} is the cause), an instruction that is not compiled
     *                              (invokedynamic), or a reference the context cannot resolve
     */
    public CompiledMethod compile(ConstantPool pool, String owner, MethodInfo method, String symbol) {
        String description = owner + "." + method.name() + method.descriptor();
        CodeAttribute code = method.code();
        if (code == null) {
            throw new CompilationException(description, -1, null, "the method has no code (abstract or native)",
                    null);
        }
        FrameAnalysis analysis;
        try {
            InstructionList instructions = InstructionList.decode(description, code.code());
            ControlFlowGraph graph = ControlFlowGraph.build(instructions, code.exceptionHandlers());
            analysis = FrameAnalysis.analyze(pool, method.accessFlags(), method.descriptor(), code.maxStack(),
                    code.maxLocals(), graph);
        } catch (BytecodeException e) {
            throw new CompilationException(description, e.offset(), e.offset() < 0 ? null : "bytecode",
                    e.problem(), e);
        }
        boolean checksStackLimit = !symbol.equals(context.runtimeEntry(RuntimeEntry.THROW_STACK_OVERFLOW));
        MethodCompilation compilation = new MethodCompilation(owner, method.name(), method.methodDescriptor(),
                method.accessFlags(), code, analysis, symbol, checksStackLimit);
        BaselineTemplates templates = backend.newTemplates(compilation, context, listing);
        return new Walk(pool, compilation, templates).run();
    }

    /** The state of one compilation: labels and the machine offset of every instruction. */
    private final class Walk {
        private final ConstantPool pool;
        private final MethodCompilation method;
        private final BaselineTemplates templates;
        private final InstructionList code;
        private final Label[] labels;
        private final int[] machineOffsets;

        Walk(ConstantPool pool, MethodCompilation method, BaselineTemplates templates) {
            this.pool = pool;
            this.method = method;
            this.templates = templates;
            this.code = method.analysis().code();
            this.labels = new Label[code.size()];
            this.machineOffsets = new int[code.size() + 1];
            ControlFlowGraph graph = method.analysis().graph();
            for (int b = 0; b < graph.blockCount(); b++) {
                BasicBlock block = graph.block(b);
                labels[block.firstInstruction()] = new Label("bci_" + block.startOffset());
            }
        }

        CompiledMethod run() {
            templates.prologue();
            InstructionDispatch dispatch = new InstructionDispatch(pool, method, context, templates, labels);
            for (int i = 0; i < code.size(); i++) {
                Instruction instruction = code.get(i);
                int start = templates.position();
                machineOffsets[i] = start;
                if (labels[i] != null) {
                    templates.bind(labels[i]);
                }
                if (!method.analysis().isReachable(instruction.offset())) {
                    continue;
                }
                method.beginInstruction(instruction, start);
                try {
                    dispatch.emit(instruction);
                } catch (CompilationException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new CompilationException(method.description(), instruction.offset(),
                            instruction.toString(), e.getMessage() == null ? e.toString() : e.getMessage(), e);
                }
                if (templates.position() == start) {
                    method.emptyInstruction(start);
                }
            }
            int end = templates.position();
            machineOffsets[code.size()] = end;
            byte[] bytes = templates.finishCode();
            return new CompiledMethod(method.symbol(), method.owner(), method.name(), method.descriptor(), bytes,
                    templates.relocations(), exceptionRanges(), method.instructionStarts(),
                    method.instructionOffsets(), sortedGcMaps(), method.implicitNullChecks(), method.frame(),
                    code.codeLength(), templates.listing());
        }

        Label labelAt(int bytecodeOffset) {
            int index = code.indexOf(bytecodeOffset);
            Label label = index < 0 ? null : labels[index];
            if (label == null) {
                throw new IllegalStateException(method.description() + ": no block starts at bytecode offset "
                        + bytecodeOffset);
            }
            return label;
        }

        private int machineOffsetOf(int bytecodeOffset) {
            return bytecodeOffset == code.codeLength() ? machineOffsets[code.size()]
                    : machineOffsets[code.indexOf(bytecodeOffset)];
        }

        private List<CompiledMethod.ExceptionRange> exceptionRanges() {
            List<CompiledMethod.ExceptionRange> ranges = new ArrayList<>();
            for (ExceptionHandler handler : method.code().exceptionHandlers()) {
                int start = machineOffsetOf(handler.startPc());
                int end = machineOffsetOf(handler.endPc());
                if (start < end && method.analysis().isReachable(handler.handlerPc())) {
                    ranges.add(new CompiledMethod.ExceptionRange(start, end,
                            labelAt(handler.handlerPc()).position(), handler.catchType()));
                }
            }
            return List.copyOf(ranges);
        }

        private List<CompiledMethod.GcMap> sortedGcMaps() {
            List<CompiledMethod.GcMap> maps = new ArrayList<>(method.gcMaps());
            // Templates record in emission order, which is increasing; keep the check cheap and exact.
            for (int i = 1; i < maps.size(); i++) {
                if (maps.get(i - 1).returnOffset() >= maps.get(i).returnOffset()) {
                    throw new IllegalStateException(method.description() + ": GC maps recorded out of order at 0x"
                            + Integer.toHexString(maps.get(i).returnOffset()));
                }
            }
            return List.copyOf(maps);
        }
    }
}
