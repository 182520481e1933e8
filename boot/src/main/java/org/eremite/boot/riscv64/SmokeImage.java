package org.eremite.boot.riscv64;

import static org.eremite.jit.riscv64.asm.Register.A0;
import static org.eremite.jit.riscv64.asm.Register.A1;
import static org.eremite.jit.riscv64.asm.Register.S1;
import static org.eremite.jit.riscv64.asm.Register.S2;
import static org.eremite.jit.riscv64.asm.Register.S3;
import static org.eremite.jit.riscv64.asm.Register.T0;
import static org.eremite.jit.riscv64.asm.Register.ZERO;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eremite.boot.BootImage;
import org.eremite.boot.SmokeImageContract;
import org.eremite.jit.riscv64.asm.MacroAssembler;
import org.eremite.vm.asm.Label;

/**
 * The riscv64 boot smoke image: the boot stub with a payload in assembly that does what
 * {@link SmokeImageContract} says (banner with the RAM size from the device tree, the command line,
 * {@code exit=N}, {@code fault=null|undef|guard}), linked at {@link MemoryLayout#KERNEL_BASE}.
 */
public final class SmokeImage {
    static final String ISA = "riscv64";
    static final String MAIN = "smoke_main";
    static final String OVERFLOW = "smoke_overflow_stack";
    /** Bytes in a MiB, as a shift. */
    private static final int MIB_SHIFT = 20;
    /** The all-zero word is defined illegal in every RISC-V encoding (unpriv 1.5, "Base Instruction-Length Encoding"). */
    static final int ILLEGAL_INSTRUCTION = 0;

    private SmokeImage() {
    }

    public static BootImage build() {
        TextSection text = new TextSection();
        BootStub.emit(text, MAIN);
        emitMain(text);
        emitOverflow(text);
        CommandLine.emit(text);
        DeviceTree.emit(text);
        TrapEntry.emit(text);
        Serial.emit(text);
        PowerOff.emit(text);
        byte[] code = text.finish();
        if (code.length > MemoryLayout.TEXT_LIMIT) {
            throw new IllegalStateException("the riscv64 smoke image's text is " + code.length
                    + " bytes, more than MemoryLayout.TEXT_LIMIT (" + MemoryLayout.TEXT_LIMIT + ")");
        }
        text.link(code, MemoryLayout.TEXT_BASE, Map.of(
                BootStub.TRAP_STACK_TOP, MemoryLayout.TRAP_STACK_TOP,
                BootStub.BOOT_STACK, MemoryLayout.BOOT_STACK,
                BootStub.BOOT_STACK_TOP, MemoryLayout.BOOT_STACK_TOP,
                BootStub.BSS_START, MemoryLayout.BSS_BASE,
                BootStub.BSS_END, MemoryLayout.BSS_BASE + MemoryLayout.BSS_SIZE,
                BootStub.BOOT_HART_ID, MemoryLayout.BOOT_HART_ID,
                BootStub.BOOT_DTB, MemoryLayout.BOOT_DTB,
                TrapEntry.TRAP_DEPTH, MemoryLayout.TRAP_DEPTH));

        byte[] data = new byte[(int) MemoryLayout.DATA_SIZE];
        byte[] tables = PageTables.build();
        System.arraycopy(tables, 0, data, 0, tables.length);

        long page = MemoryLayout.PAGE_SIZE;
        List<BootImage.Segment> segments = List.of(
                new BootImage.Segment(".text", MemoryLayout.TEXT_BASE, code, code.length, false, true, page),
                new BootImage.Segment(".data", MemoryLayout.DATA_BASE, data, data.length, true, false, page),
                new BootImage.Segment(".bss", MemoryLayout.BSS_BASE, new byte[0], MemoryLayout.BSS_SIZE, true, false, page),
                new BootImage.Segment(".stacks", MemoryLayout.STACKS_BASE, new byte[0], MemoryLayout.STACKS_SIZE, true,
                        false, page));

        List<BootImage.Symbol> symbols = new ArrayList<>(text.symbols(MemoryLayout.TEXT_BASE));
        symbols.add(data("page_table_root", MemoryLayout.ROOT_TABLE, page));
        symbols.add(data("page_table_devices", MemoryLayout.DEVICE_TABLE, page));
        symbols.add(data("page_table_low", MemoryLayout.LOW_TABLE, page));
        symbols.add(data("page_table_ram", MemoryLayout.RAM_TABLE, page));
        symbols.add(data("page_table_image", MemoryLayout.IMAGE_TABLE, page));
        symbols.add(data(TrapEntry.TRAP_DEPTH, MemoryLayout.TRAP_DEPTH, 8));
        symbols.add(data(BootStub.BOOT_HART_ID, MemoryLayout.BOOT_HART_ID, 8));
        symbols.add(data(BootStub.BOOT_DTB, MemoryLayout.BOOT_DTB, 8));
        symbols.add(data("trap_stack_guard", MemoryLayout.TRAP_STACK_GUARD, page));
        symbols.add(data("trap_stack", MemoryLayout.TRAP_STACK, MemoryLayout.TRAP_STACK_SIZE));
        symbols.add(data("boot_stack_guard", MemoryLayout.BOOT_STACK_GUARD, page));
        symbols.add(data(BootStub.BOOT_STACK, MemoryLayout.BOOT_STACK, MemoryLayout.BOOT_STACK_SIZE));
        return new BootImage(ISA, MemoryLayout.TEXT_BASE, segments, symbols, List.of());
    }

