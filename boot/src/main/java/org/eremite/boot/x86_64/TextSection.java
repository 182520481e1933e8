package org.eremite.boot.x86_64;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eremite.boot.BootImage;
import org.eremite.jit.x86_64.asm.MacroAssembler;
import org.eremite.vm.asm.Label;
import org.eremite.vm.asm.Relocation;

/**
 * The text of an image while it is generated: one assembler, routines that are named (and become function
 * symbols), string literals, and the link step that places the text at its address and resolves the
 * references to routine names. Routines call each other through {@link #label(String)}, so the order in which
 * the generator classes emit them does not matter.
 *
 * <p>Public as the payload hook: a payload (the smoke image's, or a test harness's) emits its routines into the
 * same text after {@link BootStub#emit}, may refer to symbols placed elsewhere in the image (compiled code at
 * 2 MiB) and resolves them with {@link #link(Map)}; {@link BootStub#link} then builds the image.
 */
public final class TextSection {
    private record Range(String name, int start, int end, boolean function) {
    }

    private final long base;
    private final MacroAssembler asm = new MacroAssembler();
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, Label> strings = new LinkedHashMap<>();
    private final List<Range> ranges = new ArrayList<>();
    private String open;
    private boolean openIsFunction;
    private int openStart;
    private byte[] linked;

    /** A text that will be loaded at {@code base}. */
    public TextSection(long base) {
        this.base = base;
    }

    public MacroAssembler asm() {
        return asm;
    }

    public long base() {
        return base;
    }

    /** The label of routine or object {@code name}, created on first use and bound by {@link #function}. */
    public Label label(String name) {
        return labels.computeIfAbsent(name, Label::new);
    }

    /** Starts routine {@code name} here (ending the previous one); its label becomes a function symbol. */
    public void function(String name) {
        begin(name, true);
    }

    /** Starts read-only data object {@code name} here (ending the previous routine or object). */
    public void object(String name) {
        begin(name, false);
    }

    private void begin(String name, boolean function) {
        end();
        asm.bind(label(name));
        open = name;
        openIsFunction = function;
        openStart = asm.position();
    }

    /** Ends the open routine or object, if any. */
    public void end() {
        if (open != null) {
            ranges.add(new Range(open, openStart, asm.position(), openIsFunction));
            open = null;
        }
    }

    /** The label of a NUL-terminated copy of {@code text} (ASCII), emitted with the other literals at the end. */
    public Label string(String text) {
        return strings.computeIfAbsent(text, t -> new Label("string_" + strings.size()));
    }

    /** The absolute address of bound label {@code label} once the text is at {@link #base()}. */
    public long addressOf(Label label) {
        return base + label.position();
    }

    /** The address of routine or object {@code name}. */
    public long addressOf(String name) {
        Label label = labels.get(name);
        if (label == null || !label.isBound()) {
            throw new IllegalStateException("no routine or object named " + name + " was emitted");
        }
        return addressOf(label);
    }

    /**
     * Emits the string literals, resolves every relocation against the routines, objects and literals of this
     * text, and returns the bytes. Nothing may be emitted afterwards.
     */
    public byte[] link() {
        return link(Map.of());
    }

    /**
     * As {@link #link()}, resolving references to symbols that are not in this text against
     * {@code externalSymbols} (name to absolute address). The first call links; later calls return the same bytes.
     */
    public byte[] link(Map<String, Long> externalSymbols) {
        if (linked != null) {
            return linked;
        }
        end();
        if (!strings.isEmpty()) {
            begin("string_literals", false);
            for (Map.Entry<String, Label> literal : strings.entrySet()) {
                asm.bind(literal.getValue());
                for (byte b : literal.getKey().getBytes(StandardCharsets.US_ASCII)) {
                    asm.data8(b);
                }
                asm.data8(0);
            }
            end();
        }
        byte[] code = asm.finish();
        Map<String, Label> byName = new HashMap<>(labels);
        strings.values().forEach(l -> byName.put(l.name(), l));
        for (Relocation relocation : asm.relocations()) {
            Label target = byName.get(relocation.symbol());
            if (target != null && target.isBound()) {
                relocation.apply(code, base, addressOf(target));
            } else if (externalSymbols.containsKey(relocation.symbol())) {
                relocation.apply(code, base, externalSymbols.get(relocation.symbol()));
            } else {
                throw new IllegalStateException("relocation " + relocation + ": no routine, object or literal named "
                        + relocation.symbol());
            }
        }
        linked = code;
        return code;
    }

    /** The routines and read-only objects as symbols at their linked addresses. */
    public List<BootImage.Symbol> symbols() {
        if (linked == null) {
            throw new IllegalStateException("link() first");
        }
        List<BootImage.Symbol> symbols = new ArrayList<>();
        for (Range r : ranges) {
            symbols.add(new BootImage.Symbol(r.name(), base + r.start(), r.end() - r.start(), r.function()));
        }
        return symbols;
    }
}
