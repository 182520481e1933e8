package org.eremite.vm.runtime;

import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;

/**
 * The slow path of checkcast, instanceof and aastore (JVMS 6.5 checkcast's rules), over hubs: compiled code has
 * already accepted null and an object of exactly the target's hub.
 *
 * <ul>
 *   <li>a class target: the Cohen display of the source, {@code display[target.depth] == target};</li>
 *   <li>an interface target: bit {@code interfaceId} of the source's {@code interfaceBits} (an array hub's bits
 *       hold Cloneable and Serializable);</li>
 *   <li>an array target: structurally, by components (reference components covariantly, primitive components
 *       only when identical). This does not depend on how deep the builder made array displays nor on whether
 *       it gave arrays of interfaces an id: the JLS 4.10.3 rule is applied directly;</li>
 *   <li>a non-class source (an array or an interface, the latter only as a component) is a subtype of a class
 *       only if the class is Object.</li>
 * </ul>
 * No allocation and no checkcast of a type other than the exact {@link Hub}: this code is what a checkcast calls,
 * so it must not call itself.
 */
public final class TypeChecks {
    private TypeChecks() {
    }

    /** The hub of a non-null object: what its class word points to. */
    public static Hub hubOf(Object object) {
        return (Hub) Magic.toObject(Magic.loadLong(Magic.addressOf(object), ObjectLayout.CLASS_WORD_OFFSET));
    }

    /** True if a value of type {@code source} may be stored where {@code target} is expected. */
    public static boolean isSubtype(Hub source, Hub target) {
        if (source == target) {
            return true;
        }
        if (isPrimitive(source) || isPrimitive(target)) {
            return false;
        }
        int flags = target.flags;
        if ((flags & Hub.ARRAY) != 0) {
            if ((source.flags & Hub.ARRAY) == 0) {
                return false;
            }
            Hub sourceComponent = source.componentHub;
            Hub targetComponent = target.componentHub;
            if (isPrimitive(sourceComponent) || isPrimitive(targetComponent)) {
                return sourceComponent == targetComponent;
            }
            return isSubtype(sourceComponent, targetComponent);
        }
        if ((flags & Hub.INTERFACE) != 0) {
            return hasInterfaceBit(source, target.interfaceId);
        }
        if ((source.flags & (Hub.ARRAY | Hub.INTERFACE)) != 0) {
            return target.superHub == null; // only Object is a class supertype of an array or an interface
        }
        Hub[] display = source.display;
        int depth = target.depth;
        return display != null && depth < display.length && display[depth] == target;
    }

    /** True if {@code hub}'s interface bit set has {@code interfaceId}. */
    static boolean hasInterfaceBit(Hub hub, int interfaceId) {
        long[] bits = hub.interfaceBits;
        if (interfaceId < 0 || bits == null) {
            return false;
        }
        int word = interfaceId >>> 6;
        return word < bits.length && (bits[word] >>> (interfaceId & 63) & 1) != 0;
    }

    /** A primitive type's hub; a missing component counts as one (it can only match itself). */
    private static boolean isPrimitive(Hub hub) {
        return hub == null || (hub.flags & Hub.PRIMITIVE) != 0;
    }

    /** The runtime entry's answer for a non-null object: 1 if it is an instance of {@code target}. */
    static int isInstance(Object object, Hub target) {
        return isSubtype(hubOf(object), target) ? 1 : 0;
    }

    /** aastore's check for a non-null value: 1 if it may be stored in {@code array} (JVMS 6.5 aastore). */
    static int isStorable(Object array, Object value) {
        return isSubtype(hubOf(value), hubOf(array).componentHub) ? 1 : 0;
    }
}
