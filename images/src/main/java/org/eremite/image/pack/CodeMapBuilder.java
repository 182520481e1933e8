package org.eremite.image.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eremite.image.heap.GuestArray;
import org.eremite.image.heap.GuestObject;
import org.eremite.image.heap.SymbolAddress;
import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.CodeAttribute;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.baseline.CompiledMethod;
import org.eremite.vm.compiler.baseline.SymbolNames;
import org.eremite.vm.compiler.npe.NullPointerMessages;
import org.eremite.vm.runtime.CodeInfo;

/**
 * The {@code CodeInfo} of each compiled method ({@code org.eremite.vm.runtime}), as builder-made heap objects in the
 * order the methods lie in the code segment: what the unwinder and the stack walker of the guest read.
 */
final class CodeMapBuilder {
    private static final String CODE_INFO = "org.eremite.vm.runtime.CodeInfo";

    private final HubBuilder hubs;
    private final List<Object> infos = new ArrayList<>();

    CodeMapBuilder(HubBuilder hubs) {
        this.hubs = hubs;
    }

    /** Adds a method; methods must be added in address order. */
    void add(CompiledMethod method, ClassFile owner, MethodInfo info, int flags, boolean npeMessages) {
        GuestObject f = new GuestObject(CODE_INFO);
        f.set("start", new SymbolAddress(method.symbol(), 0));
        f.set("size", method.codeSize());
        f.set("frameSize", method.frameSize());
        // A method with handlers has operand stack slot 0 (the handler's exception); others need no slot.
        f.set("exceptionSlotOffset", method.exceptionRanges().isEmpty() ? 0 : method.frame().stackOffset(0));
        f.set("flags", flags);
        f.set("className", SymbolNames.dotted(method.owner()));
        f.set("methodName", method.name());
        f.set("fileName", owner.sourceFile());
        f.set("lines", lines(method, info.code()));
        List<CompiledMethod.ExceptionRange> ranges = method.exceptionRanges();
        int[] handlers = new int[3 * ranges.size()];
        List<Object> catchTypes = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            CompiledMethod.ExceptionRange r = ranges.get(i);
            handlers[3 * i] = r.start();
            handlers[3 * i + 1] = r.end();
            handlers[3 * i + 2] = r.handler();
            catchTypes.add(r.catchType() == null ? null : hubs.hub(r.catchType()));
        }
        f.set("handlers", handlers);
        if (npeMessages && info.code() != null) {
            addNpeMessages(f, method, owner, info);
        }
        f.set("catchTypes", new GuestArray("[Lorg.eremite.vm.runtime.Hub;", catchTypes));
        infos.add(f);
    }

    /** The helpful NullPointerException messages of the method's instructions that can raise one (JEP 358). */
    private void addNpeMessages(GuestObject f, CompiledMethod method, ClassFile owner, MethodInfo info) {
        NullPointerMessages npe = new NullPointerMessages(owner, info);
        List<Integer> ranges = new ArrayList<>();
        List<Object> messages = new ArrayList<>();
        for (int i = 0; i < method.instructionCount(); i++) {
            int bci = method.instructionBytecodeOffset(i);
            if (!npe.canThrow(bci)) {
                continue;
            }
            String message = npe.messageAt(bci);
            if (message == null) {
                continue;
            }
            int start = method.instructionStart(i);
            int end = i + 1 < method.instructionCount() ? method.instructionStart(i + 1) : method.codeSize();
            if (end > start) {
                ranges.add(start);
                ranges.add(end);
                messages.add(messagesSeen.computeIfAbsent(message, m -> m));
            }
        }
        if (!messages.isEmpty()) {
            int[] r = new int[ranges.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = ranges.get(i);
            }
            f.set("npeRanges", r);
            f.set("npeMessages", new GuestArray("[Ljava.lang.String;", messages));
            npeMessageCount += messages.size();
        }
    }

    /** One string per distinct message. */
    private final java.util.Map<String, String> messagesSeen = new java.util.HashMap<>();
    int npeMessageCount;

    /** Pairs (machine offset, line), one per change of line. */
    private static int[] lines(CompiledMethod method, CodeAttribute code) {
        if (code == null || code.lineNumbers().isEmpty()) {
            return new int[0];
        }
        List<Integer> pairs = new ArrayList<>();
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < method.instructionCount(); i++) {
            int line = code.lineNumberAt(method.instructionBytecodeOffset(i));
            if (line != last) {
                pairs.add(method.instructionStart(i));
                pairs.add(line);
                last = line;
            }
        }
        int[] result = new int[pairs.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = pairs.get(i);
        }
        return result;
    }

    GuestArray methods() {
        return new GuestArray("[Lorg.eremite.vm.runtime.CodeInfo;", infos);
    }
}
