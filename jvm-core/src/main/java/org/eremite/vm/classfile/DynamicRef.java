package org.eremite.vm.classfile;

/**
 * A CONSTANT_Dynamic or CONSTANT_InvokeDynamic (JVMS 4.4.10): a bootstrap method and a name and type.
 *
 * @param bootstrapMethodIndex index into the class's BootstrapMethods attribute (not a constant pool index)
 * @param name                 the name of the NameAndType
 * @param descriptor           a field descriptor for CONSTANT_Dynamic, a method descriptor for
 *                             CONSTANT_InvokeDynamic
 */
public record DynamicRef(int bootstrapMethodIndex, String name, String descriptor) {
    @Override
    public String toString() {
        return "#" + bootstrapMethodIndex + ":" + name + (descriptor.startsWith("(") ? "" : ":") + descriptor;
    }
}
