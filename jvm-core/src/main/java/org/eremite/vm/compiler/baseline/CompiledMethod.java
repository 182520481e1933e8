package org.eremite.vm.compiler.baseline;

import java.util.List;

import org.eremite.vm.asm.Relocation;
import org.eremite.vm.classfile.CodeAttribute;

/**
 * One method's machine code with what the linker and the runtime need to run it: relocations, the machine-code
 * exception table, the map from machine offsets to bytecode offsets (for stack traces with line numbers), the GC
 * maps of its call sites and the pcs of its implicit null checks. Offsets are bytes from the start of the code.
 */
public final class CompiledMethod {
    /**
     * A protected machine-code range {@code [start, end)} and its handler, from one bytecode exception-table entry
     * (in table order, which is the search order of JVMS 2.10). {@code catchType} is an internal class name, or
     * null for a handler of every exception ({@code finally}).
     */
    public record ExceptionRange(int start, int end, int handler, String catchType) {
        public boolean covers(int pc) {
            return pc >= start && pc < end;
        }
    }

    /**
     * The references of a frame while it is in a call: {@code returnOffset} is the offset of the return address,
     * {@code bytecodeOffset} the instruction that made the call, and bit {@code s} of {@code referenceSlots}
     * (word {@code s / 64}, bit {@code s % 64}) is set if frame slot {@code s} ({@link FrameLayout}) holds a
     * reference the collector must trace and update.
     */
    public record GcMap(int returnOffset, int bytecodeOffset, long[] referenceSlots) {
        public boolean isReference(int slot) {
            int word = slot >>> 6;
            return word < referenceSlots.length && (referenceSlots[word] >>> (slot & 63) & 1) != 0;
        }
    }

    private final String symbol;
    private final String owner;
    private final String name;
    private final String descriptor;
    private final byte[] code;
    private final List<Relocation> relocations;
    private final List<ExceptionRange> exceptionRanges;
    private final int[] instructionStarts;
    private final int[] instructionOffsets;
    private final List<GcMap> gcMaps;
    private final int[] implicitNullChecks;
    private final FrameLayout frame;
    private final int bytecodeLength;
    private final String listing;

    CompiledMethod(String symbol, String owner, String name, String descriptor, byte[] code,
            List<Relocation> relocations, List<ExceptionRange> exceptionRanges, int[] instructionStarts,
            int[] instructionOffsets, List<GcMap> gcMaps, int[] implicitNullChecks, FrameLayout frame,
            int bytecodeLength, String listing) {
        this.symbol = symbol;
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor;
        this.code = code;
        this.relocations = relocations;
        this.exceptionRanges = exceptionRanges;
        this.instructionStarts = instructionStarts;
        this.instructionOffsets = instructionOffsets;
        this.gcMaps = gcMaps;
        this.implicitNullChecks = implicitNullChecks;
        this.frame = frame;
        this.bytecodeLength = bytecodeLength;
        this.listing = listing;
    }

    /** The symbol of the method's entry, its first byte ({@link SymbolNames#method}). */
    public String symbol() {
        return symbol;
    }

    /** The internal name of the method's class. */
    public String owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String descriptor() {
        return descriptor;
    }

    /** The machine code (a copy). */
    public byte[] code() {
        return code.clone();
    }

    public int codeSize() {
        return code.length;
    }

    /** The references to symbols in the code, for the linker. */
    public List<Relocation> relocations() {
        return relocations;
    }

    /** The machine-code exception table, in bytecode exception-table order. */
    public List<ExceptionRange> exceptionRanges() {
        return exceptionRanges;
    }

    /** The GC maps, by increasing return offset. */
    public List<GcMap> gcMaps() {
        return gcMaps;
    }

    /** The GC map of the call whose return address is at {@code returnOffset}, or null. */
    public GcMap gcMapAt(int returnOffset) {
        int low = 0;
        int high = gcMaps.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int at = gcMaps.get(middle).returnOffset();
            if (at == returnOffset) {
                return gcMaps.get(middle);
            } else if (at < returnOffset) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return null;
    }

    /**
     * The offsets of the instructions that dereference a reference without a check first, relying on the
     * unmapped page 0 to fault (increasing): a fault at one of them is a NullPointerException, anywhere else in
     * compiled code it is a crash.
     */
    public int[] implicitNullChecks() {
        return implicitNullChecks.clone();
    }

    public boolean isImplicitNullCheck(int offset) {
        int low = 0;
        int high = implicitNullChecks.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (implicitNullChecks[middle] == offset) {
                return true;
            } else if (implicitNullChecks[middle] < offset) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return false;
    }

    /**
     * The bytecode offset of the instruction whose code contains machine offset {@code offset}, or -1 for the
     * prologue. For a frame in a call, ask for {@code returnOffset - 1}.
     */
    public int bytecodeOffsetAt(int offset) {
        int low = 0;
        int high = instructionStarts.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (instructionStarts[middle] <= offset) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found < 0 ? -1 : instructionOffsets[found];
    }

    /** The source line of machine offset {@code offset}, as HotSpot would report it, or -1. */
    public int lineNumberAt(int offset, CodeAttribute code) {
        int bytecodeOffset = bytecodeOffsetAt(offset);
        return bytecodeOffset < 0 ? -1 : code.lineNumberAt(bytecodeOffset);
    }

    /** The number of compiled (reachable) bytecode instructions. */
    public int instructionCount() {
        return instructionStarts.length;
    }

    /** The machine offset where the code of the {@code i}-th compiled instruction starts. */
    public int instructionStart(int i) {
        return instructionStarts[i];
    }

    /** The bytecode offset of the {@code i}-th compiled instruction. */
    public int instructionBytecodeOffset(int i) {
        return instructionOffsets[i];
    }

    /** The frame layout: the frame size and where each slot lives. */
    public FrameLayout frame() {
        return frame;
    }

    public int frameSize() {
        return frame.frameSize();
    }

    /** The length of the method's bytecode. */
    public int bytecodeLength() {
        return bytecodeLength;
    }

    /** The assembly listing (GNU as syntax of the ISA), or null if the compiler was not asked for one. */
    public String listing() {
        return listing;
    }

    @Override
    public String toString() {
        return symbol + " (" + code.length + " bytes of code for " + bytecodeLength + " of bytecode)";
    }
}
