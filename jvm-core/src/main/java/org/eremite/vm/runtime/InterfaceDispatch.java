package org.eremite.vm.runtime;

/**
 * invokeinterface's lookup (the object package's "itables, searched"): scan the receiver hub's
 * {@link Hub#itableIds} for the interface, then take entry {@code itableIndex} of the matching itable. No match
 * is IncompatibleClassChangeError, an empty entry AbstractMethodError, both with HotSpot 17's messages.
 */
final class InterfaceDispatch {
    private InterfaceDispatch() {
    }

    /** The code address that invokeinterface calls. */
    static long lookup(Hub receiver, int interfaceId, int itableIndex) {
        int[] ids = receiver.itableIds;
        for (int i = 0; ids != null && i < ids.length; i++) {
            if (ids[i] != interfaceId) {
                continue;
            }
            long[] itable = receiver.itables[i];
            long address = itableIndex >= 0 && itableIndex < itable.length ? itable[itableIndex] : 0;
            if (address == 0) {
                throw new AbstractMethodError(Messages.abstractMethod(receiver, interfaceId, itableIndex));
            }
            return address;
        }
        throw new IncompatibleClassChangeError(Messages.doesNotImplement(receiver, interfaceId));
    }
}
