package org.eremite.vm.asm;

import java.util.ArrayList;
import java.util.List;

/**
 * What every Jasm assembler shares: the code buffer, labels with forward references, relocations,
 * alignment and the optional listing.
 *
 * <p>An ISA subclass adds one method per instruction form. A method that refers to a label calls
 * {@link #useLabel} with an ISA-defined kind; when the label is (or already was) bound, the
 * assembler calls back {@link #patchLabelUse} to encode the displacement. A method that refers to a
 * symbol calls {@link #addRelocation}. When listing is enabled, each method reports its text through
 * {@link #list}; when it is not, the only cost is the {@link #listing()} null check.
 */
public abstract class AbstractAssembler {
    protected final CodeBuffer code;
    private final List<Relocation> relocations = new ArrayList<>();
    private final List<Label> labelsWithPendingUses = new ArrayList<>();
    private AssemblyListing listing;
    private int generatedLabels;

    protected AbstractAssembler() {
        this(256);
    }

    /** An assembler whose buffer starts with room for {@code initialCapacity} bytes (it grows as needed). */
    protected AbstractAssembler(int initialCapacity) {
        code = new CodeBuffer(initialCapacity);
    }

    /** The offset of the next instruction. */
    public final int position() {
        return code.position();
    }

    public final CodeBuffer code() {
        return code;
    }

    /** Starts recording a listing of everything emitted from now on. */
    public final void enableListing() {
        if (listing == null) {
            listing = new AssemblyListing(listingPreamble());
        }
    }

    /** The listing, or null if listing was never enabled. */
    public final AssemblyListing listing() {
        return listing;
    }

    /** Directives that make the ISA's GNU assembler read the listing as this assembler wrote it. */
    protected abstract List<String> listingPreamble();

    /** Records the text of the instruction that was emitted from {@code start} to the current position. */
    protected final void list(int start, String text) {
        if (listing != null) {
            listing.addInstruction(start, position() - start, text);
        }
    }

    /** The label's name for listings, generating {@code .L<n>} for an unnamed label. */
    protected final String nameOf(Label label) {
        if (label.name() == null) {
            label.nameIfUnnamed(".L" + generatedLabels++);
        }
        return label.name();
    }

    /** Binds {@code label} to the current position and patches every earlier use of it. */
    public final void bind(Label label) {
        int here = position();
        label.bindAt(here);
        if (listing != null) {
            listing.addLabel(here, nameOf(label));
        }
        for (int i = 0; i < label.pendingUses(); i++) {
            patchLabelUse(label.siteOf(i), label.kindOf(i), here);
        }
        label.clearUses();
        labelsWithPendingUses.remove(label);
    }

    /**
     * Records that the instruction at {@code site} refers to {@code label} in the way {@code kind}
     * says, and patches it at once if the label is already bound.
     */
    protected final void useLabel(Label label, int site, int kind) {
        if (label.isBound()) {
            patchLabelUse(site, kind, label.position());
        } else {
            if (label.pendingUses() == 0) {
                labelsWithPendingUses.add(label);
            }
            label.addUse(site, kind);
        }
    }

    /**
     * Encodes, into the instruction at {@code site}, a reference to {@code target} of the given kind.
     * Throws {@link IllegalArgumentException} naming the instruction if the target is out of reach.
     */
    protected abstract void patchLabelUse(int site, int kind, int target);

    /** Records a reference to {@code symbol + addend} at {@code offset}, resolved by the linker. */
    protected final void addRelocation(int offset, RelocationKind kind, String symbol, long addend) {
        relocations.add(new Relocation(offset, kind, symbol, addend));
    }

    public final List<Relocation> relocations() {
        return List.copyOf(relocations);
    }

    /** Pads with the ISA's filler (no-ops in code) until the position is a multiple of {@code alignment}. */
    public final void align(int alignment) {
        if (alignment <= 0 || Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("align: alignment " + alignment + " is not a power of two");
        }
        int padding = -position() & (alignment - 1);
        if (padding == 0) {
            return;
        }
        int start = position();
        emitPadding(padding);
        if (position() - start != padding) {
            throw new IllegalStateException("align: padding emitted " + (position() - start) + " bytes, not " + padding);
        }
        if (listing != null) {
            listing.addInstruction(start, padding, ".balign " + alignment);
        }
    }

    /** Emits exactly {@code bytes} bytes of filler. */
    protected abstract void emitPadding(int bytes);

    /** Emits raw data bytes (for literal pools, tables and headers). */
    public final void data8(int value) {
        int start = position();
        code.emit8(value);
        list(start, ".byte 0x" + Integer.toHexString(value & 0xFF));
    }

    public final void data16(int value) {
        int start = position();
        code.emit16(value);
        list(start, ".2byte 0x" + Integer.toHexString(value & 0xFFFF));
    }

    public final void data32(int value) {
        int start = position();
        code.emit32(value);
        list(start, ".4byte 0x" + Integer.toHexString(value));
    }

    public final void data64(long value) {
        int start = position();
        code.emit64(value);
        list(start, ".8byte 0x" + Long.toHexString(value));
    }

    /**
     * The finished code. Fails, naming the label, if any label was used but never bound.
     */
    public byte[] finish() {
        if (!labelsWithPendingUses.isEmpty()) {
            Label label = labelsWithPendingUses.get(0);
            throw new IllegalStateException("label " + label.describe() + " is used at offset 0x"
                    + Integer.toHexString(label.siteOf(0)) + " but never bound");
        }
        return code.toByteArray();
    }
}
