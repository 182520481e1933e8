package org.eremite.vm.object;

/**
 * What a vtable or itable slot holds, and what {@link MethodSelection} answers: the selected method, or the
 * error the invocation throws (JVMS 6.5 invokevirtual and invokeinterface, run-time exceptions). In the
 * image a method entry becomes the address of the method's compiled code and an error entry the address of a
 * stub that throws the error with {@link #message()}.
 */
public final class DispatchEntry {
    /** The outcome of selection. */
    public enum Kind {
        METHOD(null),
        ABSTRACT_METHOD_ERROR("java/lang/AbstractMethodError"),
        INCOMPATIBLE_CLASS_CHANGE_ERROR("java/lang/IncompatibleClassChangeError"),
        ILLEGAL_ACCESS_ERROR("java/lang/IllegalAccessError");

        private final String errorClass;

        Kind(String errorClass) {
            this.errorClass = errorClass;
        }

        /** The internal name of the error thrown; null for METHOD. */
        public String errorClass() {
            return errorClass;
        }
    }

    private final Kind kind;
    private final MethodShape method;
    private final String message;

    private DispatchEntry(Kind kind, MethodShape method, String message) {
        this.kind = kind;
        this.method = method;
        this.message = message;
    }

    static DispatchEntry method(MethodShape m) {
        return new DispatchEntry(Kind.METHOD, m, null);
    }

    static DispatchEntry error(Kind kind, MethodShape about, String message) {
        return new DispatchEntry(kind, about, message);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isMethod() {
        return kind == Kind.METHOD;
    }

    /**
     * The selected method for {@link Kind#METHOD}; for an error, the method it is about (the abstract or
     * inaccessible method selected, or the resolved method), which may be null.
     */
    public MethodShape method() {
        return method;
    }

    /** The error's message (null for METHOD). */
    public String message() {
        return message;
    }

    /** True if both entries select the same method, or both throw the same kind of error. */
    public boolean sameOutcome(DispatchEntry other) {
        return kind == other.kind && (kind != Kind.METHOD || method == other.method);
    }

    @Override
    public String toString() {
        if (kind == Kind.METHOD) {
            return method.toString();
        }
        return kind.errorClass().replace('/', '.') + ": " + message;
    }
}
