package org.eremite.boot.x86_64;

import static org.eremite.jit.x86_64.asm.Register.R11;
import static org.eremite.jit.x86_64.asm.Register.R12;
import static org.eremite.jit.x86_64.asm.Register.R13;
import static org.eremite.jit.x86_64.asm.Register.R14;
import static org.eremite.jit.x86_64.asm.Register.R15;
import static org.eremite.jit.x86_64.asm.Register.RAX;
import static org.eremite.jit.x86_64.asm.Register.RBP;
import static org.eremite.jit.x86_64.asm.Register.RBX;
import static org.eremite.jit.x86_64.asm.Register.RCX;
import static org.eremite.jit.x86_64.asm.Register.RDI;
import static org.eremite.jit.x86_64.asm.Register.RDX;
import static org.eremite.jit.x86_64.asm.Register.RSI;
import static org.eremite.jit.x86_64.asm.Register.RSP;

import org.eremite.jit.x86_64.asm.Address;
import org.eremite.jit.x86_64.asm.Condition;
import org.eremite.jit.x86_64.asm.ControlRegister;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.vm.asm.Label;
import org.eremite.vm.compiler.baseline.RuntimeEntry;
import org.eremite.vm.compiler.baseline.SymbolNames;

/**
 * The x86_64 platform of the VM: the routines that the VM's Java code calls through {@code @Extern} methods
 * ({@link org.eremite.vm.annotation.Extern}), the Java entry that the boot stub calls for a Java image, and the
 * page-fault hook that turns a null dereference in compiled code into a call of the runtime. An image builder
 * emits them after the stub: {@code BootStub.emit(text, VmPlatform.JAVA_ENTRY); VmPlatform.emit(text);}, and
 * defines the symbols {@link #JAVA_STACK_TOP}, {@link #VM_ENTRY}, {@link #CODE_START}, {@link #CODE_END} and
 * {@link #THROW_NULL_POINTER} when it links the text ({@link TextSection#link(java.util.Map)}).
 *
 * <p>Every routine follows the System V AMD64 convention, as compiled Java code calls it (an int argument in the
 * low half of its register, a long or an address in all of it):
 * <ul>
 *   <li>{@code eremite_console_write(const u8* bytes, u64 length)}: the bytes to COM1 as they are;</li>
 *   <li>{@code eremite_memory_end(u64 bootInfo)}, {@code eremite_cmdline(u64 bootInfo)}: the end of RAM and the
 *       address of the NUL-terminated command line (or 0), from the PVH start info ({@link PvhStartInfo});</li>
 *   <li>{@code eremite_power_off(u32 status)}: does not return;</li>
 *   <li>{@code eremite_nanotime()}, {@code eremite_wallclock_millis()}: see {@link Clock};</li>
 *   <li>{@code eremite_java_entry(u64 bootInfo) -> u32}: installs the page-fault hook, starts the clocks, runs
 *       {@link #VM_ENTRY} on the Java stack (rsp = {@link #JAVA_STACK_TOP}, rounded down to 16, rbp = 0 so that
 *       stack walks end there) and returns its int, the exit status, on the boot stack. The callee-saved
 *       registers are kept on the boot stack, because Java code that leaves frames by {@code Magic.resume}
 *       restores none of them.</li>
 * </ul>
 *
 * <p>The page-fault hook ({@code java_page_fault}, IDT vector 14, running on IST1 like the stub's handler): a
 * fault at a linear address below {@link #NULL_PAGE_SIZE} (CR2, SDM vol. 3, 6.15, "Interrupt 14") whose rip lies in
 * [{@link #CODE_START}, {@link #CODE_END}) is a Java null dereference. The hook makes the faulting instruction
 * look like a call of {@link #THROW_NULL_POINTER}: it pushes {@code rip + 1} on the interrupted stack as the
 * return address (the unwinder looks up {@code return address - 1}, which is then the faulting pc itself) and
 * returns from the interrupt into the entry. The baseline compiler keeps rsp 16-byte aligned everywhere in a
 * method's body, where every implicit null check is (jit-x86_64 baseline package documentation), so the
 * interrupted rsp is already what a call site has; the hook rounds it down to 16 anyway, which costs nothing
 * there and keeps the entry's ABI alignment for code that does not (compiled code keeps nothing below rsp: the
 * baseline uses no red zone). Every other page fault goes to the stub's handler ({@code trap_vector_14}: the
 * register dump, exit status 134); that includes a fault in the guard page below the Java stack, which will
 * become a StackOverflowError and until then is reported as the page fault it is. A null dereference on a Java
 * stack with no room left for the return address faults again in the hook, on the guard page, and is reported so.
 */
