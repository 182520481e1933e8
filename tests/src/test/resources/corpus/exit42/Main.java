package corpus.exit42;

/**
 * System.exit(42) inside a try with a catch and a finally, after a caught exception: exit does not return, is not
 * an exception the catch sees, and the finally does not run. The status comes from the program's arguments.
 */
public class Main {
    public static void main(String[] args) {
        int status = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        try {
            Integer.parseInt("forty-two");
        } catch (NumberFormatException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            System.out.println("exiting with " + status);
            System.exit(status);
        } catch (Throwable t) {
            System.out.println("catch must not run");
        } finally {
            System.out.println("finally must not run");
        }
    }
}
