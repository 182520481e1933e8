package org.eremite.image.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eremite.boot.BootImage;
import org.eremite.vm.asm.Relocation;

/**
 * Links the units of one segment: {@link #layout()} gives every unit its address (from the segment's base, in
 * the order added, each aligned), and {@link #link} resolves every relocation against the units of this segment
 * and any other symbols the caller knows (other segments, the boot stub's routines), then returns the segment's
 * bytes. Layout depends only on sizes, so two segments that refer to each other are linked by laying out both
 * first and linking each with the other's addresses.
 */
public final class SegmentLinker {
    private final String name;
    private final long base;
    private final boolean writable;
    private final boolean executable;
    private final List<LinkUnit> units = new ArrayList<>();
    private final Map<String, Long> addresses = new LinkedHashMap<>();
    private long size = -1;

    /**
     * @param name       the segment's name in the image ({@code .text.compiled}, {@code .data.statics})
     * @param base       its load address
     * @param writable   whether the image maps it writable (informational: the boot stub's page tables decide)
     * @param executable whether it holds code
     */
    public SegmentLinker(String name, long base, boolean writable, boolean executable) {
        this.name = name;
        this.base = base;
        this.writable = writable;
        this.executable = executable;
    }

    /** Adds a unit; fails if its symbol is already taken in this segment. */
    public SegmentLinker add(LinkUnit unit) {
        if (size >= 0) {
            throw new IllegalStateException(name + ": laid out already, cannot add " + unit.symbol());
        }
        for (LinkUnit other : units) {
            if (other.symbol().equals(unit.symbol())) {
                throw new IllegalArgumentException(name + ": symbol " + unit.symbol() + " is defined twice");
            }
        }
        units.add(unit);
        return this;
    }

    public long base() {
        return base;
    }

    /** Places the units; returns each unit's symbol and address, in placement order. */
    public Map<String, Long> layout() {
        if (size < 0) {
            long at = base;
            for (LinkUnit unit : units) {
                at = (at + unit.alignment() - 1) & -(long) unit.alignment();
                addresses.put(unit.symbol(), at);
                at += unit.bytes().length;
            }
            size = at - base;
        }
        return Map.copyOf(addresses);
    }

    /** The segment's size in bytes once laid out. */
    public long size() {
        layout();
        return size;
    }

    /**
     * Resolves every relocation: a symbol of this segment first, else {@code otherSymbols}. Fails naming the
     * unit, the relocation and the symbol if a symbol is defined nowhere or out of the relocation's reach.
     */
    public byte[] link(Map<String, Long> otherSymbols) {
        layout();
        byte[] bytes = new byte[(int) size];
        for (LinkUnit unit : units) {
            long address = addresses.get(unit.symbol());
            byte[] code = unit.bytes().clone();
            for (Relocation relocation : unit.relocations()) {
                Long target = addresses.get(relocation.symbol());
                if (target == null) {
                    target = otherSymbols.get(relocation.symbol());
                }
                if (target == null) {
                    throw new IllegalStateException(name + ": " + unit.symbol() + " refers to undefined symbol "
                            + relocation.symbol() + " (" + relocation + ")");
                }
                try {
                    relocation.apply(code, address, target);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(name + ": " + unit.symbol() + ": " + e.getMessage(), e);
                }
            }
            System.arraycopy(code, 0, bytes, (int) (address - base), code.length);
        }
        return bytes;
    }

    /** The segment for a {@link BootImage}, with the linked bytes. */
    public BootImage.Segment segment(byte[] linked) {
        return new BootImage.Segment(name, base, linked, linked.length, writable, executable, 4096);
    }

    /** A symbol per unit (functions and data), for debuggers and listings. */
    public List<BootImage.Symbol> symbols() {
        layout();
        List<BootImage.Symbol> symbols = new ArrayList<>();
        for (LinkUnit unit : units) {
            symbols.add(new BootImage.Symbol(unit.symbol(), addresses.get(unit.symbol()), unit.bytes().length,
                    unit.function()));
        }
        return symbols;
    }

    /**
     * {@code image} with this segment (its linked bytes) and its symbols added: how a boot stub's image (from
     * {@code org.eremite.boot}) gains the compiled code and data placed beside it.
     */
    public BootImage appendTo(BootImage image, byte[] linked) {
        List<BootImage.Segment> segments = new ArrayList<>(image.segments());
        segments.add(segment(linked));
        List<BootImage.Symbol> symbols = new ArrayList<>(image.symbols());
        symbols.addAll(symbols());
        return new BootImage(image.isa(), image.entry(), segments, symbols, image.notes());
    }

    /** Every symbol of every segment given, for {@link #link}; fails on a symbol defined in two of them. */
    public static Map<String, Long> symbolsOf(SegmentLinker... segments) {
        Map<String, Long> all = new HashMap<>();
        for (SegmentLinker segment : segments) {
            for (Map.Entry<String, Long> entry : segment.layout().entrySet()) {
                if (all.put(entry.getKey(), entry.getValue()) != null) {
                    throw new IllegalStateException("symbol " + entry.getKey() + " is defined in two segments");
                }
            }
        }
        return all;
    }
}
