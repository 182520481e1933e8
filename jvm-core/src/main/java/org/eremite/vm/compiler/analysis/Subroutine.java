package org.eremite.vm.compiler.analysis;

/**
 * A subroutine of old class files (version < 50): the code a {@code jsr} or {@code jsr_w} jumps to and whose
 * {@code ret} returns to the instruction after that {@code jsr} (JVMS 4.10.2.5).
 *
 * <p>Its extent is found statically, over the blocks, from the entry:
 * <ul>
 *   <li>its <b>{@code ret}s</b> are the ones reachable from the entry along normal and exceptional edges, where a
 *       {@code jsr} is stepped over (to its return point) and a {@code ret} ends the path. A {@code ret} reachable
 *       from two subroutines' entries is an error, and the frame analysis checks that the return address a
 *       {@code ret} uses was pushed by a {@code jsr} to the subroutine that owns it: a {@code ret} that returns
 *       from an enclosing subroutine at once (allowed by JVMS 4.9.2, never produced by javac) is rejected;</li>
 *   <li>its <b>member blocks</b> are those on some path from the entry to one of its {@code ret}s (following
 *       normal and exceptional edges and entering nested subroutines, but not re-entering this one): exactly the
 *       code that can run between a {@code jsr} and the {@code ret} that returns from it. Code an exception leaves
 *       the subroutine for (typically an enclosing catch handler) is not a member;</li>
 *   <li>its <b>accessed locals</b> are the locals any member loads, stores, increments or {@code ret}s through,
 *       plus the accessed locals of every subroutine a member calls. These are the locals the subroutine may
 *       change; every other local holds after the {@code ret} what it held before the {@code jsr}.</li>
 * </ul>
 */
public final class Subroutine {
    private final int index;
    private final BasicBlock entry;
    int[] callSites = new int[0];
    BasicBlock[] returnPoints = new BasicBlock[0];
    int[] rets = new int[0];
    boolean[] members;
    boolean[] accessedLocals = new boolean[0];

    Subroutine(int index, BasicBlock entry) {
        this.index = index;
        this.entry = entry;
    }

    /** The subroutine's number in {@link ControlFlowGraph#subroutine(int)}, in order of entry offset. */
    public int index() {
        return index;
    }

    /** The block every {@code jsr} to this subroutine targets. */
    public BasicBlock entry() {
        return entry;
    }

    /** The number of {@code jsr} and {@code jsr_w} instructions that call this subroutine. */
    public int callSiteCount() {
        return callSites.length;
    }

    /** The instruction index of call site {@code i} (a {@code jsr} or {@code jsr_w}), in code order. */
    public int callSite(int i) {
        return callSites[i];
    }

    /**
     * The block that call site {@code i} returns to: the block after the {@code jsr}, or null if the {@code jsr} is
     * the last instruction of the code (then the subroutine must never return to it).
     */
    public BasicBlock returnPoint(int i) {
        return returnPoints[i];
    }

    /** The number of {@code ret} instructions that belong to this subroutine. */
    public int retCount() {
        return rets.length;
    }

    /** The instruction index of {@code ret} number {@code i}, in code order. */
    public int ret(int i) {
        return rets[i];
    }

    /** True if block {@code block} can run between a call of this subroutine and its return. */
    public boolean contains(BasicBlock block) {
        return members[block.index()];
    }

    /** True if the subroutine, or one it calls, may load, store or increment local {@code local}. */
    public boolean accessesLocal(int local) {
        return local >= 0 && local < accessedLocals.length && accessedLocals[local];
    }

    @Override
    public String toString() {
        return "subroutine " + index + " at " + entry.startOffset();
    }
}
