package org.eremite.vm.asm;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The text form of what an assembler emitted: one entry per instruction (or datum) and one per bound
 * label, in emission order. The text of each entry is in the syntax of the ISA's GNU assembler, so that
 * {@link #toSource()} can be fed to {@code as} and must produce the same bytes: that is how the
 * encoding tests check both the listing and the encoder.
 */
public final class AssemblyListing {
    /** One line of the listing: an instruction at {@code offset} of {@code length} bytes, or a label (length -1). */
    public record Entry(int offset, int length, String text) {
        public boolean isLabel() {
            return length < 0;
        }
    }

    private final List<String> preamble;
    private final List<Entry> entries = new ArrayList<>();

    public AssemblyListing(List<String> preamble) {
        this.preamble = List.copyOf(preamble);
    }

    void addInstruction(int offset, int length, String text) {
        entries.add(new Entry(offset, length, text));
    }

    void addLabel(int offset, String name) {
        entries.add(new Entry(offset, -1, name));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The instruction entry covering {@code offset}, or null. */
    public Entry instructionAt(int offset) {
        for (Entry e : entries) {
            if (!e.isLabel() && offset >= e.offset() && offset < e.offset() + e.length()) {
                return e;
            }
        }
        return null;
    }

    /** Assembler source that reproduces the code: directives the ISA needs, then labels and instructions. */
    public String toSource() {
        StringBuilder out = new StringBuilder();
        for (String line : preamble) {
            out.append(line).append('\n');
        }
        for (Entry e : entries) {
            if (e.isLabel()) {
                out.append(e.text()).append(":\n");
            } else {
                out.append('\t').append(e.text()).append('\n');
            }
        }
        return out.toString();
    }

    /** A human-readable listing: offset, bytes and text of each instruction, labels on lines of their own. */
    public String format(byte[] code) {
        StringBuilder out = new StringBuilder();
        HexFormat hex = HexFormat.of();
        for (Entry e : entries) {
            if (e.isLabel()) {
                out.append(e.text()).append(":\n");
                continue;
            }
            String bytes = e.offset() + e.length() <= code.length
                    ? hex.formatHex(code, e.offset(), e.offset() + e.length()) : "?";
            out.append(String.format("%8x:  %-24s %s%n", e.offset(), bytes, e.text()));
        }
        return out.toString();
    }
}
