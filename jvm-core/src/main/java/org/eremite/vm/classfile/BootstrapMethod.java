package org.eremite.vm.classfile;

/**
 * One entry of the BootstrapMethods attribute (JVMS 4.7.23): a CONSTANT_MethodHandle and the constant pool
 * indices of its static arguments, each a loadable constant (JVMS 4.4, Table 4.4-C).
 */
public final class BootstrapMethod {
    private final int methodHandleIndex;
    private final int[] argumentIndices;

    BootstrapMethod(int methodHandleIndex, int[] argumentIndices) {
        this.methodHandleIndex = methodHandleIndex;
        this.argumentIndices = argumentIndices;
    }

    /** Constant pool index of the bootstrap method's CONSTANT_MethodHandle. */
    public int methodHandleIndex() {
        return methodHandleIndex;
    }

    public int argumentCount() {
        return argumentIndices.length;
    }

    /** Constant pool index of static argument {@code i}. */
    public int argumentIndex(int i) {
        return argumentIndices[i];
    }

    /** A copy of the constant pool indices of the static arguments. */
    public int[] argumentIndices() {
        return argumentIndices.clone();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("BootstrapMethod(#").append(methodHandleIndex);
        for (int index : argumentIndices) {
            s.append(", #").append(index);
        }
        return s.append(')').toString();
    }
}
