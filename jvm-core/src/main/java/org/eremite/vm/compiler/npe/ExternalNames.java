package org.eremite.vm.compiler.npe;

import org.eremite.vm.classfile.MemberRef;
import org.eremite.vm.classfile.MethodDescriptor;

/**
 * Class, field and method names as HotSpot writes them in NullPointerException messages: dotted external names,
 * with {@code java.lang.Object} and {@code java.lang.String} shortened to {@code Object} and {@code String}.
 */
final class ExternalNames {
    private static final String OBJECT = "java.lang.Object";
    private static final String STRING = "java.lang.String";
    private static final int JAVA_LANG_LENGTH = "java.lang.".length();

    private ExternalNames() {
    }

    /**
     * A class named by a constant: its internal name with dots for slashes (an array class keeps its descriptor
     * form, {@code [Ljava.lang.Object;}); exactly {@code java.lang.Object} or {@code java.lang.String} becomes
     * {@code Object} or {@code String}.
     */
    static String className(String internalName) {
        String name = internalName.replace('/', '.');
        if (name.equals(OBJECT)) {
            return "Object";
        }
        if (name.equals(STRING)) {
            return "String";
        }
        return name;
    }

    /** {@code Owner.name(int, String[])}: the method of a method reference, without its return type. */
    static String method(MemberRef method) {
        return className(method.owner()) + "." + method.name() + "(" + parameters(method.descriptor()) + ")";
    }

    /** {@code Owner.name}: a static field. */
    static String field(MemberRef field) {
        return className(field.owner()) + "." + field.name();
    }

    /**
     * The parameter types of a method descriptor in source form, separated by {@code ", "}. HotSpot shortens a
     * parameter when its name merely starts with {@code java.lang.Object} or {@code java.lang.String} (it compares
     * that many characters), so {@code java.lang.StringBuilder} becomes {@code StringBuilder} and
     * {@code java.lang.String[]} becomes {@code String[]}, while {@code java.lang.Integer} stays as it is.
     */
    static String parameters(String descriptor) {
        StringBuilder text = new StringBuilder();
        boolean first = true;
        for (String parameter : MethodDescriptor.parse(descriptor).parameters()) {
            if (!first) {
                text.append(", ");
            }
            first = false;
            String type = sourceType(parameter);
            if (type.startsWith(OBJECT) || type.startsWith(STRING)) {
                type = type.substring(JAVA_LANG_LENGTH);
            }
            text.append(type);
        }
        return text.toString();
    }

    /** A field descriptor as a source type: {@code int}, {@code java.lang.String}, {@code long[][]}. */
    private static String sourceType(String descriptor) {
        int dimensions = 0;
        while (descriptor.charAt(dimensions) == '[') {
            dimensions++;
        }
        String element;
        char c = descriptor.charAt(dimensions);
        if (c == 'L') {
            element = descriptor.substring(dimensions + 1, descriptor.length() - 1).replace('/', '.');
        } else {
            element = primitiveName(c);
        }
        StringBuilder type = new StringBuilder(element);
        for (int i = 0; i < dimensions; i++) {
            type.append("[]");
        }
        return type.toString();
    }

    private static String primitiveName(char c) {
        switch (c) {
            case 'Z':
                return "boolean";
            case 'B':
                return "byte";
            case 'C':
                return "char";
            case 'S':
                return "short";
            case 'I':
                return "int";
            case 'J':
                return "long";
            case 'F':
                return "float";
            default:
                return "double";
        }
    }
}
