package org.eremite.image.heap;

/**
 * The policy's verdict on one host object: copy it (as its own class, or for a host lambda as the guest class
 * the {@link LambdaMapper} names), replace it by another object or null, or refuse it.
 */
record Treatment(Kind kind, Object replacement, String guestClass, String reason) {
    enum Kind { COPY, SUBSTITUTE, REFUSE }

    static final Treatment COPY = new Treatment(Kind.COPY, null, null, null);

    static Treatment copyAs(String guestClass, String reason) {
        return new Treatment(Kind.COPY, null, guestClass, reason);
    }

    static Treatment substitute(Object replacement, String reason) {
        return new Treatment(Kind.SUBSTITUTE, replacement, null, reason);
    }

    static Treatment refuse(String reason) {
        return new Treatment(Kind.REFUSE, null, null, reason);
    }
}
