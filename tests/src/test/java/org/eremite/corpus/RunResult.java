package org.eremite.corpus;

/**
 * What one run of a guest program produced.
 *
 * @param status   the exit status (of the process, later of QEMU), or {@link #TIMED_OUT}
 * @param stdout   standard output, decoded as UTF-8
 * @param stderr   standard error, decoded as UTF-8
 * @param millis   wall-clock time of the run
 */
public record RunResult(int status, String stdout, String stderr, long millis) {
    /** The status of a run that was killed at its time limit. */
    public static final int TIMED_OUT = -1;

    public boolean timedOut() {
        return status == TIMED_OUT;
    }

    /** The status as the table shows it. */
    public String statusText() {
        return timedOut() ? "timeout" : Integer.toString(status);
    }
}
