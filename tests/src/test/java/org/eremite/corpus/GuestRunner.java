package org.eremite.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * One way to run a guest program given as a JAR with a {@code Main-Class}: HotSpot in a child process today,
 * Eremite (pack the JAR into an image, boot it in QEMU) when the compiler lands. Implementations are
 * thread-safe: the harness runs two programs at a time.
 */
public interface GuestRunner {
    /** Runs the JAR's main class with these arguments, with no standard input. */
    RunResult run(Path jar, List<String> arguments);
}
