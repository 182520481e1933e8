package org.eremite.boot.x86_64;

import static org.eremite.jit.x86_64.asm.Register.R10;
import static org.eremite.jit.x86_64.asm.Register.R11;
import static org.eremite.jit.x86_64.asm.Register.R12;
import static org.eremite.jit.x86_64.asm.Register.R8;
import static org.eremite.jit.x86_64.asm.Register.R9;
import static org.eremite.jit.x86_64.asm.Register.RAX;
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
 * The VM's clocks: a monotonic nanosecond clock from the time-stamp counter, and a wall clock from the CMOS RTC
 * read once at boot plus the nanoseconds since. Routines (System V):
 * <ul>
 *   <li>{@code clock_init()}, once at boot: finds the TSC frequency, takes the TSC origin, reads the RTC;</li>
 *   <li>{@code eremite_nanotime()}: nanoseconds since {@code clock_init};</li>
 *   <li>{@code eremite_wallclock_millis()}: milliseconds since the epoch;</li>
 *   <li>{@code tsc_frequency()}: the TSC frequency in Hz (for the boot report and tests).</li>
 * </ul>
 * The TSC frequency comes from CPUID leaf 15H when it enumerates the crystal (TSC = crystal * EBX / EAX, SDM vol. 2A,
 * CPUID, "Time Stamp Counter and Nominal Core Crystal Clock Information Leaf"), from leaf 16H's base frequency
 * when 15H gives the ratio but not the crystal (as Linux's native_calibrate_tsc does), and otherwise is measured
 * against channel 2 of the 8254 PIT ({@link #PIT_HZ}) for {@link #CALIBRATION_TICKS} ticks (10 ms). QEMU's TCG
 * CPUs enumerate neither leaf (the highest basic leaf of {@code -cpu max} is 0DH), so under QEMU the PIT measures;
 * its guest TSC runs at the host's TSC rate and the PIT on QEMU's virtual clock, so the measured frequency is the
 * host's within the polling error (one PIT tick in 11,932, under 0.01 %). microvm has no PC speaker device,
 * which owns port 61H (the channel 2 gate); QEMU's PIT counts in mode 0 regardless of the gate, and real PCs get
 * the gate set through port 61H. Without a PIT at all (the counter never moves) the TSC is taken to count
 * nanoseconds ({@link #FALLBACK_HZ}) rather than hang the boot.
 *
 * <p>nanotime is {@code (tsc - origin) * m >> 32} with {@code m = 10^9 * 2^32 / frequency}, a 128-bit product
 * (exact to 1 in 2^32 of m; it overflows after 2^96 / m ticks, centuries). It is monotonic on one CPU; the TSC
 * may change rate on CPUs without an invariant TSC (CPUID 80000007H:EDX[8], which TCG does not set), which we do
 * not correct. The wall clock has the RTC's one-second resolution at boot: its value may lag by up to a second.
 */
final class Clock {
    /** The PIT's input clock, 105/88 MHz (the value Linux uses, PIT_TICK_RATE). */
    static final int PIT_HZ = 1_193_182;
    /** The length of the measurement: 10 ms of PIT ticks. */
    static final int CALIBRATION_TICKS = PIT_HZ / 100;
    /** A measurement of 1 ms before the real one, whose result is dropped. */
    static final int WARM_UP_TICKS = PIT_HZ / 1000;
    // The 8254 (Intel 8254 data sheet, "Control Word Format"): channel 2's data port, the mode/command port.
    static final int PIT_CHANNEL_2 = 0x42;
    static final int PIT_COMMAND = 0x43;
    /** Select channel 2 (bits 7:6 = 10), low then high byte (5:4 = 11), mode 0 (3:1 = 000), binary (0). */
    static final int PIT_CHANNEL_2_MODE_0 = 0xB0;
    /** Counter latch command for channel 2 (bits 5:4 = 00). */
    static final int PIT_LATCH_CHANNEL_2 = 0x80;
    /** The PC's system control port B: bit 0 gates PIT channel 2, bit 1 drives the speaker from it (kept off). */
    static final int SYSTEM_CONTROL_PORT_B = 0x61;
    static final int GATE_CHANNEL_2 = 0x01;
    static final int SPEAKER_DATA = 0x02;
    /** Polls of the PIT before it is given up for missing (far more than 10 ms of polling takes). */
    static final int PIT_POLLS = 1 << 24;
    static final long FALLBACK_HZ = 1_000_000_000L;
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final int NANOS_PER_MILLI = 1_000_000;
    static final int CPUID_TSC_LEAF = 0x15;
    static final int CPUID_FREQUENCY_LEAF = 0x16;
    static final int MEGA = 1_000_000;

    // The words of the clock in the platform variables.
    /** The TSC at clock_init: nanotime's origin. */
    static final long TSC_ORIGIN = MemoryLayout.PLATFORM_VARIABLES + 0x08;
    /** 10^9 * 2^32 / frequency: nanoseconds per TSC tick in 32.32 fixed point. */
    static final long NANOS_PER_TICK = MemoryLayout.PLATFORM_VARIABLES + 0x10;
    static final long TSC_HZ = MemoryLayout.PLATFORM_VARIABLES + 0x18;
    /** The RTC's time at boot, in milliseconds since the epoch, and the nanotime when it was read. */
    static final long WALL_MILLIS_AT_READ = MemoryLayout.PLATFORM_VARIABLES + 0x20;
    static final long NANOTIME_AT_READ = MemoryLayout.PLATFORM_VARIABLES + 0x28;

    private Clock() {
    }

    static void emitRoutines(TextSection t) {
        MacroAssembler a = t.asm();

        t.function("clock_init");
        a.enterFrame(0);
        a.push(R12);
        a.push(RBX); // keeps the stack aligned
        a.call(t.label("tsc_frequency"));
        a.movq(word(TSC_HZ), RAX);
        a.movq(RCX, RAX);
        a.load64(RAX, NANOS_PER_SECOND << 32);
        a.xorl(RDX, RDX);
        a.divq(RCX);
        a.movq(word(NANOS_PER_TICK), RAX);
        readTsc(a, RAX);
        a.movq(word(TSC_ORIGIN), RAX);
        a.call(t.label("rtc_read"));
        a.movq(R12, RAX);
        emitNanotime(a);
        a.movq(word(NANOTIME_AT_READ), RAX);
        a.movq(RDI, R12);
        a.call(t.label("rtc_decode"));
        a.imulq(RAX, RAX, 1000);
        a.movq(word(WALL_MILLIS_AT_READ), RAX);
        a.pop(RBX);
        a.pop(R12);
        a.leaveFrame();

        t.function("eremite_nanotime");
        emitNanotime(a);
        a.ret();

        t.function("eremite_wallclock_millis");
        emitNanotime(a);
        a.subq(RAX, word(NANOTIME_AT_READ));
        a.xorl(RDX, RDX);
        a.movl(RCX, NANOS_PER_MILLI);
        a.divq(RCX);
        a.addq(RAX, word(WALL_MILLIS_AT_READ));
        a.ret();

        emitFrequency(t);
        emitMeasurement(t);
    }

    /** rax = nanoseconds since the origin; clobbers rcx and rdx. */
    private static void emitNanotime(MacroAssembler a) {
        readTsc(a, RAX);
        a.subq(RAX, word(TSC_ORIGIN));
        a.movq(RCX, word(NANOS_PER_TICK));
        a.mulq(RCX); // rdx:rax = ticks * m; the result is that >> 32
        a.shrq(RAX, 32);
        a.shlq(RDX, 32);
        a.orq(RAX, RDX);
    }

    /** {@code tsc_frequency()}: from CPUID when it says, else measured. cpuid clobbers rbx, which is saved. */
    private static void emitFrequency(TextSection t) {
        MacroAssembler a = t.asm();
        t.function("tsc_frequency");
        Label measure = new Label();
        Label baseFrequency = new Label();
        Label done = new Label();
        a.push(RBX);
        a.xorl(RAX, RAX);
        a.xorl(RCX, RCX);
        a.cpuid();
        a.movl(R8, RAX); // the highest basic leaf
        a.cmpl(R8, CPUID_TSC_LEAF);
        a.jcc(Condition.B, measure);
        a.movl(RAX, CPUID_TSC_LEAF);
        a.xorl(RCX, RCX);
        a.cpuid(); // eax = denominator, ebx = numerator of TSC / crystal, ecx = crystal Hz (0: not enumerated)
        a.testl(RAX, RAX);
        a.jcc(Condition.E, measure);
        a.testl(RBX, RBX);
        a.jcc(Condition.E, measure);
        a.testl(RCX, RCX);
        a.jcc(Condition.E, baseFrequency);
        a.movl(R9, RAX);
        a.movl(RAX, RCX);
        a.mulq(RBX); // cpuid zero-extends its 32-bit results
        a.divq(R9);
        a.jmp(done);
        a.bind(baseFrequency);
        a.cmpl(R8, CPUID_FREQUENCY_LEAF);
        a.jcc(Condition.B, measure);
        a.movl(RAX, CPUID_FREQUENCY_LEAF);
        a.xorl(RCX, RCX);
        a.cpuid(); // eax[15:0] = the processor base frequency in MHz
        a.andl(RAX, 0xFFFF);
        a.jcc(Condition.E, measure);
        a.imulq(RAX, RAX, MEGA);
        a.jmp(done);
        a.bind(measure);
        // A short run first: the second one then finds its code translated (QEMU TCG) and in the caches.
        a.movl(RDI, WARM_UP_TICKS);
        a.call(t.label("tsc_measure_with_pit"));
        a.movl(RDI, CALIBRATION_TICKS);
        a.call(t.label("tsc_measure_with_pit"));
        a.bind(done);
        a.pop(RBX);
        a.ret();
    }

    /**
     * {@code tsc_measure_with_pit(ticks)}: channel 2 counts down from 0xffff in mode 0; the measurement starts at
     * the first change of the count seen (a tick edge) and ends at the first read at least {@code ticks} later;
     * frequency = TSC ticks * PIT_HZ / PIT ticks. Each count is paired with the TSC read right after its latch
     * command, so nothing but the latch's own latency lies between the two clocks. Leaf; rax, rcx, rdx, rsi,
     * r8-r11.
     */
    private static void emitMeasurement(TextSection t) {
        MacroAssembler a = t.asm();
        t.function("tsc_measure_with_pit");
        Label edge = new Label();
        Label wait = new Label();
        Label missing = new Label();
        a.inb(SYSTEM_CONTROL_PORT_B);
        a.andl(RAX, ~SPEAKER_DATA);
        a.orl(RAX, GATE_CHANNEL_2);
        a.outb(SYSTEM_CONTROL_PORT_B);
        a.movl(RAX, PIT_CHANNEL_2_MODE_0);
        a.outb(PIT_COMMAND);
        a.movl(RAX, 0xFF);
        a.outb(PIT_CHANNEL_2);
        a.outb(PIT_CHANNEL_2);
        a.movl(R11, PIT_POLLS);
        readPitAndTsc(a, R8, R9);
        a.bind(edge);
        readPitAndTsc(a, RCX, RSI);
        a.decl(R11);
        a.jcc(Condition.E, missing);
        a.cmpl(RCX, R8);
        a.jcc(Condition.E, edge);
        a.movl(R8, RCX); // the start: count and TSC
        a.movq(R9, RSI);
        a.bind(wait);
        readPitAndTsc(a, RCX, RSI);
        a.movl(R10, R8);
        a.subl(R10, RCX);
        a.andl(R10, 0xFFFF); // PIT ticks since the start
        a.decl(R11);
        a.jcc(Condition.E, missing);
        a.cmpl(R10, RDI);
        a.jcc(Condition.B, wait);
        a.movq(RAX, RSI);
        a.subq(RAX, R9);
        a.movl(RCX, PIT_HZ);
        a.mulq(RCX);
        a.divq(R10);
        a.ret();
        a.bind(missing);
        a.load64(RAX, FALLBACK_HZ);
        a.ret();
    }

    /** count = channel 2's count, latched; tsc = the TSC right after the latch (rax, rdx, count, tsc). */
    private static void readPitAndTsc(MacroAssembler a, Register count, Register tsc) {
        a.movl(RAX, PIT_LATCH_CHANNEL_2);
        a.outb(PIT_COMMAND);
        readTsc(a, tsc);
        a.inb(PIT_CHANNEL_2); // low byte, then high byte
        a.movzxbl(count, RAX);
        a.inb(PIT_CHANNEL_2);
        a.movzxbl(RAX, RAX);
        a.shll(RAX, 8);
        a.orl(count, RAX);
    }

    /** dst = the 64-bit TSC (rdtsc's edx:eax; clobbers rax and rdx). */
    static void readTsc(MacroAssembler a, Register dst) {
        a.rdtsc();
        a.shlq(RDX, 32);
        a.orq(RDX, RAX);
        if (dst != RDX) {
            a.movq(dst, RDX);
        }
    }

    private static Address word(long address) {
        return Address.absolute((int) address);
    }
}
