package org.eremite.boot.aarch64;

import static org.eremite.jit.aarch64.asm.Register.FP;
import static org.eremite.jit.aarch64.asm.Register.R0;
import static org.eremite.jit.aarch64.asm.Register.R1;
import static org.eremite.jit.aarch64.asm.Register.R10;
import static org.eremite.jit.aarch64.asm.Register.R11;
import static org.eremite.jit.aarch64.asm.Register.R19;
import static org.eremite.jit.aarch64.asm.Register.R2;
import static org.eremite.jit.aarch64.asm.Register.R20;
import static org.eremite.jit.aarch64.asm.Register.R21;
import static org.eremite.jit.aarch64.asm.Register.R22;
import static org.eremite.jit.aarch64.asm.Register.R23;
import static org.eremite.jit.aarch64.asm.Register.R24;
import static org.eremite.jit.aarch64.asm.Register.R9;
import static org.eremite.jit.aarch64.asm.Register.SP;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eremite.boot.SmokeImageContract;
import org.eremite.jit.aarch64.asm.Address;
import org.eremite.jit.aarch64.asm.Condition;
import org.eremite.jit.aarch64.asm.MacroAssembler;
import org.eremite.jit.aarch64.asm.Register;
import org.eremite.jit.aarch64.asm.SystemRegister;
import org.eremite.vm.asm.Label;

/**
 * The EL1 exception vectors and the trap dump.
 *
 * <p>Normal code runs on SP_EL0 (PSTATE.SPSel = 0, set by {@link BootStub}); taking an exception to EL1
 * switches to SP_EL1 (ARM ARM D1, "The stack pointer registers"), which always points at the top of the
 * trap stack. So a stack overflow into the boot stack's guard page, where SP_EL0 itself is unusable, is
 * still reported. Such exceptions use the "current EL with SP_EL0" vectors; the "current EL with SP_ELx"
 * ones are taken only by a trap during the early stub or inside the trap handler itself.
 *
 * <p>Each of the 16 vectors ({@value #VECTOR_ENTRY_SIZE} bytes apart, ARM ARM D1, "Exception vectors")
 * makes room for a {@value #FRAME_SIZE}-byte frame on the trap stack, saves x0 and x1, and branches to
 * {@value #SAVE} with its index in x0. The frame holds x0-x30, the interrupted sp, ELR_EL1, SPSR_EL1,
 * ESR_EL1, FAR_EL1, and a frame record {x29, ELR_EL1} so that a stack walk goes on into the code that
 * trapped. {@value #REPORT} prints the dump of SmokeImageContract and powers off with status 134; it
 * never returns. {@link MemoryLayout#TRAP_DEPTH} counts the traps taken while reporting: the second
 * prints one line and powers off; the third powers off without printing (the console may be what
 * faults); a fourth means the semihosting call itself traps (QEMU without semihosting), and PSCI
 * SYSTEM_OFF ends the machine with status 0.
 */
final class TrapEntry {
    static final String VECTORS = "trap_vectors";
    static final String SAVE = "trap_save";
    static final String REPORT = "trap_report";

    /** VBAR_EL1 bits 10:0 are RES0: the table is 2 KiB aligned (ARM ARM D17.2, VBAR_EL1). */
    static final int VECTOR_TABLE_ALIGNMENT = 2048;
    static final int VECTOR_ENTRY_SIZE = 0x80;
    static final int VECTOR_COUNT = 16;
    /** Vectors 4-7: exceptions from the current EL while SPSel = 1 ("current EL with SP_ELx"). */
    static final int FIRST_SP_ELX_VECTOR = 4;
    static final int FIRST_LOWER_EL_VECTOR = 8;
    /** Within each group of four: synchronous, IRQ, FIQ, SError. */
    static final List<String> ASYNCHRONOUS_NAMES = List.of("irq", "fiq", "serror");

    // The frame on the trap stack.
    static final int FRAME_SP = 31 * 8;
    static final int FRAME_ELR = FRAME_SP + 8;
    static final int FRAME_SPSR = FRAME_ELR + 8;
    static final int FRAME_ESR = FRAME_SPSR + 8;
    static final int FRAME_FAR = FRAME_ESR + 8;
    static final int FRAME_RECORD = FRAME_FAR + 8;
    static final int FRAME_SIZE = FRAME_RECORD + 16;

    /** ESR_ELx.EC, bits 31:26: the exception class (ARM ARM D17.2, ESR_EL1). */
    static final int ESR_EC_SHIFT = 26;
    static final int ESR_EC_WIDTH = 6;
    /** Names of the exception classes (ARM ARM D17.2, ESR_EL1, table of EC values). */
    static final Map<Integer, String> EXCEPTION_CLASSES = new LinkedHashMap<>();
    /** Name of a synchronous exception whose class is not in the table. */
    static final String OTHER_SYNCHRONOUS = "synchronous exception";
    /** Classes for which FAR_EL1 holds the faulting address: aborts, PC alignment, watchpoints. */
    static final List<Integer> FAR_VALID_CLASSES = List.of(0x20, 0x21, 0x22, 0x24, 0x25, 0x34, 0x35);

