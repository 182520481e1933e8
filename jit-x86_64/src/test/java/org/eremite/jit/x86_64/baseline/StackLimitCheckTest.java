package org.eremite.jit.x86_64.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.List;

import org.eremite.vm.asm.Relocation;
import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.baseline.BaselineCompiler;
import org.eremite.vm.compiler.baseline.CompiledMethod;
import org.eremite.vm.compiler.baseline.RuntimeEntry;
import org.eremite.vm.compiler.baseline.SymbolNames;
import org.junit.jupiter.api.Test;

/**
 * The stack-limit check of every prologue: {@code cmp rsp, [rip + eremite.stack_limit]; jb} right after the frame
 * is allocated and before anything is written into it, and the out-of-line {@code leave; jmp} to the
 * throwStackOverflow entry after the last instruction, outside every handler's range and with no GC map (the
 * caller's call site has one). The bytes are checked against GNU as by {@link ListingRoundTripTest}.
 */
class StackLimitCheckTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String ENTRY = SymbolNames.runtime(RuntimeEntry.THROW_STACK_OVERFLOW);

    static ClassFile sample() throws IOException {
        try (InputStream in = StackLimitSample.class.getResourceAsStream("StackLimitSample.class")) {
            return ClassFileParser.parse(in.readAllBytes(), "StackLimitSample");
        }
    }

    private static CompiledMethod compile(ClassFile sample, MethodInfo method) {
        return new BaselineCompiler(new TestContext(), new Backend()).withListing(true).compile(sample, method);
    }

    /** The frame: push rbp; mov rbp, rsp; and sub rsp, imm8 or imm32 if the frame has slots. */
    private static int frameSetupLength(CompiledMethod m) {
        int size = m.frameSize();
        return 1 + 3 + (size == 0 ? 0 : size < 128 ? 4 : 7);
    }

    private static Relocation relocationAt(CompiledMethod m, int offset) {
        for (Relocation r : m.relocations()) {
            if (r.offset() == offset) {
                return r;
            }
        }
        return null;
    }

    @Test
    void everyPrologueComparesRspWithTheLimitRightAfterTheFrameIsAllocated() throws IOException {
        ClassFile sample = sample();
        int methods = 0;
        for (MethodInfo method : sample.methods()) {
            CompiledMethod m = compile(sample, method);
            assertNull(TableChecks.problem(m));
            byte[] code = m.code();
            int check = frameSetupLength(m);
            String head = HEX.formatHex(code, 0, 4);
            assertEquals("554889e5", head, m.listing());
            // cmp rsp, [rip + disp32] (REX.W 3B /r, ModRM 00 100 101), then jb rel32 (0F 82).
            assertEquals("483b25", HEX.formatHex(code, check, check + 3), m.listing());
            Relocation limit = relocationAt(m, check + 3);
            assertEquals(SymbolNames.STACK_LIMIT, limit.symbol(), m.listing());
            assertEquals("0f82", HEX.formatHex(code, check + 7, check + 9), m.listing());
            int overflow = check + 13 + (int) org.eremite.vm.asm.LittleEndian.getI32(code, check + 9);
            // Out of line: leave; jmp throwStackOverflow (E9 rel32), the last bytes of the method.
            assertEquals(code.length - 6, overflow, "the stub ends the code\n" + m.listing());
            assertEquals("c9e9", HEX.formatHex(code, overflow, overflow + 2));
            assertEquals(ENTRY, relocationAt(m, overflow + 2).symbol());
            for (int i = 0; i < m.instructionCount(); i++) {
                assertTrue(m.instructionStart(i) < overflow, "instruction " + i + " after the stub");
            }
            for (CompiledMethod.ExceptionRange range : m.exceptionRanges()) {
                assertTrue(range.end() <= overflow, range + " covers the stub");
            }
            for (CompiledMethod.GcMap map : m.gcMaps()) {
                assertTrue(map.returnOffset() <= overflow, "a GC map in the stub at " + map.returnOffset());
            }
            methods++;
        }
        assertEquals(6, methods, "the constructor and five methods");
    }

    @Test
    void theCheckComesBeforeArgumentsAreStoredAndTheMonitorIsEntered() throws IOException {
        ClassFile sample = sample();
        for (String[] nameAndDescriptor : List.of(new String[] {"many", "(JDJDJJJJFJ)J"},
                new String[] {"locked", "(I)I"})) {
            CompiledMethod m = compile(sample, sample.findMethod(nameAndDescriptor[0], nameAndDescriptor[1]));
            List<String> lines = m.listing().lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith(".") && !l.endsWith(":")).toList();
            int cmp = indexOf(lines, "cmp rsp,");
            assertEquals(3, cmp, "push, mov, sub, then the check:\n" + m.listing());
            assertTrue(lines.get(cmp + 1).endsWith("jb .L0"), m.listing());
            for (int i = 0; i < cmp; i++) {
                assertFalse(lines.get(i).contains("[rbp"), "the frame is written before the check: " + lines.get(i));
            }
        }
        CompiledMethod locked = compile(sample, sample.findMethod("locked", "(I)I"));
        assertTrue(locked.listing().indexOf("cmp rsp,") < locked.listing().indexOf("monitorEnter"),
                locked.listing());
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theThrowStackOverflowEntryItselfHasNoCheck() throws IOException {
        ClassFile sample = sample();
        MethodInfo method = sample.findMethod("recurse", "(I)I");
        CompiledMethod entry = new BaselineCompiler(new TestContext(), new Backend()).withListing(true)
                .compile(sample.constantPool(), sample.thisClass(), method, ENTRY);
        for (Relocation r : entry.relocations()) {
            assertFalse(r.symbol().equals(SymbolNames.STACK_LIMIT) || r.symbol().equals(ENTRY), entry.listing());
        }
        assertFalse(entry.listing().contains("leave\n") && entry.listing().contains("jmp " + ENTRY),
                entry.listing());
        CompiledMethod ordinary = compile(sample, method);
        assertEquals(ordinary.codeSize() - 13 - 6, entry.codeSize(), "the check and the stub are all that differ");
    }
}
