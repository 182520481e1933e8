package org.eremite.classlib.misc;

import java.util.HashMap;

/**
 * The guest offsets of the fields that code asks Unsafe for by class and name; the image builder fills the table
 * with every such field it finds in reachable code.
 */
public final class FieldOffsets {
    /** "binary.Class.field" -> offset; set by the image builder. */
    static HashMap<String, Long> table;

    private FieldOffsets() {
    }

    static long of(Class<?> c, String name) {
        Long offset = table == null ? null : table.get(c.getName() + "." + name);
        if (offset == null) {
            throw new InternalError("Eremite has no offset of the field " + c.getName() + "." + name
                    + " (only fields named by constants in the image's code are known)");
        }
        return offset;
    }
}
