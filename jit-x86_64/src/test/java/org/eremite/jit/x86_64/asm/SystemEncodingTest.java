package org.eremite.jit.x86_64.asm;

import static org.eremite.jit.x86_64.asm.EncodingTestSupport.REGISTERS;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.addresses;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.check;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.listed;
import static org.eremite.jit.x86_64.asm.EncodingTestSupport.reg;

import java.util.List;
import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.testing.GnuBinutils;
import org.junit.jupiter.api.Test;

class SystemEncodingTest {
    private static final GnuBinutils I386 = new GnuBinutils("x86_64-linux-gnu", "i386", List.of("--32"));

    @Test
    void atomicsAndFencesMatchGnuAs() {
        Assembler a = listed();
        Label data = new Label("data");
        a.bind(data);
        int i = 0;
        for (Address m : addresses(data, 41)) {
            a.lock();
            a.cmpxchgq(m, reg(i));
            a.lock();
            a.cmpxchgl(m, reg(i + 1));
            a.lock();
            a.xaddq(m, reg(i + 2));
            a.xaddl(m, reg(i + 3));
            a.lock();
            a.addq(m, 1);
            i++;
        }
        a.mfence();
        a.lfence();
        a.sfence();
        a.pause();
        check(a);
    }

    @Test
    void systemInstructionsMatchGnuAs() {
        Assembler a = listed();
        Label data = new Label("data");
        a.bind(data);
        a.cli();
        a.sti();
        a.cld();
        a.std();
        a.hlt();
        a.rdmsr();
        a.wrmsr();
        a.rdtsc();
        a.rdtscp();
        a.cpuid();
        a.iretq();
        a.int3();
        a.ud2();
        a.swapgs();
        a.wbinvd();
        a.retfq();
        for (int vector = 0; vector < 256; vector++) {
            a.intn(vector);
        }
        for (Address m : addresses(data, 42)) {
            a.lgdt(m);
            a.lidt(m);
            a.invlpg(m);
            a.ljmp(m);
        }
        for (Register r : REGISTERS) {
            a.ltr(r);
            for (ControlRegister cr : ControlRegister.values()) {
                a.mov(cr, r);
                a.mov(r, cr);
            }
        }
        for (int port : new int[] {0, 1, 0x60, 0x80, 0xE9, 0xFF}) {
            a.inb(port);
            a.inw(port);
            a.inl(port);
            a.outb(port);
            a.outw(port);
            a.outl(port);
        }
        a.inb(Register.RDX);
        a.inw(Register.RDX);
        a.inl(Register.RDX);
        a.outb(Register.RDX);
        a.outw(Register.RDX);
        a.outl(Register.RDX);
        check(a);
    }

    @Test
    void segmentRegisterMovesAndFninitMatchGnuAsInBothModes() {
        Assembler a64 = listed();
        for (Register r : REGISTERS) {
            for (SegmentRegister sreg : SegmentRegister.values()) {
                if (sreg != SegmentRegister.CS) {
                    a64.mov(sreg, r);
                }
                a64.mov(r, sreg);
            }
        }
        a64.fninit();
        check(a64);

        Assembler a32 = listed();
        a32.code32();
        for (Register r : new Register[] {Register.RAX, Register.RCX, Register.RDX, Register.RBX, Register.RSP,
            Register.RBP, Register.RSI, Register.RDI}) {
            for (SegmentRegister sreg : SegmentRegister.values()) {
                if (sreg != SegmentRegister.CS) {
                    a32.mov(sreg, r);
                }
                a32.mov(r, sreg);
            }
        }
        a32.fninit();
        I386.assertAssemblesIdentically(a32);
    }

    /** What a boot stub entered in 32-bit protected mode does to reach long mode. */
    private static void emitLongModeEntry(Assembler a) {
        a.code32();
        Register[] legacy = {Register.RAX, Register.RCX, Register.RDX, Register.RBX, Register.RSP, Register.RBP,
            Register.RSI, Register.RDI};
        a.cli();
        a.movl(Register.RSP, 0x90000);
        a.lgdt(Address.absolute(0x1000));
        a.lgdt(Address.of(Register.RAX, 16));
        a.mov(Register.RAX, ControlRegister.CR4);
        a.orl(Register.RAX, 1 << 5);
        a.mov(ControlRegister.CR4, Register.RAX);
        a.movl(Register.RAX, 0x2000);
        a.mov(ControlRegister.CR3, Register.RAX);
        a.movl(Register.RCX, 0xC000_0080);
        a.rdmsr();
        a.orl(Register.RAX, 1 << 8);
        a.wrmsr();
        a.mov(Register.RAX, ControlRegister.CR0);
        a.orl(Register.RAX, 0x8000_0001);
        a.mov(ControlRegister.CR0, Register.RAX);
        for (Register r : legacy) {
            a.movl(r, Address.absolute(0x1234));
            a.movl(Address.absolute(-0x1000), r);
            a.movl(r, Address.of(legacy[7 - r.ordinal()], legacy[(r.ordinal() + 1) % 8 == 4 ? 5 : (r.ordinal() + 1) % 8],
                    Address.Scale.TIMES_4, -8));
            if (r.ordinal() < 4) {
                a.movb(Address.absolute(0x500), r); // spl..dil would need REX: 32-bit mode has ah..bh there
            }
            a.movw(Address.absolute(0x502), r);
            a.addl(r, 1000);
            a.push(r);
            a.pop(r);
            a.leal(r, Address.of(r, 8));
            a.jmp(r);
        }
        a.outb(0xE9);
        a.inb(Register.RDX);
        a.cpuid();
        Label loop = new Label("loop32");
        a.bind(loop);
        a.testl(Register.RAX, Register.RAX);
        a.jcc(Condition.NE, loop);
        // Symbols without addends: as --32 writes REL relocations, which keep the addend in the code.
        a.movl(Register.RAX, "pml4", 0);
        a.movl(Register.RAX, Address.absolute("boot_info", 0));
        a.movl(Address.absolute("boot_info", 0), Register.RAX);
        a.movl(Register.RSI, Address.absolute("boot_info", 0));
        a.lgdt(Address.absolute("gdt_pointer", 0));
        a.orl(Address.of(Register.RBX, "page_table", 0), 3);
        a.ljmp(0x08, 0x100000);
        a.ljmp(0x08, "long_mode_entry", 0);
    }

    @Test
    void longModeEntryIn32BitModeMatchesGnuAsInBothModes() {
        Assembler mixed = listed();
        emitLongModeEntry(mixed);
        // Padding in 32-bit mode uses the same long NOPs (valid on every x86_64 CPU) as GNU as for x86_64.
        mixed.nop(13);
        mixed.align(64);
        mixed.code64();
        mixed.movq(Register.RAX, Register.R8);
        mixed.retfq();
        check(mixed);

        Assembler pure = listed();
        emitLongModeEntry(pure);
        I386.assertAssemblesIdentically(pure);
    }
}
