package org.eremite.image.desugar;

import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The argument and return value conversions of the JDK's lambda metafactory, as bytecode: boxing, unboxing,
 * primitive widening and casts. The rules (and their quirks) are those of the build JDK's
 * {@code java.lang.invoke.TypeConvertingMethodAdapter.convertType}, so a desugared lambda converts exactly as the
 * JDK's spun class does:
 * <ul>
 *   <li>primitive to primitive: only the widenings in {@link #wideningOpcode} (int to short, for example, emits
 *       nothing, and float to long is F2L, as in the JDK's table);</li>
 *   <li>primitive to a wrapper type: widen to the wrapper's primitive, then box; to any other reference: box as
 *       the argument's own wrapper, then cast;</li>
 *   <li>reference to primitive: if the (functional) source type is a wrapper, unbox it ({@code Number}'s
 *       {@code xxxValue} for numbers; Character and Boolean unbox to their own primitive, then widen); otherwise
 *       cast to {@code Number} (numeric targets) or to the target's wrapper, and unbox;</li>
 *   <li>reference to reference: cast to the functional type (which throws ClassCastException for a wrong
 *       argument), then to the target type; no cast to {@code Object} or to the type itself.</li>
 * </ul>
 */
final class TypeConversions {
    private TypeConversions() {
    }

    /** The primitive types by wrapper class name. */
    private static final Map<String, Type> WRAPPED = Map.of(
            "java/lang/Boolean", Type.BOOLEAN_TYPE,
            "java/lang/Character", Type.CHAR_TYPE,
            "java/lang/Byte", Type.BYTE_TYPE,
            "java/lang/Short", Type.SHORT_TYPE,
            "java/lang/Integer", Type.INT_TYPE,
            "java/lang/Float", Type.FLOAT_TYPE,
            "java/lang/Long", Type.LONG_TYPE,
            "java/lang/Double", Type.DOUBLE_TYPE);

    /**
     * Appends code that converts the value of type {@code arg} on top of the stack into {@code target}, where the
     * lambda's instantiated method type says the value is a {@code functional}.
     */
    static void convert(InsnList code, Type arg, Type target, Type functional) {
        if (arg.equals(target) && arg.equals(functional)) {
            return;
        }
        if (arg.getSort() == Type.VOID || target.getSort() == Type.VOID) {
            return;
        }
        if (isPrimitive(arg)) {
            if (isPrimitive(target)) {
                widen(code, arg, target);
            } else {
                Type wrappedTarget = unwrapped(target);
                if (wrappedTarget != null) {
                    widen(code, arg, wrappedTarget);
                    box(code, wrappedTarget);
                } else {
                    box(code, arg);
                    cast(code, wrapperName(arg), target);
                }
            }
            return;
        }
        Type source;
        if (isPrimitive(functional)) {
            source = arg;
        } else {
            source = functional;
            cast(code, internalName(arg), functional);
        }
        if (isPrimitive(target)) {
            Type wrappedSource = unwrapped(source);
            if (wrappedSource != null) {
                if (isNumber(wrappedSource)) {
                    unbox(code, wrapperName(wrappedSource), target);
                } else {
                    unbox(code, wrapperName(wrappedSource), wrappedSource);
                    widen(code, wrappedSource, target);
                }
            } else {
                String intermediate = isNumber(target) ? "java/lang/Number" : wrapperName(target);
                cast(code, internalName(source), Type.getObjectType(intermediate));
                unbox(code, intermediate, target);
            }
        } else {
            cast(code, internalName(source), target);
        }
    }

    /** Boxes a primitive on the stack with its wrapper's {@code valueOf}, as the JDK does. */
    static void box(InsnList code, Type primitive) {
        String wrapper = wrapperName(primitive);
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, wrapper, "valueOf",
                Type.getMethodDescriptor(Type.getObjectType(wrapper), primitive), false));
    }

    private static void unbox(InsnList code, String owner, Type primitive) {
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, owner, primitive.getClassName() + "Value",
                Type.getMethodDescriptor(primitive), false));
    }

    private static void cast(InsnList code, String sourceName, Type target) {
        String targetName = internalName(target);
        if (!targetName.equals(sourceName) && !targetName.equals("java/lang/Object")) {
            code.add(new TypeInsnNode(Opcodes.CHECKCAST, targetName));
        }
    }

    private static void widen(InsnList code, Type from, Type to) {
        int opcode = wideningOpcode(from, to);
        if (opcode != Opcodes.NOP) {
            code.add(new InsnNode(opcode));
        }
    }

    /** The JDK's widening table: NOP where it converts nothing. */
    static int wideningOpcode(Type from, Type to) {
        if (from.equals(to)) {
            return Opcodes.NOP;
        }
        boolean intLike = from.getSort() == Type.BYTE || from.getSort() == Type.SHORT
                || from.getSort() == Type.INT || from.getSort() == Type.CHAR;
        switch (to.getSort()) {
            case Type.LONG:
                return intLike ? Opcodes.I2L : from.getSort() == Type.FLOAT ? Opcodes.F2L : Opcodes.NOP;
            case Type.FLOAT:
                return intLike ? Opcodes.I2F : from.getSort() == Type.LONG ? Opcodes.L2F : Opcodes.NOP;
            case Type.DOUBLE:
                if (intLike) {
                    return Opcodes.I2D;
                }
                return from.getSort() == Type.FLOAT ? Opcodes.F2D
                        : from.getSort() == Type.LONG ? Opcodes.L2D : Opcodes.NOP;
            default:
                return Opcodes.NOP;
        }
    }

    static boolean isPrimitive(Type type) {
        return type.getSort() >= Type.BOOLEAN && type.getSort() <= Type.DOUBLE;
    }

    /** Signed integers and floating point go through {@code Number}; char and boolean have their own wrapper. */
    private static boolean isNumber(Type primitive) {
        return primitive.getSort() != Type.BOOLEAN && primitive.getSort() != Type.CHAR;
    }

    /** The primitive type that a wrapper class wraps, or null for any other type. */
    static Type unwrapped(Type type) {
        return type.getSort() == Type.OBJECT ? WRAPPED.get(type.getInternalName()) : null;
    }

    static String wrapperName(Type primitive) {
        switch (primitive.getSort()) {
            case Type.BOOLEAN: return "java/lang/Boolean";
            case Type.CHAR: return "java/lang/Character";
            case Type.BYTE: return "java/lang/Byte";
            case Type.SHORT: return "java/lang/Short";
            case Type.INT: return "java/lang/Integer";
            case Type.FLOAT: return "java/lang/Float";
            case Type.LONG: return "java/lang/Long";
            case Type.DOUBLE: return "java/lang/Double";
            default: throw new IllegalArgumentException("not a primitive type: " + primitive);
        }
    }

    /** The name a CHECKCAST takes: the internal name of a class, the descriptor of an array. */
    private static String internalName(Type type) {
        return type.getInternalName();
    }
}
