package org.eremite.boot.aarch64;

import static org.eremite.jit.aarch64.asm.Register.R0;
import static org.eremite.jit.aarch64.asm.Register.R1;
import static org.eremite.jit.aarch64.asm.Register.SP;

import org.eremite.jit.aarch64.asm.Address;
import org.eremite.jit.aarch64.asm.MacroAssembler;
import org.eremite.vm.asm.Label;

/**
 * Powering the machine off with an exit status, as routines that never return:
 * <ul>
 *   <li>{@value #POWER_OFF}(w0 status): semihosting SYS_EXIT_EXTENDED, which makes QEMU exit with the
 *       status (the launcher passes {@code -semihosting-config enable=on,target=native}); if that
 *       returns, falls through to {@value #PSCI_OFF};</li>
 *   <li>{@value #PSCI_OFF}(): PSCI SYSTEM_OFF (QEMU exits with status 0), then {@code wfi} forever should
 *       even that return.</li>
 * </ul>
 * The status is passed as is; the host's process status is its low 8 bits.
 */
final class PowerOff {
    static final String POWER_OFF = "power_off";
    static final String PSCI_OFF = "power_off_psci";

    /** Semihosting operation number of SYS_EXIT_EXTENDED (Arm "Semihosting for AArch32 and AArch64", SYS_EXIT_EXTENDED). */
    static final int SYS_EXIT_EXTENDED = 0x20;
    /** Reason code ADP_Stopped_ApplicationExit (semihosting spec, SYS_EXIT, reason codes). */
    static final long ADP_STOPPED_APPLICATION_EXIT = 0x20026;
    /** The A64 semihosting trap: {@code hlt #0xf000} (semihosting spec, "The semihosting interface", A64). */
    static final int SEMIHOSTING_HLT = 0xF000;
    /** PSCI SYSTEM_OFF, SMC32 function ID (PSCI, Arm DEN 0022, SYSTEM_OFF); virt's conduit is hvc. */
    static final long PSCI_SYSTEM_OFF = 0x8400_0008L;

    private PowerOff() {
    }

    static void emitRoutines(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(POWER_OFF);
        // The parameter block {reason, status} goes on the current stack: two 64-bit words for A64.
        a.mov(64, R1, ADP_STOPPED_APPLICATION_EXIT);
        a.mov(32, R0, R0); // zero-extends the 32-bit status
        a.stp(64, R1, R0, Address.preIndex(SP, -16));
        a.mov(64, R1, SP);
        a.mov(64, R0, SYS_EXIT_EXTENDED);
        a.hlt(SEMIHOSTING_HLT);
        text.end();

        text.begin(PSCI_OFF);
        Label idle = new Label();
        a.mov(64, R0, PSCI_SYSTEM_OFF);
        a.hvc(0);
        a.bind(idle);
        a.wfi();
        a.b(idle);
        text.end();
    }
}
