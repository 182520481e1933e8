package corpus.exit255;

/**
 * System.exit(255), the largest status a process can report, from a static method of another class, after
 * output on both streams.
 */
public class Main {
    static class Terminator {
        static void terminate(int status) {
            System.err.println("terminating with " + status);
            System.exit(status);
        }
    }

    public static void main(String[] args) {
        System.out.println("about to exit with 255");
        Terminator.terminate(255);
        System.out.println("not reached");
    }
}