    static {
        EXCEPTION_CLASSES.put(0x00, "undefined instruction");
        EXCEPTION_CLASSES.put(0x07, "fp access trap");
        EXCEPTION_CLASSES.put(0x0E, "illegal execution state");
        EXCEPTION_CLASSES.put(0x15, "svc");
        EXCEPTION_CLASSES.put(0x20, "instruction abort");
        EXCEPTION_CLASSES.put(0x21, "instruction abort");
        EXCEPTION_CLASSES.put(0x22, "pc alignment fault");
        EXCEPTION_CLASSES.put(0x24, "data abort");
        EXCEPTION_CLASSES.put(0x25, "data abort");
        EXCEPTION_CLASSES.put(0x26, "sp alignment fault");
        EXCEPTION_CLASSES.put(0x2C, "fp exception");
        EXCEPTION_CLASSES.put(0x2F, "serror");
        EXCEPTION_CLASSES.put(0x3C, "brk");
    }

    private TrapEntry() {
    }

    static void emitRoutines(TextSection text) {
        emitVectors(text);
        emitSave(text);
        emitReport(text);
    }

    private static void emitVectors(TextSection text) {
        MacroAssembler a = text.asm;
        a.align(VECTOR_TABLE_ALIGNMENT);
        text.begin(VECTORS);
        int table = a.position();
        for (int i = 0; i < VECTOR_COUNT; i++) {
            a.sub(64, SP, SP, FRAME_SIZE);
            a.stp(64, R0, R1, Address.offset(SP, 0));
            a.mov(64, R0, i);
            a.b(text.routine(SAVE));
            a.align(VECTOR_ENTRY_SIZE);
            if (a.position() != table + (i + 1) * VECTOR_ENTRY_SIZE) {
                throw new IllegalStateException("vector " + i + " outgrew its " + VECTOR_ENTRY_SIZE + " bytes");
            }
        }
        text.end();
    }

    /** Completes the frame that a vector began, then calls the report with x0 = vector, x1 = frame. */
    private static void emitSave(TextSection text) {
        MacroAssembler a = text.asm;
        Label onSpEl0 = new Label();
        Label haveSp = new Label();
        text.begin(SAVE);
        for (int r = 2; r < 30; r += 2) {
            a.stp(64, Register.r(r), Register.r(r + 1), Address.offset(SP, r * 8));
        }
        a.str(64, Register.LR, Address.offset(SP, 30 * 8));
        // The interrupted sp: SP_EL0 unless the trap came from EL1 on SP_EL1 (then it is just above the frame).
        a.cmp(64, R0, FIRST_SP_ELX_VECTOR);
        a.b(Condition.LO, onSpEl0);
        a.cmp(64, R0, FIRST_LOWER_EL_VECTOR);
        a.b(Condition.HS, onSpEl0);
        a.add(64, R1, SP, FRAME_SIZE);
        a.b(haveSp);
        a.bind(onSpEl0);
        a.mrs(R1, SystemRegister.SP_EL0);
        a.bind(haveSp);
        a.str(64, R1, Address.offset(SP, FRAME_SP));
        a.mrs(R1, SystemRegister.ELR_EL1);
        a.mrs(R2, SystemRegister.SPSR_EL1);
        a.stp(64, R1, R2, Address.offset(SP, FRAME_ELR));
        a.mrs(R1, SystemRegister.ESR_EL1);
        a.mrs(R2, SystemRegister.FAR_EL1);
        a.stp(64, R1, R2, Address.offset(SP, FRAME_ESR));
        a.ldr(64, R1, Address.offset(SP, FRAME_ELR));
        a.stp(64, FP, R1, Address.offset(SP, FRAME_RECORD));
        a.add(64, FP, SP, FRAME_RECORD);
        a.mov(64, R1, SP);
        text.call(REPORT);
        text.call(PowerOff.PSCI_OFF);
        text.end();
    }