    private static BootImage.Symbol data(String name, long address, long size) {
        return new BootImage.Symbol(name, address, size, false);
    }

    /** {@code smoke_main(a0 = dtb)}: s1 = dtb, s2 = command line (or 0), s3 = value of fault=. */
    private static void emitMain(TextSection text) {
        MacroAssembler a = text.asm;
        text.begin(MAIN);
        TextSection.Frame frame = text.enter(0, S1, S2, S3);
        a.mv(S1, A0);

        puts(text, SmokeImageContract.BANNER_PREFIX + ISA + ": ");
        a.mv(A0, S1);
        text.call(DeviceTree.MEMORY_END);
        // RAM size = end of the highest region - start of RAM, 0 if the device tree had no memory node.
        Label noMemory = new Label();
        Label printSize = new Label();
        a.li(T0, MemoryLayout.RAM_BASE);
        a.bltu(A0, T0, noMemory);
        a.sub(A0, A0, T0);
        a.srli(A0, A0, MIB_SHIFT);
        a.j(printSize);
        a.bind(noMemory);
        a.li(A0, 0);
        a.bind(printSize);
        text.call(Serial.PUT_DECIMAL);
        puts(text, " MiB of RAM\n" + SmokeImageContract.CMDLINE_PREFIX);

        a.mv(A0, S1);
        text.call(DeviceTree.BOOTARGS);
        a.mv(S2, A0);
        Label exitZero = new Label();
        Label noArguments = new Label();
        a.beqz(S2, noArguments);
        text.call(Serial.PUTS);
        a.bind(noArguments);
        a.li(A0, '\n');
        text.call(Serial.PUTC);
        a.beqz(S2, exitZero);

        Label exit = new Label();
        a.mv(A0, S2);
        text.loadString(A1, "fault=");
        text.call(CommandLine.FIND);
        a.beqz(A0, exit);
        a.mv(S3, A0);
        fault(text, "null", m -> m.ld(T0, ZERO, 0));
        fault(text, "undef", m -> m.data32(ILLEGAL_INSTRUCTION));
        fault(text, "guard", m -> text.call(OVERFLOW));

        // exit=N: return N, which the stub powers off with.
        a.bind(exit);
        a.mv(A0, S2);
        text.loadString(A1, "exit=");
        text.call(CommandLine.FIND);
        a.beqz(A0, exitZero);
        text.call(CommandLine.STATUS);
        a.blt(A0, ZERO, exitZero);
        text.leave(frame);

        a.bind(exitZero);
        a.li(A0, 0);
        text.leave(frame);
        text.end();
    }

    /** If the word after "fault=" (in s3) is {@code name}, runs {@code body}, which does not come back. */
    private static void fault(TextSection text, String name, java.util.function.Consumer<MacroAssembler> body) {
        MacroAssembler a = text.asm;
        Label other = new Label();
        a.mv(A0, S3);
        text.loadString(A1, name);
        text.call(CommandLine.WORD_IS);
        a.beqz(A0, other);
        body.accept(a);
        a.bind(other);
    }

    /** {@code smoke_overflow_stack()}: calls itself until its frames run into the boot stack's guard page. */
    private static void emitOverflow(TextSection text) {
        text.begin(OVERFLOW);
        TextSection.Frame frame = text.enter(0);
        text.call(OVERFLOW);
        text.leave(frame);
        text.end();
    }

    private static void puts(TextSection text, String s) {
        text.loadString(A0, s);
        text.call(Serial.PUTS);
    }
}
