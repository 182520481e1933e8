package org.eremite.boot;

import static org.eremite.jit.x86_64.asm.Register.R12;
import static org.eremite.jit.x86_64.asm.Register.R13;
import static org.eremite.jit.x86_64.asm.Register.R14;
import static org.eremite.jit.x86_64.asm.Register.R15;
import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RBP;
import static org.eremite.jit.x86_64.asm.Register.RBX;
import static org.eremite.jit.x86_64.asm.Register.RCX;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RSI;
import static org.eremite.jit.x86_64.asm.Register.RSP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eremite.boot.x86_64.BootStub;
import org.eremite.boot.x86_64.MemoryLayout;
import org.eremite.boot.x86_64.TextSection;
import org.eremite.boot.x86_64.VmPlatform;
import org.eremite.image.ImageWriter;
import org.eremite.image.link.LinkUnit;
import org.eremite.image.link.SegmentLinker;
import org.eremite.image.run.QemuLauncher;
import org.eremite.image.run.QemuMachine;
import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.jit.x86_64.asm.Register;
import org.eremite.vm.asm.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The x86_64 VM platform ({@link VmPlatform}) booted in QEMU: an image of the stub, the platform routines and, in
 * place of compiled Java code, a hand-assembled {@code eremite.vm_entry} and {@code throwNullPointer} in a code
 * segment at 2 MiB (which is [{@code eremite.code_start}, {@code eremite.code_end})), with a Java stack in a data
 * segment. The entry reports what it sees on the console, one {@code key value} line each: the stack it starts on,
 * the console, memory and command-line routines, the clocks (checked against the RTC's own second, the host's clock
 * and java.time for every RTC format), and last a null dereference, which must arrive in throwNullPointer as a call
 * from the faulting instruction; that returns 42 from vm_entry, which must become QEMU's exit status.
 */
class VmPlatformBootTest {
    private static final String STACK = "test.java_stack";
    private static final int STACK_SIZE = 64 << 10;
    private static final String FAULT_PC = "test.fault_pc";
    private static final String RTC_CASES = "test.rtc_cases";
    private static final String CONSOLE_BYTES = "test.console_bytes";
    private static final String TEXT_FAULT = "test_null_in_text";
    /** Passes the console routine every byte value that matters: NUL, CR, a quote, DEL, and 0xff. */
    private static final byte[] CONSOLE = "console: a\0b\r\n\"q\" \u007f\u00ff|\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final int NPE_STATUS = 42;
    private static final long FAR_FAULT_ADDRESS = MemoryLayout.BOOT_STACK_GUARD + 0x10;

    /** RTC register values (packed as rtc_read packs them) and the instant they stand for. */
    private record RtcCase(long packed, long epochSecond, String description) {
    }

    private static final List<RtcCase> RTC = rtcCases();

    @TempDir
    static Path dir;
    private static Path image;
    private static long javaStackTop;

    private record Run(int status, String out, String err) {
        /** The values of the lines {@code key <16 hex digits>}, in order. */
        List<Long> values(String key) {
            List<Long> values = new ArrayList<>();
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + " ([0-9a-f]{16})$").matcher(out);
            while (m.find()) {
                values.add(Long.parseUnsignedLong(m.group(1), 16));
            }
            return values;
        }

