package org.eremite.vm.asm;

import java.util.Arrays;

/**
 * A growable buffer of machine code, written little-endian at its end and patchable anywhere
 * before it.
 */
public final class CodeBuffer {
    private byte[] bytes;
    private int size;

    public CodeBuffer() {
        this(256);
    }

    public CodeBuffer(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    /** The offset the next byte will be written at, which is also the number of bytes written. */
    public int position() {
        return size;
    }

    public void emit8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    public void emit16(int value) {
        ensure(2);
        LittleEndian.putU16(bytes, size, value);
        size += 2;
    }

    public void emit32(int value) {
        ensure(4);
        LittleEndian.putI32(bytes, size, value);
        size += 4;
    }

    public void emit64(long value) {
        ensure(8);
        LittleEndian.putI64(bytes, size, value);
        size += 8;
    }

    public void emitBytes(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, size, data.length);
        size += data.length;
    }

    public int read8(int at) {
        check(at, 1);
        return LittleEndian.getU8(bytes, at);
    }

    public int read16(int at) {
        check(at, 2);
        return LittleEndian.getU16(bytes, at);
    }

    public int read32(int at) {
        check(at, 4);
        return LittleEndian.getI32(bytes, at);
    }

    public long read64(int at) {
        check(at, 8);
        return LittleEndian.getI64(bytes, at);
    }

    public void patch8(int at, int value) {
        check(at, 1);
        LittleEndian.putU8(bytes, at, value);
    }

    public void patch16(int at, int value) {
        check(at, 2);
        LittleEndian.putU16(bytes, at, value);
    }

    public void patch32(int at, int value) {
        check(at, 4);
        LittleEndian.putI32(bytes, at, value);
    }

    public void patch64(int at, long value) {
        check(at, 8);
        LittleEndian.putI64(bytes, at, value);
    }

    /** A copy of the bytes written so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** A copy of {@code length} bytes from {@code from}. */
    public byte[] copyOfRange(int from, int length) {
        check(from, length);
        return Arrays.copyOfRange(bytes, from, from + length);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private void check(int at, int length) {
        if (at < 0 || length < 0 || at + length > size) {
            throw new IndexOutOfBoundsException(
                    "code offset 0x" + Integer.toHexString(at) + "+" + length + " outside [0, 0x"
                            + Integer.toHexString(size) + ")");
        }
    }
}
