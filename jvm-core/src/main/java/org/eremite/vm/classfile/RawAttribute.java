package org.eremite.vm.classfile;

/**
 * An attribute the parser keeps without interpreting it (JVMS 4.7: unknown attributes must be ignored;
 * annotations, debug extensions, the Module attribute and the like are of no use to the VM yet), and an
 * attribute that the class file's version predates (JVMS 4.7: then it is not recognized either).
 */
public final class RawAttribute {
    private final String name;
    private final int offset;
    private final byte[] info;

    RawAttribute(String name, int offset, byte[] info) {
        this.name = name;
        this.offset = offset;
        this.info = info;
    }

    /** The attribute's name ({@code RuntimeVisibleAnnotations}). */
    public String name() {
        return name;
    }

    /** The class-file offset of the attribute's header (its attribute_name_index). */
    public int offset() {
        return offset;
    }

    /** The attribute's length: the number of bytes after its six-byte header. */
    public int length() {
        return info.length;
    }

    /** A copy of the attribute's bytes after its header. */
    public byte[] info() {
        return info.clone();
    }

    @Override
    public String toString() {
        return name + "[" + info.length + " bytes]";
    }
}
