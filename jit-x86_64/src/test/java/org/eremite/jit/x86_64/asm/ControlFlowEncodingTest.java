package org.eremite.jit.x86_64.asm;

import static org.eremite.jit.x86_64.asm.EncodingTestSupport.CONDITIONS;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.REGISTERS;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.addresses;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.check;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.listed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eremite.vm.asm.Label;
import org.junit.jupiter.api.Test;

class ControlFlowEncodingTest {
    @Test
    void jumpsToLabelsMatchGnuAsForwardAndBackwardInBothRanges() {
        Assembler a = listed();
        Label back = new Label("back");
        a.bind(back);
        for (Condition cc : CONDITIONS) {
            a.jcc(cc, back);      // bound and near: rel8
            a.jccShort(cc, back);
        }
        a.jmp(back);
        a.jmpShort(back);
        a.nop(200);
        for (Condition cc : CONDITIONS) {
            a.jcc(cc, back);      // bound and far: rel32
        }
        a.jmp(back);
        Label nearForward = new Label("near_forward");
        for (Condition cc : CONDITIONS) {
            a.jccShort(cc, nearForward);
        }
        a.jmpShort(nearForward);
        a.bind(nearForward);
        Label farForward = new Label("far_forward");
        for (Condition cc : CONDITIONS) {
            a.jcc(cc, farForward);  // forward: always rel32
        }
        a.jmp(farForward);
        a.nop(1000);
        a.bind(farForward);
        // The exact rel8 limits: -128 backward and +127 forward.
        Label edgeBack = new Label("edge_back");
        a.bind(edgeBack);
        a.nop(126);
        int before = a.position();
        a.jmp(edgeBack);
        assertEquals(2, a.position() - before, "a jump 128 bytes back is short");
        Label pastEdge = new Label("past_edge");
        a.bind(pastEdge);
        a.nop(127);
        before = a.position();
        a.jcc(Condition.E, pastEdge);
        assertEquals(6, a.position() - before, "a jump 129 bytes back is near");
        Label edgeForward = new Label("edge_forward");
        a.jmpShort(edgeForward);
        a.nop(127);
        a.bind(edgeForward);
        // Unnamed labels are listed as .L<n>.
        Label unnamed = new Label();
        a.jmp(unnamed);
        a.bind(unnamed);
        check(a);
    }

    @Test
    void callsIndirectJumpsAndReturnsMatchGnuAs() {
        Assembler a = listed();
        Label function = new Label("function");
        a.bind(function);
        a.call(function);
        Label later = new Label("later");
        a.call(later);
        a.call("external_function");
        a.jmp("external_function");
        for (Register r : REGISTERS) {
            a.call(r);
            a.jmp(r);
        }
        for (Address m : addresses(function, 31)) {
            a.call(m);
            a.jmp(m);
        }
        a.bind(later);
        a.ret();
        a.ret(0);
        a.ret(8);
        a.ret(65535);
        a.leave();
        a.nop();
        check(a);
    }

    @Test
    void nopsAndAlignmentPaddingMatchGnuAsForEveryLength() {
        Assembler a = listed();
        for (int n = 1; n <= 300; n++) {
            a.nop(n);
            a.ret();
        }
        for (int offset = 0; offset < 300; offset += 7) {
            a.align(512);
            for (int i = 0; i < offset; i++) {
                a.int3();
            }
            a.align(1 << (offset % 9 + 1));
        }
        check(a);
    }

    @Test
    void ripRelativeOperandsReachLabelsOnBothSidesWithTrailingImmediates() {
        Assembler a = listed();
        Label before = new Label("before");
        Label after = new Label("after");
        a.bind(before);
        for (Label l : new Label[] {before, after}) {
            a.movq(Register.RAX, Address.rip(l));
            a.cmpl(Address.rip(l), 5);            // imm8 after the displacement
            a.cmpl(Address.rip(l), 500000);       // imm32
            a.cmpw(Address.rip(l), 1000);         // imm16
            a.roundsd(FloatRegister.XMM3, Address.rip(l), 2);
            a.leaq(Register.R9, Address.rip(l));
        }
        a.bind(after);
        a.data64(0x3FF0_0000_0000_0000L);
        check(a);
    }
}
