package org.eremite.classlib.lang;

import java.util.HashMap;

/**
 * The guest's interned strings. The image builder puts every string literal of the compiled code in
 * {@link #strings} (the same objects the code refers to), so that {@code intern()} of an equal string returns the
 * literal, as the JLS requires (3.10.5).
 */
public final class StringTable {
    /** Set by the image builder; grows at run time. */
    static HashMap<String, String> strings;

    private StringTable() {
    }

    static String intern(String s) {
        HashMap<String, String> table = strings;
        if (table == null) {
            table = new HashMap<>();
            strings = table;
        }
        String known = table.get(s);
        if (known != null) {
            return known;
        }
        table.put(s, s);
        return s;
    }
}
