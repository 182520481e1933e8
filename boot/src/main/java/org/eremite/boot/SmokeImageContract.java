package org.eremite.boot;

/**
 * What the boot smoke image of every ISA does, so that one test can check all three.
 *
 * <p>The smoke image is the boot stub with a tiny payload written in assembly: it prints
 * <pre>
 * Eremite boot smoke image on &lt;isa&gt;: &lt;N&gt; MiB of RAM
 * cmdline: &lt;the kernel command line&gt;
 * </pre>
 * and powers off with status 0, unless its command line holds one of these words:
 * <ul>
 *   <li>{@code exit=N} (decimal, 0 to 255): powers off with status N;</li>
 *   <li>{@code fault=null}: loads from address 0, which must trap as an unmapped-page fault;</li>
 *   <li>{@code fault=undef}: executes an undefined instruction;</li>
 *   <li>{@code fault=guard}: stores into the guard page below the boot stack.</li>
 * </ul>
 * N MiB is the RAM the boot info reports: the end of the highest usable region, less the start of RAM,
 * in whole MiB (so {@code -m 64M} shows 64 on every ISA).
 *
 * <p>An unexpected trap prints a dump that begins with {@link #TRAP_HEADER} followed by the trap's name
 * (the ISA manual's name: "page fault", "invalid opcode"; "data abort", "undefined instruction"; "load
 * page fault", "illegal instruction"), a line {@link #FAULT_ADDRESS} with the faulting address as
 * 16 lower-case hex digits, then the cause registers, a line {@link #PC_LINE} with the PC (16 hex digits),
 * and all general registers (name, space, {@code 0x} and 16 hex digits, several to a line), and powers off
 * with {@link #TRAP_EXIT_STATUS}.
 */
public final class SmokeImageContract {
    /** STX: the first byte every stub writes; the launcher drops whatever a firmware printed before it. */
    public static final char CONSOLE_START = '\u0002';
    public static final String BANNER_PREFIX = "Eremite boot smoke image on ";
    public static final String CMDLINE_PREFIX = "cmdline: ";
    public static final String TRAP_HEADER = "*** trap: ";
    public static final String FAULT_ADDRESS = "fault address: 0x";
    public static final String PC_LINE = "pc 0x";
    /** The status of a CPU fault that is not a Java exception: 134, as HotSpot's abort (128 + SIGABRT). */
    public static final int TRAP_EXIT_STATUS = 134;

    private SmokeImageContract() {
    }
}
