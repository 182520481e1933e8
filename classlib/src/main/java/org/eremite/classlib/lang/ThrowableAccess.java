package org.eremite.classlib.lang;

/** Reads Throwable's private backtrace from other substitutions (the field is an alias in the guest). */
final class ThrowableAccess {
    private ThrowableAccess() {
    }

    static Object backtrace(Throwable t) {
        Target_java_lang_Throwable target = (Target_java_lang_Throwable) (Object) t;
        return target.backtraceValue();
    }
}
