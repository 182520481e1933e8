package org.eremite.boot.aarch64;

import static org.eremite.boot.aarch64.MemoryLayout.TEXT_BASE;
import static org.eremite.jit.aarch64.asm.Register.FP;
import static org.eremite.jit.aarch64.asm.Register.LR;
import static org.eremite.jit.aarch64.asm.Register.SP;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eremite.boot.BootImage;
import org.eremite.jit.aarch64.asm.Address;
import org.eremite.jit.aarch64.asm.MacroAssembler;
import org.eremite.jit.aarch64.asm.Register;
import org.eremite.vm.asm.Label;

/**
 * The image's text while it is assembled: one {@link MacroAssembler}, routines by name (each becomes a
 * function symbol), and the NUL-terminated strings the routines print, emitted after the code.
 * The text is linked at {@link MemoryLayout#TEXT_BASE}; routines reach each other and their strings with
 * PC-relative {@code bl} and {@code adr}, data through absolute addresses from {@link MemoryLayout}.
 */
final class TextSection {
    final MacroAssembler asm = new MacroAssembler();
    private final Map<String, Label> routines = new LinkedHashMap<>();
    private final List<BootImage.Symbol> symbols = new ArrayList<>();
    private final Map<String, Label> strings = new LinkedHashMap<>();
    private String open;
    private int openStart;

    /** The label of routine {@code name}, defined now or later with {@link #begin}. */
    Label routine(String name) {
        return routines.computeIfAbsent(name, Label::new);
    }

    /** Starts routine {@code name} here. */
    void begin(String name) {
        if (open != null) {
            throw new IllegalStateException("routine " + open + " is still open");
        }
        open = name;
        openStart = asm.position();
        asm.bind(routine(name));
    }

    /** Ends the open routine, which becomes a function symbol. */
    void end() {
        symbols.add(new BootImage.Symbol(open, TEXT_BASE + openStart, asm.position() - openStart, true));
        open = null;
    }

    /** {@code bl name}. */
    void call(String name) {
        asm.bl(routine(name));
    }

    /** The label of a NUL-terminated copy of {@code text} (ASCII), placed after the code. */
    Label string(String text) {
        return strings.computeIfAbsent(text, t -> new Label());
    }

    /** {@code rd = &"text"}. */
    void loadString(Register rd, String text) {
        asm.adr(rd, string(text));
    }

    /**
     * A frame record for a non-leaf routine (AAPCS64 6.2.3: x29 points at {x29, x30}), followed by the
     * callee-saved registers it uses, in pairs. Returns the frame for {@link #leave}.
     */
    Frame enter(Register... saved) {
        int size = 16 + ((saved.length + 1) & ~1) * 8;
        asm.stp(64, FP, LR, Address.preIndex(SP, -size));
        asm.mov(64, FP, SP);
        for (int i = 0; i < saved.length; i += 2) {
            if (i + 1 < saved.length) {
                asm.stp(64, saved[i], saved[i + 1], Address.offset(SP, 16 + i * 8));
            } else {
                asm.str(64, saved[i], Address.offset(SP, 16 + i * 8));
            }
        }
        return new Frame(size, saved.clone());
    }

    /** Restores what {@link #enter} saved and returns. */
    void leave(Frame frame) {
        Register[] saved = frame.saved();
        for (int i = 0; i < saved.length; i += 2) {
            if (i + 1 < saved.length) {
                asm.ldp(64, saved[i], saved[i + 1], Address.offset(SP, 16 + i * 8));
            } else {
                asm.ldr(64, saved[i], Address.offset(SP, 16 + i * 8));
            }
        }
        asm.ldp(64, FP, LR, Address.postIndex(SP, frame.size()));
        asm.ret();
    }

    record Frame(int size, Register[] saved) {
    }

    /** Emits the strings and the literal pool; returns the text, checked to fit its room. */
    byte[] finish() {
        if (open != null) {
            throw new IllegalStateException("routine " + open + " is still open");
        }
        int start = asm.position();
        for (Map.Entry<String, Label> string : strings.entrySet()) {
            asm.bind(string.getValue());
            for (byte b : string.getKey().getBytes(StandardCharsets.US_ASCII)) {
                asm.data8(b);
            }
            asm.data8(0);
        }
        if (asm.position() > start) {
            symbols.add(new BootImage.Symbol("boot_strings", TEXT_BASE + start, asm.position() - start, false));
        }
        for (Map.Entry<String, Label> routine : routines.entrySet()) {
            if (!routine.getValue().isBound()) {
                throw new IllegalStateException("routine " + routine.getKey() + " is called but never defined");
            }
        }
        byte[] text = asm.finish();
        if (text.length > MemoryLayout.TEXT_LIMIT) {
            throw new IllegalStateException("the text (" + text.length + " bytes) outgrew its "
                    + MemoryLayout.TEXT_LIMIT + " bytes");
        }
        return text;
    }

    /** Function symbols of the routines, and the strings, at their linked addresses. */
    List<BootImage.Symbol> symbols() {
        return List.copyOf(symbols);
    }
}
