package org.eremite.image.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Boots an image in QEMU: the console goes to {@code out} (minus any firmware banner printed before the
 * kernel's console-start byte), diagnostics to {@code err}, and the guest's exit status comes back.
 */
public final class QemuLauncher {
    /** Status when {@code --timeout} expired, as timeout(1) uses. */
    public static final int TIMEOUT_STATUS = 124;
    /** Status when QEMU failed or the guest stopped without reporting a status. */
    public static final int NO_STATUS = 125;
    /** The byte the stubs print first (SmokeImageContract.CONSOLE_START). */
    static final int CONSOLE_START = 0x02;

    private final QemuMachine machine;
    private final String memory;
    private final long timeoutSeconds;
    private final boolean gdb;
    private boolean consoleInput;

    public QemuLauncher(QemuMachine machine, String memory, long timeoutSeconds, boolean gdb) {
        this.machine = machine;
        this.memory = memory;
        this.timeoutSeconds = timeoutSeconds;
        this.gdb = gdb;
    }

    /**
     * Feeds this process's standard input to the guest's standard input (for {@code eremite run}). Off by default:
     * a launcher embedded in a tool (a test runner talks to its forked JVMs over their standard input) must not hand
     * that to the guest, which then reads an empty input.
     */
    public QemuLauncher withConsoleInput() {
        consoleInput = true;
        return this;
    }

    /** Runs {@code image} with the guest arguments {@code arguments}; returns the status to exit with. */
    public int run(Path image, List<String> arguments, OutputStream out, PrintStream err) throws IOException {
        if (!Files.isRegularFile(image)) {
            err.println("eremite run: no image at " + image);
            return NO_STATUS;
        }
        Path statusFile = Files.createTempFile("eremite-status", ".bin");
        try {
            List<String> command = machine.command(image, memory, KernelCommandLine.join(arguments), gdb, statusFile);
            Process qemu;
            try {
                qemu = new ProcessBuilder(command).start();
                Process started = qemu;
                Thread input = new Thread(() -> InputPump.pump(consoleInput ? System.in : InputStream.nullInputStream(),
                        started.getOutputStream()), "console-input");
                input.setDaemon(true);
                input.start();
            } catch (IOException e) {
                err.println("eremite run: cannot start " + machine.binary() + " (" + e.getMessage()
                        + "); run 'make setup' to install QEMU");
                return NO_STATUS;
            }
            if (gdb) {
                err.println("eremite run: QEMU is waiting for gdb on localhost:1234 (gdb " + image
                        + " -ex 'target remote :1234')");
            }
            ConsolePump console = new ConsolePump(qemu.getInputStream(), out, err);
            ByteArrayOutputStream qemuErrors = new ByteArrayOutputStream();
            Thread consoleThread = start(console, "console");
            Thread errorThread = start(() -> copy(qemu.getErrorStream(), qemuErrors, err), "qemu-stderr");
            boolean finished = waitFor(qemu, gdb ? 0 : timeoutSeconds);
            if (!finished) {
                qemu.destroyForcibly();
                join(consoleThread);
                join(errorThread);
                console.flushUnstarted(err);
                err.println("eremite run: the guest did not finish within " + timeoutSeconds + " s; QEMU was killed");
                return TIMEOUT_STATUS;
            }
            join(consoleThread);
            join(errorThread);
            console.flushUnstarted(err);
            int status = machine.guestStatus(qemu.exitValue(), Files.readAllBytes(statusFile));
            if (qemuErrors.size() > 0 && qemuErrors.toString().contains(machine.binary() + ":")) {
                err.println("eremite run: QEMU failed (exit " + qemu.exitValue() + ")");
                return NO_STATUS;
            }
            if (status < 0) {
                err.println("eremite run: the guest stopped without reporting an exit status (QEMU exit "
                        + qemu.exitValue() + ": a reset or triple fault?)");
                return NO_STATUS;
            }
            return status;
        } finally {
            Files.deleteIfExists(statusFile);
        }
    }

    private static boolean waitFor(Process process, long timeoutSeconds) {
        try {
            if (timeoutSeconds <= 0) {
                process.waitFor();
                return true;
            }
            return process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    private static Thread start(Runnable body, String name) {
        Thread thread = new Thread(body, "eremite-run-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void join(Thread thread) {
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream keep, PrintStream err) {
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                keep.write(buffer, 0, n);
                err.write(buffer, 0, n);
                err.flush();
            }
        } catch (IOException e) {
            // QEMU is gone; nothing more to copy.
        }
    }

    /**
     * Feeds the guest's standard input through the console: the bytes of {@code in} with the escape byte doubled,
     * then {@link ConsolePump#ESCAPE} 'D' at its end (the guest's read returns -1 from then on). Without console input
     * the guest sees an empty input at once.
     */
    static final class InputPump {
        private InputPump() {
        }

        static void pump(InputStream in, OutputStream qemu) {
            try {
                byte[] buffer = new byte[4096];
                byte[] escaped = new byte[2 * buffer.length];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    int m = 0;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == ConsolePump.ESCAPE) {
                            escaped[m++] = ConsolePump.ESCAPE;
                        }
                        escaped[m++] = buffer[i];
                    }
                    qemu.write(escaped, 0, m);
                    qemu.flush();
                }
                qemu.write(new byte[] {ConsolePump.ESCAPE, 'D'});
                qemu.flush();
            } catch (IOException e) {
                // QEMU is gone; nothing more to feed.
            }
        }
    }

    /**
     * Copies the serial console to the output, holding back everything before the first console-start byte
     * (firmware banners) and dropping that byte; then separates the guest's standard output and error, which share
     * the one console: {@link #ESCAPE} 'O' switches to output (the first state), {@link #ESCAPE} 'E' to error, and
     * {@link #ESCAPE} twice is the byte itself. Any other byte after an escape is passed on with it unchanged.
     */
    static final class ConsolePump implements Runnable {
        /** DLE ("data link escape"): the guest escapes it in its output. */
        static final int ESCAPE = 0x10;

        private final InputStream in;
        private final OutputStream out;
        private final OutputStream guestErr;
        private final ByteArrayOutputStream beforeStart = new ByteArrayOutputStream();
        private volatile boolean started;
        private boolean escaped;
        private OutputStream current;

        ConsolePump(InputStream in, OutputStream out, OutputStream guestErr) {
            this.in = in;
            this.out = out;
            this.guestErr = guestErr;
            this.current = out;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    accept(buffer, n);
                }
                out.flush();
                guestErr.flush();
            } catch (IOException e) {
                // QEMU is gone; nothing more to copy.
            }
        }

        void accept(byte[] buffer, int n) throws IOException {
            int from = 0;
            if (!started) {
                int i = 0;
                while (i < n && buffer[i] != CONSOLE_START) {
                    i++;
                }
                beforeStart.write(buffer, 0, i);
                if (i == n) {
                    return;
                }
                started = true;
                from = i + 1;
            }
            int run = from;
            for (int i = from; i < n; i++) {
                int b = buffer[i] & 0xff;
                if (escaped) {
                    escaped = false;
                    run = i + 1;
                    if (b == 'O' || b == 'E') {
                        OutputStream next = b == 'O' ? out : guestErr;
                        if (next != current) {
                            current.flush();
                            current = next;
                        }
                    } else {
                        if (b != ESCAPE) {
                            current.write(ESCAPE);
                        }
                        current.write(b);
                    }
                } else if (b == ESCAPE) {
                    current.write(buffer, run, i - run);
                    escaped = true;
                }
            }
            if (!escaped) {
                current.write(buffer, run, n - run);
            }
            current.flush();
        }

        boolean started() {
            return started;
        }

        /** If the kernel never started its console, shows what was printed instead (a firmware's complaint). */
        void flushUnstarted(PrintStream err) {
            if (!started && beforeStart.size() > 0) {
                err.println("eremite run: the kernel printed nothing; the console before it showed:");
                err.print(beforeStart.toString(java.nio.charset.StandardCharsets.UTF_8));
                err.flush();
            }
        }
    }
}
