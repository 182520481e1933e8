package org.eremite.boot.riscv64;

import static org.eremite.jit.riscv64.asm.Register.A0;
import static org.eremite.jit.riscv64.asm.Register.S1;
import static org.eremite.jit.riscv64.asm.Register.S2;
import static org.eremite.jit.riscv64.asm.Register.S3;
import static org.eremite.jit.riscv64.asm.Register.S4;
import static org.eremite.jit.riscv64.asm.Register.SP;
import static org.eremite.jit.riscv64.asm.Register.T0;
import static org.eremite.jit.riscv64.asm.Register.T1;
import static org.eremite.jit.riscv64.asm.Register.T2;
import static org.eremite.jit.riscv64.asm.Register.ZERO;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.eremite.boot.SmokeImageContract;
import org.eremite.jit.riscv64.asm.Csr;
import org.eremite.jit.riscv64.asm.MacroAssembler;
import org.eremite.jit.riscv64.asm.Register;
import org.eremite.vm.asm.Label;

/**
 * The supervisor trap handler, installed in stvec in direct mode: every exception and interrupt enters
 * {@code trap_entry}. The kernel keeps the top of the trap stack in sscratch; the handler's first
 * instruction swaps it with sp (priv 4.1.6 describes this use of sscratch), so a trap taken with sp in a
 * guard page (a stack overflow) still has a stack. The handler saves every register in a frame on that
 * stack and calls {@code trap_dump}, which prints what SmokeImageContract specifies (then a backtrace of
 * return addresses) and powers off with {@link SmokeImageContract#TRAP_EXIT_STATUS}.
 *
 * <p>A trap inside the handler (a bug) must not loop: sscratch is pointed below the saved frame, so a
 * nested trap gets a stack too, and a depth count in initialized data sends it straight to power off.
 */
final class TrapEntry {
    static final String ENTRY = "trap_entry";
    static final String DUMP = "trap_dump";
    static final String TRAP_DEPTH = "trap_depth";

    /** Frame slots: x1..x31 at 8 * n (slot 0 unused; x2 is the interrupted sp), then the CSRs. */
    static final int SEPC = 32 * 8;
    static final int SSTATUS = 33 * 8;
    static final int SCAUSE = 34 * 8;
    static final int STVAL = 35 * 8;
    static final int FRAME_SIZE = 36 * 8;

    /** scause bit 63 is Interrupt; the rest is the exception code (priv 4.1.8). */
    static final int SCAUSE_INTERRUPT_BIT = 63;
    /** How many return addresses the backtrace shows at most. */
    static final int BACKTRACE_FRAMES = 16;
    /** sp, and so every frame pointer, is 16-byte aligned (psABI, "Integer Calling Convention"). */
    static final int STACK_ALIGNMENT = 16;
    /** The frame record below each frame pointer: the caller's s0 and ra. */
    static final int FRAME_RECORD_SIZE = 16;
    /** How many registers a dump line shows. */
    private static final int REGISTERS_PER_LINE = 4;
    /** A register name (at most "zero") in a fixed 8-byte slot of the name table, NUL-padded. */
    private static final int NAME_SLOT_SHIFT = 3;
    private static final int NAME_SLOT = 1 << NAME_SLOT_SHIFT;

    /**
     * Names of the exception codes 0..15, from priv 4.1.8 (the table "Supervisor cause register (scause)
     * values after trap"); null for the reserved codes 10, 11 and 14. "store" stands for "store/AMO".
     */
    static final List<String> EXCEPTION_NAMES = Arrays.asList(
            "instruction address misaligned", "instruction access fault", "illegal instruction", "breakpoint",
            "load address misaligned", "load access fault", "store address misaligned", "store access fault",
            "environment call from U-mode", "environment call from S-mode", null, null,
            "instruction page fault", "load page fault", null, "store page fault");

    private TrapEntry() {
    }

