package org.eremite.boot.x86_64;

import static org.eremite.jit.x86_64.asm.Register.R10;
import static org.eremite.jit.x86_64.asm.Register.R11;
import static org.eremite.jit.x86_64.asm.Register.R8;
import static org.eremite.jit.x86_64.asm.Register.R9;
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
import org.eremite.vm.asm.Label;

/**
 * The PC's real-time clock, the MC146818 in the CMOS (registers as in the Motorola MC146818A data sheet, "Address
 * Map"; QEMU's hw/rtc/mc146818rtc.c emulates it), read once at boot for the wall clock. Routines (System V):
 * <ul>
 *   <li>{@code rtc_read()}: the raw time registers, packed one byte each into a u64 (byte 0 seconds, 1 minutes,
 *       2 hours, 3 day of month, 4 month, 5 year, 6 century, 7 status register B), read until two reads in a
 *       row agree, each after the update-in-progress flag is clear, so no field is caught mid-update;</li>
 *   <li>{@code rtc_decode(packed)}: the seconds since 1970-01-01T00:00:00 of such a value. A pure function of its
 *       argument, so that a test can feed it every format: BCD or binary as status B's DM bit says, 12-hour
 *       (bit 7 of the hours is PM; 12 AM is hour 0) or 24-hour as its 24/12 bit says.</li>
 * </ul>
 * The century register is not in the MC146818; PCs keep it at {@link #CENTURY} (the ACPI FADT's CENTURY field
 * names that index, QEMU sets it). A value outside 19-99 is taken as "none", and the two-digit year then means
 * 1970-2069. The clock is taken to run in UTC, as QEMU's does by default ({@code -rtc base=utc}).
 */
final class CmosRtc {
    /** The CMOS index and data ports (PC/AT); bit 7 of the index masks NMI and is left clear. */
    static final int INDEX_PORT = 0x70;
    static final int DATA_PORT = 0x71;
    // Register indexes of the MC146818A.
    static final int SECONDS = 0x00;
    static final int MINUTES = 0x02;
    static final int HOURS = 0x04;
    static final int DAY_OF_MONTH = 0x07;
    static final int MONTH = 0x08;
    static final int YEAR = 0x09;
    static final int STATUS_A = 0x0A;
    static final int STATUS_B = 0x0B;
    static final int CENTURY = 0x32;
    /** Status A bit 7: an update is in progress, or begins within 244 us; the time registers may be torn. */
    static final int STATUS_A_UIP = 0x80;
    /** Status B bit 2 (DM): the time registers are binary, not BCD. */
    static final int STATUS_B_BINARY = 0x04;
    /** Status B bit 1: 24-hour mode; clear means 12-hour with {@link #HOURS_PM} in the hours. */
    static final int STATUS_B_24_HOUR = 0x02;
    static final int HOURS_PM = 0x80;
    /** The order of the registers in {@code rtc_read}'s result, byte 0 first. */
    static final int[] PACKED_REGISTERS = {SECONDS, MINUTES, HOURS, DAY_OF_MONTH, MONTH, YEAR, CENTURY, STATUS_B};
    static final int PACKED_HOURS = 2;
    static final int PACKED_DAY = 3;
    static final int PACKED_MONTH = 4;
    static final int PACKED_YEAR = 5;
    static final int PACKED_CENTURY = 6;
    static final int PACKED_STATUS_B = 7;
    /** Polls of the update flag before reading anyway (an update takes under 2 ms; a missing RTC reads 0xff). */
    static final int UPDATE_POLLS = 1 << 20;
    /** Reads before the last one is taken even if the one before differs (a missing RTC cannot hang the boot). */
    static final int READ_ATTEMPTS = 16;
    /**
     * days_from_civil's shift from 0000-03-01 to 1970-01-01, and the days of a 400-year era (H. Hinnant,
     * "chrono-Compatible Low-Level Date Algorithms").
     */
    static final int DAYS_0000_03_01_TO_EPOCH = 719_468;
    static final int DAYS_PER_ERA = 146_097;

