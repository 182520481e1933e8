package org.eremite.classlib.lang;

import java.util.HashMap;

/**
 * Every class of the image by its binary name ({@code Class.getName()}), for {@code Class.forName}: the image
 * builder fills it. A class outside the closed world is not found (there is no run-time class loading yet).
 */
public final class ClassTable {
    /** Set by the image builder. */
    static HashMap<String, Class<?>> classes;

    private ClassTable() {
    }

    static Class<?> find(String name) throws ClassNotFoundException {
        Class<?> c = classes == null ? null : classes.get(name);
        if (c == null) {
            throw new ClassNotFoundException(name);
        }
        return c;
    }
}