public final class VmPlatform {
    public static final String CONSOLE_WRITE = "eremite_console_write";
    public static final String CONSOLE_READ = "eremite_console_read";
    /** LSR bit 0: a received byte is waiting in the receive buffer (PC16550D data sheet). */
    static final int LSR_DATA_READY = 0x01;
    public static final String MEMORY_END = "eremite_memory_end";
    public static final String CMDLINE = "eremite_cmdline";
    public static final String POWER_OFF = "eremite_power_off";
    public static final String NANOTIME = "eremite_nanotime";
    public static final String WALLCLOCK_MILLIS = "eremite_wallclock_millis";
    /** The routine the stub calls for a Java image ({@code BootStub.emit(text, JAVA_ENTRY)}). */
    public static final String JAVA_ENTRY = "eremite_java_entry";
    /** The page-fault hook, for tests and symbols. */
    public static final String PAGE_FAULT_HOOK = "java_page_fault";

    // ---------------------------------------------------------------- what the image builder defines
    /** The top of the Java stack (an address, 16-byte aligned; the stack grows down from it). */
    public static final String JAVA_STACK_TOP = "eremite.java_stack_top";
    /** The VM's Java entry: an alias of {@code org.eremite.vm.runtime.VmEntry.start(J)I} (boot info in, status out). */
    public static final String VM_ENTRY = "eremite.vm_entry";
    /** The compiled code: a fault with rip in [CODE_START, CODE_END) is in Java code. */
    public static final String CODE_START = "eremite.code_start";
    public static final String CODE_END = "eremite.code_end";
    /** The runtime entry a null dereference becomes a call of. */
    public static final String THROW_NULL_POINTER = SymbolNames.runtime(RuntimeEntry.THROW_NULL_POINTER);

    /** Page 0 is never mapped (PageTables): [null + d] faults for every d below this (baseline UNMAPPED_PAGE_SIZE). */
    public static final long NULL_PAGE_SIZE = MemoryLayout.PAGE_SIZE;

    /** The boot stack pointer while Java code runs. */
    static final long SAVED_BOOT_RSP = MemoryLayout.PLATFORM_VARIABLES;
    /** The 64-bit interrupt gate's offset fields: bits 15:0, 31:16, 63:32 (SDM vol. 3, 6.14.1, Figure 6-8). */
    static final int GATE_OFFSET_LOW = 0;
    static final int GATE_OFFSET_MIDDLE = 6;
    static final int GATE_OFFSET_HIGH = 8;

    private VmPlatform() {
    }

    /** Emits the platform routines into {@code t}, which must hold the stub ({@link BootStub#emit}) too. */
    public static void emit(TextSection t) {
        MacroAssembler a = t.asm();

        t.function(CONSOLE_WRITE);
        Label next = new Label();
        Label done = new Label();
        a.testq(RSI, RSI);
        a.jcc(Condition.E, done);
        a.bind(next);
        a.movzxbl(RCX, Address.of(RDI));
        Serial.emitPutcInline(a, RCX);
        a.incq(RDI);
        a.decq(RSI);
        a.jcc(Condition.NE, next);
        a.bind(done);
        a.ret();

        // eremite_console_read(u8* buffer, u64 max) -> u64: waits for the first byte, then takes what has arrived,
        // up to max (the UART's "data ready" bit, LSR bit 0, per byte; the receive buffer is COM1's base port).
        t.function(CONSOLE_READ);
        Label wait = new Label();
        Label more = new Label();
        Label finished = new Label();
        a.xorl(RCX, RCX);
        a.testq(RSI, RSI);
        a.jcc(Condition.E, finished);
        a.bind(wait);
        a.movl(RDX, Serial.LSR);
        a.inb(RDX);
        a.testb(RAX, LSR_DATA_READY);
        a.jcc(Condition.NE, more);
        a.pause();
        a.jmp(wait);
        a.bind(more);
        a.movl(RDX, Serial.COM1);
        a.inb(RDX);
        a.movb(Address.of(RDI, RCX, Address.Scale.TIMES_1), RAX);
        a.incq(RCX);
        a.cmpq(RCX, RSI);
        a.jcc(Condition.AE, finished);
        a.movl(RDX, Serial.LSR);
        a.inb(RDX);
        a.testb(RAX, LSR_DATA_READY);
        a.jcc(Condition.NE, more);
        a.bind(finished);
        a.movq(RAX, RCX);
        a.ret();

        // The stub's routines under the names the Java side declares: same convention, so a jump.
        t.function(MEMORY_END);
        a.jmp(t.label("pvh_memory_end"));
        t.function(CMDLINE);
        a.jmp(t.label("pvh_cmdline"));
        t.function(POWER_OFF);
        a.jmp(t.label("power_off"));

        Clock.emitRoutines(t);
        CmosRtc.emitRoutines(t);
        emitJavaEntry(t);
        emitPageFaultHook(t);
        t.end();
    }

