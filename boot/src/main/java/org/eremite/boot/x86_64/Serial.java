package org.eremite.boot.x86_64;

import static org.eremite.jit.x86_64.asm.Register.R12;
import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RBP;
import static org.eremite.jit.x86_64.asm.Register.RBX;
import static org.eremite.jit.x86_64.asm.Register.RCX;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RDX;
import static org.eremite.jit.x86_64.asm.Register.RSI;

import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.jit.x86_64.asm.Register;
import org.eremite.vm.asm.Label;

/**
 * The console: the PC's first 16550 UART (COM1), polled. Register offsets and bits are those of the National
 * Semiconductor PC16550D data sheet, "Register Addressable Locations" and "Line Status Register".
 *
 * <p>Routines (System V AMD64 convention: arguments in rdi, only caller-saved registers clobbered):
 * {@code serial_init()}, {@code serial_putc(byte)}, {@code serial_write(char*)} for a NUL-terminated string,
 * {@code serial_write_hex(u64)} as 16 lower-case digits, {@code serial_write_decimal(u64)}.
 * No newline translation: the launcher compares the console byte for byte.
 */
final class Serial {
    /** COM1's I/O base, the PC/AT convention that QEMU's first isa-serial follows. */
    static final int COM1 = 0x3F8;
    /** Transmit holding register (write, DLAB=0). */
    static final int THR = COM1;
    /** Divisor latch, low and high byte (DLAB=1). */
    static final int DLL = COM1;
    static final int DLM = COM1 + 1;
    /** Interrupt enable register (DLAB=0). */
    static final int IER = COM1 + 1;
    /** FIFO control register (write). */
    static final int FCR = COM1 + 2;
    static final int LCR = COM1 + 3;
    static final int MCR = COM1 + 4;
    static final int LSR = COM1 + 5;
    /** LSR bit 5: the transmit holding register is empty and takes the next byte. */
    static final int LSR_THRE = 0x20;
    /** LCR bit 7: divisor latch access. */
    static final int LCR_DLAB = 0x80;
    /** LCR: 8 data bits (bits 1:0 = 11), 1 stop bit, no parity. */
    static final int LCR_8N1 = 0x03;
    /** Divisor 1: 115200 baud from the 1.8432 MHz clock (irrelevant to QEMU, but defined). */
    static final int DIVISOR_115200 = 1;
    /**
     * FCR: FIFOs off (16450 mode, one byte each way). QEMU empties both FIFOs whenever the enable bit changes, so
     * enabling them would drop standard input that reached the UART before the boot; with one receive byte QEMU
     * holds the rest back, so nothing is lost.
     */
    static final int FCR_FIFOS_OFF = 0x00;
    /** MCR: DTR (bit 0) and RTS (bit 1). */
    static final int MCR_DTR_RTS = 0x03;

    private Serial() {
    }

    static void emitRoutines(TextSection t) {
        MacroAssembler a = t.asm();

        t.function("serial_init");
        outByte(a, IER, 0); // polled: no UART interrupts
        outByte(a, LCR, LCR_DLAB);
        outByte(a, DLL, DIVISOR_115200 & 0xFF);
        outByte(a, DLM, DIVISOR_115200 >> 8);
        outByte(a, LCR, LCR_8N1);
        outByte(a, FCR, FCR_FIFOS_OFF);
        outByte(a, MCR, MCR_DTR_RTS);
        a.ret();

        t.function("serial_putc");
        emitPutcInline(a, RDI);
        a.ret();

        t.function("serial_write");
        emitWriteInline(a, RDI, false);
        a.ret();

        t.function("serial_write_hex");
        a.enterFrame(0);
        a.push(RBX);
        a.push(R12);
        a.movq(RBX, RDI);
        a.movl(R12, 16);
        Label digit = new Label();
        Label decimal = new Label();
        a.bind(digit);
        a.rolq(RBX, 4); // the next nibble, most significant first
        a.movl(RDI, RBX);
        a.andl(RDI, 0xF);
        a.cmpl(RDI, 10);
        a.jcc(Condition.B, decimal);
        a.addl(RDI, 'a' - '0' - 10);
        a.bind(decimal);
        a.addl(RDI, '0');
        a.call(t.label("serial_putc"));
        a.decl(R12);
        a.jcc(Condition.NE, digit);
        a.pop(R12);
        a.pop(RBX);
        a.leaveFrame();

        t.function("serial_write_decimal");
        a.enterFrame(32); // 20 digits of 2^64 - 1 and a NUL fit below rbp
        a.leaq(RSI, Address.of(RBP, -1));
        a.movb(Address.of(RSI), 0);
        a.movq(RAX, RDI);
        a.movl(RCX, 10);
        Label next = new Label();
        a.bind(next);
        a.xorl(RDX, RDX);
        a.divq(RCX); // rax = quotient, rdx = the next digit, least significant first
        a.addl(RDX, '0');
        a.decq(RSI);
        a.movb(Address.of(RSI), RDX);
        a.testq(RAX, RAX);
        a.jcc(Condition.NE, next);
        a.movq(RDI, RSI);
        a.call(t.label("serial_write"));
        a.leaveFrame();
    }

    /** Calls serial_write with the literal {@code text} (clobbers the caller-saved registers). */
    static void write(TextSection t, String text) {
        t.asm().loadAddress(RDI, t.string(text));
        t.asm().call(t.label("serial_write"));
    }

    /** Calls serial_write_hex with the value in {@code value} (rdi is the argument register). */
    static void writeHex(TextSection t, Address value) {
        t.asm().movq(RDI, value);
        t.asm().call(t.label("serial_write_hex"));
    }

    /** Writes {@code value} to the UART register at I/O port {@code port} (clobbers eax, edx). */
    private static void outByte(MacroAssembler a, int port, int value) {
        a.movl(RDX, port);
        a.load32(RAX, value);
        a.outb(RDX);
    }

    /**
     * Waits until the transmitter takes a byte, then sends the low byte of {@code ch}; clobbers eax and edx.
     * With no UART at COM1 the port reads 0xff, THRE appears set, and nothing hangs. Encodes the same in
     * 32-bit and 64-bit mode for the legacy registers.
     */
    static void emitPutcInline(MacroAssembler a, Register ch) {
        if (ch == RAX || ch == RDX) {
            throw new IllegalArgumentException("putc: the character must not be in eax or edx, which in/out use");
        }
        Label wait = new Label();
        a.movl(RDX, LSR);
        a.bind(wait);
        a.inb(RDX);
        a.testb(RAX, LSR_THRE);
        a.jcc(Condition.E, wait);
        a.movl(RAX, ch);
        a.movl(RDX, THR);
        a.outb(RDX);
    }

    /**
     * Writes the NUL-terminated string at {@code string}, advancing that register; clobbers eax, ecx, edx.
     * {@code mode32}: the code runs in 32-bit protected mode (the stub before long mode).
     */
    static void emitWriteInline(MacroAssembler a, Register string, boolean mode32) {
        Label next = new Label();
        Label done = new Label();
        a.bind(next);
        a.movzxbl(RCX, Address.of(string));
        a.testl(RCX, RCX);
        a.jcc(Condition.E, done);
        emitPutcInline(a, RCX);
        if (mode32) {
            a.incl(string);
        } else {
            a.incq(string);
        }
        a.jmp(next);
        a.bind(done);
    }
}
