package org.eremite.boot.x86_64;

import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RDX;

import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.vm.asm.Label;

/**
 * Powering the QEMU machine off with an exit status, as the launcher expects it
 * (images/.../run/package-info.java): the status byte goes to QEMU's {@code isa-debugcon} port, which appends
 * it to a file the launcher reads, and then any write to {@code isa-debug-exit} ends QEMU (whose own exit code,
 * {@code (value << 1) | 1}, cannot express 0 or survive values of 128 and up). On a machine without those
 * devices the writes go nowhere and the CPU halts for good.
 */
final class PowerOff {
    /** QEMU isa-debugcon's port, as QemuMachine configures it ({@code iobase=0xe9}). */
    static final int DEBUGCON_PORT = 0xE9;
    /** QEMU isa-debug-exit's port, as QemuMachine configures it ({@code iobase=0xf4,iosize=0x04}). */
    static final int DEBUG_EXIT_PORT = 0xF4;

    private PowerOff() {
    }

    /** {@code power_off(status in edi)}: never returns, uses no stack. */
    static void emitRoutine(TextSection t) {
        MacroAssembler a = t.asm();
        t.function("power_off");
        a.movl(RAX, RDI);
        emitInline(a);
    }

    /**
     * Powers off with the status in al. Uses only instructions that encode the same in 32-bit and 64-bit mode,
     * so the 32-bit part of the stub can use it too.
     */
    static void emitInline(MacroAssembler a) {
        a.outb(DEBUGCON_PORT);
        a.movl(RDX, DEBUG_EXIT_PORT);
        a.outl(RDX);
        Label halt = new Label();
        a.bind(halt);
        a.cli();
        a.hlt();
        a.jmp(halt);
    }
}
