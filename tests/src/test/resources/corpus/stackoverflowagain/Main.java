package corpus.stackoverflowagain;

/**
 * StackOverflowError again and again: three overflows of the same recursion (with the argument "depths" the depths
 * are printed too: they are machine-dependent, so only the Eremite tests pass it), the error's shape (no message,
 * no cause, a trace of the recursing method cut at 1024 frames), a recursion that catches in every frame, a
 * synchronized method, a method with stack arguments, string building in the JDK's code; last an uncaught overflow
 * (status 1, the trace on standard error). The recursing method is on one line, so that every frame of the trace
 * names the same line whichever the JVM's compiler.
 */
public class Main {
    static int depth;
    static int catches;

    static void down() { depth++; down(); }

    static int overflowDepth() {
        depth = 0;
        try {
            down();
        } catch (StackOverflowError e) {
            return depth;
        }
        return -1;
    }

    /** Every frame catches: the deepest handlers run with little stack left and may overflow again. */
    static void downCatching(int n) {
        try {
            downCatching(n + 1);
        } catch (StackOverflowError e) {
            catches++;
        }
    }

    static synchronized void downLocked() { depth++; downLocked(); }

    static long downWithArguments(long a, long b, long c, long d, long e, long f, long g, long h) {
        return downWithArguments(b, c, d, e, f, g, h, a + 1) + 1;
    }

    static void grow(StringBuilder text) {
        text.append("x").append(text.length() % 10);
        grow(text);
    }

    public static void main(String[] args) {
        int first = overflowDepth();
        int second = overflowDepth();
        int third = overflowDepth();
        if (args.length > 0 && args[0].equals("depths")) {
            System.out.println("depths " + first + " " + second + " " + third);
        }
        System.out.println("overflow caught three times, each deeper than 1000 frames: "
                + (first > 1000 && second > 1000 && third > 1000));
        try {
            down();
        } catch (StackOverflowError e) {
            StackTraceElement[] trace = e.getStackTrace();
            boolean allDown = true;
            for (StackTraceElement element : trace) {
                allDown &= element.getMethodName().equals("down");
            }
            System.out.println("message " + e.getMessage() + ", cause " + e.getCause() + ", trace of "
                    + trace.length + " frames, all in down: " + allDown);
        }
        downCatching(0);
        System.out.println("caught in every frame: " + (catches > 0));
        try {
            downLocked();
        } catch (StackOverflowError e) {
            System.out.println("synchronized method: caught");
        }
        try {
            downWithArguments(1, 2, 3, 4, 5, 6, 7, 8);
        } catch (StackOverflowError e) {
            System.out.println("stack arguments: caught");
        }
        StringBuilder text = new StringBuilder();
        try {
            grow(text);
        } catch (StackOverflowError e) {
            System.out.println("while building a string: caught, longer than 1000: " + (text.length() > 1000));
        }
        System.out.println("now uncaught");
        down();
    }
}
