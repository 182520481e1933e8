package org.eremite.image.heap;

/**
 * A guest class (its class file, as the guest lays it out) and the host class whose objects are copied into
 * it disagree about a field: one has a field the other lacks, or their descriptors differ. Copying verbatim
 * would put values at the wrong offsets, so the heap is not written. Typical cause: a substitution that adds
 * or removes fields of a JDK class without a field rule in the {@link SnapshotPolicy}.
 */
public final class ShapeMismatchException extends HeapSnapshotException {
    private final String className;
    private final String fieldName;

    ShapeMismatchException(String className, String fieldName, String problem, String path) {
        super("guest class " + className + " differs from the host's: field " + fieldName + " " + problem
                + (path == null ? "" : " (reached by " + path + ")"));
        this.className = className;
        this.fieldName = fieldName;
    }

    /** The binary name of the class whose shapes differ. */
    public String className() {
        return className;
    }

    public String fieldName() {
        return fieldName;
    }
}
