package org.eremite.classlib.io;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;
import org.eremite.vm.annotation.Alias;
import org.eremite.vm.annotation.Inject;

/**
 * The console: standard output and standard error (the streams the snapshot of {@code System.out} and
 * {@code System.err} holds) both go to the machine's console, tagged ({@link Console}). Other files do not exist in
 * the guest.
 */
@TargetClass("java.io.FileOutputStream")
final class Target_java_io_FileOutputStream {
    @Alias
    private java.io.FileDescriptor fd;

    @Inject
    private int number() {
        return ((Target_java_io_FileDescriptor) (Object) fd).number();
    }

    @Substitute
    private void writeBytes(byte[] b, int off, int len, boolean append) throws java.io.IOException {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException();
        }
        Console.write(number(), b, off, len);
    }

    @Substitute
    private void write(int b, boolean append) throws java.io.IOException {
        byte[] one = {(byte) b};
        Console.write(number(), one, 0, 1);
    }
}
