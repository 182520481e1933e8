package org.eremite.vm.classfile;

/**
 * A symbolic reference to a field or method (CONSTANT_Fieldref, _Methodref, _InterfaceMethodref).
 *
 * @param owner       the internal name of the class named by the reference ({@code java/lang/String})
 * @param name        the member's name
 * @param descriptor  its field or method descriptor
 * @param isInterface true for CONSTANT_InterfaceMethodref
 */
public record MemberRef(String owner, String name, String descriptor, boolean isInterface) {
    @Override
    public String toString() {
        return owner + "." + name + (descriptor.startsWith("(") ? "" : ":") + descriptor;
    }
}
