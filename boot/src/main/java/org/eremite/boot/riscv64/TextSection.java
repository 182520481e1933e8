package org.eremite.boot.riscv64;

import static org.eremite.jit.riscv64.asm.Register.RA;
import static org.eremite.jit.riscv64.asm.Register.S0;
import static org.eremite.jit.riscv64.asm.Register.SP;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eremite.boot.BootImage;
import org.eremite.jit.riscv64.asm.MacroAssembler;
import org.eremite.jit.riscv64.asm.Register;
import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.Relocation;

/**
 * The text segment being assembled: one {@link MacroAssembler} for all routines, the routines' names and
 * extents (which become function symbols), and the read-only constants (strings, tables) that follow the
 * code. Routines call each other by name; references to data outside the text are symbols that
 * {@link #link} resolves against {@link MemoryLayout}'s addresses.
 */
final class TextSection {
    /** The data symbol of the string constants. */
    static final String STRINGS = "text_strings";

    final MacroAssembler asm = new MacroAssembler();
    private final Map<String, Label> routines = new LinkedHashMap<>();
    private final List<BootImage.Symbol> symbols = new ArrayList<>();
    private final Map<String, Label> strings = new LinkedHashMap<>();
    private final List<Constant> constants = new ArrayList<>();
    private String open;
    private int openStart;

    private record Constant(String name, Label label, Consumer<MacroAssembler> body) {
    }

    /** The label of a routine, defined or not yet. */
    Label routine(String name) {
        return routines.computeIfAbsent(name, Label::new);
    }

    /** Starts routine {@code name} here. */
    void begin(String name) {
        if (open != null) {
            throw new IllegalStateException("routine " + open + " is still open when " + name + " begins");
        }
        Label label = routine(name);
        if (label.isBound()) {
            throw new IllegalStateException("routine " + name + " is defined twice");
        }
        asm.align(4);
        asm.bind(label);
        open = name;
        openStart = asm.position();
    }

    /** Ends the open routine; its symbol spans what was emitted since {@link #begin}. */
    void end() {
        symbols.add(new BootImage.Symbol(open, openStart, asm.position() - openStart, true));
        open = null;
    }

    /** {@code jal ra, routine}: the text is far smaller than jal's reach of 1 MiB. */
    void call(String routine) {
        asm.jal(routine(routine));
    }

    /** The label of a NUL-terminated copy of {@code text} among the constants. */
    Label string(String text) {
        return strings.computeIfAbsent(text, t -> new Label());
    }

    /** {@code rd = &"text"}. */
    void loadString(Register rd, String text) {
        asm.la(rd, string(text));
    }

    /** A named read-only constant, emitted by {@code body} after the code (4-byte aligned). */
    Label constant(String name, Consumer<MacroAssembler> body) {
        Label label = new Label(name);
        constants.add(new Constant(name, label, body));
        return label;
    }

    /**
     * A standard frame: {@code localBytes} at {@code 0(sp)}, then the {@code saved} registers, {@code s0}
     * and {@code ra} at the top, and {@code s0} pointing just above them (the frame record GCC and gdb
     * expect: {@code -8(s0)} = ra, {@code -16(s0)} = caller's s0). The frame size keeps sp 16-byte
     * aligned (psABI "Integer Calling Convention").
     */
    Frame enter(int localBytes, Register... saved) {
        int size = (localBytes + 8 * (2 + saved.length) + 15) & -16;
        asm.addi(SP, SP, -size);
        asm.sd(RA, SP, size - 8);
        asm.sd(S0, SP, size - 16);
        for (int i = 0; i < saved.length; i++) {
            asm.sd(saved[i], SP, size - 24 - 8 * i);
        }
        asm.addi(S0, SP, size);
        return new Frame(size, saved);
    }

    /** Undoes {@link #enter} and returns. */
    void leave(Frame frame) {
        for (int i = 0; i < frame.saved.length; i++) {
            asm.ld(frame.saved[i], SP, frame.size - 24 - 8 * i);
        }
        asm.ld(S0, SP, frame.size - 16);
        asm.ld(RA, SP, frame.size - 8);
        asm.addi(SP, SP, frame.size);
        asm.ret();
    }

    record Frame(int size, Register[] saved) {
    }

    /** Emits the constants after the code and returns the finished text. */
    byte[] finish() {
        if (open != null) {
            throw new IllegalStateException("routine " + open + " is never ended");
        }
        for (Map.Entry<String, Label> r : routines.entrySet()) {
            if (!r.getValue().isBound()) {
                throw new IllegalStateException("routine " + r.getKey() + " is called but never defined");
            }
        }
        for (Constant c : constants) {
            asm.align(8);
            int start = asm.position();
            asm.bind(c.label);
            c.body.accept(asm);
            symbols.add(new BootImage.Symbol(c.name, start, asm.position() - start, false));
        }
        int stringsStart = asm.position();
        for (Map.Entry<String, Label> s : strings.entrySet()) {
            asm.bind(s.getValue());
            for (byte b : s.getKey().getBytes(StandardCharsets.UTF_8)) {
                asm.data8(b);
            }
            asm.data8(0);
        }
        if (asm.position() > stringsStart) {
            symbols.add(new BootImage.Symbol(STRINGS, stringsStart, asm.position() - stringsStart, false));
        }
        asm.align(8);
        return asm.finish();
    }

    /** Resolves the symbol references of the finished text, loaded at {@code base}. */
    void link(byte[] text, long base, Map<String, Long> addresses) {
        for (Relocation r : asm.relocations()) {
            Long address = addresses.get(r.symbol());
            if (address == null) {
                throw new IllegalStateException("the riscv64 text refers to unknown symbol " + r.symbol() + " at 0x"
                        + Long.toHexString(base + r.offset()));
            }
            r.apply(text, base, address);
        }
    }

    /** The symbols of the routines and constants, at their addresses when the text is loaded at {@code base}. */
    List<BootImage.Symbol> symbols(long base) {
        return symbols.stream().map(s -> new BootImage.Symbol(s.name(), base + s.address(), s.size(), s.function())).toList();
    }
}