    static void emit(TextSection text) {
        emitEntry(text);
        emitDump(text);
    }

    private static void emitEntry(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(ENTRY);
        a.csrrw(SP, Csr.SSCRATCH, SP);
        a.addi(SP, SP, -FRAME_SIZE);
        for (int n = 1; n < 32; n++) {
            if (n != SP.number()) {
                a.sd(Register.x(n), SP, 8 * n);
            }
        }
        a.csrr(T0, Csr.SSCRATCH);
        a.sd(T0, SP, 8 * SP.number());
        a.csrr(T0, Csr.SEPC);
        a.sd(T0, SP, SEPC);
        a.csrr(T0, Csr.SSTATUS);
        a.sd(T0, SP, SSTATUS);
        a.csrr(T0, Csr.SCAUSE);
        a.sd(T0, SP, SCAUSE);
        a.csrr(T0, Csr.STVAL);
        a.sd(T0, SP, STVAL);
        a.csrw(Csr.SSCRATCH, SP);

        a.la(T0, TRAP_DEPTH, 0);
        a.ld(T1, T0, 0);
        a.addi(T2, T1, 1);
        a.sd(T2, T0, 0);
        Label nested = new Label();
        a.bnez(T1, nested);
        a.mv(A0, SP);
        text.call(DUMP);
        a.bind(nested);
        text.loadString(A0, "\n" + SmokeImageContract.TRAP_HEADER + "nested trap in the trap handler\n");
        text.call(Serial.PUTS);
        a.li(A0, SmokeImageContract.TRAP_EXIT_STATUS);
        text.call(PowerOff.POWER_OFF);
        text.end();
    }

    /** {@code trap_dump(a0 = frame)}: prints the dump and powers off. */
    private static void emitDump(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(DUMP);
        text.enter(0, S1, S2, S3, S4);
        a.mv(S1, A0);
        a.ld(S2, S1, SCAUSE);
        puts(text, SmokeImageContract.TRAP_HEADER);
        emitTrapName(text);

        puts(text, " (scause 0x");
        a.mv(A0, S2);
        text.call(Serial.PUT_HEX);
        puts(text, ")\n" + SmokeImageContract.FAULT_ADDRESS);
        a.ld(A0, S1, STVAL);
        text.call(Serial.PUT_HEX);
        puts(text, "\nsstatus 0x");
        a.ld(A0, S1, SSTATUS);
        text.call(Serial.PUT_HEX);
        puts(text, "\n" + SmokeImageContract.PC_LINE);
        a.ld(A0, S1, SEPC);
        text.call(Serial.PUT_HEX);
        puts(text, "\n");
        emitRegisters(text);
        emitBacktrace(text);

        a.li(A0, SmokeImageContract.TRAP_EXIT_STATUS);
        text.call(PowerOff.POWER_OFF);
        text.end();
    }

    /** Prints the name of the cause in s2: from the table, or "exception N", or "interrupt N". */
    private static void emitTrapName(TextSection text) {
        MacroAssembler a = text.asm;
        Label names = text.constant("trap_exception_names", t -> {
            Label table = new Label();
            t.bind(table);
            for (String name : EXCEPTION_NAMES) {
                if (name == null) {
                    t.data32(0);
                } else {
                    t.data32PcRel(text.string(name));
                }
            }
        });
        Label interrupt = new Label();
        Label unnamed = new Label();
        Label named = new Label();
        a.blt(S2, ZERO, interrupt);
        a.li(T0, EXCEPTION_NAMES.size());
        a.bgeu(S2, T0, unnamed);
        // Entry n holds the offset of its string from the entry itself.
        a.la(T0, names);
        a.slli(T1, S2, 2);
        a.add(T0, T0, T1);
        a.lw(T1, T0, 0);
        a.beqz(T1, unnamed);
        a.add(A0, T0, T1);
        text.call(Serial.PUTS);
        a.j(named);

        a.bind(unnamed);
        puts(text, "exception ");
        a.mv(A0, S2);
        text.call(Serial.PUT_DECIMAL);
        a.j(named);

        a.bind(interrupt);
        puts(text, "interrupt ");
        a.slli(A0, S2, 64 - SCAUSE_INTERRUPT_BIT);
        a.srli(A0, A0, 64 - SCAUSE_INTERRUPT_BIT);
        text.call(Serial.PUT_DECIMAL);
        a.bind(named);
    }

