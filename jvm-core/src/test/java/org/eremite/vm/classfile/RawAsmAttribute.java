package org.eremite.vm.classfile;

import java.util.function.Function;
import org.objectweb.asm.Attribute;
import org.objectweb.asm.ByteVector;
import org.objectweb.asm.ClassWriter;

/**
 * An attribute with any name and content, written by ASM's ClassWriter as is: how tests put duplicate, malformed
 * or out-of-place attributes into otherwise valid class files. The content is computed at write time, so it can
 * refer to constant pool entries the writer creates ({@code writer.newUTF8("x")}).
 */
final class RawAsmAttribute extends Attribute {
    private final boolean inCode;
    private final Function<ClassWriter, byte[]> content;

    /**
     * @param name    the attribute's name
     * @param inCode  true to write it inside the Code attribute of the method it is added to
     * @param content its bytes after the header
     */
    RawAsmAttribute(String name, boolean inCode, Function<ClassWriter, byte[]> content) {
        super(name);
        this.inCode = inCode;
        this.content = content;
    }

    @Override
    public boolean isCodeAttribute() {
        return inCode;
    }

    @Override
    protected ByteVector write(ClassWriter writer, byte[] code, int codeLength, int maxStack, int maxLocals) {
        byte[] bytes = content.apply(writer);
        return new ByteVector(bytes.length).putByteArray(bytes, 0, bytes.length);
    }

    /** Big-endian u2 values as bytes. */
    static byte[] u2(int... values) {
        byte[] bytes = new byte[2 * values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[2 * i] = (byte) (values[i] >>> 8);
            bytes[2 * i + 1] = (byte) values[i];
        }
        return bytes;
    }
}
