package org.eremite.vm.classfile;

import java.util.ArrayList;
import java.util.List;

/** Called by generated code: records its caller's bytecode index and the line HotSpot gives for it. */
public final class LineNumberProbe {
    /** {bci, line} of each call, in order. */
    static final List<int[]> CALLS = new ArrayList<>();

    private LineNumberProbe() {
    }

    public static void here() {
        StackWalker.StackFrame caller = StackWalker.getInstance().walk(s -> s.skip(1).findFirst()).orElseThrow();
        CALLS.add(new int[] {caller.getByteCodeIndex(), caller.getLineNumber()});
    }
}
