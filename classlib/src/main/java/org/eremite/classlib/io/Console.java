package org.eremite.classlib.io;

import org.eremite.vm.runtime.Platform;

/**
 * Standard output and standard error share the machine's one console; {@code eremite run} separates them again.
 * The protocol (the launcher's ConsolePump): DLE 'O' switches to output, DLE 'E' to error, and a DLE byte of the
 * data is sent twice. Output is the state at boot, so a program that never writes to standard error sends its
 * bytes unchanged except for DLE.
 *
 * <p>Standard input comes the other way with the same escape: DLE DLE is a DLE of the data and DLE 'D' is the end
 * of the input ({@code eremite run} sends it when its own standard input ends).
 */
final class Console {
    static final byte ESCAPE = 0x10;
    private static final int STANDARD_ERROR = 2;

    /** The stream the console is switched to: true for standard error. */
    private static boolean onError;
    private static final byte[] BUFFER = new byte[512];

    private Console() {
    }

    private static final byte[] INPUT = new byte[256];
    private static int inputStart;
    private static int inputEnd;
    private static boolean inputEnded;
    private static boolean pendingEscape;

    /**
     * Reads standard input into {@code bytes}: at least one byte, or -1 at its end (JDK {@code readBytes}
     * semantics); waits for the console when nothing has arrived.
     */
    static int read(byte[] bytes, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int n = 0;
        while (n == 0) {
            if (inputEnded) {
                return -1;
            }
            if (inputStart == inputEnd) {
                inputStart = 0;
                long buffer = org.eremite.vm.magic.Magic.addressOf(INPUT)
                        + org.eremite.vm.object.ObjectLayout.ARRAY_BASE_OFFSET;
                inputEnd = (int) org.eremite.vm.runtime.Platform.consoleRead(buffer, INPUT.length);
            }
            while (inputStart < inputEnd && n < length && !inputEnded) {
                byte b = INPUT[inputStart++];
                if (pendingEscape) {
                    pendingEscape = false;
                    if (b == 'D') {
                        inputEnded = true;
                    } else {
                        bytes[offset + n++] = b;
                    }
                } else if (b == ESCAPE) {
                    pendingEscape = true;
                } else {
                    bytes[offset + n++] = b;
                }
            }
        }
        return n;
    }

    /** Bytes that can be read without waiting (an estimate: those already taken from the console). */
    static int available() {
        return inputEnded ? 0 : inputEnd - inputStart;
    }

    static void write(int fd, byte[] bytes, int offset, int length) {
        int n = 0;
        boolean error = fd == STANDARD_ERROR;
        if (error != onError) {
            BUFFER[n++] = ESCAPE;
            BUFFER[n++] = (byte) (error ? 'E' : 'O');
            onError = error;
        }
        for (int i = 0; i < length; i++) {
            if (n >= BUFFER.length - 2) {
                Platform.write(BUFFER, 0, n);
                n = 0;
            }
            byte b = bytes[offset + i];
            if (b == ESCAPE) {
                BUFFER[n++] = ESCAPE;
            }
            BUFFER[n++] = b;
        }
        Platform.write(BUFFER, 0, n);
    }
}
