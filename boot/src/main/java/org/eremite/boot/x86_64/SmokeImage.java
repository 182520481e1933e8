package org.eremite.boot.x86_64;

import static org.eremite.jit.x86_64.asm.Register.R12;
import static org.eremite.jit.x86_64.asm.Register.R13;
import static org.eremite.jit.x86_64.asm.Register.R14;
import static org.eremite.jit.x86_64.asm.Register.R8;
import static org.eremite.jit.x86_64.asm.Register.R9;
import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RBP;
import static org.eremite.jit.x86_64.asm.Register.RBX;
import static org.eremite.jit.x86_64.asm.Register.RCX;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RDX;
import static org.eremite.jit.x86_64.asm.Register.RSI;

import java.util.List;
import java.util.Map;
import org.eremite.boot.BootImage;
import org.eremite.boot.SmokeImageContract;
import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.vm.asm.Label;

/**
 * The x86_64 boot smoke image: the stub with a payload in assembly that does what {@link SmokeImageContract}
 * says. The payload, {@code smoke_main(start_info)}, prints the banner with the RAM size from the PVH memory map
 * and the command line, then splits the command line into arguments as KernelCommandLine joined them (blanks
 * separate, double quotes group, a backslash in quotes escapes) and acts on {@code exit=N} and
 * {@code fault=null|undef|guard}; it returns the exit status to the stub, which powers off with it.
 * An {@code exit=} value that is not a decimal number from 0 to 255 is ignored.
 */
public final class SmokeImage {
    /** Room for one argument on smoke_main's stack; longer arguments are cut (none of the words acted on is long). */
    static final int ARGUMENT_BUFFER_SIZE = 256;
    static final String EXIT_PREFIX = "exit=";
    /** The fault words and the routines that cause them (a list: the image must be the same on every build). */
    static final List<Map.Entry<String, String>> FAULTS = List.of(
            Map.entry("fault=null", "smoke_fault_null"),
            Map.entry("fault=undef", "smoke_fault_undef"),
            Map.entry("fault=guard", "smoke_fault_guard"));

    private SmokeImage() {
    }

    /** The linked smoke image (called by {@link org.eremite.boot.BootTargets}). */
    public static BootImage build() {
        TextSection t = new TextSection(MemoryLayout.TEXT_START);
        BootStub.emit(t, "smoke_main");
        emitMain(t);
        emitArguments(t);
        emitFaults(t);
        return BootStub.link(t);
    }

    private static void emitMain(TextSection t) {
        MacroAssembler a = t.asm();
        t.function("smoke_main");
        a.enterFrame(ARGUMENT_BUFFER_SIZE); // the argument buffer is [rbp - 256, rbp)
        a.push(RBX);
        a.push(R12);
        a.push(R13);
        a.push(R14); // unused, keeps the stack 16-byte aligned
        Address buffer = Address.of(RBP, -ARGUMENT_BUFFER_SIZE);
        a.movq(RBX, RDI);

        Serial.write(t, SmokeImageContract.BANNER_PREFIX + "x86_64: ");
        a.movq(RDI, RBX);
        a.call(t.label("pvh_memory_end"));
        a.shrq(RAX, 20); // MiB: RAM starts at physical address 0 on a PC
        a.movq(RDI, RAX);
        a.call(t.label("serial_write_decimal"));
        Serial.write(t, " MiB of RAM\n" + SmokeImageContract.CMDLINE_PREFIX);
        a.movq(RDI, RBX);
        a.call(t.label("pvh_cmdline"));
        a.movq(R12, RAX); // the cursor in the command line
        Label noCommandLine = new Label();
        a.testq(R12, R12);
        a.jcc(Condition.E, noCommandLine);
        a.movq(RDI, R12);
        a.call(t.label("serial_write"));
        a.bind(noCommandLine);
        Serial.write(t, "\n");

        Label nextArgument = new Label();
        Label notExit = new Label();
        Label finish = new Label();
        a.xorl(R13, R13); // the exit status
        a.testq(R12, R12);
        a.jcc(Condition.E, finish);
        a.bind(nextArgument);
        a.movq(RDI, R12);
        a.leaq(RSI, buffer);
        a.call(t.label("next_argument"));
        a.testq(RAX, RAX);
        a.jcc(Condition.E, finish);
        a.movq(R12, RAX);

        a.leaq(RDI, buffer);
        a.loadAddress(RSI, t.string(EXIT_PREFIX));
        a.call(t.label("skip_prefix"));
        a.testq(RAX, RAX);
        a.jcc(Condition.E, notExit);
        a.movq(RDI, RAX);
        a.call(t.label("parse_status"));
        a.testl(RAX, RAX);
        a.jcc(Condition.S, nextArgument);
        a.movl(R13, RAX);
        a.jmp(nextArgument);

        a.bind(notExit);
        for (Map.Entry<String, String> fault : FAULTS) {
            Label other = new Label();
            a.leaq(RDI, buffer);
            a.loadAddress(RSI, t.string(fault.getKey()));
            a.call(t.label("string_equals"));
            a.testl(RAX, RAX);
            a.jcc(Condition.E, other);
            a.call(t.label(fault.getValue()));
            a.bind(other);
        }
        a.jmp(nextArgument);

        a.bind(finish);
        a.movl(RAX, R13);
        a.pop(R14);
        a.pop(R13);
        a.pop(R12);
        a.pop(RBX);
        a.leaveFrame();
    }

