package org.eremite.compiler;

import static org.eremite.jit.x86_64.asm.Register.RAX;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eremite.boot.BootImage;
import org.eremite.boot.x86_64.BootStub;
import org.eremite.boot.x86_64.MemoryLayout;
import org.eremite.boot.x86_64.TextSection;
import org.eremite.image.link.LinkUnit;
import org.eremite.image.link.SegmentLinker;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.jit.x86_64.asm.RelocationType;
import org.eremite.jit.x86_64.baseline.Backend;
import org.eremite.vm.asm.LittleEndian;
import org.eremite.vm.asm.Relocation;
import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.classfile.TypeKind;
import org.eremite.vm.compiler.baseline.BaselineCompiler;
import org.eremite.vm.compiler.baseline.CompiledMethod;
import org.eremite.vm.compiler.baseline.SymbolNames;
import org.eremite.vm.object.ObjectLayout;

/**
 * An x86_64 image that runs compiled corpus code: the boot stub, whose entry calls the {@link Driver}; every
 * method of the corpus classes compiled by the baseline compiler, the driver and the {@link RuntimeStubs} in a
 * code segment at {@link MemoryLayout#COMPILED_CODE_START}; hubs, statics blocks, the {@link ExceptionTable},
 * the stack limit and the harness's variables in a data segment at the next 2 MiB boundary; then the heap.
 */
final class GuestImage {
    static final String ENTRY = "harness_main";
    /** The allocator's heap: never collected, zeroed by the loader. */
    static final long HEAP_SIZE = 64L << 20;
    /**
     * The compiled code runs on the boot stub's stack; its limit ({@link SymbolNames#STACK_LIMIT}) leaves this much
     * above the guard page for the runtime stubs, which throw StackOverflowError without ever lowering it.
     */
    static final long STACK_RESERVE = 4096;

    final BootImage image;
    final List<CompiledMethod> compiled;
    final long codeBytes;

    private GuestImage(BootImage image, List<CompiledMethod> compiled, long codeBytes) {
        this.image = image;
        this.compiled = compiled;
        this.codeBytes = codeBytes;
    }

