package org.eremite.vm.classfile;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed method descriptor (JVMS 4.3.3): parameter types and return type, as descriptors and kinds.
 *
 * @param descriptor the descriptor text, e.g. {@code (I[Ljava/lang/String;J)V}
 * @param parameters the parameter descriptors in order
 * @param returnType the return descriptor ({@code V} for void)
 */
public record MethodDescriptor(String descriptor, List<String> parameters, String returnType) {
    public MethodDescriptor {
        parameters = List.copyOf(parameters);
    }

    /**
     * Parses {@code descriptor}.
     *
     * @throws IllegalArgumentException naming the descriptor and the offset of the first malformed character
     */
    public static MethodDescriptor parse(String descriptor) {
        if (descriptor.isEmpty() || descriptor.charAt(0) != '(') {
            throw malformed(descriptor, 0, "does not start with '('");
        }
        List<String> parameters = new ArrayList<>();
        int i = 1;
        while (i < descriptor.length() && descriptor.charAt(i) != ')') {
            int end = endOfFieldType(descriptor, i);
            parameters.add(descriptor.substring(i, end));
            i = end;
        }
        if (i >= descriptor.length()) {
            throw malformed(descriptor, i, "has no ')'");
        }
        i++;
        String returnType;
        if (i < descriptor.length() && descriptor.charAt(i) == 'V') {
            returnType = "V";
            i++;
        } else {
            int end = endOfFieldType(descriptor, i);
            returnType = descriptor.substring(i, end);
            i = end;
        }
        if (i != descriptor.length()) {
            throw malformed(descriptor, i, "has extra characters after the return type");
        }
        return new MethodDescriptor(descriptor, parameters, returnType);
    }

    /** Checks that {@code descriptor} is exactly one field type (JVMS 4.3.2). */
    public static void checkFieldDescriptor(String descriptor) {
        if (descriptor.isEmpty() || endOfFieldType(descriptor, 0) != descriptor.length()) {
            throw malformed(descriptor, 0, "is not one field type");
        }
    }

    /** The index just past the field type that starts at {@code start}. */
    static int endOfFieldType(String d, int start) {
        int i = start;
        int dimensions = 0;
        while (i < d.length() && d.charAt(i) == '[') {
            i++;
            dimensions++;
        }
        if (dimensions > 255) {
            throw malformed(d, start, "has more than 255 array dimensions");
        }
        if (i >= d.length()) {
            throw malformed(d, i, "ends inside a type");
        }
        char c = d.charAt(i);
        switch (c) {
            case 'Z', 'B', 'C', 'S', 'I', 'J', 'F', 'D' -> {
                return i + 1;
            }
            case 'L' -> {
                int semicolon = d.indexOf(';', i);
                if (semicolon < 0) {
                    throw malformed(d, i, "has a class type without ';'");
                }
                // JVMS 4.3.2: the ClassName of an ObjectType is a binary name in internal form (JVMS 4.2.1).
                if (!Names.isInternalClassName(d, i + 1, semicolon)) {
                    throw malformed(d, i, "has an illegal class name in a class type");
                }
                return semicolon + 1;
            }
            default -> throw malformed(d, i, "has '" + c + "' where a type should start");
        }
    }

    private static IllegalArgumentException malformed(String descriptor, int at, String why) {
        return new IllegalArgumentException("descriptor \"" + descriptor + "\" " + why + " (at " + at + ")");
    }

    public TypeKind returnKind() {
        return TypeKind.ofDescriptor(returnType);
    }

    public TypeKind parameterKind(int index) {
        return TypeKind.ofDescriptor(parameters.get(index));
    }

    /** Slots the parameters take, not counting {@code this}. */
    public int parameterSlots() {
        int slots = 0;
        for (String p : parameters) {
            slots += TypeKind.ofDescriptor(p).slots();
        }
        return slots;
    }
}