    private CmosRtc() {
    }

    static void emitRoutines(TextSection t) {
        emitRead(t);
        emitDecode(t);
    }

    private static void emitRead(TextSection t) {
        MacroAssembler a = t.asm();
        // rtc_read_once(): one read of the packed registers once no update is in progress (rax, rcx, rdx).
        t.function("rtc_read_once");
        Label poll = new Label();
        Label ready = new Label();
        a.movl(RCX, UPDATE_POLLS);
        a.bind(poll);
        a.movl(RAX, STATUS_A);
        a.outb(INDEX_PORT);
        a.inb(DATA_PORT);
        a.testb(RAX, STATUS_A_UIP);
        a.jcc(Condition.E, ready);
        a.decl(RCX);
        a.jcc(Condition.NE, poll);
        a.bind(ready);
        a.xorl(RDX, RDX);
        for (int i = PACKED_REGISTERS.length - 1; i >= 0; i--) {
            a.shlq(RDX, 8);
            a.movl(RAX, PACKED_REGISTERS[i]);
            a.outb(INDEX_PORT);
            a.inb(DATA_PORT);
            a.movzxbl(RAX, RAX);
            a.orq(RDX, RAX);
        }
        a.movq(RAX, RDX);
        a.ret();

        // rtc_read(): rtc_read_once until two reads agree (rbx counts the attempts across the calls).
        t.function("rtc_read");
        Label again = new Label();
        Label done = new Label();
        a.push(RBX);
        a.movl(RBX, READ_ATTEMPTS);
        a.call(t.label("rtc_read_once"));
        a.bind(again);
        a.movq(R8, RAX);
        a.call(t.label("rtc_read_once"));
        a.cmpq(RAX, R8);
        a.jcc(Condition.E, done);
        a.decl(RBX);
        a.jcc(Condition.NE, again);
        a.bind(done);
        a.pop(RBX);
        a.ret();
    }

