package org.eremite.image.classpath;

import org.objectweb.asm.Type;

/**
 * A place in the bytecode, for messages: class, method and bytecode offset, printed as people read Java
 * ({@code com.example.Main.main(java.lang.String[]) at bytecode offset 12}).
 *
 * @param className        internal name of the class
 * @param methodName       the method's name ({@code <init>}, {@code <clinit>} included)
 * @param methodDescriptor the method's descriptor
 * @param offset           the bytecode offset in the original class file, or -1 when there is none (a
 *                         generated method, or the method as a whole)
 */
public record CodeLocation(String className, String methodName, String methodDescriptor, int offset) {

    /** The method as a whole, without an offset. */
    public static CodeLocation of(String className, String methodName, String methodDescriptor) {
        return new CodeLocation(className, methodName, methodDescriptor, -1);
    }

    /** The method in Java's notation: {@code com.example.Main.main(java.lang.String[])}. */
    public String method() {
        return methodName(className, methodName, methodDescriptor);
    }

    /** {@code owner.name(parameter types)} in Java's notation, as stack traces and javap print it. */
    public static String methodName(String owner, String name, String descriptor) {
        StringBuilder s = new StringBuilder(owner.replace('/', '.')).append('.').append(name).append('(');
        Type[] parameters = Type.getArgumentTypes(descriptor);
        for (int i = 0; i < parameters.length; i++) {
            s.append(i == 0 ? "" : ", ").append(parameters[i].getClassName());
        }
        return s.append(')').toString();
    }

    @Override
    public String toString() {
        return offset >= 0 ? method() + " at bytecode offset " + offset : method();
    }
}
