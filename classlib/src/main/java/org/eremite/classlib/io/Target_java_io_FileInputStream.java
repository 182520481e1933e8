package org.eremite.classlib.io;

import java.io.IOException;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * Standard input from the console ({@link Console}); the guest has no other files. The snapshot's
 * {@code System.in} is a {@code FileInputStream} of file descriptor 0.
 */
@TargetClass("java.io.FileInputStream")
final class Target_java_io_FileInputStream {
    @Substitute
    private int readBytes(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException();
        }
        return Console.read(b, off, len);
    }

    @Substitute
    private int read0() throws IOException {
        byte[] one = new byte[1];
        int n = Console.read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Substitute
    private int available0() throws IOException {
        return Console.available();
    }

    @Substitute
    private void open0(String name) throws java.io.FileNotFoundException {
        throw new java.io.FileNotFoundException(name + " (Eremite has no file system yet)");
    }
}
