package org.eremite.image.heap;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;

/**
 * Gives {@code System.out} and {@code System.err} the shape the JDK's start-up gives them (System.newPrintStream:
 * PrintStream -> BufferedOutputStream(128) -> FileOutputStream(fd 1 or 2), auto-flush) for the duration of a test.
 * A test runner such as Maven Surefire replaces both with capturing streams of its own, which hold open channels
 * of the build machine and must not be snapshotted; the image builder itself runs with the JDK's.
 */
final class JdkStandardStreams implements AutoCloseable {
    private final PrintStream savedOut = System.out;
    private final PrintStream savedErr = System.err;

    private JdkStandardStreams() {
        System.setOut(new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 128), true));
        System.setErr(new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 128), true));
    }

    static JdkStandardStreams install() {
        return new JdkStandardStreams();
    }

    @Override
    public void close() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }
}
