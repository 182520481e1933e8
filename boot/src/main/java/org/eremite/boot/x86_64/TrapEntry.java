package org.eremite.boot.x86_64;

import static org.eremite.jit.x86_64.asm.Register.R10;
import static org.eremite.jit.x86_64.asm.Register.R11;
import static org.eremite.jit.x86_64.asm.Register.R12;
import static org.eremite.jit.x86_64.asm.Register.R13;
import static org.eremite.jit.x86_64.asm.Register.R14;
import static org.eremite.jit.x86_64.asm.Register.R15;
import static org.eremite.jit.x86_64.asm.Register.R8;
import static org.eremite.jit.x86_64.asm.Register.R9;
import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RBP;
import static org.eremite.jit.x86_64.asm.Register.RBX;
import static org.eremite.jit.x86_64.asm.Register.RCX;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RDX;
import static org.eremite.jit.x86_64.asm.Register.RSI;
import static org.eremite.jit.x86_64.asm.Register.RSP;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eremite.boot.SmokeImageContract;
import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.jit.x86_64.asm.ControlRegister;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.jit.x86_64.asm.Register;
import org.eremite.vm.asm.Label;

/**
 * The exception handlers: one stub per vector 0-31 (the IDT gates point at them, see {@link DescriptorTables}),
 * which makes every frame look alike, and a common handler that saves all registers, prints the dump of
 * {@link SmokeImageContract} and powers off with {@link SmokeImageContract#TRAP_EXIT_STATUS}.
 *
 * <p>In 64-bit mode the CPU pushes ss, rsp, rflags, cs, rip and, for some vectors, an error code, on a
 * 16-byte-aligned stack (SDM vol. 3, 6.14.2, "64-Bit Mode Stack Frame"); the stub pushes 0 where the CPU
 * pushes no error code, then the vector. A page fault runs on its own stack (IST1), so that a stack overflow
 * into the guard page can still be reported; a double fault (IST2), NMI and machine check (IST3) too.
 * A trap inside the handler powers off at once instead of printing again.
 */
final class TrapEntry {
    // Vectors of SDM vol. 3, 6.3.1, Table 6-1, "Protected-Mode Exceptions and Interrupts".
    static final int NMI = 2;
    static final int INVALID_OPCODE = 6;
    static final int DOUBLE_FAULT = 8;
    static final int PAGE_FAULT = 14;
    static final int MACHINE_CHECK = 18;

    /** The names of Table 6-1, by vector. */
    static final List<String> NAMES = List.of("divide error", "debug", "non-maskable interrupt", "breakpoint",
            "overflow", "bound range exceeded", "invalid opcode", "device not available", "double fault",
            "coprocessor segment overrun", "invalid TSS", "segment not present", "stack-segment fault",
            "general protection", "page fault", "reserved", "x87 FPU floating-point error", "alignment check",
            "machine check", "SIMD floating-point exception", "virtualization exception",
            "control protection exception", "reserved", "reserved", "reserved", "reserved", "reserved", "reserved",
            "reserved", "reserved", "reserved", "reserved");
    /** Each name takes a fixed slot (NUL-padded) in the table, so that the name of vector v is at v * 32. */
    static final int NAME_SLOT = 32;
    static final int NAME_SLOT_SHIFT = 5;

    /** The registers trap_common pushes, in push order. */
    static final List<Register> SAVED = List.of(RAX, RBX, RCX, RDX, RSI, RDI, RBP, R8, R9, R10, R11, R12, R13, R14, R15);
    /** Frame offsets from the stack pointer once trap_common has pushed everything (CR2 last). */
    static final int CR2_OFFSET = 0;
    static final int VECTOR_OFFSET = 8 + 8 * SAVED.size();
    static final int ERROR_CODE_OFFSET = VECTOR_OFFSET + 8;
    static final int RIP_OFFSET = ERROR_CODE_OFFSET + 8;
    static final int CS_OFFSET = RIP_OFFSET + 8;
    static final int RFLAGS_OFFSET = CS_OFFSET + 8;
    static final int RSP_OFFSET = RFLAGS_OFFSET + 8;
    static final int SS_OFFSET = RSP_OFFSET + 8;
    /** The general registers as the dump lists them, four to a line. */
    static final List<Register> DUMPED = List.of(RAX, RBX, RCX, RDX, RSI, RDI, RBP, RSP, R8, R9, R10, R11, R12, R13,
            R14, R15);

    private TrapEntry() {
    }

    /** Whether the CPU pushes an error code for {@code vector} (Table 6-1, column "Error Code"). */
    static boolean hasErrorCode(int vector) {
        return switch (vector) {
            case 8, 10, 11, 12, 13, 14, 17, 21 -> true;
            default -> false;
        };
    }

    static String stubName(int vector) {
        return "trap_vector_" + vector;
    }

