package org.eremite.image.desugar;

import java.util.Arrays;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Replaces a {@code StringConcatFactory} call site with {@code StringBuilder} code.
 *
 * <p>The arguments are on the stack when the call site runs; they are stored into fresh locals (last argument
 * first), then appended in recipe order with the {@code append} overload that stringifies each type as the JDK
 * does: {@code char} as a character, {@code byte}/{@code short}/{@code int} as decimal, {@code long},
 * {@code float}, {@code double} and {@code boolean} by their own overloads, {@code String} directly (null gives
 * "null"), and every other reference, arrays included, as {@code String.valueOf(Object)} (so a {@code char[]}
 * prints as an object, not as its characters, and a null or a {@code toString()} returning null gives "null").
 *
 * <p>Observable behaviour equals the JDK 17 strategy: all arguments are evaluated before any of them is turned
 * into text, each {@code toString()} is called once, left to right, and the result is always a new String (the
 * JDK copies even a lone String argument).
 */
final class StringConcatRewriter {
    private static final String BUILDER = "java/lang/StringBuilder";

    private StringConcatRewriter() {
    }

    static void rewrite(CallSite call) {
        Type[] arguments = Type.getArgumentTypes(call.site().desc);
        if (!Type.getReturnType(call.site().desc).getDescriptor().equals("Ljava/lang/String;")) {
            throw call.unsupported("string concatenation call site with descriptor " + call.site().desc
                    + " does not return a String");
        }
        ConcatRecipe recipe;
        try {
            if (call.site().bsm.getName().equals("makeConcat")) {
                recipe = ConcatRecipe.allArguments(arguments.length);
            } else {
                Object[] bsmArgs = call.site().bsmArgs;
                if (bsmArgs.length == 0 || !(bsmArgs[0] instanceof String)) {
                    throw new IllegalArgumentException("makeConcatWithConstants without a recipe");
                }
                recipe = ConcatRecipe.parse((String) bsmArgs[0], arguments.length,
                        Arrays.copyOfRange(bsmArgs, 1, bsmArgs.length));
            }
        } catch (IllegalArgumentException e) {
            throw call.unsupported("string concatenation that StringConcatFactory would refuse: " + e.getMessage());
        }

        int[] slots = new int[arguments.length];
        int next = call.firstFree();
        for (int i = 0; i < arguments.length; i++) {
            slots[i] = next;
            next += arguments[i].getSize();
        }
        call.method().maxLocals = Math.max(call.method().maxLocals, next);

        InsnList code = new InsnList();
        for (int i = arguments.length - 1; i >= 0; i--) {
            code.add(new VarInsnNode(arguments[i].getOpcode(Opcodes.ISTORE), slots[i]));
        }
        code.add(new TypeInsnNode(Opcodes.NEW, BUILDER));
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, BUILDER, "<init>", "()V", false));
        for (Object part : recipe.parts()) {
            if (part instanceof String text) {
                code.add(new LdcInsnNode(text));
                code.add(append("Ljava/lang/String;"));
            } else {
                int index = (Integer) part;
                code.add(new VarInsnNode(arguments[index].getOpcode(Opcodes.ILOAD), slots[index]));
                code.add(append(appendParameter(arguments[index])));
            }
        }
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, BUILDER, "toString", "()Ljava/lang/String;", false));
        call.replaceWith(code);
    }

    private static MethodInsnNode append(String parameter) {
        return new MethodInsnNode(Opcodes.INVOKEVIRTUAL, BUILDER, "append",
                "(" + parameter + ")Ljava/lang/StringBuilder;", false);
    }

    /** The parameter of the {@code StringBuilder.append} overload that stringifies a value as the JDK does. */
    static String appendParameter(Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN: return "Z";
            case Type.CHAR: return "C";
            case Type.BYTE:
            case Type.SHORT:
            case Type.INT: return "I";
            case Type.LONG: return "J";
            case Type.FLOAT: return "F";
            case Type.DOUBLE: return "D";
            default:
                return type.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
        }
    }
}
