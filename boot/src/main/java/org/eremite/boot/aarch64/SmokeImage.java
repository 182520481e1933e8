package org.eremite.boot.aarch64;

import static org.eremite.boot.aarch64.MemoryLayout.BOOT_STACK;
import static org.eremite.boot.aarch64.MemoryLayout.BOOT_STACK_GUARD;
import static org.eremite.boot.aarch64.MemoryLayout.BOOT_STACK_SIZE;
import static org.eremite.boot.aarch64.MemoryLayout.BSS_BASE;
import static org.eremite.boot.aarch64.MemoryLayout.DATA_BASE;
import static org.eremite.boot.aarch64.MemoryLayout.DATA_SIZE;
import static org.eremite.boot.aarch64.MemoryLayout.IMAGE_END;
import static org.eremite.boot.aarch64.MemoryLayout.PAGE_SIZE;
import static org.eremite.boot.aarch64.MemoryLayout.TEXT_BASE;
import static org.eremite.boot.aarch64.MemoryLayout.TRAP_DEPTH;
import static org.eremite.boot.aarch64.MemoryLayout.TRAP_STACK;
import static org.eremite.boot.aarch64.MemoryLayout.TRAP_STACK_GUARD;
import static org.eremite.boot.aarch64.MemoryLayout.TRAP_STACK_SIZE;
import static org.eremite.jit.aarch64.asm.Register.FP;
import static org.eremite.jit.aarch64.asm.Register.LR;
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
import static org.eremite.jit.aarch64.asm.Register.R9;
import static org.eremite.jit.aarch64.asm.Register.SP;

import java.util.ArrayList;
import java.util.List;
import org.eremite.boot.BootImage;
import org.eremite.boot.SmokeImageContract;
import org.eremite.jit.aarch64.asm.Address;
import org.eremite.jit.aarch64.asm.Condition;
import org.eremite.jit.aarch64.asm.MacroAssembler;
import org.eremite.vm.asm.Label;

/**
 * The aarch64 boot smoke image: the boot stub and a payload in assembly that does what
 * {@link SmokeImageContract} says. The payload, {@value #MAIN}(x0 = device tree), prints the banner with
 * the RAM size and the command line, then acts on the words of the command line in order (split as
 * {@code KernelCommandLine} joins them: blanks separate words except inside double quotes):
 * {@code exit=N} sets the status (ignored unless N is a decimal number from 0 to 255),
 * {@code fault=null} loads from address 0, {@code fault=undef} runs {@code udf #0}, {@code fault=guard}
 * recurses until the boot stack overflows into its guard page. Then it powers off with the status.
 */
public final class SmokeImage {
    static final String MAIN = "smoke_main";
    static final String PREFIX = "smoke_prefix";
    static final String OVERFLOW = "smoke_overflow_stack";
    static final String ISA = "aarch64";
    /** The largest exit status the host can see (an 8-bit process status). */
    static final int MAX_STATUS = 255;

    private SmokeImage() {
    }

    /** The linked image: text at TEXT_BASE (entry = its first byte), page tables, BSS with the stacks. */
    public static BootImage build() {
        TextSection text = new TextSection();
        BootStub.emit(text, MAIN);
        TrapEntry.emitRoutines(text);
        Serial.emitRoutines(text);
        PowerOff.emitRoutines(text);
        DeviceTree.emitRoutines(text);
        emitPayload(text);
        byte[] code = text.finish();

        List<BootImage.Segment> segments = List.of(
                new BootImage.Segment(".text", TEXT_BASE, code, code.length, false, true, PAGE_SIZE),
                new BootImage.Segment(".data", DATA_BASE, PageTables.build(), DATA_SIZE, true, false, PAGE_SIZE),
                new BootImage.Segment(".bss", BSS_BASE, new byte[0], IMAGE_END - BSS_BASE, true, false, PAGE_SIZE));
        List<BootImage.Symbol> symbols = new ArrayList<>(text.symbols());
        symbols.add(new BootImage.Symbol("boot_page_tables", DATA_BASE, DATA_SIZE, false));
        symbols.add(new BootImage.Symbol("trap_depth", TRAP_DEPTH, 8, false));
        symbols.add(new BootImage.Symbol("boot_stack_guard", BOOT_STACK_GUARD, PAGE_SIZE, false));
        symbols.add(new BootImage.Symbol("boot_stack", BOOT_STACK, BOOT_STACK_SIZE, false));
        symbols.add(new BootImage.Symbol("trap_stack_guard", TRAP_STACK_GUARD, PAGE_SIZE, false));
        symbols.add(new BootImage.Symbol("trap_stack", TRAP_STACK, TRAP_STACK_SIZE, false));
        return new BootImage(ISA, TEXT_BASE, segments, symbols, List.of());
    }