    static int savedOffset(Register register) {
        if (register == RSP) {
            return RSP_OFFSET;
        }
        int index = SAVED.indexOf(register);
        return 8 + 8 * (SAVED.size() - 1 - index);
    }

    static void emitRoutines(TextSection t) {
        MacroAssembler a = t.asm();
        for (int vector = 0; vector < DescriptorTables.EXCEPTION_VECTORS; vector++) {
            t.function(stubName(vector));
            if (!hasErrorCode(vector)) {
                a.push(0);
            }
            a.push(vector);
            a.jmp(t.label("trap_common"));
        }

        t.function("trap_common");
        for (Register r : SAVED) {
            a.push(r);
        }
        a.mov(RAX, ControlRegister.CR2); // before anything else can fault
        a.push(RAX);
        a.movq(RBX, RSP);
        a.cld();
        Label nested = new Label();
        a.cmpb(Address.absolute((int) MemoryLayout.TRAP_NESTING), 0);
        a.jcc(Condition.NE, nested);
        a.movb(Address.absolute((int) MemoryLayout.TRAP_NESTING), 1);
        a.andq(RSP, -16);
        // A frame record that links the interrupted code's frames, so a stack walk passes through the trap.
        a.push(Address.of(RBX, RIP_OFFSET));
        a.push(RBP);
        a.movq(RBP, RSP);
        a.movq(RDI, RBX);
        a.call(t.label("trap_dump"));
        a.bind(nested);
        a.movl(RDI, SmokeImageContract.TRAP_EXIT_STATUS);
        a.jmp(t.label("power_off"));

        emitDump(t);

        t.object("trap_names");
        for (String name : NAMES) {
            byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
            if (bytes.length >= NAME_SLOT) {
                throw new AssertionError(name + " does not fit a " + NAME_SLOT + "-byte slot");
            }
            for (int i = 0; i < NAME_SLOT; i++) {
                a.data8(i < bytes.length ? bytes[i] : 0);
            }
        }
        t.end();
    }

    /** {@code trap_dump(frame)}: prints the dump of the frame trap_common built. */
    private static void emitDump(TextSection t) {
        MacroAssembler a = t.asm();
        t.function("trap_dump");
        a.enterFrame(0);
        a.push(RBX);
        a.push(R12); // unused, keeps the stack 16-byte aligned at the calls
        a.movq(RBX, RDI);

        Serial.write(t, SmokeImageContract.TRAP_HEADER);
        a.movl(RAX, Address.of(RBX, VECTOR_OFFSET));
        a.shll(RAX, NAME_SLOT_SHIFT);
        a.loadAddress(RDI, t.label("trap_names"));
        a.addq(RDI, RAX);
        a.call(t.label("serial_write"));
        Serial.write(t, " (vector ");
        a.movq(RDI, Address.of(RBX, VECTOR_OFFSET));
        a.call(t.label("serial_write_decimal"));
        Serial.write(t, ", error code 0x");
        Serial.writeHex(t, Address.of(RBX, ERROR_CODE_OFFSET));
        Serial.write(t, ")\n" + SmokeImageContract.FAULT_ADDRESS);
        // The fault address: CR2 for a page fault (SDM vol. 3, 6.15, "Interrupt 14"), else the faulting rip.
        a.movq(RDI, Address.of(RBX, RIP_OFFSET));
        a.cmpq(Address.of(RBX, VECTOR_OFFSET), PAGE_FAULT);
        a.cmovq(Condition.E, RDI, Address.of(RBX, CR2_OFFSET));
        a.call(t.label("serial_write_hex"));

        Serial.write(t, "\ncr2 0x");
        Serial.writeHex(t, Address.of(RBX, CR2_OFFSET));
        Serial.write(t, " cr3 0x");
        a.mov(RDI, ControlRegister.CR3);
        a.call(t.label("serial_write_hex"));
        Serial.write(t, "\n" + SmokeImageContract.PC_LINE);
        Serial.writeHex(t, Address.of(RBX, RIP_OFFSET));
        Serial.write(t, "\ncs 0x");
        Serial.writeHex(t, Address.of(RBX, CS_OFFSET));
        Serial.write(t, " ss 0x");
        Serial.writeHex(t, Address.of(RBX, SS_OFFSET));
        Serial.write(t, " rflags 0x");
        Serial.writeHex(t, Address.of(RBX, RFLAGS_OFFSET));
        Serial.write(t, "\n");
        for (int i = 0; i < DUMPED.size(); i++) {
            Register r = DUMPED.get(i);
            Serial.write(t, (i % 4 == 0 ? "" : " ") + r + " 0x");
            Serial.writeHex(t, Address.of(RBX, savedOffset(r)));
            if (i % 4 == 3) {
                Serial.write(t, "\n");
            }
        }
        a.pop(R12);
        a.pop(RBX);
        a.leaveFrame();
    }
}