    /** x1..x31 as "name 0x<16 hex digits>", four to a line, from the frame in s1. */
    private static void emitRegisters(TextSection text) {
        MacroAssembler a = text.asm;
        Label names = text.constant("trap_register_names", t -> {
            for (int n = 0; n < 32; n++) {
                byte[] name = Register.x(n).abiName().getBytes(StandardCharsets.US_ASCII);
                if (name.length >= NAME_SLOT) {
                    throw new IllegalStateException("register name " + Register.x(n) + " does not fit its slot");
                }
                for (int i = 0; i < NAME_SLOT; i++) {
                    t.data8(i < name.length ? name[i] : 0);
                }
            }
        });
        // s3 = register number, 1..31.
        a.li(S3, 1);
        Label loop = new Label();
        Label endOfLine = new Label();
        Label next = new Label();
        a.bind(loop);
        a.la(A0, names);
        a.slli(T0, S3, NAME_SLOT_SHIFT);
        a.add(A0, A0, T0);
        text.call(Serial.PUTS);
        puts(text, " 0x");
        a.slli(T0, S3, 3);
        a.add(T0, S1, T0);
        a.ld(A0, T0, 0);
        text.call(Serial.PUT_HEX);
        a.andi(T0, S3, REGISTERS_PER_LINE - 1);
        a.beqz(T0, endOfLine);
        a.li(T0, 31);
        a.beq(S3, T0, endOfLine);
        a.li(A0, ' ');
        a.j(next);
        a.bind(endOfLine);
        a.li(A0, '\n');
        a.bind(next);
        text.call(Serial.PUTC);
        a.addi(S3, S3, 1);
        a.li(T0, 32);
        a.blt(S3, T0, loop);
    }

    /**
     * "backtrace:" and the return addresses of up to {@link #BACKTRACE_FRAMES} frames, walking the
     * frame records from the saved s0 ({@code -8(fp)} = ra, {@code -16(fp)} = the caller's fp). The walk
     * stops at a null fp or ra and at any record outside the boot stack, so a corrupt chain cannot fault.
     */
    private static void emitBacktrace(TextSection text) {
        MacroAssembler a = text.asm;
        puts(text, "backtrace:");
        // s2 = fp, s3 = frames left, s4 = return address.
        a.ld(S2, S1, 8 * Register.S0.number());
        a.li(S3, BACKTRACE_FRAMES);
        Label loop = new Label();
        Label done = new Label();
        a.bind(loop);
        a.beqz(S3, done);
        a.andi(T0, S2, STACK_ALIGNMENT - 1);
        a.bnez(T0, done);
        a.la(T0, BootStub.BOOT_STACK, FRAME_RECORD_SIZE);
        a.bltu(S2, T0, done);
        a.la(T0, BootStub.BOOT_STACK_TOP, 0);
        a.bgtu(S2, T0, done);
        a.ld(S4, S2, -8);
        a.beqz(S4, done);
        puts(text, " 0x");
        a.mv(A0, S4);
        text.call(Serial.PUT_HEX);
        a.ld(S2, S2, -FRAME_RECORD_SIZE);
        a.addi(S3, S3, -1);
        a.j(loop);
        a.bind(done);
        a.li(A0, '\n');
        text.call(Serial.PUTC);
    }

    private static void puts(TextSection text, String s) {
        text.loadString(A0, s);
        text.call(Serial.PUTS);
    }
}