    /** x19 device tree, x20 command line cursor, x21 exit status, x22/x23 the current word [start, end). */
    private static void emitPayload(TextSection text) {
        MacroAssembler a = text.asm;
        Label noMemory = new Label();
        Label noCommandLine = new Label();
        Label nextWord = new Label();
        Label blank = new Label();
        Label scan = new Label();
        Label notQuote = new Label();
        Label unquoted = new Label();
        Label advance = new Label();
        Label wordEnd = new Label();
        Label faultNull = new Label();
        Label faultUndef = new Label();
        Label faultGuard = new Label();
        Label digit = new Label();
        Label finish = new Label();

        text.begin(MAIN);
        text.enter(R19, R20, R21, R22, R23);
        a.mov(64, R19, R0);
        Serial.puts(text, SmokeImageContract.BANNER_PREFIX + ISA + ": ");
        a.mov(64, R0, 0);
        a.cbz(64, R19, noMemory);
        a.mov(64, R0, R19);
        text.call(DeviceTree.MEMORY_RANGE);
        a.sub(64, R0, R1, R0);
        a.lsr(64, R0, R0, 20);
        a.bind(noMemory);
        Serial.decimal(text, R0);
        Serial.puts(text, " MiB of RAM\n" + SmokeImageContract.CMDLINE_PREFIX);
        a.mov(64, R20, 0);
        a.cbz(64, R19, noCommandLine);
        a.mov(64, R0, R19);
        text.call(DeviceTree.BOOTARGS);
        a.mov(64, R20, R0);
        a.cbz(64, R20, noCommandLine);
        text.call(Serial.PUTS);
        a.bind(noCommandLine);
        Serial.putc(text, '\n');
        a.mov(64, R21, 0);
        a.cbz(64, R20, finish);

        // The next word: skip blanks, then scan to an unquoted blank or the end (KernelCommandLine.split).
        a.bind(nextWord);
        a.ldrb(R9, Address.base(R20));
        a.cbz(32, R9, finish);
        a.cmp(32, R9, ' ');
        a.b(Condition.EQ, blank);
        a.cmp(32, R9, '\t');
        a.b(Condition.EQ, blank);
        a.mov(64, R22, R20);
        a.mov(32, R10, 0);
        a.bind(scan);
        a.ldrb(R9, Address.base(R20));
        a.cbz(32, R9, wordEnd);
        a.cmp(32, R9, '"');
        a.b(Condition.NE, notQuote);
        a.eor(32, R10, R10, 1);
        a.b(advance);
        a.bind(notQuote);
        a.cbz(32, R10, unquoted);
        a.cmp(32, R9, '\\');
        a.b(Condition.NE, advance);
        a.ldrb(R11, Address.offset(R20, 1));
        a.cbz(32, R11, advance);
        a.add(64, R20, R20, 1);
        a.b(advance);
        a.bind(unquoted);
        a.cmp(32, R9, ' ');
        a.b(Condition.EQ, wordEnd);
        a.cmp(32, R9, '\t');
        a.b(Condition.EQ, wordEnd);
        a.bind(advance);
        a.add(64, R20, R20, 1);
        a.b(scan);

        a.bind(wordEnd);
        a.mov(64, R23, R20);
        branchIfWordIs(text, "fault=null", faultNull);
        branchIfWordIs(text, "fault=undef", faultUndef);
        branchIfWordIs(text, "fault=guard", faultGuard);
        // exit=N: up to 255, digits only.
        wordPrefix(text, "exit=");
        a.cbz(64, R0, nextWord);
        a.cmp(64, R0, R23);
        a.b(Condition.EQ, nextWord);
        a.mov(64, R9, 0);
        a.mov(64, R11, 10);
        a.bind(digit);
        a.ldrb(R10, Address.postIndex(R0, 1));
        a.sub(32, R10, R10, '0');
        a.cmp(32, R10, 9);
        a.b(Condition.HI, nextWord);
        a.madd(64, R9, R9, R11, R10);
        a.cmp(64, R9, MAX_STATUS);
        a.b(Condition.HI, nextWord);
        a.cmp(64, R0, R23);
        a.b(Condition.LO, digit);
        a.mov(64, R21, R9);
        a.b(nextWord);

        a.bind(blank);
        a.add(64, R20, R20, 1);
        a.b(nextWord);

        a.bind(faultNull);
        a.mov(64, R9, 0);
        a.ldr(64, R9, Address.base(R9));
        a.b(nextWord);
        a.bind(faultUndef);
        a.udf(0);
        a.b(nextWord);
        a.bind(faultGuard);
        text.call(OVERFLOW);
        a.b(nextWord);

        a.bind(finish);
        a.mov(64, R0, R21);
        text.call(PowerOff.POWER_OFF);
        text.end();

        // smoke_prefix(x0 start, x1 end, x2 literal) -> x0 = just past the literal if the word begins
        // with it, else 0.
        Label compare = new Label();
        Label fail = new Label();
        Label matched = new Label();
        text.begin(PREFIX);
        a.bind(compare);
        a.ldrb(R9, Address.postIndex(R2, 1));
        a.cbz(32, R9, matched);
        a.cmp(64, R0, R1);
        a.b(Condition.HS, fail);
        a.ldrb(R10, Address.postIndex(R0, 1));
        a.cmp(32, R9, R10);
        a.b(Condition.EQ, compare);
        a.bind(fail);
        a.mov(64, R0, 0);
        a.bind(matched);
        a.ret();
        text.end();

        // Unbounded recursion with a frame record each: the stores walk down into the guard page.
        text.begin(OVERFLOW);
        a.stp(64, FP, LR, Address.preIndex(SP, -16));
        a.mov(64, FP, SP);
        text.call(OVERFLOW);
        a.ldp(64, FP, LR, Address.postIndex(SP, 16));
        a.ret();
        text.end();
    }

    /** x0 = smoke_prefix(word, literal). */
    private static void wordPrefix(TextSection text, String literal) {
        text.asm.mov(64, R0, R22);
        text.asm.mov(64, R1, R23);
        text.loadString(R2, literal);
        text.call(PREFIX);
    }

    private static void branchIfWordIs(TextSection text, String literal, Label target) {
        wordPrefix(text, literal);
        text.asm.cmp(64, R0, R23);
        text.asm.b(Condition.EQ, target);
    }
}
