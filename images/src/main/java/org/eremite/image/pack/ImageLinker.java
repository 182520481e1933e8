package org.eremite.image.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eremite.boot.BootImage;
import org.eremite.boot.x86_64.BootStub;
import org.eremite.boot.x86_64.MemoryLayout;
import org.eremite.boot.x86_64.TextSection;
import org.eremite.boot.x86_64.VmPlatform;
import org.eremite.image.ImageWriter;
import org.eremite.image.heap.BootHeap;
import org.eremite.image.heap.RelocationTarget;
import org.eremite.image.heap.StaticsBlock;
import org.eremite.image.link.LinkUnit;
import org.eremite.image.link.SegmentLinker;
import org.eremite.jit.x86_64.asm.RelocationType;
import org.eremite.vm.asm.Relocation;
import org.eremite.vm.compiler.baseline.CompiledMethod;
import org.eremite.vm.compiler.baseline.RuntimeEntry;
import org.eremite.vm.compiler.baseline.SymbolNames;
import org.eremite.vm.runtime.StackLimit;

/**
 * Lays the image out in memory and links it (x86_64): the boot stub and the platform routines in the text below
 * 2 MiB; compiled code from {@link MemoryLayout#COMPILED_CODE_START}; the boot heap at the next 2 MiB boundary;
 * then the Java stack (zero-filled, not in the file); the allocator's heap starts above it, at
 * {@link #HEAP_START}, and runs to the end of RAM. The stack limit word of compiled code sits in the data after
 * the boot heap ({@link #stackLimit}).
 */
final class ImageLinker {
    static final String CODE_START = "eremite.code_start";
    static final String CODE_END = "eremite.code_end";
    static final String HEAP_START = "eremite.heap_start";
    static final String HEAP = "eremite.boot_heap";
    static final String JAVA_STACK_TOP = "eremite.java_stack_top";
    static final String JAVA_STACK_BOTTOM = "eremite.java_stack_bottom";
    static final String VM_ENTRY = "eremite.vm_entry";
    static final String JAVA_ENTRY = "eremite_java_entry";
    /** The main thread's stack. */
    static final long JAVA_STACK_SIZE = 8L << 20;

    private ImageLinker() {
    }

    static LinkedImage link(List<CompiledMethod> compiled, BootHeap heap, String vmEntry) {
        TextSection text = new TextSection(MemoryLayout.TEXT_START);
        BootStub.emit(text, VmPlatform.JAVA_ENTRY);
        VmPlatform.emit(text);

        SegmentLinker code = new SegmentLinker(".text.java", MemoryLayout.COMPILED_CODE_START, false, true);
        for (CompiledMethod method : compiled) {
            code.add(LinkUnit.of(method));
        }
        long codeEnd = code.base() + code.size();
        long heapBase = alignUp(codeEnd, MemoryLayout.LARGE_PAGE_SIZE);
        SegmentLinker data = new SegmentLinker(".data.heap", heapBase, true, false);
        List<Relocation> relocations = new ArrayList<>();
        for (org.eremite.image.heap.Relocation r : heap.relocations()) {
            RelocationTarget target = r.target();
            if (target instanceof RelocationTarget.HeapObject object) {
                relocations.add(new Relocation((int) r.at(), RelocationType.R_X86_64_64, HEAP, object.offset()));
            } else if (target instanceof RelocationTarget.Symbol symbol) {
                relocations.add(new Relocation((int) r.at(), RelocationType.R_X86_64_64, symbol.name(),
                        symbol.addend()));
            }
        }
        data.add(new LinkUnit(HEAP, heap.bytes(), relocations, false, 8));
        data.add(stackLimit());
        long stackBottom = alignUp(heapBase + data.size(), MemoryLayout.LARGE_PAGE_SIZE);
        long stackTop = stackBottom + JAVA_STACK_SIZE;

        Map<String, Long> symbols = new HashMap<>(SegmentLinker.symbolsOf(code, data));
        for (Map.Entry<String, Long> root : heap.roots().entrySet()) {
            symbols.put(root.getKey(), heapBase + root.getValue());
        }
        Long objectHub = symbols.get(SymbolNames.hub("java/lang/Object"));
        for (StaticsBlock block : heap.staticsBlocks().values()) {
            symbols.put(SymbolNames.statics(block.className()), heapBase + block.offset());
            symbols.putIfAbsent("statics-hub:" + block.className().replace('/', '.'), objectHub);
        }
        symbols.put(CODE_START, code.base());
        symbols.put(CODE_END, codeEnd);
        symbols.put(JAVA_STACK_TOP, stackTop);
        symbols.put(JAVA_STACK_BOTTOM, stackBottom);
        symbols.put(HEAP_START, stackTop);
        symbols.put(VM_ENTRY, symbols.get(vmEntry));
        symbols.put(SymbolNames.runtime(RuntimeEntry.THROW_NULL_POINTER), symbols.get(SymbolNames.method(
                ImageWorld.RUNTIME_ENTRIES, RuntimeEntry.THROW_NULL_POINTER.functionName(),
                RuntimeEntries.descriptor(RuntimeEntry.THROW_NULL_POINTER))));
        for (Map.Entry<String, Long> s : symbols.entrySet()) {
            if (s.getValue() == null) {
                throw new IllegalStateException("symbol " + s.getKey() + " has no address");
            }
        }
        text.link(symbols);
        for (BootImage.Symbol symbol : text.symbols()) {
            symbols.putIfAbsent(symbol.name(), symbol.address());
        }
        byte[] codeBytes = code.link(symbols);
        byte[] dataBytes = data.link(symbols);
        BootImage image = data.appendTo(code.appendTo(BootStub.link(text), codeBytes), dataBytes);
        List<BootImage.Segment> segments = new ArrayList<>(image.segments());
        segments.add(new BootImage.Segment(".bss.java_stack", stackBottom, new byte[0], JAVA_STACK_SIZE, true, false,
                4096));
        image = new BootImage(image.isa(), image.entry(), segments, image.symbols(), image.notes());
        return new LinkedImage(image, ImageWriter.toElf(image));
    }

    /**
     * The stack limit word of compiled code ({@link SymbolNames#STACK_LIMIT}): the lowest stack pointer a frame may
     * reach, the stack's bottom plus the runtime's reserve for throwing StackOverflowError, filled in here so that
     * nothing has to set it at boot. The runtime lowers it while it throws the error.
     */
    private static LinkUnit stackLimit() {
        return new LinkUnit(SymbolNames.STACK_LIMIT, new byte[8], List.of(new Relocation(0,
                RelocationType.R_X86_64_64, JAVA_STACK_BOTTOM, StackLimit.RESERVE)), false, 8);
    }

    private static long alignUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }
}
