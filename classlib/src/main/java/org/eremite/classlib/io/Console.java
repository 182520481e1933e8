package org.eremite.classlib.io;

import org.eremite.vm.runtime.Platform;

/**
 * Standard output and standard error share the machine's one console; {@code eremite run} separates them again.
 * The protocol (the launcher's ConsolePump): DLE 'O' switches to output, DLE 'E' to error, and a DLE byte of the
 * data is sent twice. Output is the state at boot, so a program that never writes to standard error sends its
 * bytes unchanged except for DLE.
 */
final class Console {
    static final byte ESCAPE = 0x10;
    private static final int STANDARD_ERROR = 2;

    /** The stream the console is switched to: true for standard error. */
    private static boolean onError;
    private static final byte[] BUFFER = new byte[512];

    private Console() {
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
