package org.eremite.vm.classfile;

/**
 * A bounds-checked big-endian cursor over a class file (JVMS 4.1: "all 16-bit, 32-bit and 64-bit quantities
 * are constructed by reading in two, four and eight consecutive 8-bit bytes ... big-endian").
 *
 * <p>A read past its limit (the end of the file, or of the attribute a slice covers) throws
 * {@link ClassFormatException} "truncated <i>what</i>" at the offset of the read, where <i>what</i> is the
 * context the parser set last ({@link #context(String, String)}). The context is kept as two parts and joined
 * only when an error is thrown, so setting it costs nothing.
 */
final class ByteReader {
    private final byte[] bytes;
    private final int limit;
    private int position;
    private String where;
    private String contextKind = "class file";
    private String contextName = "";
    /** The field or method being read, for messages: kind ("method"), name and descriptor; null outside. */
    private String memberKind;
    private String memberName;
    private String memberDescriptor;

    ByteReader(byte[] bytes, int start, int limit, String where) {
        this.bytes = bytes;
        this.position = start;
        this.limit = limit;
        this.where = where;
    }

    /** A reader of {@code length} bytes from the current position, which this reader skips. */
    ByteReader slice(int length, String kind, String name) {
        require(length);
        ByteReader slice = new ByteReader(bytes, position, position + length, where);
        slice.context(kind, name);
        slice.member(memberKind, memberName, memberDescriptor);
        position += length;
        return slice;
    }

    /** A second reader over the rest of this one's range, from the same position; this one does not move. */
    ByteReader view() {
        ByteReader view = new ByteReader(bytes, position, limit, where);
        view.context(contextKind, contextName);
        view.member(memberKind, memberName, memberDescriptor);
        return view;
    }

    /** Names what is being read, for the "truncated ..." message: {@code kind + name}. */
    void context(String kind, String name) {
        this.contextKind = kind;
        this.contextName = name;
    }

    /** Names the field or method being read, for messages; null kind outside members. */
    void member(String kind, String name, String descriptor) {
        this.memberKind = kind;
        this.memberName = name;
        this.memberDescriptor = descriptor;
    }

    /** The class (or source) name that error messages start with. */
    String where() {
        return where;
    }

    void setWhere(String where) {
        this.where = where;
    }

    byte[] bytes() {
        return bytes;
    }

    int position() {
        return position;
    }

    int remaining() {
        return limit - position;
    }

    /** Throws "truncated ..." unless {@code n} more bytes are there. */
    void require(int n) {
        if (n < 0 || limit - position < n) {
            throw error(position, "truncated " + contextKind + contextName);
        }
    }

    int u1() {
        require(1);
        return bytes[position++] & 0xFF;
    }

    int u2() {
        require(2);
        int value = ((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    int u4() {
        require(4);
        int p = position;
        position += 4;
        return ((bytes[p] & 0xFF) << 24) | ((bytes[p + 1] & 0xFF) << 16) | ((bytes[p + 2] & 0xFF) << 8)
                | (bytes[p + 3] & 0xFF);
    }

    /** A copy of the next {@code n} bytes. */
    byte[] copy(int n) {
        require(n);
        byte[] copy = new byte[n];
        System.arraycopy(bytes, position, copy, 0, n);
        position += n;
        return copy;
    }

    void skip(int n) {
        require(n);
        position += n;
    }

    /** An error at {@code offset}, naming the member being read (if any) before {@code problem}. */
    ClassFormatException error(int offset, String problem) {
        if (memberKind == null) {
            return new ClassFormatException(where, offset, problem);
        }
        String member = memberKind + " " + memberName;
        if (memberDescriptor != null) {
            member += (memberDescriptor.startsWith("(") ? "" : ":") + memberDescriptor;
        }
        return new ClassFormatException(where, offset, member + ": " + problem);
    }
}
