package org.eremite.vm.runtime;

/**
 * Every compiled method of the image, sorted by address: how the unwinder and the stack walker find the method of
 * a pc. The image builder sets the statics.
 */
public final class CodeMap {
    /** Sorted by {@link CodeInfo#start}; methods do not overlap. */
    static CodeInfo[] methods;
    /** The lowest and highest address of compiled code: a pc outside is not Java code. */
    static long codeStart;
    static long codeEnd;

    private CodeMap() {
    }

    /** The method whose code holds {@code pc}, or null. */
    public static CodeInfo find(long pc) {
        if (pc < codeStart || pc >= codeEnd) {
            return null;
        }
        CodeInfo[] all = methods;
        int low = 0;
        int high = all.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            CodeInfo m = all[middle];
            if (pc < m.start) {
                high = middle - 1;
            } else if (pc >= m.start + m.size) {
                low = middle + 1;
            } else {
                return m;
            }
        }
        return null;
    }
}
