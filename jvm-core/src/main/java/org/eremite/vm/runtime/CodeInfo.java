package org.eremite.vm.runtime;

/**
 * What the runtime knows about one compiled method: where its code is, how its frame looks, its exception
 * handlers and its line numbers. The image builder writes one per compiled method, sorted by {@link #start} in
 * {@link CodeMap#methods}. All pcs here are offsets from {@link #start}.
 */
public final class CodeInfo {
    /** {@link #flags}: frames of this method are left out of stack traces (the VM's own runtime). */
    public static final int HIDDEN = 1;
    /**
     * {@link #flags}: the declaring class is in {@code java.base}, so its stack trace elements print as
     * {@code java.base/java.lang.Integer.parseInt(Integer.java:652)}, as HotSpot's do.
     */
    public static final int JAVA_BASE = 2;

    /** The address of the first instruction. */
    public long start;
    /** The size of the code in bytes. */
    public int size;
    /** Bytes between the frame pointer and the stack pointer at a handler's entry: rsp = fp - frameSize. */
    public int frameSize;
    /** Where a handler finds the exception: at frame pointer + this offset (the operand stack's slot 0). */
    public int exceptionSlotOffset;
    /** {@link #HIDDEN}, {@link #JAVA_BASE}. */
    public int flags;
    /** The declaring class's binary name, {@code java.lang.String}. */
    public String className;
    /** The method's name. */
    public String methodName;
    /** The source file attribute of the class, or null. */
    public String fileName;
    /**
     * Pairs (code offset, line): the line of an instruction is that of the last pair whose offset is at most its
     * pc; sorted by offset. Empty when the class has no line numbers.
     */
    public int[] lines;
    /**
     * Triples (start, end, handler) of code offsets, in the order of the method's exception table: a pc in
     * [start, end) whose exception is an instance of {@code catchTypes[i]} (any, if null) goes to handler.
     */
    public int[] handlers;
    /** The catch type of each handler triple; null for {@code finally} (any). */
    public Hub[] catchTypes;
    /**
     * Pairs (start, end) of code offsets, sorted: the code of each instruction that can raise a NullPointerException
     * itself and has a helpful message (JEP 358), which {@link #npeMessages} holds in the same order.
     */
    public int[] npeRanges;
    /** HotSpot's helpful message for each range of {@link #npeRanges}, computed at build time. */
    public String[] npeMessages;

    /** The helpful NullPointerException message of the instruction at code offset {@code offset}, or null. */
    public String npeMessageAt(long offset) {
        int[] ranges = npeRanges;
        if (ranges == null) {
            return null;
        }
        int low = 0;
        int high = ranges.length / 2 - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (offset < ranges[2 * middle]) {
                high = middle - 1;
            } else if (offset >= ranges[2 * middle + 1]) {
                low = middle + 1;
            } else {
                return npeMessages[middle];
            }
        }
        return null;
    }

    private CodeInfo() {
    }
}
