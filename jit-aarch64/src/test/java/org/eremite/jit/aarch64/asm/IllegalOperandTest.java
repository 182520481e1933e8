package org.eremite.jit.aarch64.asm;

import static org.eremite.jit.aarch64.asm.Register.R0;
import static org.eremite.jit.aarch64.asm.Register.R1;
import static org.eremite.jit.aarch64.asm.Register.R2;
import static org.eremite.jit.aarch64.asm.Register.SP;
import static org.eremite.jit.aarch64.asm.Register.ZR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.eremite.vm.asm.Label;
import org.junit.jupiter.api.Test;

/** Operands that cannot be encoded throw IllegalArgumentException naming instruction and operand, and emit nothing. */
class IllegalOperandTest {
    private static void rejects(String expectedPrefix, Consumer<MacroAssembler> emit) {
        MacroAssembler asm = new MacroAssembler();
        asm.nop();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> emit.accept(asm));
        assertTrue(e.getMessage().startsWith(expectedPrefix), "expected '" + expectedPrefix + "...', got: " + e.getMessage());
        assertEquals(4, asm.position(), "a rejected instruction leaves no bytes behind");
    }

    @Test
    void integerOperandsOutOfRangeOrOfTheWrongKindAreRejected() {
        rejects("add: size 16 is not 32 or 64", a -> a.add(16, R0, R1, 1));
        rejects("add: immediate 4097 is not in [0, 4095] or a multiple of 4096", a -> a.add(64, R0, R1, 4097));
        rejects("sub: immediate -1 is not", a -> a.sub(64, R0, R1, -1));
        rejects("add: immediate 16777216 is not", a -> a.add(64, R0, R1, 1 << 24));
        rejects("add: rd zr is not allowed", a -> a.add(64, ZR, R1, 1));
        rejects("adds: rd sp is not allowed", a -> a.adds(64, SP, R1, 1));
        rejects("add: rm sp is not allowed", a -> a.add(64, R0, R1, SP));
        rejects("add: rn sp is not allowed", a -> a.add(64, R0, SP, R1, ShiftType.LSL, 2));
        rejects("add: shift ROR is not LSL, LSR or ASR", a -> a.add(64, R0, R1, R2, ShiftType.ROR, 2));
        rejects("add: shift amount 32 (0x20) is out of range [0, 31]", a -> a.add(32, R0, R1, R2, ShiftType.LSL, 32));
        rejects("add: extend amount 5 (0x5) is out of range [0, 4]", a -> a.add(64, R0, R1, R2, ExtendType.SXTW, 5));
        rejects("add: rd zr is not allowed", a -> a.add(64, ZR, SP, R2));
        rejects("and: immediate 0x0 is not a bitmask immediate", a -> a.and(64, R0, R1, 0));
        rejects("orr: immediate 0x12345 is not a bitmask immediate", a -> a.orr(64, R0, R1, 0x12345));
        rejects("eor: immediate 0x1ffffffff is not a bitmask immediate for a 32-bit", a -> a.eor(32, R0, R1, 0x1_FFFF_FFFFL));
        rejects("and: rn sp is not allowed", a -> a.and(64, R0, SP, 0xFF));
        rejects("ands: rd sp is not allowed", a -> a.ands(64, SP, R0, 0xFF));
        rejects("lsl: shift 64 (0x40) is out of range [0, 63]", a -> a.lsl(64, R0, R1, 64));
        rejects("asr: shift -1 (0xffffffffffffffff) is out of range [0, 31]", a -> a.asr(32, R0, R1, -1));
        rejects("ubfx: width 33 (0x21) is out of range [1, 32]", a -> a.ubfx(32, R0, R1, 0, 33));
        rejects("bfi: lsb 32 (0x20) is out of range [0, 31]", a -> a.bfi(32, R0, R1, 32, 1));
        rejects("movz: immediate 65536 (0x10000) is out of range [0, 65535]", a -> a.movz(64, R0, 0x10000, 0));
        rejects("movk: shift 32 is not 0 or 16", a -> a.movk(32, R0, 1, 32));
        rejects("movn: shift 8 is not 0, 16, 32 or 48", a -> a.movn(64, R0, 1, 8));
        rejects("mov: rm zr is not allowed", a -> a.mov(64, SP, ZR));
        rejects("cset: condition AL cannot be inverted", a -> a.cset(64, R0, Condition.AL));
        rejects("ccmp: nzcv 16 (0x10) is out of range [0, 15]", a -> a.ccmp(64, R0, R1, 16, Condition.EQ));
        rejects("ccmn: immediate 32 (0x20) is out of range [0, 31]", a -> a.ccmn(64, R0, 32, 0, Condition.EQ));
        rejects("mul: rd sp is not allowed", a -> a.mul(64, SP, R0, R1));
        rejects("sdiv: rm sp is not allowed", a -> a.sdiv(32, R0, R1, SP));
    }

    @Test
    void memoryOperandsOutOfRangeOrUnpredictableAreRejected() {
        rejects("ldr: offset 32761 is neither a multiple of 8 in [0, 32760] nor in [-256, 255]",
                a -> a.ldr(64, R0, Address.offset(R1, 32761)));
        rejects("ldr: offset 32768 is neither", a -> a.ldr(64, R0, Address.offset(R1, 32768)));
        rejects("ldrh: offset -258 is neither a multiple of 2", a -> a.ldrh(R0, Address.offset(R1, -258)));
        rejects("ldr: base zr is not allowed", a -> a.ldr(64, R0, Address.base(ZR)));
        rejects("str: rt sp is not allowed", a -> a.str(64, SP, Address.base(R1)));
        rejects("ldr: offset 256 (0x100) is out of range [-256, 255]", a -> a.ldr(64, R0, Address.preIndex(R1, 256)));
        rejects("str: offset -257 (0xfffffffffffffeff) is out of range [-256, 255]", a -> a.str(32, R0, Address.postIndex(R1, -257)));
        rejects("ldr: rt x1 is also the written-back base register", a -> a.ldr(64, R1, Address.preIndex(R1, 8)));
        rejects("strb: rt x1 is also the written-back base register", a -> a.strb(R1, Address.postIndex(R1, 1)));
        rejects("ldr: index shift 2 is not 0 or 3", a -> a.ldr(64, R0, Address.index(R1, R2, 2)));
        rejects("ldr: index sp is not allowed", a -> a.ldr(64, R0, Address.index(R1, SP)));
        rejects("ldur: offset 256 is out of range [-256, 255]", a -> a.ldur(64, R0, Address.offset(R1, 256)));
        rejects("stur: address [x1, #8]! is not a [base, #offset] address", a -> a.stur(64, R0, Address.preIndex(R1, 8)));
        rejects("ldr: size 256 is not 8, 16, 32, 64 or 128", a -> a.ldr(256, FloatRegister.V0, Address.base(R1)));
        rejects("ldp: offset 12 (0xc) is not a multiple of 8", a -> a.ldp(64, R0, R1, Address.offset(R2, 12)));
        rejects("stp: offset 512 (0x200) is out of range [-512, 504]", a -> a.stp(64, R0, R1, Address.offset(R2, 512)));
        rejects("ldp: rt2 x1 is the same register as rt1", a -> a.ldp(64, R1, R1, Address.offset(R2, 16)));
        rejects("stp: rt x2 is also the written-back base register", a -> a.stp(64, R0, R2, Address.preIndex(R2, -16)));
        rejects("ldp: address [x2, x1] is not an immediate-offset address", a -> a.ldp(64, R0, R3(), Address.index(R2, R1)));
        rejects("stxr: status w1 is also the data or base register", a -> a.stxr(64, R1, R1, R2));
        rejects("ldxr: size 16 is not 32 or 64", a -> a.ldxr(16, R0, R1));
        rejects("cas: size 8 is not 32 or 64", a -> a.cas(8, R0, R1, R2));
        rejects("ldadd: base zr is not allowed", a -> a.ldadd(64, R0, R1, ZR));
        rejects("ldr: size 16 is not 32, 64 or 128 for a literal load", a -> a.ldr(16, FloatRegister.V0, new Label()));
    }

    private static Register R3() {
        return Register.R3;
    }

    @Test
    void floatingPointAndSystemOperandsAreRejected() {
        rejects("fadd: size 16 is not 32 or 64", a -> a.fadd(16, FloatRegister.V0, FloatRegister.V1, FloatRegister.V2));
        rejects("fmov: immediate 0.1 is not", a -> a.fmov(64, FloatRegister.V0, 0.1));
        rejects("fmov: immediate 0.0 is not", a -> a.fmov(64, FloatRegister.V0, 0.0));
        rejects("fmov: immediate 32.0 is not", a -> a.fmov(32, FloatRegister.V0, 32.0));
        rejects("fmov: rd sp is not allowed", a -> a.fmov(64, SP, FloatRegister.V0));
        rejects("scvtf: rn sp is not allowed", a -> a.scvtf(64, 64, FloatRegister.V0, SP));
        rejects("fcvt: dstSize 64 equals srcSize", a -> a.fcvt(64, 64, FloatRegister.V0, FloatRegister.V1));
        rejects("msr: register CURRENTEL is read-only", a -> a.msr(SystemRegister.CURRENTEL, R0));
        rejects("msr: immediate 16 (0x10) is out of range [0, 15]", a -> a.msr(PStateField.DAIFSET, 16));
        rejects("msr: immediate 2 (0x2) is out of range [0, 1]", a -> a.msr(PStateField.SPSEL, 2));
        rejects("tlbi: operation DC_ZVA is a dc operation", a -> a.tlbi(SystemOperation.DC_ZVA, R0));
        rejects("tlbi: operation TLBI_VAE1 needs a register operand", a -> a.tlbi(SystemOperation.TLBI_VAE1));
        rejects("ic: operation IC_IALLU takes no register operand", a -> a.ic(SystemOperation.IC_IALLU, R0));
        rejects("svc: immediate 65536 (0x10000) is out of range [0, 65535]", a -> a.svc(0x10000));
        rejects("tbz: bit 64 (0x40) is out of range [0, 63]", a -> a.tbz(R0, 64, new Label()));
        rejects("br: rn sp is not allowed", a -> a.br(SP));
    }

    @Test
    void macroOperandsOutsideTheOperandSizeAreRejected() {
        rejects("mov: immediate 4294967296 (0x100000000) is out of range", a -> a.mov(32, R0, 1L << 32));
        rejects("mov: rd sp is not allowed", a -> a.mov(64, SP, 12345L));
        rejects("macro: operands use both scratch registers", a -> a.srem(64, R0, Register.IP0, Register.IP1));
    }
}
