package org.eremite.boot.riscv64;

import static org.eremite.jit.riscv64.asm.Register.A0;
import static org.eremite.jit.riscv64.asm.Register.S1;
import static org.eremite.jit.riscv64.asm.Register.S2;
import static org.eremite.jit.riscv64.asm.Register.SP;
import static org.eremite.jit.riscv64.asm.Register.T0;
import static org.eremite.jit.riscv64.asm.Register.T1;
import static org.eremite.jit.riscv64.asm.Register.T2;
import static org.eremite.jit.riscv64.asm.Register.ZERO;

import org.eremite.jit.riscv64.asm.MacroAssembler;
import org.eremite.vm.asm.Label;

/**
 * Console output on the ns16550a UART of QEMU virt, polled. OpenSBI has already programmed the UART
 * (it printed its banner through it), so the stub only waits for room and writes.
 *
 * <p>Register offsets and bits from the PC16550D data sheet ("Register Addressing", "Line Status
 * Register"). The poll-then-store order needs no fence: the store is control dependent on the load,
 * which RVWMO keeps in order (unpriv 14.1, preserved program order rule 11).
 */
final class Serial {
    /** UART0 on QEMU virt ({@code VIRT_UART0} in hw/riscv/virt.c; the DTB's /soc/serial@10000000). */
    static final long UART_BASE = 0x1000_0000L;
    /** Transmitter Holding Register (write, DLAB = 0). */
    static final int THR = 0;
    /** Line Status Register. */
    static final int LSR = 5;
    /** LSR bit 5: the transmitter holding register is empty and takes a byte. */
    static final int LSR_THRE = 1 << 5;
    /** LSR bit 6: holding and shift registers both empty: everything written has left. */
    static final int LSR_TEMT = 1 << 6;
    /** An unsigned 64-bit value has at most 20 decimal digits. */
    private static final int DECIMAL_BUFFER = 32;

    static final String PUTC = "serial_putc";
    static final String PUTS = "serial_puts";
    static final String PUT_HEX = "serial_put_hex";
    static final String PUT_DECIMAL = "serial_put_decimal";
    static final String FLUSH = "serial_flush";

    private Serial() {
    }

    static void emit(TextSection text) {
        emitPutc(text);
        emitFlush(text);
        emitPuts(text);
        emitPutHex(text);
        emitPutDecimal(text);
    }

    /** {@code serial_putc(a0 = byte)}: a leaf that uses only t0 and t1. */
    private static void emitPutc(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(PUTC);
        a.li(T0, UART_BASE);
        Label wait = new Label();
        a.bind(wait);
        a.lbu(T1, T0, LSR);
        a.andi(T1, T1, LSR_THRE);
        a.beqz(T1, wait);
        a.sb(A0, T0, THR);
        a.ret();
        text.end();
    }

    /** {@code serial_flush()}: waits until the last byte written has been sent (before powering off). */
    private static void emitFlush(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(FLUSH);
        a.li(T0, UART_BASE);
        Label wait = new Label();
        a.bind(wait);
        a.lbu(T1, T0, LSR);
        a.andi(T1, T1, LSR_TEMT);
        a.beqz(T1, wait);
        a.ret();
        text.end();
    }

    /** {@code serial_puts(a0 = NUL-terminated string)}. */
    private static void emitPuts(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(PUTS);
        TextSection.Frame frame = text.enter(0, S1);
        a.mv(S1, A0);
        Label loop = new Label();
        Label done = new Label();
        a.bind(loop);
        a.lbu(A0, S1, 0);
        a.beqz(A0, done);
        text.call(PUTC);
        a.addi(S1, S1, 1);
        a.j(loop);
        a.bind(done);
        text.leave(frame);
        text.end();
    }

    /** {@code serial_put_hex(a0 = value)}: 16 lower-case hex digits, most significant first. */
    private static void emitPutHex(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(PUT_HEX);
        TextSection.Frame frame = text.enter(0, S1, S2);
        a.mv(S1, A0);
        a.li(S2, 60);
        Label loop = new Label();
        Label decimalDigit = new Label();
        a.bind(loop);
        a.srl(A0, S1, S2);
        a.andi(A0, A0, 0xF);
        a.li(T0, 10);
        a.blt(A0, T0, decimalDigit);
        a.addi(A0, A0, 'a' - '0' - 10);
        a.bind(decimalDigit);
        a.addi(A0, A0, '0');
        text.call(PUTC);
        a.addi(S2, S2, -4);
        a.bge(S2, ZERO, loop);
        text.leave(frame);
        text.end();
    }

    /** {@code serial_put_decimal(a0 = unsigned value)}: the digits are built backwards in a stack buffer. */
    private static void emitPutDecimal(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(PUT_DECIMAL);
        TextSection.Frame frame = text.enter(DECIMAL_BUFFER, S1);
        a.addi(S1, SP, DECIMAL_BUFFER - 1);
        a.sb(ZERO, S1, 0);
        a.li(T1, 10);
        Label loop = new Label();
        a.bind(loop);
        a.remu(T2, A0, T1);
        a.divu(A0, A0, T1);
        a.addi(T2, T2, '0');
        a.addi(S1, S1, -1);
        a.sb(T2, S1, 0);
        a.bnez(A0, loop);
        a.mv(A0, S1);
        text.call(PUTS);
        text.leave(frame);
        text.end();
    }
}
