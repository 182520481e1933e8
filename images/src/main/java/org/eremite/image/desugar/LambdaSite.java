package org.eremite.image.desugar;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * A {@code LambdaMetafactory.metafactory} or {@code altMetafactory} call site, read from its bootstrap
 * arguments.
 *
 * @param interfaceName          the functional interface (the call site's return type)
 * @param methodName             the interface method to implement (the call site's name)
 * @param factoryType            the call site's type: captured values in, the interface out
 * @param samMethodType          the erased interface method type
 * @param implementation         the method that does the work
 * @param instantiatedMethodType the interface method type as the call site uses it (more specific)
 * @param serializable           altMetafactory's FLAG_SERIALIZABLE
 * @param markers                extra interfaces (FLAG_MARKERS)
 * @param bridges                extra method types to implement by the same body (FLAG_BRIDGES)
 */
record LambdaSite(String interfaceName, String methodName, Type factoryType, Type samMethodType,
        Handle implementation, Type instantiatedMethodType, boolean serializable, List<String> markers,
        List<Type> bridges) {

    /** LambdaMetafactory's flags (java.lang.invoke.LambdaMetafactory). */
    static final int FLAG_SERIALIZABLE = 1;
    static final int FLAG_MARKERS = 2;
    static final int FLAG_BRIDGES = 4;

    /**
     * Reads a call site.
     *
     * @throws IllegalArgumentException if its arguments are not what LambdaMetafactory accepts
     */
    static LambdaSite parse(InvokeDynamicInsnNode site) {
        Object[] args = site.bsmArgs;
        if (args.length < 3 || !(args[0] instanceof Type) || !(args[1] instanceof Handle)
                || !(args[2] instanceof Type)) {
            throw new IllegalArgumentException("expected (MethodType, MethodHandle, MethodType, ...) as bootstrap "
                    + "arguments");
        }
        Type factoryType = Type.getMethodType(site.desc);
        if (factoryType.getReturnType().getSort() != Type.OBJECT) {
            throw new IllegalArgumentException("the call site type " + site.desc + " does not return an interface");
        }
        boolean serializable = false;
        List<String> markers = new ArrayList<>();
        List<Type> bridges = new ArrayList<>();
        if (site.bsm.getName().equals("altMetafactory")) {
            int flags = intArgument(args, 3);
            serializable = (flags & FLAG_SERIALIZABLE) != 0;
            int next = 4;
            if ((flags & FLAG_MARKERS) != 0) {
                int count = intArgument(args, next++);
                for (int i = 0; i < count; i++) {
                    markers.add(typeArgument(args, next++, Type.OBJECT).getInternalName());
                }
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int count = intArgument(args, next++);
                for (int i = 0; i < count; i++) {
                    bridges.add(typeArgument(args, next++, Type.METHOD));
                }
            }
        }
        LambdaSite lambda = new LambdaSite(factoryType.getReturnType().getInternalName(), site.name, factoryType,
                (Type) args[0], (Handle) args[1], (Type) args[2], serializable, List.copyOf(markers),
                List.copyOf(bridges));
        lambda.check();
        return lambda;
    }

    private static int intArgument(Object[] args, int index) {
        if (index >= args.length || !(args[index] instanceof Integer)) {
            throw new IllegalArgumentException("bootstrap argument " + index + " should be an int");
        }
        return (Integer) args[index];
    }

    private static Type typeArgument(Object[] args, int index, int sort) {
        if (index >= args.length || !(args[index] instanceof Type) || ((Type) args[index]).getSort() != sort) {
            throw new IllegalArgumentException("bootstrap argument " + index + " should be a "
                    + (sort == Type.METHOD ? "method type" : "class"));
        }
        return (Type) args[index];
    }

    private void check() {
        if (samMethodType.getSort() != Type.METHOD || instantiatedMethodType.getSort() != Type.METHOD) {
            throw new IllegalArgumentException("the interface method types are not method types");
        }
        int tag = implementation.getTag();
        if (tag < Opcodes.H_INVOKEVIRTUAL) {
            throw new IllegalArgumentException("the implementation " + implementation
                    + " is a field handle, not a method");
        }
        int implParameters = implMethodType().getArgumentTypes().length;
        int captured = factoryType.getArgumentTypes().length;
        int samParameters = samMethodType.getArgumentTypes().length;
        if (implParameters != captured + samParameters) {
            throw new IllegalArgumentException("the implementation " + describeImplementation() + " takes "
                    + implParameters + " arguments, but the call site captures " + captured
                    + " and the interface method passes " + samParameters);
        }
        if (instantiatedMethodType.getArgumentTypes().length != samParameters) {
            throw new IllegalArgumentException("the instantiated method type " + instantiatedMethodType
                    + " does not match the interface method type " + samMethodType);
        }
    }

    /**
     * The type of the implementation's method handle, as the JDK sees it: the receiver first for instance
     * methods, and the new object as the result of a constructor.
     */
    Type implMethodType() {
        Type declared = Type.getMethodType(implementation.getDesc());
        switch (implementation.getTag()) {
            case Opcodes.H_INVOKESTATIC:
                return declared;
            case Opcodes.H_NEWINVOKESPECIAL:
                return Type.getMethodType(Type.getObjectType(implementation.getOwner()), declared.getArgumentTypes());
            default: {
                Type[] parameters = declared.getArgumentTypes();
                Type[] withReceiver = new Type[parameters.length + 1];
                withReceiver[0] = Type.getObjectType(implementation.getOwner());
                System.arraycopy(parameters, 0, withReceiver, 1, parameters.length);
                return Type.getMethodType(declared.getReturnType(), withReceiver);
            }
        }
    }

    boolean capturing() {
        return factoryType.getArgumentTypes().length > 0;
    }

    String describeImplementation() {
        return implementation.getOwner().replace('/', '.') + "." + implementation.getName()
                + implementation.getDesc();
    }
}