    /** {@code corpus.get(0)} is the main class, whose static methods the calls name; the rest are its helpers. */
    static GuestImage build(List<ClassFile> corpus, List<GuestCall> calls) {
        HarnessWorld world = new HarnessWorld(corpus);
        BaselineCompiler compiler = new BaselineCompiler(world, new Backend());
        List<CompiledMethod> compiled = new ArrayList<>();
        boolean hasClassInitializer = false;
        for (ClassFile classFile : corpus) {
            for (MethodInfo method : classFile.methods()) {
                if (method.code() == null) {
                    continue;
                }
                if (method.isClassInitializer() && classFile != corpus.get(0)) {
                    throw new IllegalArgumentException(classFile.thisClass() + " has a static initializer: the"
                            + " harness initializes only the main class, before the first call");
                }
                hasClassInitializer |= method.isClassInitializer();
                compiled.add(compiler.compile(classFile, method));
            }
        }

        SegmentLinker code = new SegmentLinker(".text.compiled", MemoryLayout.COMPILED_CODE_START, false, true);
        for (CompiledMethod method : compiled) {
            code.add(LinkUnit.of(method));
        }
        code.add(Driver.emit(world.main, hasClassInitializer, calls));
        for (LinkUnit unit : RuntimeStubs.code()) {
            code.add(unit);
        }

        long dataBase = alignUp(code.base() + code.size(), MemoryLayout.LARGE_PAGE_SIZE);
        SegmentLinker data = new SegmentLinker(".data.harness", dataBase, true, false);
        data.add(ExceptionTable.of(compiled, world));
        data.add(RuntimeStubs.nullChecks(compiled));
        for (ClassFile classFile : corpus) {
            data.add(LinkUnit.data(SymbolNames.statics(classFile.thisClass()),
                    new byte[world.staticsSize(classFile.thisClass())]));
        }
        for (String className : world.hubClasses()) {
            data.add(hub(world, className));
            data.add(LinkUnit.data(nameSymbol(className),
                    (SymbolNames.dotted(className) + "\0").getBytes(StandardCharsets.US_ASCII)));
        }
        data.add(LinkUnit.data(Driver.SAVED_RSP, new byte[8]));
        data.add(LinkUnit.data(Driver.SAVED_RBP, new byte[8]));
        data.add(LinkUnit.data(Driver.RESUME, new byte[8]));
        data.add(LinkUnit.data(Driver.VOID_LINE, "V\n\0".getBytes(StandardCharsets.US_ASCII)));
        for (LinkUnit unit : RuntimeStubs.data()) {
            data.add(unit);
        }
        byte[] stackLimit = new byte[8];
        LittleEndian.putI64(stackLimit, 0, MemoryLayout.BOOT_STACK_BOTTOM + STACK_RESERVE);
        data.add(LinkUnit.data(SymbolNames.STACK_LIMIT, stackLimit));
        data.add(new LinkUnit(RuntimeStubs.HEAP_TOP, new byte[8],
                List.of(new Relocation(0, RelocationType.R_X86_64_64, RuntimeStubs.HEAP, 0)), false, 8));
        long heapBase = alignUp(data.base() + data.size(), MemoryLayout.LARGE_PAGE_SIZE);

        TextSection text = new TextSection(MemoryLayout.TEXT_START);
        BootStub.emit(text, ENTRY);
        text.function(ENTRY);
        MacroAssembler a = text.asm();
        a.enterFrame(0);
        a.call(Driver.SYMBOL);
        a.movl(RAX, RAX);
        a.leaveFrame();
        text.end();
        Map<String, Long> symbols = new HashMap<>(SegmentLinker.symbolsOf(code, data));
        symbols.put(RuntimeStubs.HEAP, heapBase);
        text.link(symbols);
        for (BootImage.Symbol symbol : text.symbols()) {
            symbols.putIfAbsent(symbol.name(), symbol.address());
        }
        byte[] codeSegment = code.link(symbols);
        byte[] dataSegment = data.link(symbols);

        BootImage image = data.appendTo(code.appendTo(BootStub.link(text), codeSegment), dataSegment);
        List<BootImage.Segment> segments = new ArrayList<>(image.segments());
        segments.add(new BootImage.Segment(".bss.heap", heapBase, new byte[0], HEAP_SIZE, true, false, 4096));
        List<BootImage.Symbol> allSymbols = new ArrayList<>(image.symbols());
        allSymbols.add(new BootImage.Symbol(RuntimeStubs.HEAP, heapBase, HEAP_SIZE, false));
        image = new BootImage(image.isa(), image.entry(), segments, allSymbols, image.notes());
        long compiledBytes = 0;
        for (CompiledMethod method : compiled) {
            compiledBytes += method.codeSize();
        }
        return new GuestImage(image, compiled, compiledBytes);
    }

    private static String nameSymbol(String className) {
        return "harness.name:" + SymbolNames.dotted(className);
    }

    /** A hub as {@link HarnessWorld} describes it. */
    private static LinkUnit hub(HarnessWorld world, String className) {
        List<String> vtable = className.startsWith("[") ? List.of() : world.vtable(className);
        byte[] bytes = new byte[HarnessWorld.HUB_VTABLE + 8 * vtable.size()];
        List<Relocation> relocations = new ArrayList<>();
        String superclass;
        if (className.startsWith("[")) {
            String component = className.substring(1);
            LittleEndian.putI64(bytes, HarnessWorld.HUB_SIZE_OR_ELEMENT,
                    ObjectLayout.elementSize(TypeKind.ofDescriptor(component)));
            if (component.startsWith("[")) {
                relocations.add(new Relocation(HarnessWorld.HUB_COMPONENT, RelocationType.R_X86_64_64,
                        SymbolNames.hub(component), 0));
            }
            superclass = "java/lang/Object";
        } else {
            LittleEndian.putI64(bytes, HarnessWorld.HUB_SIZE_OR_ELEMENT, world.instanceSize(className));
            superclass = world.superclassOf(className);
        }
        if (superclass != null) {
            relocations.add(new Relocation(HarnessWorld.HUB_SUPER, RelocationType.R_X86_64_64,
                    SymbolNames.hub(superclass), 0));
        }
        relocations.add(new Relocation(HarnessWorld.HUB_NAME, RelocationType.R_X86_64_64, nameSymbol(className), 0));
        for (int i = 0; i < vtable.size(); i++) {
            if (vtable.get(i) != null) {
                relocations.add(new Relocation(HarnessWorld.HUB_VTABLE + 8 * i, RelocationType.R_X86_64_64,
                        vtable.get(i), 0));
            }
        }
        return new LinkUnit(SymbolNames.hub(className), bytes, relocations, false, 8);
    }

    private static long alignUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }
}
