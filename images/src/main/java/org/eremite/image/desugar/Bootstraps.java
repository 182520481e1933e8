package org.eremite.image.desugar;

import org.objectweb.asm.Handle;

/** The bootstrap methods that desugaring knows, by owner and name. */
final class Bootstraps {
    private Bootstraps() {
    }

    static final String STRING_CONCAT_FACTORY = "java/lang/invoke/StringConcatFactory";
    static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";
    static final String OBJECT_METHODS = "java/lang/runtime/ObjectMethods";

    static boolean isStringConcat(Handle bsm) {
        return bsm.getOwner().equals(STRING_CONCAT_FACTORY)
                && (bsm.getName().equals("makeConcatWithConstants") || bsm.getName().equals("makeConcat"));
    }

    static boolean isLambdaMetafactory(Handle bsm) {
        return bsm.getOwner().equals(LAMBDA_METAFACTORY)
                && (bsm.getName().equals("metafactory") || bsm.getName().equals("altMetafactory"));
    }

    static boolean isObjectMethods(Handle bsm) {
        return bsm.getOwner().equals(OBJECT_METHODS) && bsm.getName().equals("bootstrap");
    }

    /** {@code owner.name} in Java's notation, for messages. */
    static String describe(Handle bsm) {
        return bsm.getOwner().replace('/', '.') + "." + bsm.getName();
    }
}
