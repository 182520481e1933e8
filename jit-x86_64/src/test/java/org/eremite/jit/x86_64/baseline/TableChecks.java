package org.eremite.jit.x86_64.baseline;

import org.eremite.vm.compiler.baseline.CompiledMethod;

/** Consistency checks of a compiled method's tables against its code, shared by the tests. */
final class TableChecks {
    private TableChecks() {
    }

    /** The first inconsistency found, or null. */
    static String problem(CompiledMethod m) {
        int size = m.codeSize();
        if (size == 0) {
            return "no code";
        }
        int previous = -1;
        for (int i = 0; i < m.instructionCount(); i++) {
            int start = m.instructionStart(i);
            if (start < previous || start >= size) {
                return "instruction " + i + " starts at 0x" + Integer.toHexString(start) + " after 0x"
                        + Integer.toHexString(previous) + " or past the code (" + size + " bytes)";
            }
            previous = start;
        }
        for (CompiledMethod.ExceptionRange range : m.exceptionRanges()) {
            if (range.start() < 0 || range.start() >= range.end() || range.end() > size || range.handler() < 0
                    || range.handler() >= size) {
                return "exception range " + range + " does not fit " + size + " bytes of code";
            }
        }
        int lastReturn = -1;
        for (CompiledMethod.GcMap map : m.gcMaps()) {
            if (map.returnOffset() <= lastReturn || map.returnOffset() > size) {
                return "GC map at 0x" + Integer.toHexString(map.returnOffset()) + " out of order or past the code";
            }
            lastReturn = map.returnOffset();
            for (int word = 0; word < map.referenceSlots().length; word++) {
                long bits = map.referenceSlots()[word];
                int highest = word * 64 + 63 - Long.numberOfLeadingZeros(bits);
                if (bits != 0 && highest >= m.frame().slotCount()) {
                    return "GC map at 0x" + Integer.toHexString(map.returnOffset()) + " names slot " + highest
                            + " of " + m.frame().slotCount();
                }
            }
        }
        for (int pc : m.implicitNullChecks()) {
            if (pc < 0 || pc >= size) {
                return "implicit null check at 0x" + Integer.toHexString(pc) + " past the code";
            }
        }
        if (m.frameSize() % 16 != 0 || m.frameSize() < 8 * m.frame().slotCount()) {
            return "frame size " + m.frameSize() + " for " + m.frame().slotCount() + " slots";
        }
        return null;
    }
}
