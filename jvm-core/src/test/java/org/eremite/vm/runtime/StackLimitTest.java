package org.eremite.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;

import org.eremite.vm.magic.Magic;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** The stack limit's reserve: when a handler closes it, and that the entry opens it before it calls anything. */
class StackLimitTest {
    private static final long NORMAL = 0x61_0000L;

    @Test
    void aHandlerAtOrAboveTheNormalLimitClosesTheReserve() {
        assertTrue(StackLimit.restores(NORMAL, NORMAL));
        assertTrue(StackLimit.restores(NORMAL, NORMAL + 16));
        assertTrue(StackLimit.restores(NORMAL, 0xFFFF_8000_0000_0000L), "stack addresses compare unsigned");
    }

    @Test
    void aHandlerInsideTheReserveBelongsToTheThrowAndKeepsItOpen() {
        assertFalse(StackLimit.restores(NORMAL, NORMAL - 16));
        assertFalse(StackLimit.restores(NORMAL, NORMAL - StackLimit.RESERVE + StackLimit.LAST_RESORT));
    }

    @Test
    void theLastResortIsASmallPartOfTheReserve() {
        assertTrue(StackLimit.LAST_RESORT > 0 && StackLimit.LAST_RESORT * 4 <= StackLimit.RESERVE);
        // The error's stack trace (StackWalk.MAX_DEPTH pcs) is allocated on the heap, not the stack, but the
        // reserve is sized for far more than the walk's few frames.
        assertTrue(StackLimit.RESERVE >= 64 * 1024);
    }

    /**
     * Every method but throwStackOverflow checks the limit in its prologue, so throwStackOverflow, which is entered
     * below the limit, may call nothing before it has lowered it (a call would enter it again, without end), except
     * the VM's last words once the checks are off. Magic is no call.
     */
    @Test
    void throwStackOverflowCallsNothingBeforeTheLimitIsLowered() throws IOException {
        ClassNode node = new ClassNode();
        try (InputStream in = RuntimeEntries.class.getResourceAsStream("RuntimeEntries.class")) {
            new ClassReader(in).accept(node, 0);
        }
        MethodNode method = node.methods.stream().filter(m -> m.name.equals("throwStackOverflow")).findFirst()
                .orElseThrow();
        String magic = Type.getInternalName(Magic.class);
        int stores = 0;
        boolean lowered = false;
        for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof FieldInsnNode f && f.getOpcode() == Opcodes.PUTSTATIC && f.name.equals("normal")) {
                assertTrue(stores >= 1, "normal is set after the word is lowered");
                lowered = true;
            } else if (insn instanceof MethodInsnNode call && !lowered) {
                if (call.owner.equals(magic)) {
                    stores += call.name.equals("storeLong") ? 1 : 0;
                } else {
                    assertTrue(call.owner.endsWith("/Fatal") && stores == 1,
                            "throwStackOverflow calls " + call.owner + "." + call.name + " before lowering the limit");
                }
            } else if (insn.getOpcode() == Opcodes.NEW) {
                assertTrue(lowered, "the error is made before the limit is lowered");
            }
        }
        assertTrue(lowered);
    }
}
