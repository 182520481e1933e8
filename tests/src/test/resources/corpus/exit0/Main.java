package corpus.exit0;

/**
 * System.exit(0) in the middle of main: output before it appears (also text printed without a line end), the
 * rest of main and a pending finally block do not run, and the status is 0.
 */
public class Main {
    public static void main(String[] args) {
        System.out.println("before exit");
        System.err.println("to standard error before exit");
        try {
            System.out.print("no newline at the end");
            System.exit(0);
        } finally {
            System.out.println("finally must not run");
        }
        System.out.println("after exit must not run");
    }
}