    /**
     * {@code rtc_decode(packed)}: the fields are decoded in place in a copy on the stack (BCD to binary, the
     * 12-hour clock to 24 hours), then turned into days with days_from_civil and into seconds.
     */
    private static void emitDecode(TextSection t) {
        MacroAssembler a = t.asm();
        t.function("rtc_decode");
        a.enterFrame(16);
        a.movq(Address.of(RBP, -16), RDI);
        a.movq(RSI, RDI);
        a.shrq(RSI, 56); // status B
        a.movzxbl(R8, field(PACKED_HOURS));
        a.movl(RAX, R8);
        a.andl(R8, HOURS_PM); // the PM flag of the 12-hour clock (0 in 24-hour mode)
        a.andl(RAX, ~HOURS_PM & 0xFF);
        a.movb(field(PACKED_HOURS), RAX);

        Label binary = new Label();
        Label nextDigitPair = new Label();
        a.testl(RSI, STATUS_B_BINARY);
        a.jcc(Condition.NE, binary);
        a.xorl(RCX, RCX);
        a.bind(nextDigitPair); // bytes 0-6: (high nibble) * 10 + low nibble
        a.movzxbl(RAX, Address.of(RBP, RCX, Address.Scale.TIMES_1, -16));
        a.movl(RDX, RAX);
        a.shrl(RDX, 4);
        a.andl(RAX, 0xF);
        a.imull(RDX, RDX, 10);
        a.addl(RAX, RDX);
        a.movb(Address.of(RBP, RCX, Address.Scale.TIMES_1, -16), RAX);
        a.incl(RCX);
        a.cmpl(RCX, PACKED_STATUS_B);
        a.jcc(Condition.B, nextDigitPair);
        a.bind(binary);

        Label hoursDone = new Label();
        Label notTwelve = new Label();
        Label morning = new Label();
        a.testl(RSI, STATUS_B_24_HOUR);
        a.jcc(Condition.NE, hoursDone);
        a.movzxbl(RAX, field(PACKED_HOURS));
        a.cmpl(RAX, 12);
        a.jcc(Condition.NE, notTwelve);
        a.xorl(RAX, RAX); // 12 AM is hour 0, 12 PM hour 12
        a.bind(notTwelve);
        a.testl(R8, R8);
        a.jcc(Condition.E, morning);
        a.addl(RAX, 12);
        a.bind(morning);
        a.movb(field(PACKED_HOURS), RAX);
        a.bind(hoursDone);

        // r10 = the full year.
        Label noCentury = new Label();
        Label haveYear = new Label();
        a.movzxbl(RAX, field(PACKED_CENTURY));
        a.movzxbl(RCX, field(PACKED_YEAR));
        a.cmpl(RAX, 19);
        a.jcc(Condition.B, noCentury);
        a.cmpl(RAX, 99);
        a.jcc(Condition.A, noCentury);
        a.imull(R10, RAX, 100);
        a.addl(R10, RCX);
        a.jmp(haveYear);
        a.bind(noCentury);
        a.leal(R10, Address.of(RCX, 2000));
        a.cmpl(RCX, 70);
        a.jcc(Condition.B, haveYear);
        a.subl(R10, 100); // 70-99: 1970-1999
        a.bind(haveYear);

        // days_from_civil(y, m, d): years start on March 1, so the leap day is the last day of a year.
        Label marchOrLater = new Label();
        Label shifted = new Label();
        a.movzxbl(R11, field(PACKED_MONTH));
        a.movzxbl(R9, field(PACKED_DAY));
        a.cmpl(R11, 2);
        a.jcc(Condition.A, marchOrLater);
        a.decl(R10);
        a.addl(R11, 9);
        a.jmp(shifted);
        a.bind(marchOrLater);
        a.subl(R11, 3);
        a.bind(shifted);
        // r11 = day of the year = (153 * month' + 2) / 5 + day - 1
        a.imull(RAX, R11, 153);
        a.addl(RAX, 2);
        a.xorl(RDX, RDX);
        a.movl(RCX, 5);
        a.divl(RCX);
        a.leal(R11, Address.of(RAX, R9, Address.Scale.TIMES_1, -1));
        // r10 = era, r9 = year of the era (the year is positive: no rounding towards minus infinity needed)
        a.movl(RAX, R10);
        a.xorl(RDX, RDX);
        a.movl(RCX, 400);
        a.divl(RCX);
        a.movl(R10, RAX);
        a.movl(R9, RDX);
        // rax = day of the era = yoe * 365 + yoe / 4 - yoe / 100 + doy
        a.movl(RAX, R9);
        a.xorl(RDX, RDX);
        a.movl(RCX, 100);
        a.divl(RCX);
        a.movl(RCX, RAX);
        a.imull(RAX, R9, 365);
        a.movl(RDX, R9);
        a.shrl(RDX, 2);
        a.addl(RAX, RDX);
        a.subl(RAX, RCX);
        a.addl(RAX, R11);
        // days since the epoch, then seconds
        a.imulq(R10, R10, DAYS_PER_ERA);
        a.addq(R10, RAX);
        a.subq(R10, DAYS_0000_03_01_TO_EPOCH);
        a.imulq(RAX, R10, 24);
        a.movzxbl(RCX, field(PACKED_HOURS));
        a.addq(RAX, RCX);
        a.imulq(RAX, RAX, 60);
        a.movzxbl(RCX, field(1));
        a.addq(RAX, RCX);
        a.imulq(RAX, RAX, 60);
        a.movzxbl(RCX, field(0));
        a.addq(RAX, RCX);
        a.leaveFrame();
    }

    /** Byte {@code index} of the packed value's copy at [rbp - 16]. */
    private static Address field(int index) {
        return Address.of(RBP, -16 + index);
    }
}
