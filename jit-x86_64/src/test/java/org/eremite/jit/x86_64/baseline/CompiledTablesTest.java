package org.eremite.jit.x86_64.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;

import org.eremite.vm.testing.OldBytecode;
import org.eremite.vm.classfile.ClassFile;
import org.eremite.vm.classfile.ClassFileParser;
import org.eremite.vm.classfile.CodeAttribute;
import org.eremite.vm.classfile.ExceptionHandler;
import org.eremite.vm.classfile.MethodInfo;
import org.eremite.vm.compiler.baseline.BaselineCompiler;
import org.eremite.vm.compiler.baseline.CompiledMethod;
import org.eremite.vm.compiler.baseline.FrameLayout;
import org.junit.jupiter.api.Test;

/** The runtime's tables of compiled methods: exception ranges, line map, GC maps, implicit null checks, frames. */
class CompiledTablesTest {
    private static ClassFile subject() throws IOException {
        try (InputStream in = TablesSubject.class.getResourceAsStream("TablesSubject.class")) {
            return ClassFileParser.parse(in.readAllBytes(), "TablesSubject.class");
        }
    }

    private static CompiledMethod compile(ClassFile classFile, String name) {
        for (MethodInfo method : classFile.methods()) {
            if (method.name().equals(name)) {
                return new BaselineCompiler(new TestContext(), new Backend()).compile(classFile, method);
            }
        }
        throw new AssertionError(name);
    }

    /** The machine offset of the code of the instruction at bytecode offset {@code bci}. */
    private static int machineOffsetOf(CompiledMethod m, int bci) {
        for (int i = 0; i < m.instructionCount(); i++) {
            if (m.instructionBytecodeOffset(i) == bci) {
                return m.instructionStart(i);
            }
        }
        throw new AssertionError("no code for bytecode offset " + bci);
    }

    @Test
    void exceptionRangesCoverTheMachineCodeOfTheirBytecodeRanges() throws IOException {
        ClassFile classFile = subject();
        CompiledMethod m = compile(classFile, "guarded");
        CodeAttribute code = classFile.findMethod("guarded", "([II)I").code();
        assertEquals(1, code.exceptionHandlers().size());
        ExceptionHandler handler = code.exceptionHandlers().get(0);
        CompiledMethod.ExceptionRange range = m.exceptionRanges().get(0);
        assertEquals("java/lang/ArrayIndexOutOfBoundsException", range.catchType());
        assertEquals(machineOffsetOf(m, handler.startPc()), range.start());
        assertEquals(machineOffsetOf(m, handler.endPc()), range.end());
        assertEquals(machineOffsetOf(m, handler.handlerPc()), range.handler());
        // The bounds check's call of the runtime lies inside the range: its return address - 1 is covered.
        boolean covered = false;
        for (CompiledMethod.GcMap map : m.gcMaps()) {
            covered |= range.covers(map.returnOffset() - 1) && map.bytecodeOffset() >= handler.startPc()
                    && map.bytecodeOffset() < handler.endPc();
        }
        assertTrue(covered, "the iaload's runtime call should be inside the protected range");
    }

    @Test
    void lineMapGivesEveryInstructionItsBytecodeOffsetAndLine() throws IOException {
        ClassFile classFile = subject();
        CompiledMethod m = compile(classFile, "guarded");
        CodeAttribute code = classFile.findMethod("guarded", "([II)I").code();
        for (int i = 0; i < m.instructionCount(); i++) {
            int start = m.instructionStart(i);
            int bci = m.instructionBytecodeOffset(i);
            assertEquals(bci, m.bytecodeOffsetAt(start));
            assertEquals(code.lineNumberAt(bci), m.lineNumberAt(start, code));
        }
        assertEquals(-1, m.bytecodeOffsetAt(0), "the prologue belongs to no instruction");
        assertTrue(m.lineNumberAt(m.instructionStart(0), code) > 0);
    }

    @Test
    void gcMapsMarkReferenceLocalsAndNothingElse() throws IOException {
        ClassFile classFile = subject();
        CompiledMethod m = compile(classFile, "keep");
        byte[] bytecode = classFile.findMethod("keep", "(Ljava/lang/String;I)Ljava/lang/String;").code().code();
        // keep(String text, int count): local 0 text, 1 count, 2 kept, 3-4 ignored (long).
        CompiledMethod.GcMap call = null;
        CompiledMethod.GcMap checkcast = null;
        for (CompiledMethod.GcMap map : m.gcMaps()) {
            int opcode = bytecode[map.bytecodeOffset()] & 0xFF;
            if (opcode == 0xb8) { // invokestatic consume(count)
                call = map;
            } else if (opcode == 0xc0) { // checkcast's slow path: the object is on the stack
                checkcast = map;
            }
        }
        assertNotNull(checkcast);
        assertTrue(checkcast.isReference(m.frame().maxLocals()), "checkcast's operand is live in its slow path");
        assertNotNull(call);
        assertTrue(call.isReference(0), "text");
        assertFalse(call.isReference(1), "count");
        assertTrue(call.isReference(2), "kept");
        assertFalse(call.isReference(3), "ignored");
        FrameLayout frame = m.frame();
        for (int slot = frame.maxLocals(); slot < frame.slotCount(); slot++) {
            assertFalse(call.isReference(slot), "no reference is on the stack during consume(count)");
        }
        assertEquals(call, m.gcMapAt(call.returnOffset()));
    }

    @Test
    void synchronizedMethodsKeepTheLockedObjectInAReferenceSlot() {
        ClassFile old = ClassFileParser.parse(OldBytecode.classFile(), OldBytecode.NAME);
        CompiledMethod cube = new BaselineCompiler(new TestContext(), new Backend())
                .compile(old, old.findMethod("cube", "(I)[[[I"));
        FrameLayout frame = cube.frame();
        assertTrue(frame.hasLockSlot());
        for (CompiledMethod.GcMap map : cube.gcMaps()) {
            assertTrue(map.isReference(frame.lockSlot()), "lock slot at 0x" + Integer.toHexString(map.returnOffset()));
        }
        assertEquals(0, cube.frameSize() % 16);
    }

    @Test
    void fieldAccessAtASmallOffsetIsAnImplicitNullCheck() throws IOException {
        CompiledMethod read = compile(subject(), "read");
        int[] pcs = read.implicitNullChecks();
        TestContext context = new TestContext();
        int offset = context.instanceField(new org.eremite.vm.classfile.MemberRef(
                "org/eremite/jit/x86_64/baseline/TablesSubject", "field", "I", false)).offset();
        if (offset < 4096) {
            assertEquals(1, pcs.length);
            assertTrue(read.isImplicitNullCheck(pcs[0]));
            assertEquals(0x8b, read.code()[pcs[0]] & 0xFF, "a 32-bit mov load faults on null");
        } else {
            assertEquals(0, pcs.length, "a far field is checked explicitly");
        }
    }
}
