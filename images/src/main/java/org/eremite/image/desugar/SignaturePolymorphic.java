package org.eremite.image.desugar;

import java.util.Set;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Calls of signature-polymorphic methods (JVMS 2.9.3): {@code MethodHandle.invoke}/{@code invokeExact} and the
 * access modes of {@code VarHandle}. Their descriptor at the call site is not the method's; the JVM links each
 * such call through the method-handle machinery, which an image does not have. In {@code java.base} they are
 * rewritten later by substitutions, so only application classes are refused here.
 */
final class SignaturePolymorphic {
    private SignaturePolymorphic() {
    }

    static final String METHOD_HANDLE = "java/lang/invoke/MethodHandle";
    static final String VAR_HANDLE = "java/lang/invoke/VarHandle";

    private static final Set<String> METHOD_HANDLE_METHODS = Set.of("invoke", "invokeExact", "invokeBasic",
            "linkToVirtual", "linkToStatic", "linkToSpecial", "linkToInterface", "linkToNative");

    /** VarHandle.AccessMode's method names. */
    private static final Set<String> VAR_HANDLE_METHODS = Set.of("get", "set", "getVolatile", "setVolatile",
            "getAcquire", "setRelease", "getOpaque", "setOpaque", "compareAndSet", "compareAndExchange",
            "compareAndExchangeAcquire", "compareAndExchangeRelease", "weakCompareAndSetPlain", "weakCompareAndSet",
            "weakCompareAndSetAcquire", "weakCompareAndSetRelease", "getAndSet", "getAndSetAcquire",
            "getAndSetRelease", "getAndAdd", "getAndAddAcquire", "getAndAddRelease", "getAndBitwiseOr",
            "getAndBitwiseOrAcquire", "getAndBitwiseOrRelease", "getAndBitwiseAnd", "getAndBitwiseAndAcquire",
            "getAndBitwiseAndRelease", "getAndBitwiseXor", "getAndBitwiseXorAcquire", "getAndBitwiseXorRelease");

    static boolean isCall(MethodInsnNode call) {
        return call.owner.equals(METHOD_HANDLE) && METHOD_HANDLE_METHODS.contains(call.name)
                || call.owner.equals(VAR_HANDLE) && VAR_HANDLE_METHODS.contains(call.name);
    }
}