    /** x19 frame, x20 vector, x21 trap name, x22 exception class, x23 FAR valid, x24 register index. */
    private static void emitReport(TextSection text) {
        MacroAssembler a = text.asm;
        Label first = new Label();
        Label nested = new Label();
        Label silent = new Label();
        Label synchronous = new Label();
        Label farValid = new Label();
        Label lookUp = new Label();
        Label named = new Label();
        Label register = new Label();
        Label stackPointer = new Label();
        Label value = new Label();
        Label lineEnd = new Label();
        Label next = new Label();

        text.begin(REPORT);
        text.enter(R19, R20, R21, R22, R23, R24);
        a.mov(64, R19, R1);
        a.mov(64, R20, R0);
        a.mov(64, R9, MemoryLayout.TRAP_DEPTH);
        a.ldr(64, R10, Address.base(R9));
        a.add(64, R11, R10, 1);
        a.str(64, R11, Address.base(R9));
        a.cbz(64, R10, first);
        a.cmp(64, R10, 1);
        a.b(Condition.EQ, nested);
        a.cmp(64, R10, 2);
        a.b(Condition.EQ, silent);
        text.call(PowerOff.PSCI_OFF);
        a.bind(silent);
        powerOffWithTrapStatus(text);
        a.bind(nested);
        Serial.puts(text, "*** trap while reporting a trap: ESR_EL1 0x");
        frameHex(text, FRAME_ESR, 16);
        Serial.puts(text, " ELR_EL1 0x");
        frameHex(text, FRAME_ELR, 16);
        Serial.putc(text, '\n');
        powerOffWithTrapStatus(text);

        // The name: by vector for asynchronous exceptions, by exception class for synchronous ones.
        a.bind(first);
        a.ldr(64, R9, Address.offset(R19, FRAME_ESR));
        a.ubfx(64, R22, R9, ESR_EC_SHIFT, ESR_EC_WIDTH);
        a.mov(64, R23, 0);
        a.and(64, R9, R20, 3);
        a.cbz(64, R9, synchronous);
        for (int kind = 1; kind <= ASYNCHRONOUS_NAMES.size(); kind++) {
            text.loadString(R21, ASYNCHRONOUS_NAMES.get(kind - 1));
            a.cmp(64, R9, kind);
            a.b(Condition.EQ, named);
        }
        a.bind(synchronous);
        for (int ec : FAR_VALID_CLASSES) {
            a.cmp(64, R22, ec);
            a.b(Condition.EQ, farValid);
        }
        a.b(lookUp);
        a.bind(farValid);
        a.mov(64, R23, 1);
        a.bind(lookUp);
        for (Map.Entry<Integer, String> ec : EXCEPTION_CLASSES.entrySet()) {
            text.loadString(R21, ec.getValue());
            a.cmp(64, R22, ec.getKey());
            a.b(Condition.EQ, named);
        }
        text.loadString(R21, OTHER_SYNCHRONOUS);
        a.bind(named);

        // *** trap: <name> (ESR_EL1 0x<esr>, EC 0x<ec>)
        Serial.puts(text, SmokeImageContract.TRAP_HEADER);
        a.mov(64, R0, R21);
        text.call(Serial.PUTS);
        Serial.puts(text, " (ESR_EL1 0x");
        frameHex(text, FRAME_ESR, 16);
        Serial.puts(text, ", EC 0x");
        Serial.hex(text, R22, 2);
        Serial.puts(text, ")\n");
        // fault address: FAR_EL1 where the class defines it, else the PC.
        Serial.puts(text, SmokeImageContract.FAULT_ADDRESS);
        a.ldr(64, R9, Address.offset(R19, FRAME_FAR));
        a.ldr(64, R10, Address.offset(R19, FRAME_ELR));
        a.cmp(64, R23, 0);
        a.csel(64, R0, R9, R10, Condition.NE);
        Serial.hex(text, R0, 16);
        Serial.putc(text, '\n');
        // The cause registers not shown yet, and which vector was taken.
        Serial.puts(text, "FAR_EL1 0x");
        frameHex(text, FRAME_FAR, 16);
        Serial.puts(text, " SPSR_EL1 0x");
        frameHex(text, FRAME_SPSR, 16);
        Serial.puts(text, " vector 0x");
        a.lsl(64, R0, R20, Integer.numberOfTrailingZeros(VECTOR_ENTRY_SIZE));
        Serial.hex(text, R0, 3);
        Serial.putc(text, '\n');
        Serial.puts(text, SmokeImageContract.PC_LINE);
        frameHex(text, FRAME_ELR, 16);
        Serial.putc(text, '\n');

        // x0 0x<16 digits>  x1 0x...  four to a line, x0-x30 then sp (frame slots 0-31).
        a.mov(64, R24, 0);
        a.bind(register);
        a.cmp(64, R24, 31);
        a.b(Condition.EQ, stackPointer);
        Serial.putc(text, 'x');
        Serial.decimal(text, R24);
        a.b(value);
        a.bind(stackPointer);
        Serial.puts(text, "sp");
        a.bind(value);
        Serial.puts(text, " 0x");
        a.ldr(64, R0, Address.index(R19, R24, 3));
        Serial.hex(text, R0, 16);
        a.add(64, R24, R24, 1);
        a.tst(64, R24, 3);
        a.b(Condition.EQ, lineEnd);
        Serial.puts(text, "  ");
        a.b(next);
        a.bind(lineEnd);
        Serial.putc(text, '\n');
        a.bind(next);
        a.cmp(64, R24, 32);
        a.b(Condition.LO, register);
        powerOffWithTrapStatus(text);
        text.end();
    }

    private static void frameHex(TextSection text, int offset, int digits) {
        text.asm.ldr(64, R0, Address.offset(R19, offset));
        Serial.hex(text, R0, digits);
    }

    private static void powerOffWithTrapStatus(TextSection text) {
        text.asm.mov(64, R0, SmokeImageContract.TRAP_EXIT_STATUS);
        text.call(PowerOff.POWER_OFF);
    }
}
