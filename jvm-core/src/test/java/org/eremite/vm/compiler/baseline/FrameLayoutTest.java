package org.eremite.vm.compiler.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eremite.vm.classfile.MethodDescriptor;
import org.eremite.vm.classfile.TypeKind;
import org.junit.jupiter.api.Test;

/** The slot homes and argument homes of the baseline compilation model. */
class FrameLayoutTest {
    @Test
    void localsThenStackThenLockSlotBelowTheFramePointer() {
        FrameLayout frame = new FrameLayout(MethodDescriptor.parse("(IJ)V"), false, 5, 3, true);
        assertEquals(-8, frame.localOffset(0));
        assertEquals(-40, frame.localOffset(4));
        assertEquals(-48, frame.stackOffset(0));
        assertEquals(-64, frame.stackOffset(2));
        assertEquals(8, frame.lockSlot());
        assertEquals(-72, frame.lockOffset());
        assertEquals(9, frame.slotCount());
        assertEquals(80, frame.frameSize(), "72 bytes of slots, rounded up to 16");
        assertThrows(IndexOutOfBoundsException.class, () -> frame.stackOffset(3));
    }

    @Test
    void parametersTakeTheirJvmsLocalsWithTheReceiverFirst() {
        FrameLayout frame = new FrameLayout(MethodDescriptor.parse("(JZD[ILjava/lang/String;F)I"), false, 9, 0,
                false);
        assertEquals(7, frame.parameterCount());
        int[] locals = {0, 1, 3, 4, 6, 7, 8};
        TypeKind[] kinds = {TypeKind.REFERENCE, TypeKind.LONG, TypeKind.INT, TypeKind.DOUBLE, TypeKind.REFERENCE,
            TypeKind.REFERENCE, TypeKind.FLOAT};
        for (int p = 0; p < locals.length; p++) {
            assertEquals(locals[p], frame.parameterLocal(p), "parameter " + p);
            assertEquals(kinds[p], frame.parameterKind(p), "parameter " + p);
        }
        assertEquals(80, frame.frameSize());
    }

    @Test
    void anEmptyFrameIsEmpty() {
        FrameLayout frame = new FrameLayout(MethodDescriptor.parse("()V"), true, 0, 0, false);
        assertEquals(0, frame.frameSize());
        assertEquals(0, frame.parameterCount());
    }

    @Test
    void parametersMustFitMaxLocals() {
        assertThrows(IllegalArgumentException.class,
                () -> new FrameLayout(MethodDescriptor.parse("(JJ)V"), true, 3, 0, false));
    }
}
