package org.eremite.classlib.lang;

import org.eremite.vm.runtime.Hub;

/** The hub behind a class object, for substitutions outside this package. */
public final class Mirrors {
    private Mirrors() {
    }

    public static Hub hubOf(Class<?> c) {
        return ((Target_java_lang_Class) (Object) c).hub;
    }
}
