package org.eremite.vm.asm;

import java.util.Arrays;

/**
 * A position in the code that instructions may refer to before it is known. Each use records the
 * site and an ISA-defined kind; when the label is bound, the assembler patches every recorded site.
 * A label belongs to the one assembler that binds it.
 */
public final class Label {
    private String name;
    private int position = -1;
    private int[] sites = new int[0];
    private int[] kinds = new int[0];
    private int uses;

    /** A label that is named in listings and errors as {@code .L<n>}, numbered by its assembler. */
    public Label() {
    }

    /** A label with a name of its own (a valid assembler symbol, for listings). */
    public Label(String name) {
        this.name = name;
    }

    public boolean isBound() {
        return position >= 0;
    }

    /** The bound offset. */
    public int position() {
        if (position < 0) {
            throw new IllegalStateException("label " + describe() + " is not bound");
        }
        return position;
    }

    /** The label's name, or null until an assembler has named it. */
    public String name() {
        return name;
    }

    void nameIfUnnamed(String generated) {
        if (name == null) {
            name = generated;
        }
    }

    void bindAt(int offset) {
        if (position >= 0) {
            throw new IllegalStateException("label " + describe() + " is bound twice (at 0x"
                    + Integer.toHexString(position) + " and 0x" + Integer.toHexString(offset) + ")");
        }
        position = offset;
    }

    void addUse(int site, int kind) {
        if (uses == sites.length) {
            int capacity = Math.max(4, uses * 2);
            sites = Arrays.copyOf(sites, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
        }
        sites[uses] = site;
        kinds[uses] = kind;
        uses++;
    }

    int pendingUses() {
        return uses;
    }

    int siteOf(int use) {
        return sites[use];
    }

    int kindOf(int use) {
        return kinds[use];
    }

    void clearUses() {
        uses = 0;
    }

    String describe() {
        return name == null ? "<unnamed>" : "'" + name + "'";
    }

    @Override
    public String toString() {
        return name == null ? "<unnamed label>" : name;
    }
}
