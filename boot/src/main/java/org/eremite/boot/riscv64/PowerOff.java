package org.eremite.boot.riscv64;

import static org.eremite.jit.riscv64.asm.Register.A0;
import static org.eremite.jit.riscv64.asm.Register.S1;
import static org.eremite.jit.riscv64.asm.Register.T0;
import static org.eremite.jit.riscv64.asm.Register.T1;

import org.eremite.jit.riscv64.asm.MacroAssembler;
import org.eremite.vm.asm.Label;

/**
 * Powers the machine off with an exit status through the SiFive test device ("sifive,test1" in the DTB).
 * QEMU's model (hw/misc/sifive_test.c, the only description there is) ends QEMU when a 32-bit word is
 * stored at offset 0: {@code 0x5555} (FINISHER_PASS) exits with status 0, {@code (code << 16) | 0x3333}
 * (FINISHER_FAIL) with {@code code}. The launcher turns QEMU's status into the guest's
 * (org.eremite.image.run.QemuMachine).
 */
final class PowerOff {
    /** The test device on QEMU virt ({@code VIRT_TEST} in hw/riscv/virt.c). */
    static final long SIFIVE_TEST_BASE = 0x10_0000L;
    static final int FINISHER_PASS = 0x5555;
    static final int FINISHER_FAIL = 0x3333;
    /** The code of FINISHER_FAIL sits in the upper 16 bits. */
    static final int FINISHER_CODE_SHIFT = 16;
    /** A process exit status has 8 bits (POSIX {@code exit}): statuses are taken modulo 256, as on Linux. */
    static final int STATUS_MASK = 0xFF;

    static final String POWER_OFF = "power_off";

    private PowerOff() {
    }

    /**
     * {@code power_off(a0 = status)}, never returns: drains the UART so that the last line is not lost,
     * then writes the finisher word and waits.
     */
    static void emit(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(POWER_OFF);
        text.enter(0, S1);
        a.andi(S1, A0, STATUS_MASK);
        text.call(Serial.FLUSH);
        a.li(T0, FINISHER_PASS);
        Label write = new Label();
        a.beqz(S1, write);
        a.slli(T0, S1, FINISHER_CODE_SHIFT);
        a.li(T1, FINISHER_FAIL);
        a.or(T0, T0, T1);
        a.bind(write);
        a.li(T1, SIFIVE_TEST_BASE);
        // Every earlier device and memory access happens before the machine goes away.
        a.fence();
        a.sw(T0, T1, 0);
        Label hang = new Label();
        a.bind(hang);
        a.wfi();
        a.j(hang);
        text.end();
    }
}
