package org.eremite.vm.runtime;

import org.eremite.vm.annotation.Extern;
import org.eremite.vm.magic.Magic;
import org.eremite.vm.object.ObjectLayout;

/**
 * What the VM needs from the platform (DESIGN.md "Platforms"): routines of the boot stub, called with the C
 * calling convention ({@link Extern}), and console writes in Java over them that allocate at most one small
 * buffer, once, so that fatal paths can use them.
 */
public final class Platform {
    /** Bytes of the buffer that strings are encoded into; flushed when fewer than 4 bytes (one code point) remain. */
    static final int BUFFER_SIZE = 256;

    private static byte[] buffer;

    private Platform() {
    }

    /** Writes {@code length} bytes at {@code address} to the console (UTF-8 text). */
    @Extern("eremite_console_write")
    public static native void consoleWrite(long address, long length);

    /** The end of usable memory (exclusive), from the boot information. */
    /**
     * Reads from the console into {@code [address, address + max)}: waits for the first byte, then returns how many
     * arrived (at least 1 when {@code max > 0}).
     */
    @Extern("eremite_console_read")
    public static native long consoleRead(long address, long max);

    @Extern("eremite_memory_end")
    public static native long memoryEnd(long bootInfo);

    /** The address of the kernel command line, a NUL-terminated UTF-8 string; 0 if there is none. */
    @Extern("eremite_cmdline")
    public static native long commandLine(long bootInfo);

    /** Powers the machine off; the status becomes the VM's (QEMU's) exit status. Does not return. */
    @Extern("eremite_power_off")
    public static native void powerOff(int status);

    /** A monotonic clock in nanoseconds. */
    @Extern("eremite_nanotime")
    public static native long nanoTime();

    /** The wall clock: milliseconds since the epoch. */
    @Extern("eremite_wallclock_millis")
    public static native long currentTimeMillis();

    /** Makes the string buffer while memory remains (else the first {@link #write(String)} makes it). */
    public static void initialize() {
        if (buffer == null) {
            buffer = new byte[BUFFER_SIZE];
        }
    }

    /** Writes {@code bytes[offset, offset + length)} to the console. */
    public static void write(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || length > bytes.length - offset) {
            throw new IndexOutOfBoundsException("Range [" + offset + ", " + offset + " + " + length
                    + ") out of bounds for length " + bytes.length);
        }
        if (length > 0) {
            consoleWrite(Magic.addressOf(bytes) + ObjectLayout.ARRAY_BASE_OFFSET + offset, length);
        }
    }

    /** Writes {@code text} to the console in UTF-8, through the one buffer. */
    public static void write(String text) {
        initialize();
        byte[] out = buffer;
        int position = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (position > out.length - 4) {
                write(out, 0, position);
                position = 0;
            }
            position = encodeUtf8(codePoint, out, position);
        }
        write(out, 0, position);
    }

    /**
     * Stores the UTF-8 bytes of {@code codePoint} at {@code out[position]} (room for 4 is the caller's) and
     * returns the position after them. A lone surrogate becomes '?', as Java's UTF-8 encoder writes it.
     */
    static int encodeUtf8(int codePoint, byte[] out, int position) {
        int p = position;
        if (codePoint < 0x80) {
            out[p++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            out[p++] = (byte) (0xC0 | codePoint >> 6);
            out[p++] = (byte) (0x80 | codePoint & 0x3F);
        } else if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            out[p++] = '?';
        } else if (codePoint < 0x10000) {
            out[p++] = (byte) (0xE0 | codePoint >> 12);
            out[p++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            out[p++] = (byte) (0x80 | codePoint & 0x3F);
        } else {
            out[p++] = (byte) (0xF0 | codePoint >> 18);
            out[p++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            out[p++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            out[p++] = (byte) (0x80 | codePoint & 0x3F);
        }
        return p;
    }
}
