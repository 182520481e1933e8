package org.eremite.vm.classfile;

import java.util.List;

/**
 * A field of a class file (JVMS 4.5).
 *
 * @param accessFlags   the flags, restricted to {@link AccessFlags#FIELD_FLAGS}
 * @param name          the field's name
 * @param descriptor    its field descriptor ({@code I}, {@code Ljava/lang/String;})
 * @param constantValue the value of its ConstantValue attribute as an Integer (for {@code Z B C S I} fields),
 *                      Long, Float, Double or String, or null. Only static fields have one: JVMS 4.7.2 says a
 *                      ConstantValue of a non-static field is silently ignored, so it is kept with
 *                      {@code attributes} instead
 * @param signature     the generic Signature attribute, or null
 * @param attributes    the attributes not interpreted, in class-file order
 */
public record FieldInfo(int accessFlags, String name, String descriptor, Object constantValue, String signature,
                        List<RawAttribute> attributes) {
    public boolean isStatic() {
        return AccessFlags.isStatic(accessFlags);
    }

    public boolean isFinal() {
        return AccessFlags.isFinal(accessFlags);
    }

    public boolean isVolatile() {
        return AccessFlags.isVolatile(accessFlags);
    }

    /** The kind of value the field holds. */
    public TypeKind kind() {
        return TypeKind.ofDescriptor(descriptor);
    }

    @Override
    public String toString() {
        return name + ":" + descriptor;
    }
}
