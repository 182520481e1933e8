package org.eremite.image.reach;

import org.eremite.image.classpath.CodeLocation;

/**
 * A method, by the class that declares it, its name and descriptor.
 *
 * @param owner      internal name of the declaring class
 * @param name       method name
 * @param descriptor method descriptor
 */
public record MethodRef(String owner, String name, String descriptor) implements Comparable<MethodRef> {

    /** The application entry point {@code public static void main(String[])} of a class. */
    public static MethodRef main(String mainClass) {
        return new MethodRef(mainClass, "main", "([Ljava/lang/String;)V");
    }

    /** {@code name + descriptor}: what a method is selected by in a class. */
    public String signature() {
        return name + descriptor;
    }

    @Override
    public int compareTo(MethodRef other) {
        int c = owner.compareTo(other.owner);
        if (c == 0) {
            c = name.compareTo(other.name);
        }
        return c != 0 ? c : descriptor.compareTo(other.descriptor);
    }

    /** Java's notation: {@code java.lang.String.valueOf(java.lang.Object)}. */
    @Override
    public String toString() {
        return CodeLocation.methodName(owner, name, descriptor);
    }
}