    /** The argument splitter and the string helpers; all leaves that touch only caller-saved registers. */
    private static void emitArguments(TextSection t) {
        MacroAssembler a = t.asm();

        // next_argument(cursor, buffer): copies the next argument, unquoted, NUL-terminated, to buffer (at most
        // ARGUMENT_BUFFER_SIZE - 1 bytes of it); returns the cursor after it, or 0 if only blanks were left.
        t.function("next_argument");
        Label skipBlank = new Label();
        Label blank = new Label();
        Label none = new Label();
        Label character = new Label();
        Label notBlank = new Label();
        Label notQuote = new Label();
        Label store = new Label();
        Label stored = new Label();
        Label end = new Label();
        a.bind(skipBlank);
        a.movzxbl(RAX, Address.of(RDI));
        a.cmpl(RAX, ' ');
        a.jcc(Condition.E, blank);
        a.cmpl(RAX, '\t');
        a.jcc(Condition.NE, notBlank);
        a.bind(blank);
        a.incq(RDI);
        a.jmp(skipBlank);
        a.bind(notBlank);
        a.testl(RAX, RAX);
        a.jcc(Condition.E, none);
        a.movq(RCX, RSI); // where the next byte goes
        a.leaq(R8, Address.of(RSI, ARGUMENT_BUFFER_SIZE - 1)); // room for the NUL
        a.xorl(RDX, RDX); // 1 inside double quotes
        a.bind(character);
        a.movzxbl(RAX, Address.of(RDI));
        a.testl(RAX, RAX);
        a.jcc(Condition.E, end);
        Label quoted = new Label();
        a.testl(RDX, RDX);
        a.jcc(Condition.NE, quoted);
        a.cmpl(RAX, ' ');
        a.jcc(Condition.E, end);
        a.cmpl(RAX, '\t');
        a.jcc(Condition.E, end);
        a.bind(quoted);
        a.cmpl(RAX, '"');
        a.jcc(Condition.NE, notQuote);
        a.xorl(RDX, 1);
        a.jmp(stored);
        a.bind(notQuote);
        a.cmpl(RAX, '\\');
        a.jcc(Condition.NE, store);
        a.testl(RDX, RDX);
        a.jcc(Condition.E, store);
        a.movzxbl(R9, Address.of(RDI, 1)); // in quotes, a backslash takes the next byte literally
        a.testl(R9, R9);
        a.jcc(Condition.E, store);
        a.incq(RDI);
        a.movl(RAX, R9);
        a.bind(store);
        a.cmpq(RCX, R8);
        a.jcc(Condition.AE, stored);
        a.movb(Address.of(RCX), RAX);
        a.incq(RCX);
        a.bind(stored);
        a.incq(RDI);
        a.jmp(character);
        a.bind(end);
        a.movb(Address.of(RCX), 0);
        a.movq(RAX, RDI);
        a.ret();
        a.bind(none);
        a.xorl(RAX, RAX);
        a.ret();

        // skip_prefix(string, prefix): the address after prefix in string if string starts with it, else 0.
        t.function("skip_prefix");
        Label compare = new Label();
        Label matched = new Label();
        Label differs = new Label();
        a.bind(compare);
        a.movzxbl(RAX, Address.of(RSI));
        a.testl(RAX, RAX);
        a.jcc(Condition.E, matched);
        a.movzxbl(RCX, Address.of(RDI));
        a.cmpl(RAX, RCX);
        a.jcc(Condition.NE, differs);
        a.incq(RDI);
        a.incq(RSI);
        a.jmp(compare);
        a.bind(matched);
        a.movq(RAX, RDI);
        a.ret();
        a.bind(differs);
        a.xorl(RAX, RAX);
        a.ret();

        // string_equals(a, b): 1 if the NUL-terminated strings are equal, else 0.
        t.function("string_equals");
        Label next = new Label();
        Label equal = new Label();
        Label unequal = new Label();
        a.bind(next);
        a.movzxbl(RAX, Address.of(RDI));
        a.movzxbl(RCX, Address.of(RSI));
        a.cmpl(RAX, RCX);
        a.jcc(Condition.NE, unequal);
        a.testl(RAX, RAX);
        a.jcc(Condition.E, equal);
        a.incq(RDI);
        a.incq(RSI);
        a.jmp(next);
        a.bind(equal);
        a.movl(RAX, 1);
        a.ret();
        a.bind(unequal);
        a.xorl(RAX, RAX);
        a.ret();

        // parse_status(digits): the decimal number 0-255 the string holds, or -1.
        t.function("parse_status");
        Label digit = new Label();
        Label done = new Label();
        Label invalid = new Label();
        a.xorl(RAX, RAX);
        a.cmpb(Address.of(RDI), 0);
        a.jcc(Condition.E, invalid);
        a.bind(digit);
        a.movzxbl(RCX, Address.of(RDI));
        a.testl(RCX, RCX);
        a.jcc(Condition.E, done);
        a.subl(RCX, '0');
        a.cmpl(RCX, 9);
        a.jcc(Condition.A, invalid); // unsigned: below '0' wrapped around
        a.imull(RAX, RAX, 10);
        a.addl(RAX, RCX);
        a.cmpl(RAX, 255);
        a.jcc(Condition.A, invalid);
        a.incq(RDI);
        a.jmp(digit);
        a.bind(done);
        a.ret();
        a.bind(invalid);
        a.movl(RAX, -1);
        a.ret();
    }

    /** The faults of {@code fault=...}: none of them returns. */
    private static void emitFaults(TextSection t) {
        MacroAssembler a = t.asm();
        t.function("smoke_fault_null");
        a.movq(RAX, Address.absolute(0)); // a load from address 0, whose page is not present
        a.ret();

        t.function("smoke_fault_undef");
        a.ud2();
        a.ret();

        // Unbounded recursion: the stack grows into boot_stack_guard, and the page fault runs on IST1.
        t.function("smoke_fault_guard");
        a.enterFrame(0);
        a.call(t.label("smoke_fault_guard"));
        a.leaveFrame();
        t.end();
    }
}
