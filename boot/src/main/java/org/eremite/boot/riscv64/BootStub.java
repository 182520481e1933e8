package org.eremite.boot.riscv64;

import static org.eremite.jit.riscv64.asm.Register.A0;
import static org.eremite.jit.riscv64.asm.Register.A1;
import static org.eremite.jit.riscv64.asm.Register.S0;
import static org.eremite.jit.riscv64.asm.Register.S1;
import static org.eremite.jit.riscv64.asm.Register.S2;
import static org.eremite.jit.riscv64.asm.Register.SP;
import static org.eremite.jit.riscv64.asm.Register.T0;
import static org.eremite.jit.riscv64.asm.Register.T1;
import static org.eremite.jit.riscv64.asm.Register.ZERO;

import org.eremite.boot.SmokeImageContract;
import org.eremite.jit.riscv64.asm.Csr;
import org.eremite.jit.riscv64.asm.MacroAssembler;
import org.eremite.vm.asm.Label;

/**
 * The first code of the image, at its lowest address (OpenSBI jumps there, not to e_entry). OpenSBI
 * enters in S-mode with the MMU off, {@code a0} = hart id and {@code a1} = the device tree's physical
 * address (SBI spec, and the RISC-V Linux boot protocol that OpenSBI follows); only the boot hart comes
 * here, the others wait in OpenSBI until started through the SBI HSM extension.
 *
 * <p>In order: interrupts off; the trap vector and trap stack first, so that any fault from here on is
 * reported rather than sending the hart to whatever stvec held; the console-start byte
 * ({@link SmokeImageContract#CONSOLE_START}), the stub's first output; Sv39 on; the FPU on; the boot stack;
 * BSS cleared; then {@code entry(dtb)} under the LP64D convention, and power off with the status it returns.
 */
final class BootStub {
    static final String START = "_start";
    static final String PANIC = "boot_panic";

    /** sstatus.SIE, bit 1: supervisor interrupts enabled (priv 4.1.1). */
    static final int SSTATUS_SIE = 1 << 1;
    /** sstatus.FS, bits 14:13: FPU state; Off traps every FP instruction, Initial enables the FPU (priv 3.1.6.6). */
    static final long SSTATUS_FS = 3L << 13;
    static final long SSTATUS_FS_INITIAL = 1L << 13;
    /** The status the stub powers off with when it cannot boot, the trap status of SmokeImageContract. */
    static final int PANIC_STATUS = SmokeImageContract.TRAP_EXIT_STATUS;

    /** Symbols the stub refers to, resolved by SmokeImage against MemoryLayout. */
    static final String TRAP_STACK_TOP = "trap_stack_top";
    static final String BOOT_STACK = "boot_stack";
    static final String BOOT_STACK_TOP = "boot_stack_top";
    static final String BSS_START = "bss_start";
    static final String BSS_END = "bss_end";
    static final String BOOT_HART_ID = "boot_hart_id";
    static final String BOOT_DTB = "boot_dtb";

    private BootStub() {
    }

    /** Emits {@code _start}, which must be the first routine of the text, calling routine {@code entry}. */
    static void emit(TextSection text, String entry) {
        MacroAssembler a = text.asm;
        if (a.position() != 0) {
            throw new IllegalStateException(START + " must be the first code of the riscv64 image");
        }
        text.begin(START);
        // Keep the hart id and the DTB address where the calls below leave them alone.
        a.mv(S1, A0);
        a.mv(S2, A1);
        // No interrupt is wanted before the kernel has handlers for them (priv 4.1.3: sie; 4.1.1: SIE).
        a.csrw(Csr.SIE, ZERO);
        a.csrci(Csr.SSTATUS, SSTATUS_SIE);

        // Direct mode: stvec's two low bits (MODE) are 0 because the handler is 4-byte aligned (priv 4.1.2).
        a.la(T0, text.routine(TrapEntry.ENTRY));
        a.csrw(Csr.STVEC, T0);
        // The trap handler swaps sp with sscratch: traps run on their own stack even when sp is bad.
        a.la(T0, TRAP_STACK_TOP, 0);
        a.csrw(Csr.SSCRATCH, T0);
        // The console starts here: the launcher drops what OpenSBI printed before this byte.
        a.li(A0, SmokeImageContract.CONSOLE_START);
        text.call(Serial.PUTC);

        // Sv39 on. The first fence orders every earlier store to the tables before the hart's table walks,
        // the second drops translations cached before the switch (priv 4.2.1). A hart without Sv39 ignores
        // the whole write (priv 4.1.11), which the read-back catches.
        a.li(T0, PageTables.satp());
        a.sfence_vma();
        a.csrw(Csr.SATP, T0);
        a.sfence_vma();
        a.csrr(T1, Csr.SATP);
        Label mmuOn = new Label();
        a.beq(T0, T1, mmuOn);
        text.loadString(A0, "*** boot: this hart has no Sv39 (satp.MODE 8 was not accepted)\n");
        a.j(text.routine(PANIC));
        a.bind(mmuOn);

        // The FPU: FS = Initial, then fcsr = 0 (round to nearest even, no flags), which Java arithmetic needs.
        a.li(T0, SSTATUS_FS);
        a.csrc(Csr.SSTATUS, T0);
        a.li(T0, SSTATUS_FS_INITIAL);
        a.csrs(Csr.SSTATUS, T0);
        a.csrw(Csr.FCSR, ZERO);

        // The boot stack; s0 = 0 ends frame-pointer walks at the entry function's frame record.
        a.la(SP, BOOT_STACK_TOP, 0);
        a.li(S0, 0);

        a.la(T0, BSS_START, 0);
        a.la(T1, BSS_END, 0);
        Label clear = new Label();
        Label cleared = new Label();
        a.bind(clear);
        a.bgeu(T0, T1, cleared);
        a.sd(ZERO, T0, 0);
        a.addi(T0, T0, 8);
        a.j(clear);
        a.bind(cleared);

        a.sd(S1, BOOT_HART_ID, 0, T0);
        a.sd(S2, BOOT_DTB, 0, T0);
        a.mv(A0, S2);
        text.call(entry);
        text.call(PowerOff.POWER_OFF);
        text.end();

        emitPanic(text);
    }

    /**
     * {@code boot_panic(a0 = message)}: prints the message and powers off with {@link #PANIC_STATUS}. It
     * sets up the boot stack itself, so the stub may jump here from any point.
     */
    private static void emitPanic(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(PANIC);
        a.la(SP, BOOT_STACK_TOP, 0);
        a.li(S0, 0);
        text.call(Serial.PUTS);
        a.li(A0, PANIC_STATUS);
        text.call(PowerOff.POWER_OFF);
        text.end();
    }
}
