package org.eremite.boot.aarch64;

import static org.eremite.jit.aarch64.asm.Register.R0;
import static org.eremite.jit.aarch64.asm.Register.R1;
import static org.eremite.jit.aarch64.asm.Register.R10;
import static org.eremite.jit.aarch64.asm.Register.R11;
import static org.eremite.jit.aarch64.asm.Register.R12;
import static org.eremite.jit.aarch64.asm.Register.R13;
import static org.eremite.jit.aarch64.asm.Register.R14;
import static org.eremite.jit.aarch64.asm.Register.R15;
import static org.eremite.jit.aarch64.asm.Register.R9;
import static org.eremite.jit.aarch64.asm.Register.SP;

import org.eremite.jit.aarch64.asm.Address;
import org.eremite.jit.aarch64.asm.Condition;
import org.eremite.jit.aarch64.asm.MacroAssembler;
import org.eremite.jit.aarch64.asm.Register;
import org.eremite.vm.asm.Label;

/**
 * Console output on the PL011 UART of virt, as leaf routines under AAPCS64 (they clobber only x0-x1 and
 * x9-x15, and need no frame record, so the trap handler can use them at any depth):
 * <ul>
 *   <li>{@value #PUTC}(w0): one byte;</li>
 *   <li>{@value #PUTS}(x0): a NUL-terminated string;</li>
 *   <li>{@value #HEX}(x0 value, x1 digits): the low {@code digits} nibbles, lower-case, no prefix;</li>
 *   <li>{@value #DECIMAL}(x0): an unsigned 64-bit number in decimal.</li>
 * </ul>
 * Bytes go out as they are: no CR is added before LF, so the host sees exactly what the guest wrote.
 *
 * <p>The UART is not programmed: QEMU's PL011 transmits whatever UARTCR says (hw/char/pl011.c), and on
 * hardware the firmware leaves it set up for its own console.
 */
final class Serial {
    /** PL011 on virt (QEMU hw/arm/virt.c, VIRT_UART; the DTB's /pl011@9000000). */
    static final long PL011_BASE = 0x0900_0000L;
    /** Data register: a write sends the byte in bits 7:0 (PL011 TRM DDI 0183, 3.3.1 UARTDR). */
    static final int UARTDR = 0x000;
    /** Flag register (3.3.3 UARTFR); bit 5 TXFF: the transmit FIFO is full. */
    static final int UARTFR = 0x018;
    static final int FR_TXFF_BIT = 5;

    static final String PUTC = "serial_putc";
    static final String PUTS = "serial_puts";
    static final String HEX = "serial_hex";
    static final String DECIMAL = "serial_decimal";

    private Serial() {
    }

    /**
     * Inline: waits until the transmit FIFO has room, then sends the byte in {@code value} (bits 7:0,
     * the rest zero). {@code base} must hold PL011_BASE; {@code scratch} is clobbered.
     */
    static void emitSend(MacroAssembler a, Register value, Register base, Register scratch) {
        Label wait = new Label();
        a.bind(wait);
        a.ldr(32, scratch, Address.offset(base, UARTFR));
        a.tbnz(scratch, FR_TXFF_BIT, wait);
        a.str(32, value, Address.offset(base, UARTDR));
    }

    static void emitRoutines(TextSection text) {
        MacroAssembler a = text.asm;

        text.begin(PUTC);
        a.mov(64, R9, PL011_BASE);
        a.uxtb(R0, R0);
        emitSend(a, R0, R9, R10);
        a.ret();
        text.end();

        text.begin(PUTS);
        Label next = new Label();
        Label done = new Label();
        a.mov(64, R9, PL011_BASE);
        a.bind(next);
        a.ldrb(R11, Address.postIndex(R0, 1));
        a.cbz(32, R11, done);
        emitSend(a, R11, R9, R10);
        a.b(next);
        a.bind(done);
        a.ret();
        text.end();

        // x12 counts the bit position down from 4 * digits; each nibble becomes '0'-'9' or 'a'-'f'.
        text.begin(HEX);
        Label digit = new Label();
        Label finished = new Label();
        a.mov(64, R9, PL011_BASE);
        a.lsl(64, R12, R1, 2);
        a.bind(digit);
        a.cbz(64, R12, finished);
        a.sub(64, R12, R12, 4);
        a.lsrv(64, R13, R0, R12);
        a.and(64, R13, R13, 0xF);
        a.add(64, R14, R13, '0');
        a.add(64, R15, R13, 'a' - 10);
        a.cmp(64, R13, 10);
        a.csel(64, R14, R15, R14, Condition.HS);
        emitSend(a, R14, R9, R10);
        a.b(digit);
        a.bind(finished);
        a.ret();
        text.end();

        // Digits are produced least significant first into a 32-byte buffer on the stack (a 64-bit number
        // has at most 20), then sent from the most significant one.
        text.begin(DECIMAL);
        Label divide = new Label();
        Label send = new Label();
        Label sent = new Label();
        a.sub(64, SP, SP, 32);
        a.add(64, R11, SP, 32);
        a.mov(64, R12, 10);
        a.bind(divide);
        a.udiv(64, R13, R0, R12);
        a.msub(64, R14, R13, R12, R0);
        a.add(32, R14, R14, '0');
        a.strb(R14, Address.preIndex(R11, -1));
        a.mov(64, R0, R13);
        a.cbnz(64, R0, divide);
        a.mov(64, R9, PL011_BASE);
        a.add(64, R15, SP, 32);
        a.bind(send);
        a.cmp(64, R11, R15);
        a.b(Condition.HS, sent);
        a.ldrb(R14, Address.postIndex(R11, 1));
        emitSend(a, R14, R9, R10);
        a.b(send);
        a.bind(sent);
        a.add(64, SP, SP, 32);
        a.ret();
        text.end();
    }

    /** {@code putc(c)}: clobbers what the routine clobbers (and x0). */
    static void putc(TextSection text, char c) {
        text.asm.mov(32, R0, c);
        text.call(PUTC);
    }

    /** {@code puts("s")}. */
    static void puts(TextSection text, String s) {
        text.loadString(R0, s);
        text.call(PUTS);
    }

    /** {@code hex(value, digits)} of the value in {@code value}. */
    static void hex(TextSection text, Register value, int digits) {
        if (value != R0) {
            text.asm.mov(64, R0, value);
        }
        text.asm.mov(64, R1, digits);
        text.call(HEX);
    }

    /** {@code decimal(value)}. */
    static void decimal(TextSection text, Register value) {
        if (value != R0) {
            text.asm.mov(64, R0, value);
        }
        text.call(DECIMAL);
    }
}