    private static void emitJavaEntry(TextSection t) {
        MacroAssembler a = t.asm();
        t.function(JAVA_ENTRY);
        a.enterFrame(0);
        a.push(RBX);
        a.push(R12);
        a.push(R13);
        a.push(R14);
        a.push(R15);
        a.subq(RSP, 8); // aligned to 16 for the calls
        a.movq(RBX, RDI);
        installPageFaultHook(t);
        a.call(t.label("clock_init"));
        a.movq(Address.absolute((int) SAVED_BOOT_RSP), RSP);
        a.movabs(RAX, JAVA_STACK_TOP, 0);
        a.andq(RAX, -16);
        a.movq(RSP, RAX);
        a.xorl(RBP, RBP); // the Java stack's frame chain ends here
        a.movq(RDI, RBX);
        a.callFar(VM_ENTRY, R11);
        a.movq(RSP, Address.absolute((int) SAVED_BOOT_RSP));
        a.addq(RSP, 8);
        a.pop(R15);
        a.pop(R14);
        a.pop(R13);
        a.pop(R12);
        a.pop(RBX);
        a.pop(RBP); // not leave: rbp is the Java stack's 0 now
        a.ret();
    }

    /** Points the IDT gate of the page fault at the hook; selector, IST1 and type stay as DescriptorTables set them. */
    private static void installPageFaultHook(TextSection t) {
        MacroAssembler a = t.asm();
        int gate = (int) MemoryLayout.IDT + TrapEntry.PAGE_FAULT * DescriptorTables.GATE_SIZE;
        a.loadAddress(RAX, t.label(PAGE_FAULT_HOOK));
        a.movw(Address.absolute(gate + GATE_OFFSET_LOW), RAX);
        a.shrq(RAX, 16);
        a.movw(Address.absolute(gate + GATE_OFFSET_MIDDLE), RAX);
        a.shrq(RAX, 16);
        a.movl(Address.absolute(gate + GATE_OFFSET_HIGH), RAX);
    }

    private static void emitPageFaultHook(TextSection t) {
        MacroAssembler a = t.asm();
        t.function(PAGE_FAULT_HOOK);
        Label notJava = new Label();
        // The CPU's frame (SDM vol. 3, 6.14.2): error code, rip, cs, rflags, rsp, ss; two saved registers above.
        int saved = 16;
        Address rip = Address.of(RSP, saved + 8);
        Address interruptedRsp = Address.of(RSP, saved + 32);
        a.push(RAX);
        a.push(RCX);
        a.mov(RAX, ControlRegister.CR2);
        a.cmpq(RAX, (int) NULL_PAGE_SIZE);
        a.jcc(Condition.AE, notJava);
        a.movq(RAX, rip);
        a.movabs(RCX, CODE_START, 0);
        a.cmpq(RAX, RCX);
        a.jcc(Condition.B, notJava);
        a.movabs(RCX, CODE_END, 0);
        a.cmpq(RAX, RCX);
        a.jcc(Condition.AE, notJava);
        a.movq(RCX, interruptedRsp);
        a.andq(RCX, -16);
        a.subq(RCX, 8);
        a.incq(RAX); // the return address: the faulting pc + 1
        a.movq(Address.of(RCX), RAX);
        a.movq(interruptedRsp, RCX);
        a.movabs(RAX, THROW_NULL_POINTER, 0);
        a.movq(rip, RAX);
        a.pop(RCX);
        a.pop(RAX);
        a.addq(RSP, 8); // the error code
        a.iretq();
        a.bind(notJava);
        a.pop(RCX);
        a.pop(RAX);
        a.jmp(t.label(TrapEntry.stubName(TrapEntry.PAGE_FAULT)));
    }
}