        long value(String key) {
            List<Long> values = values(key);
            assertEquals(1, values.size(), key + " in:\n" + out + err);
            return values.get(0);
        }
    }

    @BeforeAll
    static void buildImage() throws IOException {
        image = dir.resolve("vm-platform-x86_64.elf");
        Files.write(image, ImageWriter.toElf(link()));
    }

    private static Run boot(String... arguments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        QemuLauncher launcher = new QemuLauncher(QemuMachine.forIsa("x86_64"), "256M", 60, false);
        int status = launcher.run(image, List.of(arguments), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theJavaEntryRunsTheVmOnItsStackAndTheRoutinesAnswer() throws IOException {
        long before = System.currentTimeMillis();
        Run run = boot("hello", "vm");
        long after = System.currentTimeMillis();
        String all = run.out() + run.err();
        assertEquals(NPE_STATUS, run.status(), "the status throwNullPointer returned from vm_entry: " + all);

        assertEquals(javaStackTop - 8, run.value("entry_rsp"), "vm_entry is called with rsp at the stack top");
        assertEquals(0, run.value("entry_rbp"), "the frame chain ends at vm_entry");
        assertTrue(run.out().contains("cmdline hello vm\n"), all);
        assertTrue(run.out().contains(new String(CONSOLE, StandardCharsets.ISO_8859_1) + "after console\n"),
                "console bytes unchanged, and a zero length writes nothing: " + all);
        assertEquals(256L << 20, run.value("memory_end"));

        long first = run.value("nanotime_first");
        assertTrue(first > 0 && first < 10_000_000_000L, "nanotime counts from the clock's start at boot: " + first);
        assertEquals(0, run.value("nanotime_backwards"), "10,000 calls of nanotime never go back");
        assertTrue(run.value("nanotime_last") > first);
        long second = run.value("rtc_second_nanos");
        System.out.printf("VM platform: one RTC second is %d ns of nanotime; nanotime at the first call %d ns%n",
                second, first);
        assertTrue(Math.abs(second - 1_000_000_000L) < 20_000_000L,
                "one second of the RTC is " + second + " ns of nanotime (calibration within 2 %)");

        long wall = run.value("wallclock_millis");
        assertTrue(wall >= before - 120_000 && wall <= after + 1_000, "the wall clock " + Instant.ofEpochMilli(wall)
                + " is the host's (" + Instant.ofEpochMilli(before) + " to " + Instant.ofEpochMilli(after) + ")");
        assertTrue(Instant.ofEpochMilli(wall).atZone(ZoneOffset.UTC).getYear() >= 2024);
        long later = run.value("wallclock_millis_later");
        assertTrue(later - wall >= 1000 && later - wall < 10_000,
                "the wall clock advances with nanotime across the RTC's two ticks: " + (later - wall) + " ms");

        List<Long> decoded = run.values("rtc");
        assertEquals(RTC.size(), decoded.size(), all);
        for (int i = 0; i < RTC.size(); i++) {
            assertEquals(RTC.get(i).epochSecond(), decoded.get(i),
                    RTC.get(i).description() + String.format(" (packed %016x)", RTC.get(i).packed()));
        }

        assertEquals(run.value("npe_fault_pc") + 1, run.value("npe_return_address"),
                "the hook pushes the faulting pc + 1 as the return address");
        assertEquals(8, run.value("npe_rsp_mod_16"),
                "throwNullPointer is entered as after a call from an aligned site");
        assertEquals(run.value("vm_entry_rbp"), run.value("npe_rbp"), "the interrupted frame pointer is kept");
        assertFalse(run.out().contains("not reached"), all);
    }

    @Test
    void aFaultOutsidePageZeroInJavaCodeGoesToTheRegisterDump() throws IOException {
        Run run = boot("far");
        assertTrapped(run, FAR_FAULT_ADDRESS);
    }

    @Test
    void aNullDereferenceOutsideJavaCodeGoesToTheRegisterDump() throws IOException {
        Run run = boot("text");
        assertTrapped(run, 8);
    }

    private static void assertTrapped(Run run, long faultAddress) {
        String all = run.out() + run.err();
        assertEquals(SmokeImageContract.TRAP_EXIT_STATUS, run.status(), all);
        assertTrue(run.out().contains(SmokeImageContract.TRAP_HEADER + "page fault"), all);
        assertTrue(run.out().contains(SmokeImageContract.FAULT_ADDRESS + String.format("%016x", faultAddress)), all);
        assertFalse(run.out().contains("npe_"), "throwNullPointer must not run: " + all);
    }

    // ---------------------------------------------------------------- the RTC's formats

    private static List<RtcCase> rtcCases() {
        List<RtcCase> cases = new ArrayList<>();
        String[] instants = {"1970-01-01T00:00:00", "1970-01-01T12:00:00", "1999-12-31T23:59:59",
            "2000-02-29T12:30:00", "2000-03-01T00:00:01", "2024-02-29T13:45:30", "2024-12-31T00:59:59",
            "2026-11-25T07:08:09", "2069-12-31T23:59:59", "2100-03-01T00:00:00", "2399-12-31T23:59:59",
            "2400-02-29T11:59:59"};
        for (String text : instants) {
            LocalDateTime t = LocalDateTime.parse(text);
            for (int format = 0; format < 4; format++) {
                cases.add(rtcCase(t, (format & 1) != 0, (format & 2) != 0, -1, 0));
            }
        }
        // No century register (0, or a value that is no century): the two-digit year means 1970-2069.
        cases.add(rtcCase(LocalDateTime.parse("2026-11-25T17:21:00"), false, true, 0, 0));
        cases.add(rtcCase(LocalDateTime.parse("1970-06-01T01:02:03"), true, false, 0, 0));
        cases.add(rtcCase(LocalDateTime.parse("2069-01-01T00:00:00"), false, false, 0xFF, 0));
        // Status B's other bits (square wave, update-ended interrupt) do not matter.
        cases.add(rtcCase(LocalDateTime.parse("2031-07-04T21:00:00"), false, true, -1, 0x18));
        return cases;
    }

    /** {@code century}: the century register's byte, or -1 for the right century in the format. */
    private static RtcCase rtcCase(LocalDateTime t, boolean binary, boolean hours24, int century, int otherBits) {
        int hour = t.getHour();
        int hours = hours24 ? encode(hour, binary)
                : encode(hour % 12 == 0 ? 12 : hour % 12, binary) | (hour >= 12 ? 0x80 : 0);
        int statusB = (binary ? 0x04 : 0) | (hours24 ? 0x02 : 0) | otherBits;
        int[] bytes = {encode(t.getSecond(), binary), encode(t.getMinute(), binary), hours,
            encode(t.getDayOfMonth(), binary), encode(t.getMonthValue(), binary), encode(t.getYear() % 100, binary),
            century < 0 ? encode(t.getYear() / 100, binary) : century, statusB};
        long packed = 0;
        for (int i = 7; i >= 0; i--) {
            packed = packed << 8 | (bytes[i] & 0xFF);
        }
        return new RtcCase(packed, t.toEpochSecond(ZoneOffset.UTC), t + (binary ? " binary" : " BCD")
                + (hours24 ? " 24h" : " 12h") + (century < 0 ? "" : String.format(" century byte %02x", century)));
    }

    private static int encode(int value, boolean binary) {
        return binary ? value : (value / 10) << 4 | value % 10;
    }

    // ---------------------------------------------------------------- the image

    private static BootImage link() {
        TextSection text = new TextSection(MemoryLayout.TEXT_START);
        BootStub.emit(text, VmPlatform.JAVA_ENTRY);
        VmPlatform.emit(text);
        text.function(TEXT_FAULT);
        text.asm().movq(RAX, Address.absolute(8)); // page 0, but not in Java code
        text.asm().ret();
        text.end();

        Map<String, String> strings = new LinkedHashMap<>();
        SegmentLinker code = new SegmentLinker(".text.java", MemoryLayout.COMPILED_CODE_START, false, true);
        code.add(vmEntry(strings));
        code.add(throwNullPointer(strings));
        long dataBase = (code.base() + code.size() + MemoryLayout.LARGE_PAGE_SIZE - 1) & -MemoryLayout.LARGE_PAGE_SIZE;
        SegmentLinker data = new SegmentLinker(".data.java", dataBase, true, false);
        data.add(LinkUnit.data(STACK, new byte[STACK_SIZE]));
        data.add(LinkUnit.data(FAULT_PC, new byte[8]));
        data.add(LinkUnit.data(CONSOLE_BYTES, CONSOLE));
        byte[] cases = new byte[8 * RTC.size()];
        for (int i = 0; i < RTC.size(); i++) {
            for (int b = 0; b < 8; b++) {
                cases[8 * i + b] = (byte) (RTC.get(i).packed() >>> (8 * b));
            }
        }
        data.add(LinkUnit.data(RTC_CASES, cases));
        for (Map.Entry<String, String> s : strings.entrySet()) {
            data.add(LinkUnit.data(s.getKey(), (s.getValue() + "\0").getBytes(StandardCharsets.US_ASCII)));
        }

        Map<String, Long> symbols = new HashMap<>(SegmentLinker.symbolsOf(code, data));
        javaStackTop = symbols.get(STACK) + STACK_SIZE;
        symbols.put(VmPlatform.JAVA_STACK_TOP, javaStackTop);
        symbols.put(VmPlatform.CODE_START, code.base());
        symbols.put(VmPlatform.CODE_END, code.base() + code.size());
        text.link(symbols);
        for (BootImage.Symbol symbol : text.symbols()) {
            symbols.putIfAbsent(symbol.name(), symbol.address());
        }
        byte[] codeBytes = code.link(symbols);
        byte[] dataBytes = data.link(symbols);
        return data.appendTo(code.appendTo(BootStub.link(text), codeBytes), dataBytes);
    }

    /** Prints {@code key <value, 16 hex digits>}; rsp must be 16-byte aligned; clobbers caller-saved registers. */
    private static void print(MacroAssembler a, Map<String, String> strings, String key, Register value) {
        a.push(value);
        a.push(value);
        write(a, strings, key + " ");
        a.movq(RDI, Address.of(RSP));
        a.call("serial_write_hex");
        a.movl(RDI, '\n');
        a.call("serial_putc");
        a.addq(RSP, 16);
    }

    private static void write(MacroAssembler a, Map<String, String> strings, String text) {
        String symbol = "test.string." + strings.size();
        for (Map.Entry<String, String> s : strings.entrySet()) {
            if (s.getValue().equals(text)) {
                symbol = s.getKey();
            }
        }
        strings.putIfAbsent(symbol, text);
        a.leaq(RDI, Address.rip(symbol));
        a.call("serial_write");
    }

    /** The fake VM entry: a SysV function of the boot info, as VmEntry.start(J)I will be. */
    private static LinkUnit vmEntry(Map<String, String> strings) {
        MacroAssembler a = new MacroAssembler();
        Label far = new Label();
        Label inText = new Label();
        Label noCommandLine = new Label();
        a.movq(R12, RSP); // as the entry found them
        a.movq(R13, RBP);
        a.enterFrame(16);
        a.movq(Address.of(RBP, -8), RDI);
        print(a, strings, "entry_rsp", R12);
        print(a, strings, "entry_rbp", R13);
        print(a, strings, "vm_entry_rbp", RBP);

        a.movq(RDI, Address.of(RBP, -8));
        a.call(VmPlatform.CMDLINE);
        a.movq(RBX, RAX);
        a.testq(RBX, RBX);
        a.jcc(Condition.E, noCommandLine);
        a.movzxbl(RAX, Address.of(RBX));
        a.cmpl(RAX, 'f');
        a.jcc(Condition.E, far);
        a.cmpl(RAX, 't');
        a.jcc(Condition.E, inText);
        write(a, strings, "cmdline ");
        a.movq(RDI, RBX);
        a.call("serial_write");
        write(a, strings, "\n");
        a.bind(noCommandLine);

        a.leaq(RDI, Address.rip(CONSOLE_BYTES));
        a.movl(RSI, CONSOLE.length);
        a.call(VmPlatform.CONSOLE_WRITE);
        a.leaq(RDI, Address.rip(CONSOLE_BYTES));
        a.xorl(RSI, RSI);
        a.call(VmPlatform.CONSOLE_WRITE);
        write(a, strings, "after console\n");

        a.movq(RDI, Address.of(RBP, -8));
        a.call(VmPlatform.MEMORY_END);
        print(a, strings, "memory_end", RAX);

        Label again = new Label();
        Label forward = new Label();
        a.call(VmPlatform.NANOTIME);
        a.movq(R14, RAX);
        print(a, strings, "nanotime_first", R14);
        a.xorl(R15, R15);
        a.movl(RBX, 10_000);
        a.bind(again);
        a.call(VmPlatform.NANOTIME);
        a.cmpq(RAX, R14);
        a.jcc(Condition.AE, forward);
        a.incq(R15);
        a.bind(forward);
        a.movq(R14, RAX);
        a.decl(RBX);
        a.jcc(Condition.NE, again);
        print(a, strings, "nanotime_backwards", R15);
        print(a, strings, "nanotime_last", R14);

        a.call(VmPlatform.WALLCLOCK_MILLIS);
        print(a, strings, "wallclock_millis", RAX);
        // One second of the RTC in nanotime: from one change of its seconds register to the next.
        waitForRtcSecond(a);
        a.call(VmPlatform.NANOTIME);
        a.movq(R14, RAX);
        waitForRtcSecond(a);
        a.call(VmPlatform.NANOTIME);
        a.subq(RAX, R14);
        print(a, strings, "rtc_second_nanos", RAX);
        a.call(VmPlatform.WALLCLOCK_MILLIS);
        print(a, strings, "wallclock_millis_later", RAX);

        Label nextCase = new Label();
        a.leaq(RBX, Address.rip(RTC_CASES));
        a.movl(R12, RTC.size());
        a.bind(nextCase);
        a.movq(RDI, Address.of(RBX));
        a.call("rtc_decode");
        print(a, strings, "rtc", RAX);
        a.addq(RBX, 8);
        a.decl(R12);
        a.jcc(Condition.NE, nextCase);

        // A null dereference in Java code: a load from [null + 16].
        Label faulting = new Label();
        a.leaq(RAX, Address.rip(faulting));
        a.movq(Address.rip(FAULT_PC), RAX);
        a.xorl(RCX, RCX);
        a.bind(faulting);
        a.movl(RAX, Address.of(RCX, 16));
        write(a, strings, "not reached\n");
        a.movl(RAX, 1);
        a.leaveFrame();

        a.bind(far);
        a.movl(RAX, Address.absolute((int) FAR_FAULT_ADDRESS)); // the boot stack's guard page, from Java code
        write(a, strings, "not reached\n");
        a.movl(RAX, 1);
        a.leaveFrame();

        a.bind(inText);
        a.call(TEXT_FAULT);
        write(a, strings, "not reached\n");
        a.movl(RAX, 1);
        a.leaveFrame();
        return new LinkUnit(VmPlatform.VM_ENTRY, a.finish(), a.relocations(), true, 16);
    }

    /** Waits until the RTC's seconds register changes (reads it raw: one byte cannot tear). */
    private static void waitForRtcSecond(MacroAssembler a) {
        Label same = new Label();
        a.xorl(RAX, RAX);
        a.outb(0x70);
        a.inb(0x71);
        a.movzxbl(R13, RAX);
        a.bind(same);
        a.xorl(RAX, RAX);
        a.outb(0x70);
        a.inb(0x71);
        a.movzxbl(RAX, RAX);
        a.cmpl(RAX, R13);
        a.jcc(Condition.E, same);
    }

    /** The fake runtime entry: reports how it was entered, then returns 42 from vm_entry's frame. */
    private static LinkUnit throwNullPointer(Map<String, String> strings) {
        MacroAssembler a = new MacroAssembler();
        a.movq(RBX, RSP);
        a.movq(R12, Address.of(RSP));
        a.subq(RSP, 8);
        print(a, strings, "npe_return_address", R12);
        a.movq(RAX, Address.rip(FAULT_PC));
        print(a, strings, "npe_fault_pc", RAX);
        a.movq(RAX, RBX);
        a.andl(RAX, 15);
        print(a, strings, "npe_rsp_mod_16", RAX);
        print(a, strings, "npe_rbp", RBP);
        a.movl(RAX, NPE_STATUS);
        a.leaveFrame(); // vm_entry's frame: back to eremite_java_entry
        return new LinkUnit(VmPlatform.THROW_NULL_POINTER, a.finish(), a.relocations(), true, 16);
    }
}
