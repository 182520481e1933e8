package org.eremite.vm.object;

/** A field and its offset from the object's (or statics block's) address. */
public final class PlacedField {
    private final FieldShape field;
    private final int offset;

    PlacedField(FieldShape field, int offset) {
        this.field = field;
        this.offset = offset;
    }

    public FieldShape field() {
        return field;
    }

    public int offset() {
        return offset;
    }

    /** The field's size in bytes. */
    public int size() {
        return field.kind().bytes();
    }

    @Override
    public String toString() {
        return field + "@" + offset;
    }
}
