package org.eremite.compiler;

import java.util.ArrayList;
import java.util.List;

import org.eremite.image.link.LinkUnit;
import org.eremite.jit.x86_64.asm.RelocationType;
import org.eremite.vm.asm.LittleEndian;
import org.eremite.vm.asm.Relocation;
import org.eremite.vm.compiler.baseline.CompiledMethod;
import org.eremite.vm.compiler.baseline.SymbolNames;

/**
 * The harness's exception table: every {@link CompiledMethod.ExceptionRange} of every compiled method, as absolute
 * addresses, in method order and then table order (the search order of JVMS 2.10), ended by a zero entry. Each
 * entry is six words: start, end, handler, the catch type's hub (0 for any), the method's frame size and the
 * frame offset of stack slot 0, where the handler finds the exception.
 */
final class ExceptionTable {
    static final String SYMBOL = "harness.exception_table";
    static final int START = 0;
    static final int END = 8;
    static final int HANDLER = 16;
    static final int CATCH_HUB = 24;
    static final int FRAME_SIZE = 32;
    static final int SLOT0_OFFSET = 40;
    static final int ENTRY_SIZE = 48;

    private ExceptionTable() {
    }

    static LinkUnit of(List<CompiledMethod> methods, HarnessWorld world) {
        int count = 0;
        for (CompiledMethod method : methods) {
            count += method.exceptionRanges().size();
        }
        byte[] bytes = new byte[(count + 1) * ENTRY_SIZE];
        List<Relocation> relocations = new ArrayList<>();
        int at = 0;
        for (CompiledMethod method : methods) {
            for (CompiledMethod.ExceptionRange range : method.exceptionRanges()) {
                relocations.add(new Relocation(at + START, RelocationType.R_X86_64_64, method.symbol(), range.start()));
                relocations.add(new Relocation(at + END, RelocationType.R_X86_64_64, method.symbol(), range.end()));
                relocations.add(new Relocation(at + HANDLER, RelocationType.R_X86_64_64, method.symbol(),
                        range.handler()));
                if (range.catchType() != null) {
                    relocations.add(new Relocation(at + CATCH_HUB, RelocationType.R_X86_64_64,
                            world.hub(range.catchType()), 0));
                }
                LittleEndian.putI64(bytes, at + FRAME_SIZE, method.frameSize());
                LittleEndian.putI64(bytes, at + SLOT0_OFFSET, method.frame().stackOffset(0));
                at += ENTRY_SIZE;
            }
        }
        return new LinkUnit(SYMBOL, bytes, relocations, false, 8);
    }

    /** The symbol of a hub, for readers: the table refers to hubs by {@link SymbolNames#hub}. */
    static String hubSymbol(String className) {
        return SymbolNames.hub(className);
    }
}
