package org.eremite.jit.x86_64.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eremite.vm.asm.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class IllegalOperandTest {
    private static void assertRejected(Executable emit, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, emit);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + e.getMessage() + "' does not mention '" + fragment + "'");
        }
    }

    @Test
    void shiftCountsBeyondTheOperandWidthAreRejected() {
        Assembler a = new Assembler();
        assertRejected(() -> a.shlq(Register.RAX, 64), "shl:", "shift count", "64");
        assertRejected(() -> a.sarl(Register.RAX, 32), "sar:", "shift count", "32");
        assertRejected(() -> a.rorq(Register.RAX, -1), "ror:", "shift count", "-1");
        assertRejected(() -> a.btq(Register.RAX, 64), "bt:", "bit index", "64");
        assertRejected(() -> a.btl(Register.RAX, 32), "bt:", "bit index", "32");
        assertEquals(0, a.position(), "nothing is emitted for a rejected instruction");
    }

    @Test
    void immediatesTooWideForByteAndWordOperationsAreRejected() {
        Assembler a = new Assembler();
        Address m = Address.of(Register.RAX);
        assertRejected(() -> a.cmpb(m, 256), "cmp:", "immediate", "256");
        assertRejected(() -> a.cmpb(Register.RBX, -129), "cmp:", "immediate", "-129");
        assertRejected(() -> a.testb(m, 300), "test:", "immediate", "300");
        assertRejected(() -> a.cmpw(m, 65536), "cmp:", "immediate", "65536");
        assertRejected(() -> a.movw(m, -32769), "mov:", "immediate", "-32769");
        assertRejected(() -> a.movb(m, 256), "mov:", "immediate", "256");
        assertRejected(() -> a.ret(65536), "ret:", "byte count");
        assertRejected(() -> a.ret(-1), "ret:", "byte count");
        assertRejected(() -> a.intn(256), "int:", "vector", "256");
        assertRejected(() -> a.inb(256), "in:", "port", "256");
        assertRejected(() -> a.outl(-1), "out:", "port", "-1");
        assertRejected(() -> a.roundsd(FloatRegister.XMM0, FloatRegister.XMM1, 16), "roundsd:", "rounding mode", "16");
        assertRejected(() -> a.nop(-1), "nop:", "byte count");
        assertEquals(0, a.position());
    }

    @Test
    void registersAFormRestrictsAreChecked() {
        Assembler a = new Assembler();
        assertRejected(() -> a.inb(Register.RAX), "in:", "port register", "rax");
        assertRejected(() -> a.outw(Register.RCX), "out:", "port register", "rcx");
        assertRejected(() -> Address.of(Register.RAX, Register.RSP, Address.Scale.TIMES_1), "Address", "index", "rsp");
        assertRejected(() -> Address.indexed(Register.RSP, Address.Scale.TIMES_2, 0), "Address", "index", "rsp");
        assertRejected(() -> Address.Scale.of(3), "scale", "3");
    }

    @Test
    void shortBranchesToLabelsOutOfReachAreRejectedNamingTheLabel() {
        Assembler a = new Assembler();
        Label back = new Label("far_back");
        a.bind(back);
        a.nop(127);
        assertRejected(() -> a.jmpShort(back), "jmp:", "far_back", "rel8");
        assertRejected(() -> a.jccShort(Condition.L, back), "jl:", "far_back", "rel8");
        assertEquals(127, a.position(), "a rejected short branch emits nothing");

        Assembler b = new Assembler();
        Label forward = new Label("far_forward");
        b.jccShort(Condition.NE, forward);
        b.nop(128);
        assertRejected(() -> b.bind(forward), "jne:", "far_forward", "rel8", "128");

        Assembler c = new Assembler();
        Label unbound = new Label("never_bound");
        c.jmp(unbound);
        IllegalStateException e = assertThrows(IllegalStateException.class, c::finish);
        assertTrue(e.getMessage().contains("never_bound"));
    }

    @Test
    void thirtyTwoBitModeRefusesWhatNeedsRexOrRipRelativeAddressing() {
        Assembler a = new Assembler();
        a.code32();
        int start = a.position();
        assertRejected(() -> a.addq(Register.RAX, Register.RBX), "add:", "64-bit operand size");
        assertRejected(() -> a.movl(Register.R8, 1), "mov:", "REX", "32-bit mode");
        assertRejected(() -> a.movl(Register.RAX, Address.of(Register.R12)), "mov:", "REX");
        assertRejected(() -> a.movl(Register.RAX, Address.rip("symbol")), "mov", "RIP-relative", "32-bit mode");
        assertRejected(() -> a.mov(ControlRegister.CR8, Register.RAX), "mov:", "cr8");
        assertRejected(() -> a.call("symbol"), "call", "32-bit mode");
        assertRejected(() -> a.iretq(), "iretq:", "64-bit operand size");
        assertRejected(() -> a.movb(Address.of(Register.RAX), Register.RSI), "mov:", "sil");
        assertEquals(start, a.position());
    }

    @Test
    void codeSegmentCannotBeLoadedByMov() {
        Assembler a = new Assembler();
        assertRejected(() -> a.mov(SegmentRegister.CS, Register.RAX), "mov:", "cs");
        assertEquals(0, a.position());
    }

    @Test
    void directFarJumpsExistOnlyIn32BitModeWithA16BitSelector() {
        Assembler a = new Assembler();
        assertRejected(() -> a.ljmp(8, 0x1000), "ljmp:", "64-bit mode");
        a.code32();
        assertRejected(() -> a.ljmp(0x10000, 0x1000), "ljmp:", "selector", "65536");
        assertRejected(() -> a.ljmp(-1, "entry", 0), "ljmp:", "selector", "-1");
    }
}
