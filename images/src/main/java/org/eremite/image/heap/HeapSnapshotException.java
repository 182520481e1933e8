package org.eremite.image.heap;

/**
 * The boot heap cannot be written: an object the policy refuses, a class the guest lacks, a host field that
 * cannot be read. The message names the path from the root to the object where that is known.
 */
public class HeapSnapshotException extends RuntimeException {
    public HeapSnapshotException(String message) {
        super(message);
    }

    public HeapSnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}
