package org.eremite.image.pack;

import org.eremite.vm.compiler.baseline.RuntimeEntry;

/**
 * The Java methods of {@code org.eremite.vm.runtime.RuntimeEntries} that implement the compiler's runtime entries:
 * same name as {@link RuntimeEntry#functionName()}, the Java form of its C signature.
 */
final class RuntimeEntries {
    private static final String HUB = "Lorg/eremite/vm/runtime/Hub;";
    private static final String OBJECT = "Ljava/lang/Object;";

    private RuntimeEntries() {
    }

    static String descriptor(RuntimeEntry entry) {
        switch (entry) {
            case ALLOCATE_OBJECT: return "(" + HUB + ")" + OBJECT;
            case ALLOCATE_ARRAY: return "(" + HUB + "I)" + OBJECT;
            case ALLOCATE_MULTI_ARRAY: return "(" + HUB + "IJ)" + OBJECT;
            case INITIALIZE_CLASS: return "(" + HUB + ")V";
            case THROW: return "(" + OBJECT + ")V";
            case THROW_NULL_POINTER: return "()V";
            case THROW_ARRAY_INDEX_OUT_OF_BOUNDS: return "(II)V";
            case THROW_ARITHMETIC: return "()V";
            case THROW_CLASS_CAST: return "(" + OBJECT + HUB + ")V";
            case THROW_ARRAY_STORE: return "(" + OBJECT + OBJECT + ")V";
            case THROW_NEGATIVE_ARRAY_SIZE: return "(I)V";
            case IS_INSTANCE: return "(" + OBJECT + HUB + ")I";
            case IS_STORABLE: return "(" + OBJECT + OBJECT + ")I";
            case MONITOR_ENTER: return "(" + OBJECT + ")V";
            case MONITOR_EXIT: return "(" + OBJECT + ")V";
            case LOOKUP_INTERFACE_METHOD: return "(" + HUB + "II)J";
            case LOAD_CLASS_LITERAL: return "(" + OBJECT + ")" + OBJECT;
            case THROW_STACK_OVERFLOW: return "()V";
            default: throw new IllegalArgumentException(entry.name());
        }
    }
}
